"""The glossary: every person, organisation, place and group, by type and name, and the
generated description line an entity page shows when no editor wrote one."""

from __future__ import annotations

from docutils import nodes

from briefing.domain.brief import BriefingDomain
from briefing.domain.facts import GLOSSARY_TYPES
from briefing.html.components import badge
from briefing.html.page_toc import written_section
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

Glossary = tuple[tuple[str, tuple[tuple[EntityRef, int], ...]], ...]  # (type, (link, mentions))


def glossary_data(domain: BriefingDomain, derived: Derived, name: str) -> Glossary:
    by_type: dict[str, list[tuple[EntityRef, int]]] = {kind: [] for kind in GLOSSARY_TYPES}
    for entity_id, target in domain.entities.items():
        ref = entity_ref(domain, derived, entity_id)
        if target.type in by_type and ref is not None:
            by_type[target.type].append((ref, len(derived.mentions.get(entity_id, ()))))
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
        for ref, count in entries:
            item = nodes.paragraph()
            item += page.entity_link(ref)
            item += nodes.Text(" ")
            item += badge(str(count))
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
