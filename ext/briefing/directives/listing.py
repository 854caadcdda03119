"""Listing placeholders editors put on index pages: ``brief:articles`` and ``brief:glossary``."""

from __future__ import annotations

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from briefing.domain import get_domain
from briefing.nodes import listing


def note_listing(directive: SphinxDirective, *keys: str) -> None:
    """Record that the current page shows ``keys``, so it is re-written when they change."""
    shown = get_domain(directive.env).listings.setdefault(directive.env.docname, [])
    shown.extend(key for key in keys if key not in shown)
    shown.sort()


class ArticlesDirective(SphinxDirective):
    """Cards for every article, newest first."""

    def run(self) -> list[nodes.Node]:
        note_listing(self, "articles")
        return [listing("articles")]


class GlossaryDirective(SphinxDirective):
    """Every entity, grouped by type, A to Z, with its number of mentions."""

    def run(self) -> list[nodes.Node]:
        note_listing(self, "glossary")
        return [listing("glossary")]


class NotesDirective(SphinxDirective):
    """Every editor's note, newest first."""

    def run(self) -> list[nodes.Node]:
        note_listing(self, "notes")
        return [listing("notes")]
