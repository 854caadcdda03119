"""Every listing kind, its data and its renderer; expanding a page's listings; fingerprints.

A page that shows cross-document data names listing keys while it is read (``articles:6``,
``glossary``, ``entity:<id>``, ``ref:<role>:<target>`` for each role it uses, ...). A key is
``<kind>:<name>``; its kind's ``data(domain, derived, name)`` returns plain, comparable values,
and its ``render(page, data)`` draws nodes from them alone. A page's fingerprint is the hash of
its keys' data, so a page is written again exactly when something it shows has changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx

from briefing.domain.access import get_domain
from briefing.domain.brief import BriefingDomain
from briefing.domain.nodes import briefing_listing
from briefing.views import articles, entity, glossary, notes, previews, sources, topics
from briefing.views.derived import Derived, derived_views
from briefing.views.page import Page


@dataclass(frozen=True)
class View:
    data: Callable[[BriefingDomain, Derived, str], Any]
    render: Callable[[Page, Any], list[nodes.Node]]


VIEWS: dict[str, View] = {
    "articles": View(articles.latest_data, articles.latest_render),
    "archive": View(articles.archive_data, articles.archive_render),
    "in-the-news": View(articles.in_the_news_data, articles.in_the_news_render),
    "glossary": View(glossary.glossary_data, glossary.glossary_render),
    "description": View(glossary.description_data, glossary.description_render),
    "entity": View(entity.entity_data, entity.entity_render),
    "topic": View(topics.topic_data, topics.topic_render),
    "topics": View(topics.topics_data, topics.topics_render),
    "topic-cards": View(topics.topic_cards_data, topics.topic_cards),
    "notes": View(notes.latest_notes_data, notes.latest_notes_render),
    "note": View(notes.byline_data, notes.byline_render),
    "article-notes": View(notes.article_notes_data, notes.article_notes_render),
    "sources": View(sources.sources_data, sources.sources_render),
    "source": View(sources.source_data, sources.source_render),
    "previews": View(previews.previews_data, previews.nothing_drawn),
    "ref": View(previews.ref_data, previews.nothing_drawn),
}


def view_data(domain: BriefingDomain, derived: Derived, key: str) -> Any:
    """A key's data, computed once per build (fingerprinting and writing share it)."""
    if key not in derived.shown:
        kind, _, name = key.partition(":")
        view = VIEWS.get(kind)
        derived.shown[key] = view.data(domain, derived, name) if view else None
    return derived.shown[key]


def fingerprint(domain: BriefingDomain, derived: Derived, key: str) -> str:
    return hashlib.sha256(repr(view_data(domain, derived, key)).encode()).hexdigest()


def pages_to_rewrite(domain: BriefingDomain, derived: Derived) -> list[str]:
    """Docnames whose listings differ from what was last written; remembers the new state."""
    previous: dict[str, str] = domain.data.setdefault("written", {})
    current: dict[str, str] = {}
    for docname, keys in domain.listings.items():
        parts = "|".join(fingerprint(domain, derived, key) for key in keys)
        current[docname] = hashlib.sha256(parts.encode()).hexdigest()
    changed = sorted(d for d, value in current.items() if previous.get(d) != value)
    domain.data["written"] = current
    return changed


def expand_listings(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: draw the page's listings from their data, then its cards."""
    domain = get_domain(app.env)
    keys = domain.listings.get(docname) or domain.data.get("collected", {}).get(docname, ())
    placeholders = list(doctree.findall(briefing_listing))
    if not keys and not placeholders:
        return
    derived = derived_views(domain, app.config.briefing_mentions_shown)
    page = Page(app.builder, docname, doctree)
    for node in placeholders:
        kind = node["key"].partition(":")[0]
        view = VIEWS.get(kind)
        drawn = view.render(page, view_data(domain, derived, node["key"])) if view else []
        node.replace_self(drawn)
    drawn_keys = {node["key"] for node in placeholders}
    for key in keys:
        if key not in drawn_keys and key.startswith(("ref:", "previews:")):
            previews.nothing_drawn(page, view_data(domain, derived, key))
    if app.builder.format == "html":
        previews.mark_resolved_links(page)
