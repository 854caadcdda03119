"""Cross-document views, derived after reading and never merged.

After reading (``env-updated``) the domain's facts are turned into the indexes every listing
draws from: mentions and articles per entity, who appears with whom, the sections each topic
gathers, sources, claims and notes, all newest first.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from briefing.domain.brief import BriefingDomain
from briefing.domain.corpus import source_id
from briefing.domain.facts import (
    ArticleFacts,
    ClaimFact,
    MentionFact,
    NoteFact,
    SectionFact,
    TopicFact,
)

if TYPE_CHECKING:
    from briefing.views.refs import EntityRef

Placed = tuple[str, SectionFact]  # (docname of the article, the section)


@dataclass
class Derived:
    mentions: dict[str, list[tuple[str, MentionFact]]] = field(default_factory=dict)
    articles_of: dict[str, list[str]] = field(default_factory=dict)
    related: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    # entity -> {other: paragraphs naming both + sentences naming both}
    together: dict[str, dict[str, int]] = field(default_factory=dict)
    article_order: list[str] = field(default_factory=list)
    topics: list[TopicFact] = field(default_factory=list)  # by title
    topic_sections: dict[str, list[Placed]] = field(default_factory=dict)
    unclaimed: list[Placed] = field(default_factory=list)  # subhead sections no topic gathers
    claims_by_entity: dict[str, list[tuple[str, ClaimFact]]] = field(default_factory=dict)
    claims: list[tuple[str, ClaimFact]] = field(default_factory=list)
    source_articles: dict[str, list[str]] = field(default_factory=dict)
    note_order: list[str] = field(default_factory=list)  # newest first
    notes_about: dict[str, list[str]] = field(default_factory=dict)  # entity/topic id -> notes
    notes_at: dict[str, list[tuple[str, str]]] = field(
        default_factory=dict
    )  # article -> (anchor, note)
    mentions_shown: int = 100  # most mentions quoted on an entity page
    # Memos for the write phase, never pickled: links by id, and each listing key's data.
    refs: dict[str, EntityRef | None] = field(default_factory=dict)
    shown: dict[str, object] = field(default_factory=dict)

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "refs": {}, "shown": {}}


def article_sort_key(item: tuple[str, ArticleFacts]) -> tuple[str, str]:
    """Newest first when dated; undated articles after them, by name."""
    docname, facts = item
    return ("0" + _inverted(facts.date) if facts.date else "1", docname)


def _inverted(date: str) -> str:
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in date)


def derived_views(domain: BriefingDomain, mentions_shown: int) -> Derived:
    """The views derived after reading (``env-updated``); derived now if that has not run."""
    derived = domain.data.get("derived")
    return derived if isinstance(derived, Derived) else derive(domain, mentions_shown)


def derive(domain: BriefingDomain, mentions_shown: int = 100) -> Derived:
    derived = Derived(mentions_shown=max(mentions_shown, 0))
    derived.article_order = [d for d, _ in sorted(domain.articles.items(), key=article_sort_key)]
    position = {docname: i for i, docname in enumerate(derived.article_order)}
    mentions: defaultdict[str, list[tuple[str, MentionFact]]] = defaultdict(list)
    by_sentence: defaultdict[tuple[str, str, str], set[str]] = defaultdict(set)
    by_paragraph: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for docname in derived.article_order:
        for fact in domain.mentions.get(docname, ()):
            mentions[fact.entity].append((docname, fact))
            by_sentence[(docname, fact.anchor, fact.sentence)].add(fact.entity)
            by_paragraph[(docname, fact.anchor)].add(fact.entity)
    related: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for together in by_sentence.values():
        for entity in together:
            related[entity].update(together - {entity})
    # A shared sentence counts once here and once more with its paragraph, below.
    weights: defaultdict[str, Counter[str]] = defaultdict(
        Counter, {e: Counter(c) for e, c in related.items()}
    )
    for together in by_paragraph.values():
        for entity in together:
            weights[entity].update(together - {entity})
    derived.together = {e: dict(sorted(c.items())) for e, c in sorted(weights.items())}
    for entity, found in mentions.items():
        derived.mentions[entity] = found
        docs = sorted({docname for docname, _ in found}, key=position.__getitem__)
        derived.articles_of[entity] = docs
        derived.related[entity] = sorted(related[entity].items(), key=lambda kv: (-kv[1], kv[0]))
    _derive_topics(domain, derived)
    _derive_sources_and_claims(domain, derived)
    _derive_notes(domain, derived)
    return derived


def note_sort_key(item: tuple[str, NoteFact]) -> tuple[str, str]:
    docname, note = item
    return ("0" + _inverted(note.date) if note.date else "1", docname)


def _derive_notes(domain: BriefingDomain, derived: Derived) -> None:
    derived.note_order = [d for d, _ in sorted(domain.notes.items(), key=note_sort_key)]
    about: defaultdict[str, list[str]] = defaultdict(list)
    at: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    by_slug = {facts.slug: docname for docname, facts in domain.articles.items()}
    for docname in derived.note_order:
        note = domain.notes[docname]
        for target in sorted(note.about()):
            about[target].append(docname)
        if note.article is not None and note.article[0] in by_slug:
            slug, anchor, _ = note.article
            at[by_slug[slug]].append((anchor, docname))
    derived.notes_about = dict(about)
    derived.notes_at = dict(at)


def section_key(domain: BriefingDomain, docname: str, section: SectionFact) -> str:
    return f"{domain.articles[docname].slug}#{section.anchor}"


def topic_gathers(topic: TopicFact, key: str, section: SectionFact) -> bool:
    if key in topic.sections or key.partition("#")[0] in topic.sections:
        return True
    if set(topic.entities) & set(section.entities):
        return True
    haystack = f"{section.title}\n{section.text}".casefold()
    return any(re.search(rf"\b{re.escape(k.casefold())}\b", haystack) for k in topic.keywords)


def _derive_topics(domain: BriefingDomain, derived: Derived) -> None:
    topics = [topic for facts in domain.topics.values() for topic in facts]
    derived.topics = sorted(topics, key=lambda t: (t.title.casefold(), t.id))
    claimed: set[tuple[str, str]] = set()
    for topic in derived.topics:
        found: list[Placed] = []
        for docname in derived.article_order:
            for section in domain.articles[docname].sections:
                if topic_gathers(topic, section_key(domain, docname, section), section):
                    found.append((docname, section))
                    claimed.add((docname, section.anchor))
        derived.topic_sections[topic.id] = found
    derived.unclaimed = [
        (docname, section)
        for docname in derived.article_order
        for section in domain.articles[docname].sections
        if section.subhead and (docname, section.anchor) not in claimed
    ]


def _derive_sources_and_claims(domain: BriefingDomain, derived: Derived) -> None:
    by_source: defaultdict[str, list[str]] = defaultdict(list)
    by_entity: defaultdict[str, list[tuple[str, ClaimFact]]] = defaultdict(list)
    for docname in derived.article_order:
        credit = domain.articles[docname].credit
        for agency in credit.agencies if credit else ():
            by_source[source_id(agency)].append(docname)
        for claim in domain.claims.get(docname, ()):
            derived.claims.append((docname, claim))
            if claim.speaker_entity:
                by_entity[claim.speaker_entity].append((docname, claim))
    derived.source_articles = dict(by_source)
    derived.claims_by_entity = dict(by_entity)
