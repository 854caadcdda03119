"""Preview cards for the entity links of an article page.

Each entity linked on the page gets one card (name, type, one-line description, how many
articles name it, a link to its page), written as ordinary escaped nodes at the end of the
page and hidden until ``briefing-preview.js`` shows it as a popover on hover, keyboard focus
or tap. Without the script the cards stay hidden and the links work as links.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from docutils import nodes
from sphinx.builders import Builder

from briefing.components import NOT_SEARCHED
from briefing.describe import article_count, count_text, describe, generated
from briefing.domain import ENTITY_LABELS, BriefingDomain

if TYPE_CHECKING:
    from briefing.derive import Derived

MENTION_CLASS = "briefing-mention"
CARD_CLASS = "briefing-preview"
DESCRIPTION_LENGTH = 220


def card_id(entity_id: str) -> str:
    return f"preview-{entity_id}"


def mention_links(doctree: nodes.Node) -> Iterator[tuple[nodes.reference, str]]:
    """(link, entity id) for each resolved link to an entity's page."""
    for ref in doctree.findall(nodes.reference):
        inner = ref.children[0] if ref.children else None
        if not isinstance(inner, nodes.inline) or MENTION_CLASS not in inner["classes"]:
            continue
        fragment = unquote(urlsplit(ref.get("refuri", "")).fragment)
        if fragment:
            yield ref, fragment


def short(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= DESCRIPTION_LENGTH:
        return text
    return text[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def preview_cards(
    builder: Builder, domain: BriefingDomain, derived: Derived, docname: str, doctree: nodes.Node
) -> list[nodes.Node]:
    """Cards for the page's entity links; the links lose their ``title`` (the card says more,
    and a native tooltip would cover it)."""
    shown: dict[str, nodes.Element] = {}
    for ref, entity_id in list(mention_links(doctree)):
        target = domain.entities.get(entity_id)
        if target is None:
            continue
        ref.attributes.pop("reftitle", None)
        ref["classes"].append("briefing-previewed")
        if entity_id not in shown:
            shown[entity_id] = card(builder, domain, derived, docname, entity_id)
    if not shown:
        return []
    holder = nodes.container(classes=["briefing-previews", NOT_SEARCHED])
    holder.extend(shown[entity_id] for entity_id in sorted(shown))
    return [holder]


def card(
    builder: Builder, domain: BriefingDomain, derived: Derived, docname: str, entity_id: str
) -> nodes.Element:
    target = domain.entities[entity_id]
    box = nodes.container(ids=[card_id(entity_id)], classes=[CARD_CLASS, NOT_SEARCHED])
    box["support_smartquotes"] = False
    head = nodes.paragraph(classes=["briefing-preview-name"])
    uri = builder.get_relative_uri(docname, target.docname) + "#" + target.anchor
    head += nodes.reference("", target.name, internal=True, refuri=uri)
    label = ENTITY_LABELS.get(target.type, target.type)
    head += nodes.Text(" ")
    head += nodes.inline(label, label, classes=["briefing-preview-type"])
    box += head
    if target.summary:  # the editor's words, then the count
        description = short(target.summary)
        count = count_text(article_count(derived, entity_id))
        count = count[:1].upper() + count[1:]
        box += nodes.paragraph(description, description, classes=["briefing-preview-text"])
        box += nodes.paragraph(count, count, classes=["briefing-preview-count"])
    else:  # the generated line holds the count; the type is in the heading
        line = generated(domain, derived, entity_id, with_type=False)
        box += nodes.paragraph(line, line, classes=["briefing-preview-text"])
    return box


def preview_data(domain: BriefingDomain, derived: Derived, docname: str) -> object:
    """What the cards of an article page show, for its fingerprint."""
    facts = domain.articles.get(docname)
    entities = facts.entities if facts else ()
    return [
        (e, domain.entities.get(e), describe(domain, derived, e), article_count(derived, e))
        for e in entities
    ]
