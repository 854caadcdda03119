"""Preview cards for entity links, on every page that links an entity.

Each person, organisation, place or group linked on a page gets one card (name, type, a
one-line description, how many articles name it, a link to its page), written as ordinary
escaped nodes at the end of the page and hidden until ``briefing-preview.js`` shows it as a
popover on hover, keyboard focus or tap. Without the script the cards stay hidden and the
links work as links.

Links a view draws bring their cards along (:meth:`Page.entity_link`). Links resolved by
Sphinx from roles, and an article's mention links, get theirs from the page's ``ref:`` and
``previews:`` views, so every card a page shows is in its fingerprint.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from docutils import nodes

from briefing.domain.brief import BriefingDomain
from briefing.html.components import NOT_SEARCHED
from briefing.pictures.sparkline import sparkline
from briefing.views.derived import Derived
from briefing.views.page import PREVIEWED, Page
from briefing.views.refs import ArticleRef, EntityRef, article_ref, entity_ref

CARD_CLASS = "briefing-preview"
DESCRIPTION_LENGTH = 220


def card_id(entity_id: str) -> str:
    return f"preview-{entity_id}"


def short(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= DESCRIPTION_LENGTH:
        return text
    return text[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def previews_data(domain: BriefingDomain, derived: Derived, docname: str) -> tuple[EntityRef, ...]:
    """The links an article's mentions resolve to (the mentions are linked while reading)."""
    facts = domain.articles.get(docname)
    found = [entity_ref(domain, derived, e) for e in (facts.entities if facts else ())]
    return tuple(ref for ref in found if ref is not None)


def ref_data(domain: BriefingDomain, derived: Derived, name: str) -> EntityRef | ArticleRef | None:
    """What a role (``ref:<role>:<target>``) resolves to, as its link shows it."""
    role, _, target = name.partition(":")
    if role == "article":
        slug = target.partition("#")[0]
        found = next((d for d, f in domain.articles.items() if slug in (f.slug, d)), None)
        return article_ref(domain, found) if found else None
    entity = domain.find_entity(role, target)
    return entity_ref(domain, derived, entity[0]) if entity else None


def nothing_drawn(page: Page, data: object) -> list[nodes.Node]:
    """``ref:`` and ``previews:`` views draw no block of their own; their links get cards."""
    if isinstance(data, EntityRef):
        data = (data,)
    if isinstance(data, tuple):
        for ref in data:
            if isinstance(ref, EntityRef) and ref.card is not None:
                page.resolved[ref.id] = ref
    return []


def attach_cards(page: Page) -> None:
    """Give the page's resolved entity links their cards, and write the cards at its end."""
    for ref in page.doctree.findall(nodes.reference):
        fragment = unquote(urlsplit(ref.get("refuri", "")).fragment)
        found = page.resolved.get(fragment) if fragment else None
        if found is None or PREVIEWED in ref["classes"]:
            continue
        if urlsplit(ref["refuri"]).path != urlsplit(page.uri(found.docname)).path:
            continue
        # The card says more, and a native tooltip would cover it.
        ref.attributes.pop("reftitle", None)
        ref["classes"].append(PREVIEWED)
        page.cards[found.id] = found
    if page.cards:
        holder = nodes.container(classes=["briefing-previews", NOT_SEARCHED])
        holder.extend(card(page, page.cards[e]) for e in sorted(page.cards))
        page.doctree += holder


def card(page: Page, ref: EntityRef) -> nodes.Element:
    assert ref.card is not None
    box = nodes.container(ids=[card_id(ref.id)], classes=[CARD_CLASS, NOT_SEARCHED])
    box["support_smartquotes"] = False
    head = nodes.paragraph(classes=["briefing-preview-name"])
    head += nodes.reference("", ref.name, internal=True, refuri=page.uri(ref.docname, ref.anchor))
    head += nodes.Text(" ")
    head += nodes.inline(
        ref.card.type_label, ref.card.type_label, classes=["briefing-preview-type"]
    )
    box += head
    text = short(ref.card.text)
    box += nodes.paragraph(text, text, classes=["briefing-preview-text"])
    if ref.card.count:
        box += nodes.paragraph(ref.card.count, ref.card.count, classes=["briefing-preview-count"])
    if ref.card.over_time is not None:
        box += nodes.raw("", sparkline(ref.card.over_time), format="html")
    return box
