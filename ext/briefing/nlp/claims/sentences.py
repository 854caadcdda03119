"""A paragraph's sentences, with the sentences of one quotation kept together.

Sentence bounds come from :func:`briefing.wire.sentences.sentence_spans`; a closing quotation mark
left after a full stop goes back to its sentence, the sentences of a quotation that runs on
are one span, and pathologically long text is cut into bounded pieces first.
"""

from __future__ import annotations

from bisect import bisect_left

from briefing.nlp.claims.quotes import CLOSERS, quote_roles
from briefing.wire.sentences import sentence_spans

# Bounds that keep pathological input (a 60,000-character "sentence") fast: longer parts are
# cut into pieces before sentence splitting (``sentence_spans`` is quadratic on long runs of
# "A. A. A."), and longer sentences are analysed in windows.
_MAX_PART = 8_000
_PIECE = 2_000
_MAX_SENTENCE = 3_000


def _pieces(text: str, start: int, end: int, size: int) -> list[tuple[int, int]]:
    """text[start:end] as consecutive spans of at most ``size`` characters, cut after a full
    stop or at a space where possible."""
    spans = []
    while end - start > size:
        cut = text.rfind(". ", start, start + size)
        if cut <= start:
            cut = text.rfind(" ", start, start + size)
        cut = start + size if cut <= start else cut + 1
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, with the sentences of one quotation joined into one span."""
    raw: list[tuple[int, int]] = []
    for a, b in _pieces(text, 0, len(text), _PIECE) if len(text) > _MAX_PART else [(0, len(text))]:
        piece = text[a:b]
        raw.extend((a + s, a + e) for s, e in sentence_spans(piece) if piece[s:e].strip())
    # sentence_spans leaves a closing quote after the full stop outside both sentences
    # ('… deck." Authorities …'): give it back to the sentence it closes.
    spans = []
    for start, end in raw:
        while end < len(text) and text[end] in CLOSERS:
            end += 1
        spans.append((start, end))
    roles = quote_roles(text, 0, len(text))
    positions = sorted(roles)

    def open_at_end(start: int, end: int) -> bool:
        depth = 0
        for i in positions[bisect_left(positions, start) : bisect_left(positions, end)]:
            depth = depth + 1 if roles[i] == "open" else max(depth - 1, 0)
        return depth > 0

    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        start, end = spans[i]
        j = i
        while open_at_end(start, end) and j + 1 < len(spans) and j - i < 8:
            j += 1
            end = spans[j][1]
        if open_at_end(start, end):
            j, end = i, spans[i][1]  # never closed: keep the sentence as it is
        out.extend(_pieces(text, start, end, _MAX_SENTENCE))
        i = j + 1
    return out
