"""Listing placeholders editors put on index pages: ``brief:articles`` and ``brief:glossary``."""

from __future__ import annotations

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from briefing.domain import get_domain
from briefing.nodes import listing


def note_listing(directive: SphinxDirective, *keys: str) -> None:
    """Record that the current page shows ``keys``, so it is re-written when they change."""
    shown = get_domain(directive.env).listings.setdefault(directive.env.docname, [])
    shown.extend(key for key in keys if key not in shown)
    shown.sort()


def latest_key(directive: SphinxDirective, kind: str) -> str:
    """``kind`` or ``kind:N`` for a listing limited to the N newest (``:latest: N``)."""
    latest = directive.options.get("latest")
    return f"{kind}:{latest}" if latest else kind


class ArticlesDirective(SphinxDirective):
    """Cards for every article, newest first; ``:latest: N`` shows the N newest, with links to
    the archive by month and the feed."""

    option_spec = {"latest": directives.positive_int}  # noqa: RUF012 - docutils API

    def run(self) -> list[nodes.Node]:
        key = latest_key(self, "articles")
        note_listing(self, key)
        return [listing(key)]


class ArchiveDirective(SphinxDirective):
    """Every article by month, newest first: titles and dates, no cards (fast at any size)."""

    def run(self) -> list[nodes.Node]:
        note_listing(self, "archive")
        return [listing("archive")]


class InTheNewsDirective(SphinxDirective):
    """The entities the newest articles name most (``:articles: N``, 30 by default)."""

    option_spec = {"articles": directives.positive_int}  # noqa: RUF012 - docutils API

    def run(self) -> list[nodes.Node]:
        key = f"in-the-news:{self.options.get('articles', 30)}"
        note_listing(self, key)
        return [listing(key)]


class GlossaryDirective(SphinxDirective):
    """Every entity, grouped by type, A to Z, with its number of mentions."""

    def run(self) -> list[nodes.Node]:
        note_listing(self, "glossary")
        return [listing("glossary")]


class NotesDirective(SphinxDirective):
    """Every editor's note, newest first (``:latest: N``: the N newest)."""

    option_spec = {"latest": directives.positive_int}  # noqa: RUF012 - docutils API

    def run(self) -> list[nodes.Node]:
        key = latest_key(self, "notes")
        note_listing(self, key)
        return [listing(key)]
