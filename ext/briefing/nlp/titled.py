"""People the small model leaves untagged after their title: "Chief Executive Guillaume Faury
said", "Prime Minister Jan Novak told reporters".

A capitalised title whose last word heads a title ("Chief Executive", "Prime Minister",
"Sen.") right before two or three capitalised words that a reporting verb or a comma follows
is a person's name. Names a span already covers, places, nationalities and
the words the article also writes in lowercase are never taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .candidates import Candidate
from .gazetteer import is_place
from .headings import HEADING_KINDS
from .names import TITLE_HEADS
from .spans import overlaps
from .variants import demonym_country, lookup

_TITLE_WORD = r"[A-Z][a-z]+\.?"
_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_TITLED = re.compile(
    rf"\b(?P<title>(?:{_TITLE_WORD} ){{0,2}}{_TITLE_WORD}) "
    rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})"
    r"(?=,| (?:said|says|told|added|wrote|announced|warned)\b)"
)
# Heads of titles as capitalised words ("Executive" for "Chief Executive"), beside the
# heads of people's titles.
_HEADS = TITLE_HEADS | {"executive", "officer"}


def people_after_titles(
    parts: Sequence[tuple[str, str]], candidates: list[Candidate], common: set[str]
) -> list[Candidate]:
    """The candidates, and a person for each titled name no span covers."""
    found = list(candidates)
    for number, (kind, text) in enumerate(parts):
        if kind in HEADING_KINDS or kind == "credit":
            continue
        spans = [c.span for c in found if c.part == number]
        for match in _TITLED.finditer(text):
            title_head = match.group("title").split()[-1].rstrip(".").casefold()
            start, end = match.span("name")
            name = match.group("name")
            if title_head not in _HEADS or any(overlaps((start, end), s) for s in spans):
                continue
            if not _plausible(name, common):
                continue
            found.append(Candidate(number, start, end, name, "person", ""))
            spans.append((start, end))
    return sorted(found, key=lambda c: (c.part, c.start))


def _plausible(name: str, common: set[str]) -> bool:
    if lookup(name) is not None or demonym_country(name) is not None or is_place(name):
        return False
    return not any(word.casefold() in common for word in name.split())
