"""Sentence boundaries by punctuation: enough to quote the sentence a mention stands in."""

from __future__ import annotations

import re

# A sentence ends at . ! ? (optionally followed by closing quotes or brackets) before a space
# and a capital letter, digit or opening quote. Abbreviations like "U.S." before a lowercase
# word or a known title stay inside the sentence.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_NO_BREAK_AFTER = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|Jr|Sr|No|vs)\.)$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _NO_BREAK_AFTER.search(text[start : match.start()]):
            continue
        spans.append((start, match.start()))
        start = match.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()] or [(0, len(text))]


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding character ``offset``."""
    for start, end in sentence_spans(text):
        if offset < end:
            return start, end
    return sentence_spans(text)[-1]


def first_sentence(text: str) -> str:
    start, end = sentence_spans(text)[0]
    return text[start:end].strip()
