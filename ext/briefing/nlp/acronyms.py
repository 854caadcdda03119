"""Acronyms and short names defined in the text: "the National Assembly (NA)" makes "NA" mean
the assembly, "the Federal Financial Supervisory Authority, known as BaFin" makes "BaFin" mean
the authority."""

from __future__ import annotations

import re

from .joining import DESIGNATORS
from .spans import word_set

# "(NA)", "(UH Mānoa)": an acronym, optionally with one word of the name it abbreviates.
# "(Pemex)", "(DOTr)": a short name in mixed case.
_DEFINITION = re.compile(
    r"\s*\(\s*((?:[A-Z][A-Za-z&.]{0,9}[A-Z.]|[A-Z][A-Za-z]{2,9})(?: [A-Z][^\W\d_]+)?)\s*\)"
)
# "EC, the European Commission": an acronym in apposition before the name.
_BEFORE = re.compile(r"(?<![\w.])([A-Z][A-Z&.]{1,9}),\s+(?:the\s+)?$")
_FILLER = word_set("of the and for on in to a an de des du la le del da")


def defined_after(text: str, end: int) -> tuple[str, int, int] | None:
    """The acronym in brackets right after a name ending at ``end``, with its span."""
    match = _DEFINITION.match(text, end)
    if match is None:
        return None
    return match.group(1), match.start(1), match.end(1)


# "The Federal Financial Supervisory Authority, known as BaFin,": a short name of one word
# that an organisation goes by, said in so many words.
_KNOWN_AS = re.compile(
    r",?\s+(?:also\s+)?(?:known|referred to)\s+as\s+(?:the\s+)?"
    r"([A-Z][\w&+.\u2019'-]{1,20})(?=[\s,.;:)]|$)"
)


def known_as(text: str, end: int) -> tuple[str, int, int] | None:
    """The one-word name an organisation ending at ``end`` is "known as"."""
    match = _KNOWN_AS.match(text, end)
    if match is None:
        return None
    return (
        match.group(1).rstrip(".,"),
        match.start(1),
        match.start(1) + len(match.group(1).rstrip(".,")),
    )


def defined_before(text: str, start: int) -> tuple[str, int, int] | None:
    """The acronym in apposition right before a name starting at ``start``."""
    match = _BEFORE.search(text, max(0, start - 16), start)
    if match is None:
        return None
    return match.group(1), match.start(1), match.end(1)


# "UNICEF and Gavi, the Vaccine Alliance, said": a one-word name in apposition before an
# organisation's full name, which ends the apposition.
_NAMED_BEFORE = re.compile(r"(?<![\w.&'-])([A-Z][a-z][\w&+'-]{1,20}),\s+the\s+$")
_APPOSITION_END = re.compile(r"(?:[,.;:)]|\s+(?:said|says|has|have|had|will|would)\b)")


def named_before(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The one-word name of the organisation ``text[start:end]`` given in apposition before
    it, when the apposition holds nothing else."""
    match = _NAMED_BEFORE.search(text, max(0, start - 30), start)
    if match is None or _APPOSITION_END.match(text, end) is None:
        return None
    return match.group(1), match.start(1), match.end(1)


def defines(acronym: str, name: str, bracketed: bool) -> bool:
    """Whether a definition makes ``acronym`` stand for ``name``.

    An acronym in brackets right after a name is its definition even when the letters come
    from another language ("Federal Security Service (FSB)", "Kurdistan Workers' Party
    (PKK)"), as long as it starts with the name's initial or uses only its initials; a
    trailing word must be one of the name's ("UH Mānoa"). An acronym in apposition must fit
    the initials.
    """
    short, _, word = acronym.partition(" ")
    if word and word not in name.split():
        return False
    if fits(short, name):
        return True
    letters = [ch for ch in short if ch.isalpha()]
    if not bracketed or len(letters) < 2:
        return False
    # Letters of another language's word order: "Kurdistan Workers' Party (PKK)".
    initials = {w[0].upper() for w in name.split() if w[:1].isalpha()}
    return letters[0] == name[:1].upper() or set(letters) <= initials


def bracketed_alias(acronym: str, name: str) -> bool:
    """Whether a short name in brackets right after an organisation's full name stands for
    it though its letters are not the name's: another language's acronym ("Financial
    Services Authority (OJK)", for Otoritas Jasa Keuangan) or a short name in mixed case that
    starts as the name does ("Petróleos Mexicanos (Pemex)", "Department of Transportation
    (DOTr)"). The caller rules out places and agencies."""
    if " " in acronym or len(name.split()) < 2:
        return False
    letters = [ch for ch in acronym if ch.isalpha()]
    if not 2 <= len(letters) <= 8:
        return False
    return acronym.isupper() or acronym[0] == name[:1].upper()


def fits(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is built from the initials of ``name``.

    The acronym's letters must start with the first word's initial and follow the order of
    the words' initials, skipping filler words: "NASA" fits "National Aeronautics and Space
    Administration", "NA" fits "National Assembly", "FBI" does not fit "National Assembly".
    A legal form's initial may end an acronym ("TSMC") but not make half of one: "AI" is no
    acronym of "Apple Inc.".
    """
    letters = [ch for ch in acronym.upper() if ch.isalpha()]
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    initials = [w[0].upper() for w in words if w[0].isalpha()]
    content = [w[0].upper() for w in words if w[0].isalpha() and w.lower() not in _FILLER]
    if len(letters) < 2 or not initials or letters[0] != initials[0]:
        return False
    named = [w[0].upper() for w in words if w[0].isalpha() and _bare(w) not in DESIGNATORS]
    if len(letters) == 2 and not _in_order(letters, named):
        return False
    return _in_order(letters, initials) and len(letters) >= min(2, len(content))


def _bare(word: str) -> str:
    return word.replace(".", "").replace(",", "").casefold()


def _in_order(letters: list[str], initials: list[str]) -> bool:
    it = iter(initials)
    return all(any(letter == initial for initial in it) for letter in letters)
