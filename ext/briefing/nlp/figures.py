"""Figure and date phrases: widen the model's number spans to what a reader needs.

The dependency parser is not loaded (NER only, for speed), so the counted noun phrase after a
number is found with token rules over the text: up to four words after the number, stopping
at punctuation, function words, likely verbs and adverbs, or another number or date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .spans import STOPWORDS, trim, word_set

FIGURE_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})
DATE_LABELS = frozenset({"DATE", "TIME"})
MAX_NOUN_WORDS = 4

NUMBER_WORDS = word_set(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred hundreds thousand thousands million millions billion billions trillion
    dozen dozens half quarter several"""
)
_QUALIFIERS = (
    "as many as",
    "as much as",
    "as few as",
    "as little as",
    "an estimated",
    "more than",
    "less than",
    "fewer than",
    "at least",
    "at most",
    "up to",
    "close to",
    "upwards of",
    "just over",
    "just under",
    "well over",
    "approximately",
    "roughly",
    "around",
    "about",
    "nearly",
    "almost",
    "some",
    "over",
    "under",
)
_QUALIFIER_RE = re.compile(
    r"(?:^|(?<=[\s(\"“\u2018]))(" + "|".join(re.escape(q) for q in _QUALIFIERS) + r")\s+$",
    re.IGNORECASE,
)
# A rate or period right after an amount: "$5 billion annually", "300 cases a day".
_RATE_RE = re.compile(
    r"\s+(annually|yearly|monthly|weekly|daily|hourly|per annum|per capita|"
    r"(?:a|an|each|every) (?:year|month|week|day|hour|minute|second|person|head)|"
    r"per (?:[a-z]+ )?[a-z]+)\b"
)
# A currency code or symbol glued in front of the amount the model found ("US$473.60").
_CURRENCY_BEFORE = re.compile(r"(?:[A-Z]{1,3}\$|[$€£¥₹]|[A-Z]{3} )$")
_RATE_WORDS = word_set("annually yearly monthly weekly daily hourly")
# "five-year", "10-day", "two-week-old": a duration used as a modifier (after a number check).
_DURATION_MODIFIER = re.compile(
    r"^(?:[\w.,]+[- ])+(?:year|month|week|day|hour|minute|second|decade|century|mile|"
    r"kilometre|kilometer|metre|meter|foot|storey|story|point|member|man|person|game)"
    r"(?:-old|-long)?$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][\w\u2019'\-]*")
# Likely verbs and other words that end a counted noun phrase.
_STOP_AFTER_NUMBER = STOPWORDS | word_set(
    """say says said die dies died remain remains remained live lives go goes went come comes
    came make makes made take takes took get gets got include includes included become becomes
    became face faces faced need needs want wants were are was is have has had percent per cent
    ago later earlier each respectively aged age ages old told gave took went saw found left
    held kept won lost fell rose began ran sent spent paid brought bought thought felt"""
)


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    type: str  # "figure" or "date"


def starts_with_number(span: str) -> bool:
    first = span.split(None, 1)[0].lower() if span.split() else ""
    return bool(first) and (
        first[0].isdigit() or first[0] in "$€£¥" or first.split("-")[0] in NUMBER_WORDS
    )


def phrases(
    text: str,
    spans: Sequence[tuple[int, int, str]],
    named: Sequence[tuple[int, int, str]],
) -> list[Phrase]:
    """Figure and date phrases of one part.

    ``spans`` are the model's number and date spans (start, end, label); ``named`` are the
    (start, end, type) of the person/org/place/group mentions of the same part. A figure
    phrase may contain a group, org or place whole ("28,500 American troops"), never a person,
    and never cuts a name.
    """
    ordered = sorted(spans)
    numeric = [(s, e) for s, e, _ in ordered]
    out: list[Phrase] = []
    consumed: set[int] = set()  # indexes of spans merged into an earlier phrase
    for index, (raw_start, raw_end, label) in enumerate(ordered):
        if index in consumed:
            continue
        start, end = _trim_stopwords(text, *_one_sentence(text, *trim(text, raw_start, raw_end)))
        if end <= start:
            continue
        span = text[start:end]
        is_figure = label in FIGURE_LABELS
        if label in DATE_LABELS and not _is_date_phrase(span):
            continue
        if is_figure and not _has_number(span):
            continue
        if label in DATE_LABELS and _DURATION_MODIFIER.match(span) and starts_with_number(span):
            noun_end = _noun_phrase_end(text, end, numeric, named)
            if noun_end > end:
                # "five-year cost-sharing plan": a duration describing a thing, not a date.
                is_figure, end = True, noun_end
            elif span.lower().endswith("-old"):
                continue  # an age ("the 25-year-old"), not a date
        elif label == "CARDINAL":
            if _part_of_name(text, start):
                continue  # "Boeing 737"
            if _YEAR_NUMBER.fullmatch(span) and _qualifier_start(text, start) == start:
                continue  # "a 2011 study": a year, not a count ("over 2000 people" is one)
            noun_end = _noun_phrase_end(text, end, numeric, named)
            if noun_end == end:
                continue  # a bare number ("received 192.") tells a reader nothing
            if _ends_in_name(text, end, noun_end, named):
                continue  # "737 Max", "36 Quai des Orfèvres": a name or an address
            end = noun_end
        if is_figure:
            currency = _CURRENCY_BEFORE.search(text, max(0, start - 4), start)
            if currency:
                start = currency.start()
        if starts_with_number(text[start:end]):
            start = _qualifier_start(text, start)
        if is_figure:
            rate = _RATE_RE.match(text, end)
            if rate:
                end = rate.end()
        # Fold later number/date spans the phrase now covers ("annually").
        for later in range(index + 1, len(ordered)):
            if ordered[later][0] < end:
                consumed.add(later)
                end = max(end, trim(text, ordered[later][0], ordered[later][1])[1])
        out.append(Phrase(start, end, "figure" if is_figure else "date"))
    return out


def _is_date_phrase(span: str) -> bool:
    """Dates a reader can place: not a bare "annually" (merged into its amount when there is
    one), not an age or a count the model took for a date ("53", "sixteenth"), and not a vague
    time word alone ("morning", "recent years", "today")."""
    lower = span.lower()
    if lower in _RATE_WORDS or lower.startswith("age "):
        return False  # "annually" alone; an age ("age of 18")
    words = re.findall(r"[\w']+", lower)
    if not words:
        return False
    if all(_is_number_word(w) for w in words) and not _YEAR.fullmatch(lower):
        return False
    if all(w in _VAGUE_TIME for w in words):
        return False
    # Something that places it in time: a number, a month or weekday, "yesterday", "ago" ...
    return any(w in _DATE_WORDS or _is_number_word(w) or any(c.isdigit() for c in w) for w in words)


def _has_number(span: str) -> bool:
    return any(ch.isdigit() for ch in span) or any(
        _is_number_word(w) for w in re.findall(r"[\w]+", span.lower())
    )


def _is_number_word(word: str) -> bool:
    if word.isdigit() or word in NUMBER_WORDS or word in ("and", "a"):
        return True
    return word.endswith(("th", "st", "nd", "rd")) and (
        word[:-2].isdigit() or word[:-2] in NUMBER_WORDS or word in _ORDINAL_WORDS
    )


_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
_YEAR = re.compile(r"1\d{3}|20\d{2}|(?:1\d|20)\d0s")
_ORDINAL_WORDS = word_set(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"""
)
_DATE_WORDS = word_set(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday weekend yesterday tomorrow tonight today ago last next this earlier later
    past previous recent coming early late mid century centuries decade decades year years
    month months week weeks day days night morning afternoon evening hour hours minute minutes
    second seconds spring summer autumn fall winter christmas easter new eve noon midnight
    dawn dusk am pm a.m p.m season quarter annual halloween thanksgiving ramadan eid diwali
    hanukkah passover"""
)
_VAGUE_TIME = word_set(
    """day days night nights morning mornings afternoon afternoons evening evenings hours weeks
    months years decades time times period periods recent the a an of some few several
    same today now currently recently present moment year month week season spring
    summer autumn fall winter and or annual"""
)


def _qualifier_start(text: str, start: int) -> int:
    match = _QUALIFIER_RE.search(text, max(0, start - 16), start)
    return match.start(1) if match else start


def _part_of_name(text: str, start: int) -> bool:
    """Numbers inside names: "COVID-19", "Boeing 737", "Apollo 11", "Six Flags" (but not
    "Nearly 300", nor "Six" opening a sentence)."""
    before = text[:start]
    if text[start].isupper():
        ahead = before.rstrip()
        return bool(ahead) and ahead[-1] not in ".!?:;\"“”\u2018'("
    if before.endswith("-") and before[-2:-1].isalpha():
        return True
    words = before.split()
    if not words or not before.endswith(" "):
        return False
    previous = words[-1]
    if not previous[:1].isupper() or not previous.isalpha():
        return False
    if previous.lower() in STOPWORDS or _QUALIFIER_RE.search(previous + " "):
        return False
    # A capitalised word at the start of a sentence is not a name.
    ahead = before[: len(before) - len(previous) - 1].rstrip()
    return bool(ahead) and ahead[-1] not in '.!?:;"“”'


_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9])\.\s+(?=[A-Z])")


def _one_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """ "8. Overnight" -> "Overnight": a span crossing a sentence end keeps its last sentence
    (without the parser, the model does not know where sentences end)."""
    breaks = list(_SENTENCE_BREAK.finditer(text, start, end))
    return (breaks[-1].end(), end) if breaks else (start, end)


def _trim_stopwords(text: str, start: int, end: int) -> tuple[int, int]:
    """ "89% and" -> "89%": the model sometimes runs on into the next word."""
    while True:
        head, _, last = text[start:end].rpartition(" ")
        if not head or last.lower() not in STOPWORDS:
            return start, end
        end = start + len(head.rstrip())


def _ends_in_name(
    text: str, end: int, noun_end: int, named: Sequence[tuple[int, int, str]]
) -> bool:
    words = text[end:noun_end].split()
    if not words or not words[-1][:1].isupper():
        return False
    return not any(kind == "group" and s < noun_end <= e for s, e, kind in named)


def _noun_phrase_end(
    text: str,
    end: int,
    numeric: Sequence[tuple[int, int]],
    named: Sequence[tuple[int, int, str]],
) -> int:
    """Extend ``end`` over the counted noun phrase that follows a number.

    Words are separated by single spaces; participles and adverbs ("injured", "newly") may
    stand before the noun but never end the phrase, so "28,500 troops stationed on" stops at
    "troops" while "three injured people" is kept whole.
    """
    best = end
    cursor = end
    words = 0
    while words < MAX_NOUN_WORDS and text.startswith(" ", cursor):
        match = _WORD.match(text, cursor + 1)
        if match is None:
            break
        word_start = match.start()
        if any(s <= word_start < e for s, e in numeric):
            break
        enclosing = next((span for span in named if span[0] <= word_start < span[1]), None)
        if enclosing is not None:
            # A name is taken whole or not at all ("28,500 American troops"); only a group
            # ends a phrase ("two Argentinians"), and a person is never counted into one.
            if enclosing[0] != word_start or enclosing[2] == "person":
                break
            cursor = enclosing[1]
            if enclosing[2] == "group":
                best = cursor
            words += len(text[enclosing[0] : enclosing[1]].split())
            continue
        word = match.group()
        if _ends_phrase(word) or (best > end and _modifier_only(word)):
            # After the noun, a participle is a verb: "three nations offered assistance".
            break
        cursor = match.end()
        words += 1
        if not _modifier_only(word):
            best = cursor
    return best


def _ends_phrase(word: str) -> bool:
    lower = word.lower()
    if lower in _STOP_AFTER_NUMBER or lower.split("-")[0] in NUMBER_WORDS:
        return True
    return "'" in word or "\u2019" in word


def _modifier_only(word: str) -> bool:
    """Participles, gerunds and adverbs ("stationed", "living", "newly") rarely end a counted
    noun phrase; hyphenated compounds ("cost-sharing") are modifiers or nouns, so they may."""
    lower = word.lower()
    if "-" in lower or lower in _LY_NOUNS:
        return False
    return len(lower) > 4 and lower.endswith(("ed", "ing", "ly"))


_LY_NOUNS = word_set("family ally assembly rally supply anomaly monopoly butterfly")


# --- relative dates ----------------------------------------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_OFFSETS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_RELATIVE_WORDS = word_set(
    """yesterday today tonight tomorrow ago last next this past coming earlier later previous
    recent recently upcoming"""
)
_UNIT = r"(?:day|week|month|year|decade|weekend|spring|summer|autumn|fall|winter)s?"
_ANCHORED = re.compile(rf"\b(?:last|next|this|past|coming|previous)\s+{_UNIT}\b", re.IGNORECASE)
_AGO = re.compile(
    r"\b(?P<count>[\w.\- ]+?)\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE
)
_ABSOLUTE = re.compile(
    r"\b(?:1\d{3}|20\d{2})\b|\b(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\s+\d{1,2}\b|\b\d{1,2}\s+(?:january|february|march|april|may|"
    r"june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATED = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|"
    rf"\b{_MONTH}\s+(?:1\d{{3}}|20\d{{2}})\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b",
    re.IGNORECASE,
)


def is_key_date(phrase: str) -> bool:
    """Whether a date is worth a line among an article's key figures: a day or a month of a
    year ("5 March", "March 2019"), not a bare month or year, a season or "the end of the
    month"."""
    return bool(_DATED.search(phrase))


def is_relative_date(phrase: str) -> bool:
    """Whether a date phrase means something only against the day it was written:
    "Wednesday", "last month", "two and a half years ago" (not "2007" or "5 March 2019")."""
    if _ABSOLUTE.search(phrase):
        return False
    words = set(re.findall(r"[a-z]+", phrase.lower()))
    return bool(words & (_RELATIVE_WORDS | set(WEEKDAYS))) or bool(_ANCHORED.search(phrase))


def resolve_relative_date(phrase: str, written: dt.date) -> str | None:
    """The date a relative phrase points at, read against the day the article was written, as
    readers see dates ("Wednesday, 6 Nov 2024"; "October 2024" for "last month"); None when it
    cannot be placed (spans such as "in recent years")."""
    lower = phrase.lower()
    words = re.findall(r"[a-z]+", lower)
    for word, offset in _DAY_OFFSETS.items():
        if word in words:
            return _day(written + dt.timedelta(days=offset))
    for index, name in enumerate(WEEKDAYS):
        if name in words:
            back = (written.weekday() - index) % 7
            if "next" in words:
                return _day(written + dt.timedelta(days=(index - written.weekday()) % 7 or 7))
            if "last" in words and back == 0:
                back = 7
            return _day(written - dt.timedelta(days=back))
    anchored = _ANCHORED.search(phrase)
    if anchored:
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(
            anchored.group(0).split()[0].lower(), 0
        )
        unit = anchored.group(0).split()[-1].lower().rstrip("s")
        if unit == "month":
            return _month(written, step)
        if unit == "year":
            return str(written.year + step)
        if unit == "week":  # named by its Monday
            week = written + dt.timedelta(weeks=step, days=-written.weekday())
            return f"the week of {week.day} {week:%b %Y}"
        # "The next day", "the previous day": counted from the story's events, not from the
        # day it was written, so there is nothing to place it against.
        return None
    ago = _AGO.search(phrase)
    if ago:
        count = _amount(ago.group("count"))
        if count is None:
            return None
        unit = ago.group("unit").lower()
        if unit == "year":
            return f"about {_month(written, -round(count * 12))}"
        if unit == "month":
            return f"about {_month(written, -round(count))}"
        return f"about {_day(written - dt.timedelta(days=count * (7 if unit == 'week' else 1)))}"
    return None


_AMOUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def _amount(text: str) -> float | None:
    words = text.lower().replace("-", " ").split()
    total = 0.0
    found = False
    for word in words:
        if word in ("a", "an") and not found:
            total, found = 1.0, True
        elif word in _AMOUNTS:
            total, found = float(_AMOUNTS[word]), True
        elif word.replace(".", "", 1).isdigit():
            total, found = float(word), True
        elif word == "half" and found:
            total += 0.5
        elif word not in ("a", "an", "and", "about", "some", "nearly", "almost", "over"):
            return None
    return total if found else None


def _day(date: dt.date) -> str:
    return f"{date:%A}, {date.day} {date:%b %Y}"


def _month(date: dt.date, step: int) -> str:
    months = date.year * 12 + date.month - 1 + step
    return f"{dt.date(months // 12, months % 12 + 1, 1):%B %Y}"
