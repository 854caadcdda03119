"""Model spans that name two things or more, cut into one span per name.

The small model runs names together where the text lists them: "Center for Biological
Diversity and Center for Food Safety", "U.S.-Mexican", "CU Boulder's Cooperative Institute",
"Blankenship/Mohr", "Prohibition Party, Reform Party", "Alliance, Reform, Natural Law", "Mali,
Burkina Faso", and "Ferraro the Democratic Party" (a name, then an organisation the sentence
goes on to).
Each rule needs evidence that the pieces are names of their own, so "Washington, D.C.",
"Martin Luther King, Jr.", "AC/DC" and "Alexander the Great" stay whole.
"""

from __future__ import annotations

import re

from .kinds import head_type
from .spans import is_acronym
from .variants import demonym_country, lookup

Span = tuple[int, int]


def standard(form: str) -> bool:
    """A country, a standard variant or a nationality."""
    return bool(form) and (lookup(form) is not None or demonym_country(form) is not None)


def split_pairs(text: str, start: int, end: int) -> list[Span]:
    span = text[start:end]
    owner = _POSSESSIVE_INSIDE.search(span)
    if owner is not None and _owner_and_owned(span[: owner.start()], span[owner.end() :]):
        return [(start, start + owner.start()), (start + owner.end(), end)]
    for cut in [m.start() for m in re.finditer("-", span) if not standard(span)]:
        left, right = span[:cut], span[cut + 1 :]
        if standard(left) and standard(right):
            return [(start, start + cut), (start + cut + 1, end)]
    left, sep, right = span.partition(" and ")
    if sep and left.split() and right.split():
        first = left.split()[0]
        if (first[:1].isupper() and right.split()[0] == first) or _firm_and_a_name(left, right):
            middle = start + len(left) + len(sep)
            return [(start, start + len(left)), (middle, end)]
    for rule in (_slashed, _listed, _then_an_institution):
        pieces = rule(span)
        if pieces is not None:
            return [(start + a, start + b) for a, b in pieces]
    return [(start, end)]


def _firm_and_a_name(left: str, right: str) -> bool:
    """ "Index Ventures and Northzone": a name of two words or more with an organisation's
    head word, then one capitalised word that is no head word of its own (so "Bank and
    Trust", "Department of Health and Human Services" and "Smith and Co" stay whole)."""
    words = left.split()
    return (
        len(words) >= 2
        and not any(w in ("of", "for", "&") or w.endswith(",") for w in words)
        and head_type(left) == "org"
        and re.fullmatch(r"[A-Z][^\W\d_]+", right) is not None
        and head_type(f"{words[0]} {right}") is None  # "Trust", "Co", "Park": head words
    )


_POSSESSIVE_INSIDE = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])\s+(?=[A-Z])")


_SAINT = frozenset({"St.", "St", "Saint", "San", "Santa", "São", "Sainte", "Ste."})


def _owner_and_owned(owner: str, owned: str) -> bool:
    """Whether "OWNER's OWNED" names two things: the owned part has two words or more (so
    "Workers' Party" and "Dealer's Den" stay one name) and the owner is a name of its own (two
    words, an acronym or a country), so "People's Liberation Army" stays too."""
    if len(owned.split()) < 2 or owner.split()[0] in _SAINT:
        return False  # "St. John's Episcopal Church" is one church
    return len(owner.split()) >= 2 or is_acronym(owner) or standard(owner)


def _pieces(span: str, separator: re.Pattern[str]) -> list[Span]:
    found: list[Span] = []
    begin = 0
    for match in separator.finditer(span):
        found.append((begin, match.start()))
        begin = match.end()
    found.append((begin, len(span)))
    return found


def _capitalised(piece: str) -> bool:
    return piece[:1].isupper() and sum(ch.isalpha() for ch in piece) >= 2


_SLASH = re.compile(r"\s*/\s*")


def _slashed(span: str) -> list[Span] | None:
    """ "Blankenship/Mohr", "De La Fuente/Richardson": running mates or co-authors written
    with a slash. Short codes ("AC/DC") and numbers ("24/7") stay."""
    if "/" not in span:
        return None
    pieces = _pieces(span, _SLASH)
    texts = [span[a:b] for a, b in pieces]
    if not all(_capitalised(t) for t in texts) or all(len(t) <= 3 for t in texts):
        return None
    return pieces


_COMMA = re.compile(r",\s+")
# After a comma, a suffix or an abbreviation belongs to the name: "King, Jr.", "Acme, Inc.",
# "Washington, D.C.", "Miami, Fla.".
_SUFFIX = re.compile(r"(?:[A-Z][a-z]{0,3}\.|(?:[A-Z]\.){2,}|Jr|Sr|II|III|IV|Inc|Ltd|LLC|plc)$")


def _listed(span: str) -> list[Span] | None:
    """A list in one span: three names or more ("Alliance, Reform, Natural Law"), two with
    the same head word ("Prohibition Party, Reform Party"), or two countries ("Mali, Burkina
    Faso"); a firm of partners ("Bass, Berry & Sims") is one name."""
    if "," not in span or span.startswith("University of"):  # "University of X, Campus"
        return None
    pieces = _pieces(span, _COMMA)
    texts = [span[a:b] for a, b in pieces]
    if not all(_capitalised(t) for t in texts) or any(_SUFFIX.fullmatch(t) for t in texts[1:]):
        return None
    if "&" in texts[-1]:
        return None  # a partnership's names: "Wachtell, Lipton, Rosen & Katz"
    heads = {t.split()[-1].casefold() for t in texts}
    if len(texts) >= 3 or (len(heads) == 1 and all(len(t.split()) >= 2 for t in texts)):
        return pieces
    if all(standard(t) for t in texts):
        return pieces
    return None


_THE = re.compile(r"(?<=[a-z]) the (?=[A-Z])")


def _then_an_institution(span: str) -> list[Span] | None:
    """ "Ferraro the Democratic Party": a lowercase "the" after a capitalised word starts a
    second name when what follows is an organisation or place by its head word; "Alexander
    the Great" has none."""
    match = _THE.search(span)
    if match is None or not span[: match.start()].split()[-1][:1].isupper():
        return None
    right = span[match.end() :]
    if head_type(right) not in ("org", "place"):
        return None
    return [(0, match.start()), (match.end(), len(span))]
