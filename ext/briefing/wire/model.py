"""The parsed article: the data every other part of the site reads.

An :class:`Article` is a headline, sections of paragraphs under optional subheads, an optional
:class:`Credit` (who reported, edited or supplied the story) and the :class:`ParseIssue` list
of what was odd about the seed. Every :class:`Part` keeps its 1-based line and its offset in
the normalised seed text, so warnings and links can point back at the source.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.wire.datelines import Dateline


@dataclass(frozen=True)
class Part:
    """One piece of text of the article."""

    kind: str  # "headline" | "subhead" | "paragraph" | "credit"
    text: str
    line: int
    start: int


@dataclass(frozen=True)
class Section:
    title: Part | None
    paragraphs: tuple[Part, ...]


@dataclass(frozen=True)
class Credit:
    part: Part | None
    text: str
    agencies: tuple[str, ...]
    mode: str  # "inputs" | "wholly" | "staff"
    reporters: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    dateline: str | None = None


@dataclass(frozen=True)
class ParseIssue:
    subtype: str
    line: int
    message: str


@dataclass(frozen=True)
class Article:
    headline: Part
    sections: tuple[Section, ...]
    credit: Credit | None
    issues: tuple[ParseIssue, ...]
    # The dateline opening the first paragraph ("NEW YORK, March 3 -"), in any style.
    dateline: Dateline | None = None

    @property
    def paragraphs(self) -> tuple[Part, ...]:
        return tuple(p for s in self.sections for p in s.paragraphs)

    @property
    def parts(self) -> tuple[Part, ...]:
        """Headline, subheads and paragraphs in order, then a credit block of its own."""
        parts = [self.headline]
        for section in self.sections:
            if section.title is not None:
                parts.append(section.title)
            parts.extend(section.paragraphs)
        # A dateline credit points at the first paragraph, which is already listed.
        if self.credit and self.credit.part and self.credit.part.kind == "credit":
            parts.append(self.credit.part)
        return tuple(parts)
