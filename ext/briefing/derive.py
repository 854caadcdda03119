"""Cross-document views, derived after reading and never merged.

Pages showing a listing name its key while they are read (``articles``, ``glossary``,
``entity:<id>``, ``target:<id>``). After reading, each key gets a fingerprint of the data it
shows; a page whose fingerprints changed since it was last written is written again, so
incremental builds never show stale listings.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from briefing.domain import ArticleFacts, BriefingDomain, MentionFact


@dataclass
class Derived:
    mentions: dict[str, list[tuple[str, MentionFact]]] = field(default_factory=dict)
    articles_of: dict[str, list[str]] = field(default_factory=dict)
    related: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    article_order: list[str] = field(default_factory=list)


def article_sort_key(item: tuple[str, ArticleFacts]) -> tuple[str, str]:
    """Newest first when dated; undated articles after them, by name."""
    docname, facts = item
    return ("0" + _inverted(facts.date) if facts.date else "1", docname)


def _inverted(date: str) -> str:
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in date)


def derive(domain: BriefingDomain) -> Derived:
    derived = Derived()
    derived.article_order = [d for d, _ in sorted(domain.articles.items(), key=article_sort_key)]
    position = {docname: i for i, docname in enumerate(derived.article_order)}
    mentions: defaultdict[str, list[tuple[str, MentionFact]]] = defaultdict(list)
    by_sentence: defaultdict[tuple[str, str, str], set[str]] = defaultdict(set)
    for docname in derived.article_order:
        for fact in domain.mentions.get(docname, ()):
            mentions[fact.entity].append((docname, fact))
            by_sentence[(docname, fact.anchor, fact.sentence)].add(fact.entity)
    related: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for together in by_sentence.values():
        for entity in together:
            related[entity].update(together - {entity})
    for entity, found in mentions.items():
        derived.mentions[entity] = found
        docs = sorted({docname for docname, _ in found}, key=position.__getitem__)
        derived.articles_of[entity] = docs
        derived.related[entity] = sorted(related[entity].items(), key=lambda kv: (-kv[1], kv[0]))
    return derived


def fingerprint(domain: BriefingDomain, derived: Derived, key: str) -> str:
    return hashlib.sha256(repr(_listing_data(domain, derived, key)).encode()).hexdigest()


def _listing_data(domain: BriefingDomain, derived: Derived, key: str) -> object:
    kind, _, name = key.partition(":")
    if kind == "articles":
        return [(d, domain.articles[d]) for d in derived.article_order]
    if kind == "glossary":
        return sorted(
            (entity_id, target, len(derived.mentions.get(entity_id, ())))
            for entity_id, target in domain.entities.items()
        )
    if kind == "target":
        return domain.entities.get(name)
    if kind == "entity":
        return (
            derived.mentions.get(name),
            [(d, domain.articles[d].title) for d in derived.articles_of.get(name, ())],
            [(e, domain.entities.get(e)) for e, _ in derived.related.get(name, ())],
        )
    return None


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
