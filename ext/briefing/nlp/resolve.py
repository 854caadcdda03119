"""Entity resolution: raw model spans of one article -> clean mentions and glossary entities.

The steps, in order (each rule lives in its own module):

1. Per part (``candidates``): trim model spans (quotes, "the", possessives, via ``spans``),
   split titles off person names (``names``), correct types by head word (``kinds``), drop
   junk, widen figures and dates (``figures``), and let curated names found in the text
   replace overlapping model spans (``curated``). Credit lines give nothing: their agency is a
   source, not a story entity.
2. Per article (``identify``): curated aliases, standard variants and demonyms
   (``variants``), acronyms defined in brackets (``acronyms``), short person names joined to
   full ones, one type per name by majority.
3. Headings keep only what the body vouches for, plus body names found in them (``headings``).

Figure and date ids are scoped to the article (``figure.<slug>-<article key>``): "Wednesday",
"Last month" or "five people" in two articles are different facts, and merging them across the
corpus by id would put unrelated statements on one glossary entry. Named entities are not
scoped: ``place.south-korea`` is the same entity in every article.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence

from .candidates import Candidate, named_candidates, number_candidates
from .curated import CuratedIndex
from .entities import ENTITY_TYPES, CuratedEntry, EntityInfo, Mention, entity_id, slug
from .headings import HEADING_KINDS, vouched_headings
from .identify import (
    acronym_candidates,
    places_after_locatives,
    places_in_lists,
    repeated_whole_names,
    resolve_named,
    shouting_line,
    split_glued,
    tabular_line,
)
from .junk import without_lone_heads
from .kinds import lowercase_words
from .market import organisations_in_context
from .missed import missed_short_forms
from .pipeline import RawMention
from .titled import people_after_titles

__all__ = [
    "ENTITY_TYPES",
    "CuratedEntry",
    "EntityInfo",
    "Mention",
    "entity_id",
    "resolve_article",
]


def resolve_article(
    parts: Sequence[tuple[str, str]],
    raw: Sequence[Sequence[RawMention]],
    registry: Sequence[CuratedEntry],
    article_key: str | None = None,
) -> tuple[list[Mention], dict[str, EntityInfo]]:
    """Mentions (sorted by part, start, longest first) and the article's entities by id.

    ``parts`` are (kind, text) pairs with kind "headline", "subhead", "paragraph" or
    "credit"; ``raw`` holds the model's spans for each part. ``article_key`` scopes figure and
    date ids; by default it is derived from the article's text.
    """
    if len(raw) != len(parts):
        raise ValueError(f"{len(parts)} parts but raw mentions for {len(raw)}")
    index = CuratedIndex(registry)
    key = article_key or _article_key(parts)
    common = lowercase_words([text for kind, text in parts if kind != "credit"])
    named: list[Candidate] = []
    numbers: list[Candidate] = []
    for number, (kind, text) in enumerate(parts):
        if kind == "credit":
            continue
        part_named = named_candidates(number, text, raw[number], index, common)
        named.extend(part_named)
        numbers.extend(number_candidates(number, text, raw[number], part_named))
    is_heading = [kind in HEADING_KINDS for kind, _ in parts]
    named = without_lone_heads(repeated_whole_names(parts, split_glued(parts, named)))
    named = people_after_titles(parts, named, common)
    named = missed_short_forms(parts, named)
    named = organisations_in_context(parts, named, common)
    # A line in capitals (a table, a list of codes) or a row of figures is read like a
    # heading: it links only what the body vouches for.
    loud = [
        is_heading[c.part]
        or shouting_line(parts[c.part][1], c.start)
        or tabular_line(parts[c.part][1], c.start)
        for c in named
    ]
    body = [c for c, shouting in zip(named, loud, strict=True) if not shouting]
    heads = [c for c, shouting in zip(named, loud, strict=True) if shouting]
    body.extend(acronym_candidates(parts, body, is_heading))
    places_in_lists(parts, body)
    texts = [text for _, text in parts]
    resolve_named(body, index, context=body, texts=texts)
    places_after_locatives(parts, body)
    resolve_named(heads, index, context=body)
    heads = vouched_headings(parts, heads, body, is_heading)
    body_numbers = {c.text.casefold() for c in numbers if not is_heading[c.part]}
    numbers = [c for c in numbers if not is_heading[c.part] or c.text.casefold() in body_numbers]
    for candidate in numbers:
        candidate.name = candidate.text
        candidate.entity = f"{candidate.type}.{slug(candidate.text)}-{key}"
    return _assemble(parts, body + heads + numbers, index)


def _article_key(parts: Sequence[tuple[str, str]]) -> str:
    digest = hashlib.sha256()
    for kind, text in parts:
        digest.update(f"{len(kind)}:{kind}{len(text)}:{text}".encode())
    return digest.hexdigest()[:8]


def _assemble(
    parts: Sequence[tuple[str, str]], candidates: list[Candidate], index: CuratedIndex
) -> tuple[list[Mention], dict[str, EntityInfo]]:
    mentions: dict[tuple[int, int, int], Mention] = {}
    entities: dict[str, EntityInfo] = {}
    names: dict[str, Counter[str]] = {}
    for c in candidates:
        if c.entity is None or c.name is None:
            continue
        text = parts[c.part][1][c.start : c.end]
        position = (c.part, c.start, c.end)
        if position in mentions:
            continue
        mentions[position] = Mention(c.part, c.start, c.end, text, c.type, c.entity, c.role)
        info = entities.get(c.entity)
        if info is None:
            entry = index.entries.get(c.entity)
            info = EntityInfo(
                id=c.entity,
                name=entry.name if entry else c.name,
                type=entry.type if entry else c.type,
                curated=entry is not None or c.curated,
            )
            entities[c.entity] = info
        info.aliases.add(text)
        if c.role:
            info.roles.add(c.role)
        if c.related_place and info.related_place is None:
            info.related_place = c.related_place
        names.setdefault(c.entity, Counter())[c.name] += 1
    for entity, counter in names.items():
        info = entities[entity]
        if not info.curated:
            # The most frequent display name, then the longest, then alphabetical.
            info.name = min(counter, key=lambda n: (-counter[n], -len(n), n))
    ordered = sorted(mentions.values(), key=lambda m: (m.part, m.start, -m.end, m.entity))
    return ordered, dict(sorted(entities.items()))
