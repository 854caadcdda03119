"""Quotation marks: which mark opens and which closes, and the text inside.

Straight double quotes are read as opening or closing from the characters around them;
claimed text keeps what a quotation holds and loses the marks of a whole quotation.
"""

from __future__ import annotations

import re

OPEN_QUOTES = "“«„"
CLOSERS = '"”\u2019»)]'
CLOSE_QUOTES = "”»"


def quote_roles(text: str, start: int, end: int) -> dict[int, str]:
    """Offsets of quotation marks in text[start:end] -> "open" or "close"."""
    roles: dict[int, str] = {}
    for i in range(start, end):
        ch = text[i]
        if ch in OPEN_QUOTES:
            roles[i] = "open"
        elif ch in CLOSE_QUOTES:
            roles[i] = "close"
        elif ch == '"':
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            ellipsis = text[i + 1 : i + 3] == ".."
            opens = (before.isspace() or before in "([{—\u2013-/") and not (
                after.isspace() or (after in ",.;:!?)]" and not ellipsis)
            )
            roles[i] = "open" if opens else "close"
    return roles


def first_open_quote(text: str) -> int | None:
    for i, ch in enumerate(text):
        if ch in OPEN_QUOTES:
            return i
        if ch == '"':
            before = text[i - 1] if i > 0 else " "
            if before.isspace() or before in "([{—\u2013-:,":
                return i
    return None


def unquote(text: str) -> str:
    """The inside of the quotation ``text`` opens with (to its end if never closed)."""
    body = text[1:]
    close = None
    for i, ch in enumerate(body):
        if ch in CLOSE_QUOTES:
            close = i
            break
        if ch == '"' and (i + 1 >= len(body) or not body[i + 1].isalnum()):
            close = i
            break
    return body if close is None else body[:close]


def clean_content(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"^(?:that\b\s*)?[,:;—\u2013-]?\s*", "", text)
    text = re.sub(r"(?:\s*\[[.,;:]\])+$", "", text)
    text = text.rstrip(" .,;:—\u2013-")
    marks = OPEN_QUOTES + CLOSE_QUOTES + '"'
    if text[:1] in OPEN_QUOTES + '"':
        inner = text[1:]
        if inner[-1:] in CLOSE_QUOTES + '"' and not any(c in marks for c in inner[:-1]):
            text = inner[:-1].rstrip(" .,;:")  # one whole quotation
        elif not any(c in marks for c in inner):
            text = inner.lstrip()  # a quotation left open
    return text.strip()
