"""Placeholder nodes: stand-ins put down while reading, expanded when a page is written."""

from __future__ import annotations

from docutils import nodes


class briefing_listing(nodes.General, nodes.Element):
    """A cross-document listing (``key`` says which) filled in at write time."""


def listing(key: str) -> briefing_listing:
    return briefing_listing("", key=key)
