"""Entity links marked for their preview cards, on every page that links an entity.

Each link to a person, organisation, place or group gets the class ``briefing-previewed``;
``briefing-preview.js`` loads that entity's card (:mod:`briefing.views.preview_files`) on
hover, keyboard focus or tap and shows it as a popover. Without the script the links work as
links. Links a view draws are marked as they are made (:meth:`Page.entity_link`); links
resolved by Sphinx from roles, and an article's mention links, are marked here from the
page's ``ref:`` and ``previews:`` views.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from docutils import nodes

from briefing.domain.brief import BriefingDomain
from briefing.views.derived import Derived
from briefing.views.page import PREVIEWED, Page
from briefing.views.refs import ArticleRef, EntityRef, article_ref, entity_ref


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
            if isinstance(ref, EntityRef) and ref.previewed:
                page.resolved[ref.id] = ref
    return []


def mark_resolved_links(page: Page) -> None:
    """Mark the page's links that Sphinx resolved to a previewed entity."""
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
