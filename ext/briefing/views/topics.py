"""Topic pages (the sections a topic gathers, its key figures, timeline and key entities),
and the list of all topics with the sections no topic gathers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from docutils import nodes

from briefing import dates
from briefing.domain.brief import BriefingDomain
from briefing.domain.facts import SectionFact, TopicFact
from briefing.html.components import card, grid, quote
from briefing.html.page_toc import written_section
from briefing.pictures.timeline import ARTICLE, EVENT, Entry, topic_timeline
from briefing.views.common import NoteItem, counted_data, counted_links, notes_data, notes_section
from briefing.views.derived import Derived, Placed
from briefing.views.page import Page
from briefing.views.pictures import Pictures, pictures_render, topic_pictures
from briefing.views.refs import ArticleRef, EntityRef, article_ref
from briefing.wire.sentences import first_sentence

RELATED_LIMIT = 12
# A topic's key figures: the first few of each section it gathers, newest sections first.
FIGURES_PER_SECTION = 3
TOPIC_FIGURES = 15

PlacedRef = tuple[ArticleRef, SectionFact]
Timeline = tuple[tuple[str, tuple[Entry, ...]], ...]  # (month key, entries)


@dataclass(frozen=True)
class TopicPage:
    sections: tuple[PlacedRef, ...]
    figures: tuple[tuple[ArticleRef, str], ...]
    timeline: Timeline
    entities: tuple[tuple[EntityRef, int], ...]
    notes: tuple[NoteItem, ...]
    pictures: Pictures | None


def placed_refs(domain: BriefingDomain, placed: list[Placed]) -> tuple[PlacedRef, ...]:
    return tuple((article_ref(domain, d), s) for d, s in placed)


def topic_data(domain: BriefingDomain, derived: Derived, topic_id: str) -> TopicPage:
    placed = derived.topic_sections.get(topic_id, [])
    sections = placed_refs(domain, placed)
    figures = [(a, f) for a, s in sections for f in s.figures[:FIGURES_PER_SECTION]]
    notes = derived.notes_about.get(topic_id, [])
    months = topic_timeline(domain, placed, notes)
    entities = Counter(e for _, section in placed for e in section.entities)
    ranked = sorted(entities.items(), key=lambda kv: (-kv[1], kv[0]))
    return TopicPage(
        sections=sections,
        figures=tuple(figures[:TOPIC_FIGURES]),
        timeline=tuple((key, tuple(entries)) for key, entries in months),
        entities=tuple(counted_data(domain, derived, ranked)[:RELATED_LIMIT]),
        notes=tuple(notes_data(domain, notes)),
        pictures=topic_pictures(domain, derived, topic_id),
    )


def section_quote(page: Page, article: ArticleRef, section: SectionFact) -> nodes.Element:
    """A section as a block: its title linked to the article, its opening quoted."""
    block = nodes.container(classes=["briefing-section-quote"])
    heading = nodes.paragraph(classes=["briefing-section-title"])
    heading += page.article_link(article, section.anchor, section.title)
    if section.subhead:
        heading += nodes.Text(" — ")
        heading += page.article_link(article)
    heading += nodes.Text(" · ")
    heading += dates.date_node(article.date)
    block += heading
    para = nodes.paragraph()
    para += nodes.Text(first_sentence(section.text) + " ")
    para += page.link(article.docname, section.paragraph, "Read on", "Read the section")
    block += nodes.block_quote("", para)
    return block


def topic_render(page: Page, data: TopicPage) -> list[nodes.Node]:
    if data.sections:
        listed: list[nodes.Node] = [section_quote(page, a, s) for a, s in data.sections]
    else:
        listed = [nodes.paragraph(text="No article section belongs to this topic yet.")]
    count = len(data.sections)
    out: list[nodes.Node] = [
        *pictures_render(page, data.pictures),
        written_section("article-sections", f"Article sections ({count})", *listed),
    ]
    if data.figures:
        items = nodes.bullet_list(classes=["briefing-topic-figures"])
        for article, figure in data.figures:
            item = nodes.paragraph()
            item += nodes.strong(figure, figure)
            item += nodes.Text(" — ")
            item += page.article_link(article)
            item += nodes.Text(" · ")
            item += dates.date_node(article.date)
            items += nodes.list_item("", item)
        out.append(written_section("key-figures", "Key figures", items))
    if data.timeline:
        out.append(timeline_section(page, data.timeline))
    if data.entities:
        line = counted_links(page, data.entities)
        out.append(written_section("key-entities", "Key entities", line))
    return out + notes_section(page, data.notes)


def timeline_section(page: Page, timeline: Timeline) -> nodes.section:
    out: list[nodes.Node] = []
    for key, entries in timeline:
        out.append(nodes.rubric(text=dates.month_label(key), classes=["briefing-timeline-month"]))
        items = nodes.bullet_list(classes=["briefing-timeline"])
        items.extend(nodes.list_item("", timeline_entry(page, e)) for e in entries)
        out.append(items)
    return written_section("timeline", "Timeline", *out)


def timeline_entry(page: Page, entry: Entry) -> nodes.paragraph:
    line = nodes.paragraph(classes=[f"briefing-timeline-{entry.kind}"])
    when = nodes.inline(text=entry.when, classes=["briefing-date"])
    if not entry.sort:
        when["classes"].append("briefing-undated")
    line += when
    line += nodes.Text(" · ")
    if entry.kind == ARTICLE:
        line += page.link(entry.docname, "", entry.title)
        subheads = [s for s in entry.sections if s.subhead]
        for index, section in enumerate(subheads):
            line += nodes.Text(": " if index == 0 else "; ")
            line += page.link(entry.docname, section.anchor, section.title)
    elif entry.kind == EVENT:
        line += quote(f"“{entry.phrase}”")
        line += nodes.Text(" in ")
        line += page.link(entry.docname, entry.anchor, entry.title, "Read the paragraph")
    else:
        line += nodes.Text("Editor's note: ")
        line += page.link(entry.docname, "", entry.title)
    return line


@dataclass(frozen=True)
class AllTopics:
    topics: tuple[tuple[TopicFact, int], ...]  # (topic, sections it gathers), by title
    unclaimed: tuple[PlacedRef, ...]  # subhead sections no topic gathers


def topics_data(domain: BriefingDomain, derived: Derived, name: str) -> AllTopics:
    return AllTopics(
        tuple((t, len(derived.topic_sections.get(t.id, ()))) for t in derived.topics),
        placed_refs(domain, derived.unclaimed),
    )


def topic_cards_data(domain: BriefingDomain, derived: Derived, name: str) -> AllTopics:
    return AllTopics(topics_data(domain, derived, name).topics, ())


def topic_cards(page: Page, data: AllTopics) -> list[nodes.Node]:
    if not data.topics:
        return [nodes.paragraph(text="No editor topics yet: add them under topics/.")]
    cards = [
        card(
            page.link(topic.docname, topic.id, topic.title),
            first_sentence(topic.summary) if topic.summary else "",
            f"{count} article section{'s' if count != 1 else ''}",
        )
        for topic, count in data.topics
    ]
    return [grid(cards, 3, "briefing-cards")]


def topics_render(page: Page, data: AllTopics) -> list[nodes.Node]:
    out = topic_cards(page, data)
    if data.unclaimed:
        out.append(nodes.rubric(text="Sections under their own subheads"))
        out.extend(section_quote(page, a, s) for a, s in data.unclaimed)
    return out
