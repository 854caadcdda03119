"""Names that are never glossary entities, whatever the model says: months, weekdays,
holidays, time zones, units, codes of diseases and products, currency codes written beside
an amount, forms of address, the genus of a species' Latin name and a US politician's party
and state ("D-Ga.")."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from .gazetteer import is_currency_code
from .spans import word_set
from .variants import demonym_country, lookup

# Compared case-insensitively, a final full stop aside ("Sept.").
_CALENDAR = word_set(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday mon tue tues wed thu thur thurs fri sat sun weekend"""
)
_HOLIDAYS = frozenset(
    {
        "christmas",
        "christmas eve",
        "christmas day",
        "boxing day",
        "easter",
        "easter sunday",
        "easter monday",
        "good friday",
        "thanksgiving",
        "thanksgiving day",
        "new year",
        "new year's",
        "new year's day",
        "new year's eve",
        "lunar new year",
        "chinese new year",
        "ramadan",
        "eid",
        "eid al-fitr",
        "eid al-adha",
        "diwali",
        "hanukkah",
        "passover",
        "yom kippur",
        "rosh hashanah",
        "halloween",
        "labor day",
        "labour day",
        "memorial day",
        "independence day",
        "veterans day",
        "valentine's day",
        "super tuesday",
        "election day",
    }
)
# Written in capitals as in wire copy; matched exactly.
_TIME_ZONES = word_set(
    """UTC GMT BST CET CEST EET EEST WET WEST MSK IST PKT JST KST HKT SGT AEST AEDT ACST AWST
    NZST NZDT EST EDT CST CDT MST MDT PST PDT AKST HST ET CT MT PT Z"""
)
# Abbreviations of common nouns, which the model takes for organisations ("AI chips", "the
# GDP figures", "EV makers"); matched exactly, in capitals.
_COMMON_ABBREVIATIONS = word_set(
    """AI GDP GNP CEO CEOs CFO COO CTO IPO IPOs ETF ETFs EV EVs LNG VAT CPI PPI PMI DNA RNA
    IVF ICU GMO SUV SUVs MPs TB"""
)
# A press release's labels: "Media Contact:", "Media Liaison", "Investor Relations".
_RELEASE_LABELS = frozenset(
    {
        "media contact",
        "media contacts",
        "media liaison",
        "media relations",
        "press contact",
        "investor relations",
        "investor contact",
        "investor contacts",
        "media enquiries",
    }
)
# Compass adjectives alone ("the Eastern and Western hemispheres") name nothing.
_COMPASS = word_set("Eastern Western Northern Southern Central")
# A crude oil benchmark: "Brent crude", "Benchmark Brent crude", "West Texas Intermediate
# crude" (a country keeps its name: "Venezuela crude").
_BENCHMARK_AFTER = re.compile(r"\s+crude\b")
_UNITS = word_set(
    """km kms kg mg mph kph km/h mm cm ft lb lbs oz mw gw kw kwh mwh gwh twh bpd mbpd bcm
    tonnes tons psi hz mhz ghz"""
)
# Forms of address: "Her Majesty", "His Royal Highness", "Your Excellency" name no one by
# themselves (the person they address is named elsewhere or not at all).
_ADDRESS = re.compile(
    r"(?:(?:his|her|your|their)\s+)?(?:royal\s+)?"
    r"(?:majesty|majesties|highness|excellency|holiness|eminence|lordship|ladyship|worship)"
)
# A species' Latin name beside its English one: "(Emerita talpoida)", ", Spheniscus
# magellanicus,". The epithet is lowercase, long and Latin in its ending; the brackets or
# commas round the pair keep "Trump era" or "(Obama data)" out.
_BINOMIAL = re.compile(
    r"[A-Z][a-z]+ (?=[a-z]{6,}[),])[a-z]+(?:us|um|ae|ii|is|ens|ida|ica|ia)(?=[),])"
)
# A US politician's party and state in wire style: "Sen. Sam Nunn, D-Ga.," "R-Calif.",
# "D-N.Y.", "I-VT".
_PARTY_STATE = re.compile(r"[DRI]-(?:[A-Z][a-z]{1,4}\.?|(?:[A-Z]\.){2}|[A-Z]\.?[A-Z]\.?)")
_AMOUNT = re.compile(r"[\d$€£¥/]")
_GLUED_AMOUNT = re.compile(r"([A-Z]{3})\d[\d.,]*")
# "N1,655", "R18.50", "Rs 21", "Rp 60": an amount in a currency written with its letters
# (naira, rand, rupees, rupiah), which the model takes for a name.
# A letter and a number without a separator is a name: "G20", "F1", "M25".
_LETTER_AMOUNT = re.compile(
    r"[A-Z]\d{1,3}(?:,\d{3})+(?:\.\d+)?|[A-Z]\d+\.\d+|(?:Rs\.?|Rp|Sh|KSh)\s?\d[\d.,]*"
)
# A rate or an index is a figure's name ("Monetary Policy Rate", "Consumer Price Index").
_FIGURE_HEADS = frozenset({"rate", "rates", "index"})
# Codes of diseases, aircraft and products: "COVID-19", "SARS-CoV-2", "F-35" is too short.
_CODE = re.compile(r"[A-Z]{3,}[A-Za-z]*(?:-[A-Za-z]+)*-\d+")


def never_entity(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a date word, holiday, time zone, unit, currency code,
    an amount in a currency's letters, a rate's or an index's name, the abbreviation of a
    common noun, a compass adjective alone or a crude oil benchmark."""
    span = text[start:end]
    folded = " ".join(span.casefold().rstrip(".").split()).replace("\u2019", "'")
    if folded in _CALENDAR or folded in _HOLIDAYS or folded in _UNITS:
        return True
    if folded in _RELEASE_LABELS:
        return True
    # "Super" of "Super Tuesday", "Eve" of "New Year's Eve": a piece of a holiday's name.
    word_before = text[max(0, start - 20) : start].split()[-1:]
    word_after = text[end : end + 20].split()[:1]
    for phrase in ([*word_before, span], [span, *word_after]):
        joined = " ".join(phrase).casefold().rstrip(".,;:").replace("\u2019", "'")
        if len(phrase) == 2 and joined in _HOLIDAYS:
            return True
    if span in _TIME_ZONES or span in _COMMON_ABBREVIATIONS or span in _COMPASS:
        return True
    if _BENCHMARK_AFTER.match(text, end) and not _a_country(span):
        return True
    if _CODE.fullmatch(span) or _ADDRESS.fullmatch(folded) or _LETTER_AMOUNT.fullmatch(span):
        return True
    if len(folded.split()) > 1 and folded.split()[-1] in _FIGURE_HEADS:
        return True
    if _PARTY_STATE.fullmatch(span):
        return True
    before = text[max(0, start - 2) : start]
    binomial = _BINOMIAL.match(text, start)
    if (before.endswith("(") or before == ", ") and binomial and end <= binomial.end():
        return True
    # "USD910 thousand": a code written onto its amount.
    glued = _GLUED_AMOUNT.fullmatch(span)
    if glued is not None and is_currency_code(glued.group(1)):
        return True
    # "USD 5", "5 EUR", "USD/JPY": a code beside an amount or another code.
    if is_currency_code(span):
        before = text[max(0, start - 2) : start].strip()
        after = text[end : end + 2].strip()
        return bool(_AMOUNT.search(before[-1:] or "") or _AMOUNT.search(after[:1] or ""))
    return False


# Heads of institutions that need a qualifier: "the Court" or "the Church" alone names none,
# unless the article names the one it means ("Supreme Court", "Church of England"), which
# it then joins. Legislatures ("Congress", "Parliament", "Senate") name their country's.
_LONE_HEADS = word_set(
    """court council church ministry department agency committee commission embassy office
    university college school hospital company bank board bureau police army navy service
    government cabinet union club foundation institute association society authority"""
)


class _Named(Protocol):
    text: str
    curated: bool


Named = TypeVar("Named", bound=_Named)


def without_lone_heads(candidates: list[Named]) -> list[Named]:
    """The article's candidates less a lone head word that no fuller name of it explains."""
    fuller = set()
    for c in candidates:
        words = c.text.split()
        if len(words) > 1:
            fuller.add(words[-1].casefold())
            if len(words) > 2 and words[1] == "of":
                fuller.add(words[0].casefold())
    return [
        c
        for c in candidates
        if c.curated
        or " " in c.text
        or c.text.casefold() not in _LONE_HEADS
        or c.text.casefold() in fuller
        or c.text.isupper()
    ]


def _a_country(name: str) -> bool:
    return lookup(name) is not None or demonym_country(name) is not None
