"""Helpers for the NLP rule tests: model spans written by hand."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.nlp.pipeline import RawMention
from briefing.nlp.resolve import resolve_article


def raw_spans(text: str, spans: Sequence[tuple[str, str]]) -> list[RawMention]:
    """Model spans given as (text, label), each found after the previous one in ``text``."""
    found: list[RawMention] = []
    cursor = 0
    for span, label in spans:
        start = text.index(span, cursor)
        found.append(RawMention(start, start + len(span), span, label))
        cursor = start + len(span)
    return found


def entities_in_paragraph(
    text: str, spans: Sequence[tuple[str, str]]
) -> list[tuple[str, str, str | None]]:
    """(text, type, entity) of each named mention resolved from one paragraph with the given
    spans."""
    mentions, _ = resolve_article([("paragraph", text)], [raw_spans(text, spans)], [])
    return [(m.text, m.type, m.entity) for m in mentions if m.type not in ("figure", "date")]


def named_in_paragraph(text: str, spans: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """(text, type) of each named mention resolved from one paragraph with the given spans."""
    return [(name, kind) for name, kind, _ in entities_in_paragraph(text, spans)]
