"""What claim finding gives and takes: :class:`Claim` and :class:`MentionLike`.

A :class:`Claim` is one attributed statement of an article, with its speaker as a reader
should see it, the entities that speaker names and the words claimed; :class:`MentionLike`
is all the finder needs to know of an entity mention from the NLP layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class MentionLike(Protocol):
    """What the finder needs from an entity mention (offsets are within the part text)."""

    @property
    def part(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def entity(self) -> str: ...


@dataclass(frozen=True)
class Claim:
    part: int  # index into the parts given (only "paragraph" parts have claims)
    sentence_start: int  # the sentence holding the claim, offsets within the part text
    sentence_end: int
    # Who spoke, as a reader should see it: "the official" is the fuller description it
    # refers back to ("a high-ranking South Korean official"), and one office has one spelling
    # in the article ("South Korea's presidential office" for "The South Korean presidential
    # office").
    speaker: str
    speaker_entity: str | None  # the entity the speaker is (or is headed by)
    speaker_about: str | None  # another entity the speaker description mentions
    verb: str  # lowercased: "said", "announced", "according to", "saying"
    content: str  # what was claimed (quotation marks of a whole quotation removed)
    written: str = ""  # the speaker as written, whitespace collapsed: "the official"
