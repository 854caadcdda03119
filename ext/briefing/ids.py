"""The one policy for ids and page names, and paths built from them.

An id (an entity's, a seed's slug, a source's) becomes a file name, a URL and a page name that
the theme writes into an inline script, so it may hold only letters of any script, digits,
``.``, ``-`` and ``_``, must start with a letter or digit, and must fit in a file name once a
suffix (``.doctree``, ``.html``) is added. Nothing else (no ``/``, ``'``, space, ``&``, ``#``,
``?``) can reach a path or a page.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

#: Bytes an id may take in UTF-8: file names hold 255, and suffixes are added.
MAX_ID_BYTES = 200
PUNCTUATION = frozenset("._-")


def id_problem(value: str) -> str | None:
    """What is wrong with ``value`` as an id, or None when it is a valid one."""
    if not value:
        return "it is empty"
    if unicodedata.normalize("NFC", value) != value:
        return "it is not in Unicode normal form C: retype its accented letters"
    if not value[0].isalnum():
        return "it must start with a letter or a digit"
    bad = sorted({ch for ch in value if not (ch.isalnum() or ch in PUNCTUATION)})
    if bad:
        shown = " ".join(repr(ch) for ch in bad)
        return f"it contains {shown}: use only letters, digits, '.', '-' and '_'"
    if len(value.encode("utf-8")) > MAX_ID_BYTES:
        return f"it is longer than {MAX_ID_BYTES} bytes"
    return None


def page_name_problem(docname: str) -> str | None:
    """What is wrong with a page name (``folder/name``), each part checked as an id."""
    for part in docname.split("/"):
        problem = id_problem(part)
        if problem is not None:
            return problem
    return None


class OutsideFolderError(ValueError):
    """A path built from a name would leave the folder it belongs to."""


def inside(folder: Path, name: str) -> Path:
    """``folder / name``, resolved, and refused unless it stays directly inside ``folder``."""
    base = folder.resolve()
    path = (base / name).resolve()
    if path.parent != base:
        raise OutsideFolderError(f"{name!r} would be written outside {base}")
    return path
