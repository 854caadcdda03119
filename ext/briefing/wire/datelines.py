"""Datelines opening a wire story, in every common style.

* ``SEOUL (Reuters) -`` and ``(Reuters) -``: place and agency;
* ``NEW YORK, March 3 -`` and ``Tampa, Fla., Sept. 30 -``: place (in capitals or not), a US
  state's AP abbreviation or a country, and the date;
* ``LONDON, March 3 (Reuters) —``: all of them;
* ``BEIJING —``: a place alone, in capitals, when the gazetteers know it.

The dash (``-``, ``--``, en or em dash, or the underscore older AP copy sets for one) is
followed by a space, or, for ``--`` and the long dashes, by the story's first capital
(``NEW YORK (Dow Jones)--Shares``). A place in capitals may end with a colon instead
(``ISLAMABAD:``), and a bracketed agency may end the dateline without a dash
(``MUMBAI, Oct 31 (PTI) Five-time``). In brackets after a place in capitals any source's name
is the agency (``DOHA, Qatar (Al Jazeera) -``); after other places only a known agency's.
A place in ordinary case
needs a date or an agency, and may not start with a common word ("In Seoul (Reuters) -" is
a sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.nlp.gazetteer import is_place, us_state
from briefing.nlp.spans import word_set

DASHES = "\u2013\u2014\u2015"  # en dash, em dash, horizontal bar
# "March", "Mar", "Sept": month names and abbreviations (English, whatever the locale).
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTHS = {name.lower(): n for n, name in enumerate(_MONTH_NAMES, 1)}
_MONTHS.update({name[:3].lower(): n for n, name in enumerate(_MONTH_NAMES, 1)})
_MONTHS["sept"] = 9
_WORD = r"[A-Z][\w.'\u2019&-]*"
_PATTERN = re.compile(
    rf"""
    (?P<place>{_WORD}(?:\ {_WORD}){{0,3}})?
    (?:,\s*(?P<region>{_WORD}(?:\ {_WORD})?))?
    (?:,?\s*(?P<month>(?i:{"|".join(sorted(_MONTHS, key=len, reverse=True))}))\.?\s+
       (?P<day>\d{{1,2}})(?:,\s*(?P<year>\d{{4}}))?)?
    \s*(?:\((?P<agency>[^()\n]{{1,40}})\))?
    (?:
      \s*(?P<dash>--?|(?<=\s)_|[{DASHES}])(?=\s)
      | (?P<joined>--|[{DASHES}])(?=[A-Z"\u201c])
      | (?P<colon>:)(?=\s)
      | (?<=\))(?=\s+[A-Z"\u201c])
    )
    """,
    re.VERBOSE,
)
#: A source's name in a dateline's brackets: a few capitalised words ("Al Jazeera").
_SOURCE_NAME = re.compile(r"[A-Z][\w.&'\u2019-]*(?: [A-Z][\w.&'\u2019-]*){0,3}")
_COMMON_OPENINGS = word_set(
    """a an the in on at by for from to of as it he she we they this that there when after
    before while if but and or so"""
)


@dataclass(frozen=True)
class Dateline:
    """A dateline as written, and what it says."""

    text: str  # the whole dateline, dash included: "NEW YORK, March 3 (Reuters) -"
    place: str | None  # as written: "NEW YORK", "Tampa"
    region: str | None  # as written: "Fla.", "Ukraine"
    agency: str | None  # as written inside the brackets
    month: int | None = None
    day: int | None = None
    year: int | None = None

    @property
    def place_name(self) -> str | None:
        """The place in ordinary case: "NEW YORK" -> "New York" (to link to its entity)."""
        return proper_case(self.place) if self.place else None

    @property
    def region_name(self) -> str | None:
        """ "Fla." -> "Florida"; other regions in ordinary case."""
        if self.region is None:
            return None
        return us_state(self.region) or proper_case(self.region)

    @property
    def date_text(self) -> str | None:
        """ "March 3" (or "March 3, 2024"); None without a date."""
        if self.month is None or self.day is None:
            return None
        text = f"{_MONTH_NAMES[self.month - 1]} {self.day}"
        return f"{text}, {self.year}" if self.year else text

    @property
    def iso_date(self) -> str | None:
        """ "2024-03-03" when the dateline gives a year, else None."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def proper_case(text: str) -> str:
    """Words in capitals in ordinary case; dotted initials ("D.C.") and short codes stay."""
    words = []
    for word in text.split(" "):
        letters = [ch for ch in word if ch.isalpha()]
        dotted = "." in word.rstrip(".")  # "D.C.", "U.S."
        if word.isupper() and not dotted and (len(letters) > 2 or word.endswith(".")):
            word = "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
        words.append(word)
    return " ".join(words)


def find_dateline(text: str, known_agency: object = None) -> Dateline | None:
    """The dateline opening ``text``, or None.

    ``known_agency`` (a callable name -> bool) accepts the agency in brackets; without it any
    bracketed word is refused, so only undated, agency-less datelines of known places pass.
    """
    match = _PATTERN.match(text)
    if match is None or match.end() == 0:
        return None
    place, region, agency = match["place"], match["region"], match["agency"]
    month = _MONTHS.get((match["month"] or "").lower().rstrip("."))
    if agency is not None and not (
        (callable(known_agency) and known_agency(agency))
        or (place is not None and _capitals(place) and _SOURCE_NAME.fullmatch(agency))
    ):
        return None
    if place is None:
        if agency is None or region is not None or month is not None:
            return None
    elif match["colon"] and not (_capitals(place) and agency is None):
        return None  # "ISLAMABAD:" and "KARACHI, Oct 3:", not "Note:" or "Smith:"
    elif not _plausible_place(place, region, dated=month is not None, agency=agency):
        return None
    if month is not None and not 1 <= int(match["day"]) <= 31:
        return None
    return Dateline(
        text=match.group(0).rstrip(),
        place=place,
        region=region,
        agency=agency,
        month=month,
        day=int(match["day"]) if month is not None else None,
        year=int(match["year"]) if match["year"] else None,
    )


def _plausible_place(place: str, region: str | None, dated: bool, agency: str | None) -> bool:
    if place.split()[0].lower() in _COMMON_OPENINGS or place.lower().rstrip(".") in _MONTHS:
        return False
    if region is not None and region.lower().rstrip(".") in _MONTHS:
        return False
    if dated or agency is not None:
        return True
    # An undated dateline without an agency: a place in capitals the gazetteers know.
    return _capitals(place) and (
        is_place(place) or (region is not None and us_state(region) is not None)
    )


def _capitals(place: str) -> bool:
    return place == place.upper() and any(ch.isalpha() for ch in place)
