"""Listing placeholders editors put on index pages (``brief:articles``, ``brief:glossary``,
``brief:topics``, ...): one directive class, made once per listing kind."""

from __future__ import annotations

from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from briefing.domain.access import get_domain
from briefing.domain.nodes import listing


def note_listing(directive: SphinxDirective, *keys: str) -> None:
    """Record that the current page shows ``keys``, so it is re-written when they change."""
    shown = get_domain(directive.env).listings.setdefault(directive.env.docname, [])
    shown.extend(key for key in keys if key not in shown)
    shown.sort()


class ListingDirective(SphinxDirective):
    """A placeholder for the listing ``kind``, drawn when the page is written. With a
    ``number_option`` the key is ``kind:N`` (``:latest: 6`` shows the six newest)."""

    kind: ClassVar[str] = ""
    number_option: ClassVar[str] = ""
    default_number: ClassVar[int | None] = None

    def run(self) -> list[nodes.Node]:
        number = self.options.get(self.number_option, self.default_number)
        key = f"{self.kind}:{number}" if self.number_option and number else self.kind
        note_listing(self, key)
        return [listing(key)]


def listing_directive(
    kind: str, doc: str, number_option: str = "", default_number: int | None = None
) -> type[ListingDirective]:
    attributes: dict[str, Any] = {
        "__doc__": doc,
        "kind": kind,
        "number_option": number_option,
        "default_number": default_number,
        "option_spec": {number_option: directives.positive_int} if number_option else {},
    }
    name = "".join(part.capitalize() for part in kind.split("-")) + "Directive"
    return type(name, (ListingDirective,), attributes)


ArticlesDirective = listing_directive(
    "articles",
    "Cards for every article, newest first; ``:latest: N`` shows the N newest, with links to "
    "the archive by month and the feed.",
    "latest",
)
ArchiveDirective = listing_directive(
    "archive", "Every article by month, newest first: titles and dates, no cards."
)
InTheNewsDirective = listing_directive(
    "in-the-news",
    "The entities the newest articles name most (``:articles: N``, 30).",
    "articles",
    30,
)
GlossaryDirective = listing_directive(
    "glossary", "Every entity, grouped by type, A to Z, with its number of mentions."
)
NotesDirective = listing_directive(
    "notes", "Every editor's note, newest first (``:latest: N``: the N newest).", "latest"
)
TopicsDirective = listing_directive(
    "topics", "The editors' topics, then every subhead section no topic gathers."
)
TopicCardsDirective = listing_directive("topic-cards", "The editors' topics as cards.")
SourcesDirective = listing_directive(
    "sources", "Every source with its articles, then every attributed statement by speaker."
)
