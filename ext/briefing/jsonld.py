"""An article page's head: schema.org ``NewsArticle`` JSON-LD and its description."""

from __future__ import annotations

import html
import json
from typing import Any

from sphinx.application import Sphinx

from briefing.domain import GLOSSARY_TYPES, ArticleFacts, get_domain

SCHEMA_TYPES = {"person": "Person", "org": "Organization", "place": "Place", "group": "Thing"}


def news_article(domain_entities: dict[str, Any], facts: ArticleFacts) -> dict[str, object]:
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": facts.title,
    }
    if facts.date:
        data["datePublished"] = facts.date
    if facts.url:
        data["url"] = facts.url
    agencies = facts.credit.agencies if facts.credit else ()
    if agencies:
        data["isBasedOn"] = [{"@type": "NewsArticle", "publisher": a} for a in agencies]
        data["sourceOrganization"] = [
            {"@type": "NewsMediaOrganization", "name": a} for a in agencies
        ]
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


def add_json_ld(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    domain = get_domain(app.env)
    facts = domain.articles.get(pagename)
    if facts is None:
        return
    # The article's own first sentence describes it in link previews, not the source box.
    description = html.escape(facts.lead, quote=True)
    context["meta"] = {**(context.get("meta") or {}), "og:description": description}
    context["metatags"] = (
        context.get("metatags", "")
        + f'<meta name="description" content="{description}">'
        + script_tag(news_article(domain.entities, facts))
    )
