"""An entity's page: its pictures, the sentences that name it grouped under their articles,
its statements, the entities named with it, and the editors' notes about it."""

from __future__ import annotations

from dataclasses import dataclass

from docutils import nodes

from briefing.domain.brief import BriefingDomain
from briefing.html.components import quote
from briefing.html.page_toc import written_section
from briefing.views.common import (
    ClaimItem,
    NoteItem,
    article_list,
    claims_data,
    claims_list,
    counted_data,
    counted_links,
    notes_data,
    notes_section,
)
from briefing.views.derived import Derived
from briefing.views.page import Page
from briefing.views.pictures import Pictures, entity_pictures, pictures_render
from briefing.views.refs import ArticleRef, EntityRef, article_ref

RELATED_LIMIT = 12

Quote = tuple[str, str, str]  # (paragraph anchor, sentence, the words that name the entity)


@dataclass(frozen=True)
class EntityPage:
    quoted: tuple[tuple[ArticleRef, tuple[Quote, ...]], ...]  # newest articles first
    mentions: int  # all mentions, quoted or not
    quotes: int  # mentions quoted
    articles: int
    earlier: tuple[ArticleRef, ...]  # articles naming it beyond the quoted mentions
    claims: tuple[ClaimItem, ...]
    related: tuple[tuple[EntityRef, int], ...]
    notes: tuple[NoteItem, ...]
    pictures: Pictures | None


def entity_data(domain: BriefingDomain, derived: Derived, entity_id: str) -> EntityPage:
    mentions = derived.mentions.get(entity_id, [])
    shown = mentions[: derived.mentions_shown]
    groups: dict[str, dict[tuple[str, str], Quote]] = {}
    for docname, fact in shown:
        quotes = groups.setdefault(docname, {})
        quotes.setdefault((fact.anchor, fact.sentence), (fact.anchor, fact.sentence, fact.alias))
    articles = derived.articles_of.get(entity_id, [])
    related = [(e, n) for e, n in derived.related.get(entity_id, []) if e in domain.entities]
    return EntityPage(
        quoted=tuple((article_ref(domain, d), tuple(q.values())) for d, q in groups.items()),
        mentions=len(mentions),
        quotes=len(shown),
        articles=len(articles),
        earlier=tuple(article_ref(domain, d) for d in articles if d not in groups),
        claims=tuple(claims_data(domain, derived, derived.claims_by_entity.get(entity_id, []))),
        related=tuple(counted_data(domain, derived, related[:RELATED_LIMIT])),
        notes=tuple(notes_data(domain, derived.notes_about.get(entity_id, ()))),
        pictures=entity_pictures(domain, derived, entity_id),
    )


def entity_render(page: Page, data: EntityPage) -> list[nodes.Node]:
    out = [*pictures_render(page, data.pictures), mentions_section(page, data)]
    if data.claims:
        out.append(
            written_section(
                "statements", f"Statements ({len(data.claims)})", claims_list(page, data.claims)
            )
        )
    if data.related:
        out.append(
            written_section("related", "Related entities", counted_links(page, data.related))
        )
    out.extend(notes_section(page, data.notes))
    return out


def quote_with_alias(sentence: str, alias: str) -> nodes.inline:
    """The sentence in italics, the words that name the entity in bold."""
    before, found, after = sentence.partition(alias)
    if not found:
        return quote(sentence)
    return quote(before, nodes.strong(alias, alias), after)


def mentions_section(page: Page, data: EntityPage) -> nodes.section:
    """Quotes grouped under their article, newest first, each sentence once."""
    title = "In the articles"
    if not data.mentions:
        empty = "No article names it yet."
        return written_section("in-the-articles", title, nodes.paragraph(empty, empty))
    intro = f"Named in {data.articles} article{'s' if data.articles != 1 else ''}, newest first"
    if data.quotes < data.mentions:
        intro += f"; quoting the {data.quotes} newest of {data.mentions} mentions"
    out: list[nodes.Node] = [nodes.paragraph(intro + ".", intro + ".", classes=["briefing-more"])]
    for article, quotes in data.quoted:
        heading = page.dated_article(article)
        heading["classes"].append("briefing-quote-source")
        items = nodes.bullet_list(classes=["briefing-mentions"])
        for anchor, sentence, alias in quotes:
            item = nodes.paragraph()
            item += quote_with_alias(sentence, alias)
            item += nodes.Text(" ")
            number = f"¶{anchor.removeprefix('p-')}"
            item += page.link(article.docname, anchor, number, "Read the paragraph")
            items += nodes.list_item("", item)
        out += [heading, items]
    if data.earlier:
        # A page quoting thousands of sentences helps no reader and costs every rebuild.
        out.append(nodes.rubric(text=f"Earlier articles ({len(data.earlier)})"))
        out.append(article_list(page, data.earlier))
    return written_section("in-the-articles", title, *out)
