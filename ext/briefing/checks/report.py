"""Warnings in one voice: ``type="briefing"``, a subtype, a location, and how to fix it."""

from __future__ import annotations

from pathlib import Path

from sphinx.util import logging

from briefing.checks.subtypes import Subtype

logger = logging.getLogger("briefing")


def warn(
    subtype: Subtype | str, message: str, path: Path | str | None = None, line: int | None = None
) -> None:
    """A Sphinx warning; ``suppress_warnings = ["briefing.<subtype>"]`` silences its kind.

    A subtype given as text (as the seed parser records it) must be one of the table's.
    """
    kind = subtype if isinstance(subtype, Subtype) else Subtype.of(subtype)
    # A "path:line" string: Sphinx would read a (name, line) tuple as a docname and add ".rst".
    location = f"{path}:{line or 1}" if path is not None else None
    logger.warning(message, type="briefing", subtype=kind.value, location=location)
