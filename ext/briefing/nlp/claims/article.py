"""The claims of an article: every paragraph's sentences through the finder.

Each statement found gets its speaker trimmed and named (see :mod:`.speakers`); the speakers
of the article are then resolved together.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.nlp.claims.finder import Sentence
from briefing.nlp.claims.model import Claim, MentionLike
from briefing.nlp.claims.sentences import split_sentences
from briefing.nlp.claims.speakers import (
    name_forms,
    resolve_speakers,
    speaker_entities,
    trim_speaker,
)

if TYPE_CHECKING:
    from briefing.wire import Article


def find_claims(parts: Sequence[tuple[str, str]], mentions: Sequence[MentionLike]) -> list[Claim]:
    """Attributed statements in the "paragraph" parts, given as (kind, text) pairs.

    ``mentions`` index ``parts`` with offsets inside the part text; they only name speakers.
    """
    by_part: dict[int, list[MentionLike]] = {}
    for mention in mentions:
        by_part.setdefault(mention.part, []).append(mention)
    forms = name_forms(mentions)
    claims: list[Claim] = []
    for index, (kind, text) in enumerate(parts):
        if kind != "paragraph" or not text.strip():
            continue
        for start, end in split_sentences(text):
            sentence = Sentence(text, start, end)
            seen: set[tuple[tuple[int, int], str, str]] = set()
            for found in sentence.find():
                key = (found.speaker, found.verb, found.content)
                if key in seen:
                    continue
                seen.add(key)
                s_start, s_end = found.speaker
                s_end = trim_speaker(text, s_start, s_end)
                entity, about = speaker_entities(
                    text, s_start, s_end, by_part.get(index, []), forms
                )
                written = sentence.span_text(s_start, s_end)
                claims.append(
                    Claim(
                        part=index,
                        sentence_start=start,
                        sentence_end=end,
                        speaker=written,
                        speaker_entity=entity,
                        speaker_about=about,
                        verb=found.verb,
                        content=found.content,
                        written=written,
                    )
                )
    return resolve_speakers(parts, claims, mentions)


def claims_for_article(article: Article, mentions: Sequence[MentionLike]) -> list[Claim]:
    """:func:`find_claims` over ``article.parts`` (mention ``part`` indexes those parts)."""
    return find_claims([(p.kind, p.text) for p in article.parts], mentions)
