"""Seed text to blocks, and blocks to sections: the article's layout.

Blocks are runs of non-blank lines; a block of several (hard-wrapped) lines is one paragraph.
A *subhead* is a single short line (at most 100 characters and 14 words) that does not end
like a sentence, stands between two paragraphs and is followed by a full paragraph; runs of
short lines (galleries, legends, Q&A) are paragraphs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from briefing.wire.model import Part, Section

_SHORT_CHARS = 100
_SHORT_WORDS = 14


@dataclass(frozen=True)
class _Line:
    number: int
    start: int
    text: str  # trailing whitespace removed


@dataclass(frozen=True)
class Block:
    lines: tuple[_Line, ...]

    @property
    def text(self) -> str:
        return self.part("paragraph").text

    @property
    def single(self) -> bool:
        return len(self.lines) == 1

    def part(self, kind: str) -> Part:
        first = self.lines[0]
        lead = len(first.text) - len(first.text.lstrip())
        text = "\n".join([first.text[lead:], *(ln.text for ln in self.lines[1:])])
        return Part(kind, text, first.number, first.start + lead)


def split_lines(text: str) -> Iterator[_Line]:
    start = 0
    for number, raw in enumerate(text.split("\n"), 1):
        yield _Line(number, start, raw.rstrip())
        start += len(raw) + 1


def split_blocks(lines: Iterator[_Line]) -> list[Block]:
    blocks: list[Block] = []
    current: list[_Line] = []
    for line in lines:
        if line.text.strip():
            current.append(line)
        elif current:
            blocks.append(Block(tuple(current)))
            current = []
    if current:
        blocks.append(Block(tuple(current)))
    return blocks


_SENTENCE_END = ".!?:;…,"
# Straight and typographic quotes, guillemets and brackets.
_CLOSERS = "\"'\u201d\u2019\u00bb\u203a)]"
_OPENERS = "\"'\u201c\u2018\u00ab\u2039"

_URLISH = re.compile(r"://|www\.|\S\.(?:jpe?g|png|gif|svg|pdf|html?)$", re.IGNORECASE)
# A lowercase word ending a sentence mid-line ("... out wide. (Image: X)").
_INNER_SENTENCE = re.compile(r"(?<![\w.])[a-z]{3,}[.!?]\s")
# Photo captions carry a picture credit ("Sirhan in 1969 (Image: CDCR)").
_CAPTION = re.compile(r"\b(?:image|photo|photograph|picture|file|credit)\s*:", re.IGNORECASE)


def _is_short(block: Block) -> bool:
    text = block.text
    return block.single and len(text) <= _SHORT_CHARS and len(text.split()) <= _SHORT_WORDS


def _ends_sentence(text: str) -> bool:
    core = text.rstrip(_CLOSERS)
    return not core or core[-1] in _SENTENCE_END


def _starts_like_title(text: str) -> bool:
    first = text[0]
    if first in _OPENERS:
        # A block wholly inside quotes is a pull quote, not a title.
        if text[-1] in _CLOSERS:
            return False
        first = text[1:2]
    return bool(first) and unicodedata.category(first)[0] in "LN" and not first.islower()


def _is_subhead_candidate(block: Block) -> bool:
    text = block.text
    return (
        _is_short(block)
        and not _ends_sentence(text)
        and _starts_like_title(text)
        and not _URLISH.search(text)
        and not _INNER_SENTENCE.search(text)
        and not _CAPTION.search(text)
    )


def classify(blocks: Sequence[Block]) -> list[str]:
    """Kind of each body block: "subhead" or "paragraph"."""
    candidate = [_is_subhead_candidate(b) for b in blocks]
    kinds = []
    for i in range(len(blocks)):
        between = 0 < i < len(blocks) - 1 and not candidate[i - 1] and not candidate[i + 1]
        # Runs of short lines (galleries, legends, Q&A) have short neighbours.
        is_subhead = candidate[i] and between and not _is_short(blocks[i + 1])
        kinds.append("subhead" if is_subhead else "paragraph")
    return kinds


def group_sections(blocks: Sequence[Block], kinds: Sequence[str]) -> tuple[Section, ...]:
    sections: list[Section] = []
    title: Part | None = None
    paragraphs: list[Part] = []
    for block, kind in zip(blocks, kinds, strict=True):
        if kind == "subhead":
            sections.append(Section(title, tuple(paragraphs)))
            title, paragraphs = block.part("subhead"), []
        else:
            paragraphs.append(block.part("paragraph"))
    if title is not None or paragraphs:
        sections.append(Section(title, tuple(paragraphs)))
    return tuple(sections)
