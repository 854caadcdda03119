"""Companies that market copy names and the small model leaves untagged: "Shares of Rio Tinto
rose", "Tesla shares fell 1.5%", "Tesla Chief Executive Elon Musk", "Kestrel rose 4%", and
organisations a noun introduces: "news agency PA Media", "electric carmaker Tesla".

Each phrase is evidence that the capitalised name in it is a company or another organisation.
A name is taken when the article gives it away outside a sentence's first word, or twice: a
sentence that opens "Gold rose 1%" or "Energy shares fell" says nothing a common word would
not (a noun before the name is never a sentence's first word). Places,
nationalities, titles and the words the article also writes in lowercase are never taken.
Every whole-word repetition of a name taken, which no other span covers, becomes a mention.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .candidates import Candidate
from .gazetteer import is_place
from .headings import HEADING_KINDS
from .junk import never_entity
from .kinds import ORG_NOUNS, at_sentence_start
from .names import TITLE_MODIFIERS, is_title_word
from .spans import STOPWORDS, overlaps, repetitions
from .variants import demonym_country, lookup

_WORD = r"[A-Z][\w'\u2019&.-]*[\w&]"
_NAME = rf"{_WORD}(?: (?:& )?{_WORD}){{0,3}}"
_MOVED = (
    r"(?:rose|fell|gained|added|lost|slipped|dropped|jumped|climbed|slid|tumbled|surged|shed"
    r"|advanced|declined|sank|soared|plunged|rallied)"
)
_TITLE = (
    r"(?:Chief Executive(?: Officer)?|CEO|Chief Financial Officer|CFO|Chief Operating Officer"
    r"|COO|Chairman|Chairwoman|Chair|President|founder|spokesman|spokeswoman|spokesperson)"
)
_INTRODUCING = "|".join(sorted(ORG_NOUNS))
_EVIDENCE = (
    re.compile(rf"\b(?:{_INTRODUCING}) (?P<name>{_NAME})"),
    re.compile(rf"\b[Ss]hares (?:of|in) (?:the )?(?P<name>{_NAME})"),
    re.compile(rf"(?P<name>{_NAME})(?:['\u2019]s)? (?:shares|stock)\b(?! market| exchange)"),
    re.compile(rf"(?P<name>{_NAME}) {_TITLE} [A-Z]"),
    re.compile(rf"(?P<name>{_NAME}) {_MOVED} [\d.]+ ?(?:%|percent|per cent)"),
)


def _plausible(name: str, common: set[str]) -> bool:
    words = name.split()
    first = words[0].casefold()
    if first in STOPWORDS or first in TITLE_MODIFIERS or is_title_word(words[0]):
        return False
    if lookup(name) is not None or demonym_country(name) is not None or is_place(name):
        return False
    if never_entity(name, 0, len(name)):
        return False
    return not (len(words) == 1 and name.casefold() in common)


def organisations_in_context(
    parts: Sequence[tuple[str, str]], candidates: list[Candidate], common: set[str]
) -> list[Candidate]:
    """The candidates, and a new organisation for each mention of a name the article's market
    phrases or organisation nouns give away and no span covers."""
    opening: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    spans = {n: [c.span for c in candidates if c.part == n] for n in range(len(parts))}
    for number, (kind, text) in enumerate(parts):
        if kind in HEADING_KINDS or kind == "credit":
            continue
        for pattern in _EVIDENCE:
            for match in pattern.finditer(text):
                start, end = match.span("name")
                name = match.group("name").rstrip(".")
                if any(overlaps((start, end), other) for other in spans[number]):
                    continue
                if not _plausible(name, common):
                    continue
                (opening if at_sentence_start(text, start) else inside)[name] += 1
    taken = sorted(n for n in {*opening, *inside} if inside[n] or opening[n] >= 2)
    if not taken:
        return candidates
    found = list(candidates)
    for number, span, name in repetitions(parts, taken):
        if any(overlaps(span, other) for other in spans[number]):
            continue
        found.append(Candidate(number, span[0], span[1], name, "org", ""))
        spans[number].append(span)
    return sorted(found, key=lambda c: (c.part, c.start))
