"""Pages' heads: a clean description for every reader's page (an article's lead, an entity's
description, a topic's summary, a note's first sentence), and for articles Open Graph type
``article`` with schema.org ``NewsArticle`` JSON-LD."""

from __future__ import annotations

import html
import json
from typing import Any

from sphinx.application import Sphinx

from briefing.domain.access import get_domain
from briefing.domain.facts import GLOSSARY_TYPES, ArticleFacts
from briefing.html.feed import base_url
from briefing.views.derived import derived_views
from briefing.views.describe import describe
from briefing.wire.sentences import first_sentence

DESCRIPTION_LENGTH = 300
SCHEMA_TYPES = {"person": "Person", "org": "Organization", "place": "Place", "group": "Thing"}

#: Context key: the page's head tags are in ``metatags`` already (``html/frame.py`` renders
#: frames with a placeholder in their place).
HEAD_GIVEN = "briefing_head_given"


def organisations(agencies: tuple[str, ...]) -> list[dict[str, object]]:
    return [{"@type": "NewsMediaOrganization", "name": agency} for agency in agencies]


def news_article(
    domain_entities: dict[str, Any], facts: ArticleFacts, page_url: str = ""
) -> dict[str, object]:
    """``page_url``: the page's own address (empty for a site without a base URL)."""
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": facts.title,
    }
    if facts.date:
        data["datePublished"] = facts.date
    if page_url:
        data["url"] = page_url
    agencies = facts.credit.agencies if facts.credit else ()
    based_on: list[dict[str, object]] = []
    if facts.url:  # the original the wire text was taken from
        original: dict[str, object] = {"@type": "NewsArticle", "url": facts.url}
        if agencies:
            original["publisher"] = [
                {"@type": "NewsMediaOrganization", "name": a} for a in agencies
            ]
        based_on.append(original)
    else:
        based_on += [{"@type": "NewsArticle", "publisher": a} for a in agencies]
    if based_on:
        data["isBasedOn"] = based_on
    if agencies:
        data["sourceOrganization"] = organisations(agencies)
    about = []
    for entity_id in facts.entities:
        target = domain_entities.get(entity_id)
        if target is not None and target.type in GLOSSARY_TYPES:
            about.append({"@type": SCHEMA_TYPES[target.type], "name": target.name})
    if about:
        data["about"] = about
    return data


def script_tag(data: dict[str, object]) -> str:
    """JSON that cannot end the script element early, whatever the article says."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{text}</script>'


def page_description(app: Sphinx, pagename: str) -> str:
    """What a reader's page is about, in a sentence or two; empty for other pages."""
    domain = get_domain(app.env)
    facts = domain.articles.get(pagename)
    if facts is not None:
        return facts.lead
    note = domain.notes.get(pagename)
    if note is not None:
        return first_sentence(note.excerpt) if note.excerpt else ""
    topics = domain.topics.get(pagename)
    if topics:
        return first_sentence(topics[0].summary) if topics[0].summary else ""
    for entity_id in domain.data["defines"].get(pagename, ()):
        target = domain.entities.get(entity_id)
        if target is not None and target.anchor == entity_id and target.type in GLOSSARY_TYPES:
            derived = derived_views(domain, app.config.briefing_mentions_shown)
            return describe(domain, derived, entity_id)
    return ""


def head_of(app: Sphinx, pagename: str) -> tuple[dict[str, str], str]:
    """What a page adds to its head: Open Graph values for ``meta``, and the tags themselves
    (its description; an article's JSON-LD)."""
    description = " ".join(page_description(app, pagename).split())[:DESCRIPTION_LENGTH]
    meta: dict[str, str] = {}
    tags = ""
    if description:
        # Set before sphinxext-opengraph, which would otherwise read it off the page's text.
        meta["og:description"] = html.escape(description, quote=True)
        tags += f'<meta name="description" content="{html.escape(description, quote=True)}">'
    domain = get_domain(app.env)
    facts = domain.articles.get(pagename)
    if facts is not None:
        meta["og:type"] = "article"
        base = base_url(app)
        page_url = base + app.builder.get_target_uri(pagename) if base else ""
        tags += script_tag(news_article(domain.entities, facts, page_url))
    return meta, tags


def add_json_ld(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    if context.get(HEAD_GIVEN):
        return
    added, tags = head_of(app, pagename)
    if added:
        context["meta"] = {**(context.get("meta") or {}), **added}
    context["metatags"] = context.get("metatags", "") + tags
