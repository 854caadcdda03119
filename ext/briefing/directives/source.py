"""``brief:source-page`` (one wire agency) and ``brief:sources`` (the index of them all)."""

from __future__ import annotations

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from briefing.checks.report import warn
from briefing.checks.subtypes import Subtype, suggestion
from briefing.directives.listing import note_listing
from briefing.domain.access import get_domain, remember_input
from briefing.domain.facts import EntityTarget
from briefing.domain.nodes import listing


def source_page_section(source_id: str, name: str) -> nodes.section:
    section = nodes.section(ids=[source_id], classes=["briefing-source-page"])
    section += nodes.title(text=name, support_smartquotes=False)
    section += nodes.paragraph(
        text=f"A wire source: the articles below credit {name}, and the statements they "
        "attribute are listed by who made them."
    )
    section += listing(f"source:{source_id}")
    return section


class SourcePageDirective(SphinxDirective):
    """The page of one source; generated stubs call it with the source id."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        source_id = self.arguments[0]
        sources = get_domain(self.env).corpus.sources()
        name = sources.get(source_id)
        if name is None:
            hint = suggestion(source_id, sorted(sources))
            warn(
                Subtype.UNKNOWN_SOURCE,
                f"no article credits {source_id!r}{hint}",
                *self.get_source_info(),
            )
            return []
        section = source_page_section(source_id, name)
        note_listing(self, f"source:{source_id}")
        remember_input(self.env)
        summary = f"Wire source: {name}"
        get_domain(self.env).add_entity(
            source_id, EntityTarget(self.env.docname, source_id, name, "source", summary)
        )
        return [section]
