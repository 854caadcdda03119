"""Helpers for the NLP rule tests: model spans written by hand."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.nlp.pipeline import RawMention


def raw_spans(text: str, spans: Sequence[tuple[str, str]]) -> list[RawMention]:
    """Model spans given as (text, label), each found after the previous one in ``text``."""
    found: list[RawMention] = []
    cursor = 0
    for span, label in spans:
        start = text.index(span, cursor)
        found.append(RawMention(start, start + len(span), span, label))
        cursor = start + len(span)
    return found
