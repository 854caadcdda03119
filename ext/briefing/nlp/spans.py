"""Character-level span helpers: trimming a model span to the words a reader would link,
junk detection, and whole-word search.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string (long tables stay readable)."""
    return frozenset(words.split())


# Quotes, brackets and punctuation that never start or end a name.
_EDGE_CHARS = "\"'\u2018\u2019“”«»„\u201a\u2039\u203a`\u00b4()[]{}<>,;:!?*•·|/\\—\u2013-_…~#"
# Abbreviations whose final full stop belongs to the word.
_DOTTED = frozenset(
    {"Jr.", "Sr.", "Inc.", "Co.", "Corp.", "Ltd.", "St.", "Mt.", "Dr.", "Bros.", "Ft.", "Gen."}
)
_INITIALS = re.compile(r"(?:^|\s)(?:[A-Za-z]\.){2,}$")  # U.S., U.N., D.C.
_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")  # a middle initial left at the end ("John F.")
_POSSESSIVES = ("\u2019s", "'s", "\u2019S", "'S")
_LEADING_THE = ("the ", "The ", "THE ")

STOPWORDS = word_set(
    """a an the and or but nor of in on at to for from by with without into onto over under
    about above below after before between among against during through since until within
    as than that this these those there here it its he she they them his her their we our you
    your i me my is are was were be been being has have had do does did will would shall should
    can could may might must not no yes so if then also just only very more most less least
    some any all each every both either neither other such own same who whom whose which what
    when where why how up down out off again further once new old"""
)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``text[start:end]`` to the name inside it.

    Strips surrounding whitespace, quotes and punctuation, a leading "the", and a trailing
    possessive ("South Korea's" -> "South Korea", "Reuters'" -> "Reuters"). May return an
    empty span (start == end).
    """
    while True:
        before = (start, end)
        while start < end and _is_edge(text[start]):
            start += 1
        while end > start and _is_edge(text[end - 1]):
            end -= 1
        span = text[start:end]
        for the in _LEADING_THE:
            if span.startswith(the) and len(span) > len(the):
                start += len(the)
                break
        span = text[start:end]
        for possessive in _POSSESSIVES:
            if span.endswith(possessive) and len(span) > len(possessive):
                end -= len(possessive)
                break
        else:
            # A bare apostrophe after a final s: "Reuters'".
            if span.endswith(("s\u2019", "s'")) and len(span) > 2:
                end -= 1
        if end > start and text[end - 1] == "." and not _keeps_full_stop(text[start:end]):
            end -= 1
        if (start, end) == before:
            return start, end


def _is_edge(ch: str) -> bool:
    # Format characters (zero-width joiners, soft hyphens) ride along invisibly in web text.
    return ch.isspace() or ch in _EDGE_CHARS or unicodedata.category(ch) == "Cf"


def trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """:func:`trim`, then drop lowercase words at the edges of a name.

    Names end in a capitalised word (or a number: "Interstate 75"), so trailing words without a
    capital are the model running on: "Associated Press of bank" -> "Associated Press",
    "Control Centre of" -> "Control Centre". Leading lowercase stopwords go too.
    """
    start, end = trim(text, start, end)
    while start < end:
        words = list(_WORDS.finditer(text, start, end))
        if len(words) < 2:
            break
        first, last = words[0], words[-1]
        if not any(ch.isupper() or ch.isdigit() for ch in last.group()):
            end = last.start()
        elif _leading_lowercase(first.group(), words[1].group()):
            start = words[1].start()
        else:
            break
        start, end = trim(text, start, end)
    return start, end


_WORDS = re.compile(r"\S+")
# Lowercase words that begin names: "de Blasio", "van Gogh", "al-Assad", "bin Salman".
_PARTICLES = word_set(
    """de da di del della dei des do dos das du van von der den ter le la les al el bin ibn
    ben bint y zu af"""
)


def _leading_lowercase(first: str, second: str) -> bool:
    """A lowercase word before a capitalised one is no part of the name ("national
    Constitution Party"), unless it is a stopword-free particle of a surname."""
    word = first.strip(_EDGE_CHARS)
    if not word.islower():
        return False
    if word in STOPWORDS:
        return True
    return second[:1].isupper() and word not in _PARTICLES and not word.startswith("al-")


# Where a name stops though the model ran on: a score ("Fulham 2-0"), a spaced dash ("Labour
# Party - 203 seats"), or
# a date after a preposition ("Reform National Convention on June 20").
_RUN_ON = re.compile(
    r"\s+\d+[-\u2013]\d+\b|\s+[-\u2013\u2014]\s+|\s+(?:on|in|since|from|until|by|at)\s+(?=(?:January|February|March"
    r"|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday|\d)\b)"
)


def cut_run_on(text: str, start: int, end: int) -> int:
    """The end of the name in ``text[start:end]``: before a spaced dash or a dated phrase."""
    found = _RUN_ON.search(text, start, end)
    return found.start() if found is not None and found.start() > start else end


def _keeps_full_stop(span: str) -> bool:
    last = span.rsplit(None, 1)[-1]
    return last in _DOTTED or bool(_INITIALS.search(span)) or bool(_INITIAL.search(span))


_CONTRACTION = re.compile(r"I['\u2019\u2018](?:m|d|ll|ve|M|D|LL|VE)")
_PREFIXED = re.compile(
    r"(?:non|anti|pro|pan|intra|inter|post|pre|ex|neo|semi|sub|trans|ultra|multi|cross|mid)"
    r"-(?=[A-Z])"
)


def is_junk(span: str, proper: bool) -> bool:
    """Spans nobody would look up: empty, one character, only punctuation or stopwords,
    crossing a line break, or (for names) written in lowercase only."""
    if len(span) < 2 or "\n" in span or "\r" in span:
        return True
    if not any(ch.isalnum() for ch in span):
        return True
    if proper and not any(ch.isalpha() for ch in span):
        return True  # "-1.10" typed an organisation: a name has a letter
    if _CONTRACTION.fullmatch(span):
        return True  # "I'm", "I’ve" opening a sentence
    # "non-Muslim", "anti-Brexit", "pro-Beijing": words about a name, not names.
    if _PREFIXED.match(span):
        return True
    # Brackets inside a name are markup or an editor's insertion: "I]t", "es))Spanish".
    if any(ch in span for ch in "[]{}") or span.count("(") != span.count(")"):
        return True
    words = [w.strip(_EDGE_CHARS + ".").lower() for w in span.split()]
    if all(not w or w in STOPWORDS for w in words):
        return True
    # Lowercase-only is junk for a name; letters of uncased scripts (Chinese, Arabic) are fine.
    return proper and any(ch.islower() for ch in span) and not any(ch.isupper() for ch in span)


def is_acronym(form: str) -> bool:
    """Short forms in capitals ("US", "U.N.", "NATO") match only with their exact case."""
    letters = [ch for ch in form if ch.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(ch.isupper() for ch in letters)


def find_word(text: str, form: str, case_sensitive: bool = True) -> Iterator[tuple[int, int]]:
    """Every whole-word occurrence of ``form`` in ``text``.

    A hyphen or apostrophe counts as a word boundary, so "U.S.-South Korea" contains both
    "U.S." and "South Korea", and "Korea's" contains "Korea".
    """
    if not form:
        return
    for match in _word_pattern(form, case_sensitive).finditer(text):
        yield match.start(), match.end()


def repetitions(
    parts: Sequence[tuple[str, str]], forms: Iterable[str]
) -> Iterator[tuple[int, tuple[int, int], str]]:
    """(part, span, form) for every whole-word occurrence of each form in the article's parts
    (not its credit line), part by part, forms in the order given."""
    wanted = list(forms)
    for number, (kind, text) in enumerate(parts):
        if kind == "credit":
            continue
        for form in wanted:
            for span in find_word(text, form):
                yield number, span, form


@functools.lru_cache(maxsize=16384)
def _word_pattern(form: str, case_sensitive: bool) -> re.Pattern[str]:
    # Compiled once per form: a build looks the same forms up in every article, more of them
    # than the ``re`` module's own cache holds.
    flags = 0 if case_sensitive else re.IGNORECASE
    # Lookarounds instead of \b: forms may start or end with punctuation ("U.S.").
    return re.compile(r"(?<![\w.])" + re.escape(form) + r"(?!\w)" + _NO_DOT_WORD, flags)


# After a form that does not end in a full stop, a full stop followed by a letter means the
# match is only the start of a dotted abbreviation ("U.S" inside "U.S.A.").
_NO_DOT_WORD = r"(?!\.\w)"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def contains(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]
