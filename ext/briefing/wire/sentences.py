"""Sentence boundaries by punctuation: enough to quote the sentence a mention stands in."""

from __future__ import annotations

import re

# A sentence ends after . ! ? and any closing quotes or brackets, before a space and an
# upper-case letter (any script), a digit or an opening quote. Initials ("U.S.") and common
# abbreviations before the break keep the sentence going.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[^\W\d_a-z])|(?<=[.!?])(?=\s+\d)")
_NO_BREAK_AFTER = re.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|Jr|Sr|No|vs)\.)$")
_LOOKBEHIND = 6  # longest abbreviation checked, with its full stop


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()  # closing quotes and brackets stay with their sentence
        stop = match.start()
        if stop > start and _NO_BREAK_AFTER.search(text, max(start, stop - _LOOKBEHIND), stop):
            continue
        if not text[end : end + 1].isspace() or not text[start:end].strip():
            continue
        spans.append((start, end))
        start = end + 1
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()] or [(0, len(text))]


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding character ``offset``."""
    spans = sentence_spans(text)
    for start, end in spans:
        if offset < end:
            return start, end
    return spans[-1]


def first_sentence(text: str) -> str:
    start, end = sentence_spans(text)[0]
    return text[start:end].strip()
