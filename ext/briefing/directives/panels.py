"""The boxes around an article: its source, its key figures, and who said what in it."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from docutils import nodes
from sphinx_design.shared import create_component

from briefing.domain.corpus import source_id
from briefing.domain.facts import ClaimFact, CreditFacts
from briefing.html.components import NOT_SEARCHED, field_list, panel, quote, xref

FIGURE_TYPES = ("figure", "date")
#: Key figures shown before the rest are folded away.
FIGURES_SHOWN = 6
MODE_TEXT = {
    "inputs": "with inputs from the agency; the rest is the publisher's own copy",
    "wholly": "wire copy from the agency",
    "staff": "staff reporting; no agency named",
}


ASIDE_CLASS = "briefing-aside"


def aside(boxes: Sequence[nodes.Element]) -> nodes.Element:
    """An article's side panel: beside the text on wide screens, stacked on phones."""
    panel = nodes.container(classes=[ASIDE_CLASS])
    panel.extend(boxes)
    return panel


def resolved_date(text: str) -> nodes.inline:
    """The date a relative phrase of the wire text means, shown after it, set apart."""
    return nodes.inline(text=f" ({text})", classes=["briefing-resolved-date", NOT_SEARCHED])


def is_article_paragraph(node: nodes.Node) -> bool:
    return isinstance(node, nodes.paragraph) and "briefing-para" in node["classes"]


def paragraph_link(anchor: str) -> nodes.reference:
    return nodes.reference(
        "",
        f"¶{anchor.removeprefix('p-')}",
        refuri=f"#{anchor}",
        reftitle="Read the paragraph",
        classes=["briefing-para-link"],
    )


def source_box(credit: CreditFacts | None, url: str | None) -> nodes.Element | None:
    """Who wrote and sent the text; None when there is nothing to say beyond the meta line."""
    if credit is None and not url:
        return None
    box, body = panel("Source", ["briefing-source-box"])
    shown: list[tuple[str, list[nodes.Node]]] = []

    def row(name: str, *content: nodes.Node) -> None:
        shown.append((name, list(content)))

    if credit is not None:
        agencies: list[nodes.Node] = []
        for index, agency in enumerate(credit.agencies):
            if index:
                agencies.append(nodes.Text(" and "))
            agencies.append(xref("source", source_id(agency), agency))
        if agencies:
            row("Agency", *agencies, nodes.Text(f" ({MODE_TEXT[credit.mode]})"))
        if credit.reporters:
            row("Reporting", nodes.Text(", ".join(credit.reporters)))
        if credit.editors:
            row("Editing", nodes.Text(", ".join(credit.editors)))
        row("Credit line", nodes.Text(credit.text))
    if url:  # the address in full is the link; its host is enough to read
        row("Original", nodes.reference("", urlsplit(url).netloc or url, refuri=url))
    if shown:
        body += field_list(shown)
    return box


def figure_anchor(entity_id: str) -> str:
    """The id of a figure's row. Not the entity id itself: Sphinx's search links an object
    whose anchor equals its id by its display name ("#28,500 troops"), which is no id."""
    return f"kf-{entity_id}"


def key_figures(figures: Sequence[tuple[str, str, str, str]]) -> nodes.Element:
    """``figures``: (entity id, text, type, paragraph anchor), figures before dates."""
    box, body = panel("Key figures", ["briefing-key-figures"])
    body += figure_list(figures[:FIGURES_SHOWN])
    rest = figures[FIGURES_SHOWN:]
    if rest:  # folded, so that on a phone the story goes on after the lead
        more = create_component(
            "dropdown",
            opened=False,
            type="dropdown",
            has_title=True,
            icon=None,
            chevron=None,
            container_classes=["briefing-more-figures"],
            title_classes=[],
            body_classes=[],
        )
        label = f"{len(rest)} more"
        more += nodes.rubric(label, label)
        more += figure_list(rest)
        body += more
    return box


def figure_list(figures: Sequence[tuple[str, str, str, str]]) -> nodes.bullet_list:
    items = nodes.bullet_list()
    for entity_id, text, kind, anchor in figures:
        item = nodes.paragraph(ids=[figure_anchor(entity_id)])
        item += nodes.strong(text, text)
        item += nodes.Text(" ")
        item += paragraph_link(anchor)
        items += nodes.list_item("", item, classes=[f"briefing-{kind}"])
    return items


def speaker_nodes(claim: ClaimFact) -> list[nodes.Node]:
    if claim.speaker_entity:
        return [xref("entity", claim.speaker_entity, claim.speaker)]
    return [nodes.inline(claim.speaker, claim.speaker, classes=["briefing-speaker"])]


def claims_panel(claims: Sequence[ClaimFact]) -> nodes.Element:
    box, body = panel("Who said what", ["briefing-claims"])
    items = nodes.bullet_list()
    for claim in claims:
        item = nodes.paragraph()
        item.extend(speaker_nodes(claim))
        item += nodes.Text(f" ({claim.verb}): ")
        item += quote(claim.content)
        item += nodes.Text(" ")
        item += paragraph_link(claim.anchor)
        items += nodes.list_item("", item)
    body += items
    return box
