"""A briefing site as its build sees it, for the editor commands.

:func:`read_site` reads every document exactly as ``sphinx-build`` does, with the site's own
``conf.py``, and resolves every reference, but writes no HTML (Sphinx's ``dummy`` builder):
the warnings are the build's own. It reads into a fresh temporary environment, so that every
problem is reported each time, and shares the HTML build's NER cache, so that no article the
site has analysed before runs the model again.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util.tags import Tags

from briefing.config import CONFIG_VALUES

#: Where ``make site`` (``sphinx-build -b html docs docs/_build/html``) keeps its NER cache.
HTML_BUILD_CACHE = Path("_build") / "html" / ".doctrees" / "briefing-ner"


@dataclass(frozen=True)
class SiteSettings:
    """The values of a site's ``conf.py`` the editor commands need, as paths."""

    srcdir: Path
    seeds_dir: Path
    registry_dir: Path
    notes_dir: Path
    model: str
    cache_dir: Path
    cache_configured: bool  # False: the HTML build's default cache is shared


def find_site(*starts: Path) -> Path | None:
    """The nearest folder holding a ``conf.py`` (itself or its ``docs/``), upwards from each
    start in turn."""
    for start in starts:
        folder = start.resolve()
        for candidate in (folder, *folder.parents):
            for site in (candidate, candidate / "docs"):
                if (site / "conf.py").is_file():
                    return site
    return None


def site_settings(srcdir: Path) -> SiteSettings:
    """The extension's values from ``srcdir/conf.py``, defaults for those it does not set."""
    srcdir = srcdir.resolve()
    config = Config.read(srcdir, overrides={}, tags=Tags())
    for name, default, rebuild, types in CONFIG_VALUES:
        config.add(name, default, rebuild, types)
    values = {name: config[name] for name, _, _, _ in CONFIG_VALUES}

    def path(name: str) -> Path:
        return (srcdir / str(values[name])).resolve()

    configured = bool(values["briefing_cache_dir"])
    return SiteSettings(
        srcdir=srcdir,
        seeds_dir=path("briefing_seeds_dir"),
        registry_dir=path("briefing_registry_dir"),
        notes_dir=path("briefing_notes_dir"),
        model=str(values["briefing_model"]),
        cache_dir=path("briefing_cache_dir") if configured else srcdir / HTML_BUILD_CACHE,
        cache_configured=configured,
    )


@contextmanager
def read_site(
    srcdir: Path,
    status: IO[str] | None,
    warning: IO[str] | None,
    strict: bool = True,
    jobs: int = 1,
) -> Iterator[Sphinx]:
    """The site read and resolved by Sphinx with no output; ``statuscode`` 1 on a warning
    when ``strict`` (as ``sphinx-build -W --keep-going``), read by ``jobs`` processes."""
    settings = site_settings(srcdir)
    overrides = {} if settings.cache_configured else {"briefing_cache_dir": str(settings.cache_dir)}
    with tempfile.TemporaryDirectory(prefix="briefing-check-") as scratch:
        app = Sphinx(
            srcdir,
            srcdir,
            Path(scratch) / "out",
            Path(scratch) / "doctrees",
            "dummy",
            confoverrides=overrides,
            status=status,
            warning=warning,
            freshenv=True,
            warningiserror=strict,
            parallel=jobs,
        )
        app.build()
        yield app
