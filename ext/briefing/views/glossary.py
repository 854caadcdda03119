"""The glossary: every person, organisation, place and group, by type and name, and the
generated description line an entity page shows when no editor wrote one."""

from __future__ import annotations

from docutils import nodes

from briefing.domain.brief import BriefingDomain
from briefing.domain.facts import GLOSSARY_TYPES
from briefing.html.components import badge
from briefing.html.page_toc import written_section
from briefing.pictures.sparkline import Sparkline, corpus_axis, sparkline, sparkline_svg
from briefing.views.derived import Derived
from briefing.views.describe import generated
from briefing.views.page import Page
from briefing.views.refs import EntityRef, entity_ref

PLURAL_LABELS = {
    "person": "People",
    "org": "Organisations",
    "place": "Places",
    "group": "Groups",
}

Entry = tuple[EntityRef, int, Sparkline | None]  # link, mentions, when in the news
Glossary = tuple[tuple[str, tuple[Entry, ...]], ...]  # (type, entries by name)


def glossary_data(domain: BriefingDomain, derived: Derived, name: str) -> Glossary:
    by_type: dict[str, list[Entry]] = {kind: [] for kind in GLOSSARY_TYPES}
    pictures = domain.env.config.briefing_pictures
    axis = corpus_axis(facts.date for facts in domain.articles.values()) if pictures else None
    for entity_id, target in domain.entities.items():
        ref = entity_ref(domain, derived, entity_id)
        if target.type in by_type and ref is not None:
            article_dates = (
                domain.articles[d].date for d in derived.articles_of.get(entity_id, ())
            )
            line = sparkline(article_dates, axis)
            by_type[target.type].append((ref, len(derived.mentions.get(entity_id, ())), line))
    return tuple(
        (kind, tuple(sorted(found, key=lambda item: (item[0].name.casefold(), item[0].id))))
        for kind, found in by_type.items()
        if found
    )


def glossary_render(page: Page, glossary: Glossary) -> list[nodes.Node]:
    if not glossary:
        return [nodes.paragraph(text="The glossary is empty.")]
    out: list[nodes.Node] = []
    for kind, entries in glossary:
        items = nodes.bullet_list(classes=["briefing-glossary"])
        for ref, count, line in entries:
            item = nodes.paragraph()
            item += page.entity_link(ref)
            item += nodes.Text(" ")
            item += badge(str(count))
            if line is not None:
                item += nodes.raw("", sparkline_svg(line), format="html")
            items += nodes.list_item("", item)
        # A section per type, so "On this page" jumps to places or groups on a long page.
        out.append(
            written_section(f"type-{kind}", f"{PLURAL_LABELS[kind]} ({len(entries)})", items)
        )
    return out


def description_data(domain: BriefingDomain, derived: Derived, entity_id: str) -> str:
    return generated(domain, derived, entity_id)


def description_render(page: Page, line: str) -> list[nodes.Node]:
    return [nodes.paragraph(line, line, classes=["briefing-generated"])]
