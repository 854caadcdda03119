"""Warnings in one voice: ``type="briefing"``, a subtype, a location, and how to fix it."""

from __future__ import annotations

from pathlib import Path

from sphinx.util import logging

logger = logging.getLogger("briefing")


def warn(
    subtype: str, message: str, path: Path | str | None = None, line: int | None = None
) -> None:
    """A Sphinx warning; ``suppress_warnings = ["briefing.<subtype>"]`` silences its kind."""
    # A "path:line" string: Sphinx would read a (name, line) tuple as a docname and add ".rst".
    location = f"{path}:{line or 1}" if path is not None else None
    logger.warning(message, type="briefing", subtype=subtype, location=location)
