"""The credit-line grammar: who reported, edited or supplied a story.

A credit is a final block such as ``(With Inputs from Reuters)``, ``(Reporting by A; Editing
by B)``, ``Reporting by A`` or a sign-off like ``— Reuters``, or a dateline such as ``SEOUL
(Reuters) - ...`` opening the first paragraph. Agency names are read in their usual spelling
(``Thomson Reuters`` -> ``Reuters``); anything that is not wholly a credit is left as text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefing.wire import datelines
from briefing.wire.blocks import Block
from briefing.wire.datelines import DASHES, Dateline
from briefing.wire.model import Credit

_AGENCIES = {
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "bloomberg": "Bloomberg",
    "dow jones": "Dow Jones",
    "dow jones newswires": "Dow Jones",
    "xinhua": "Xinhua",
    "yonhap": "Yonhap",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "pti": "PTI",
    "ians": "IANS",
    "ani": "ANI",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "aap": "AAP",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "bernama": "Bernama",
    "antara": "Antara",
    "kcna": "KCNA",
    "irna": "IRNA",
    "cna": "CNA",
    "pa": "PA",
    "pa media": "PA",
    "press association": "PA",
    "upi": "UPI",
    "united press international": "UPI",
    "cp": "CP",
    "canadian press": "CP",
    "jiji": "Jiji",
    "jiji press": "Jiji",
    "sputnik": "Sputnik",
    "anp": "ANP",
    "belga": "Belga",
    "lusa": "Lusa",
    "europa press": "Europa Press",
    "deutsche presse-agentur": "dpa",
    "pap": "PAP",
    "ctk": "CTK",
    "mti": "MTI",
    "agerpres": "Agerpres",
    "bta": "BTA",
    "ukrinform": "Ukrinform",
    "pna": "PNA",
    "vna": "VNA",
    "app": "APP",
    "bss": "BSS",
    "nan": "NAN",
    "map": "MAP",
    "tap": "TAP",
    "qna": "QNA",
    "wam": "WAM",
    "spa": "SPA",
    "kuna": "KUNA",
    "mena": "MENA",
    "sana": "SANA",
    "isna": "ISNA",
    "tasnim": "Tasnim",
    "mehr": "Mehr",
}

_ROLES = {
    "reporting": "reporters",
    "additional reporting": "reporters",
    "writing": "reporters",
    "additional writing": "reporters",
    "written": "reporters",
    "editing": "editors",
    "edited": "editors",
}
_OTHER_ROLES = frozenset(
    {"compiled", "compiling", "graphics", "graphic", "research", "fact-checking",
     "photography", "photos", "video", "production", "translation", "translated",
     "data", "design"}
)  # fmt: skip

_SIGN_OFF = re.compile(rf"(?:--?|[{DASHES}])\s*(?P<names>[^-{DASHES}].*?)\.?")
_PARENS = re.compile(r"\((?P<inner>.+)\)\.?")
_INPUTS = re.compile(r"(?:with\s+)?(?:additional\s+)?inputs?\s+from\s+(?P<names>.+)", re.I)
_ROLE_BY = re.compile(r"(?P<role>[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z-]+)?)\s+by\s+(?P<names>.+)", re.I)
_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*/\s*")
_AFFILIATION = re.compile(r"(?P<name>.+?)\s+(?:in|from|at|for|of)\s+(?P<where>.+)")
_MAX_CREDIT_CHARS = 400


def canonical_agency(name: str) -> str | None:
    """The usual spelling of a known news agency name, or None."""
    key = " ".join(name.split()).strip(" .").lower().removeprefix("the ")
    return _AGENCIES.get(key)


def parse_credit(text: str) -> Credit | None:
    """Recognise one credit block (the whole block); ``part`` is left None."""
    if len(text) > 2 * _MAX_CREDIT_CHARS:
        return None
    flat = " ".join(text.split())
    if not flat or len(flat) > _MAX_CREDIT_CHARS:
        return None
    sign_off = _parse_sign_off(flat)
    if sign_off is not None:
        return sign_off
    parens = _PARENS.fullmatch(flat)
    inner = parens["inner"] if parens else flat
    agencies = _agency_list(inner)
    if parens and agencies:
        return Credit(None, flat, agencies, "wholly")
    return _parse_clauses(flat, inner, parenthesised=parens is not None)


def _parse_sign_off(flat: str) -> Credit | None:
    match = _SIGN_OFF.fullmatch(flat)
    agencies = _agency_list(match["names"]) if match else ()
    return Credit(None, flat, agencies, "wholly") if agencies else None


def _agency_list(text: str) -> tuple[str, ...]:
    """All names in ``text`` if every one is a known agency, else ()."""
    names = [canonical_agency(n) for n in _NAME_SPLIT.split(text.strip(" ."))]
    if not names or None in names:
        return ()
    return tuple(dict.fromkeys(n for n in names if n))


@dataclass
class _CreditFields:
    reporters: list[str]
    editors: list[str]
    agencies: list[str]
    inputs: bool = False


def _parse_clauses(flat: str, inner: str, *, parenthesised: bool) -> Credit | None:
    clauses = [c.strip(" .") for c in inner.split(";") if c.strip(" .")]
    if not clauses or not (parenthesised or _opens_plain_credit(clauses)):
        return None
    fields = _CreditFields([], [], [])
    for clause in clauses:
        if not _read_clause(clause, fields):
            return None
    mode = "inputs" if fields.inputs else "wholly" if fields.agencies else "staff"
    return Credit(
        None,
        flat,
        tuple(dict.fromkeys(fields.agencies)),
        mode,
        tuple(dict.fromkeys(fields.reporters)),
        tuple(dict.fromkeys(fields.editors)),
    )


def _opens_plain_credit(clauses: Sequence[str]) -> bool:
    # Without parentheses only an unmistakable opening (or several clauses) counts.
    opening = re.match(
        r"(?:additional\s+)?reporting\s+by\s|with\s+inputs?\s+from\s", clauses[0], re.I
    )
    return opening is not None or len(clauses) > 1


def _read_clause(clause: str, fields: _CreditFields) -> bool:
    """Add one ``;``-separated credit clause to ``fields``; False if not a credit clause."""
    inputs = _INPUTS.fullmatch(clause)
    if inputs:
        names = [n for n in _NAME_SPLIT.split(inputs["names"]) if n]
        fields.agencies.extend(canonical_agency(n) or n for n in names)
        fields.inputs = True
        return bool(names)
    agencies = _agency_list(clause)
    if agencies:
        fields.agencies.extend(agencies)
        return True
    role_by = _ROLE_BY.fullmatch(clause)
    if not role_by:
        return False
    role = " ".join(role_by["role"].lower().split())
    if role not in _ROLES and role not in _OTHER_ROLES:
        return False
    people = _read_names(role_by["names"], fields.agencies)
    if people is None:
        return False
    target = _ROLES.get(role)
    if target is not None:
        getattr(fields, target).extend(people)
    return True


def _read_names(text: str, agencies: list[str]) -> list[str] | None:
    """Person names of a clause; agencies found are appended to ``agencies``."""
    people = []
    for raw in _NAME_SPLIT.split(text):
        name = raw.strip(" .")
        affiliation = _AFFILIATION.fullmatch(name)
        if affiliation:
            name = affiliation["name"]
            where = canonical_agency(affiliation["where"])
            if where:
                agencies.append(where)
        agency = canonical_agency(name)
        if agency:
            agencies.append(agency)
        elif _looks_like_name(name):
            people.append(name)
        else:
            return None
    return people


def _looks_like_name(name: str) -> bool:
    words = name.split()
    return (
        0 < len(words) <= 6
        and len(name) <= 60
        and name[0].isalpha()
        and not name[0].islower()
        and not any(c in name for c in '()[]{}:;!?"“”')
    )


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening a paragraph in any common wire style (see ``datelines``)."""
    return datelines.find_dateline(text, known_agency=lambda name: bool(_agency_list(name)))


def parse_dateline(text: str) -> Credit | None:
    """The credit a dateline with an agency gives, such as ``SEOUL (Reuters) -``."""
    found = find_dateline(text)
    if found is None or found.agency is None:
        return None
    # A source the list does not know is credited as the dateline spells it ("Al Jazeera").
    agencies = _agency_list(found.agency) or (" ".join(found.agency.split()),)
    return Credit(None, found.text, agencies, "wholly", dateline=found.place)


def merge_dateline(credit: Credit | None, dateline: Credit | None) -> Credit | None:
    if dateline is None or credit is None:
        return credit or dateline
    agencies = tuple(dict.fromkeys(credit.agencies + dateline.agencies))
    mode = "wholly" if credit.mode == "staff" else credit.mode
    return replace(credit, agencies=agencies, mode=mode, dateline=dateline.dateline)


def take_credit(blocks: list[Block]) -> tuple[list[Block], Credit | None]:
    """Split a final credit block (or a credit last line) off the body blocks."""
    if not blocks:
        return blocks, None
    last = blocks[-1]
    credit = parse_credit(last.text)
    if credit is not None:
        return blocks[:-1], replace(credit, part=last.part("credit"))
    tail = Block(last.lines[-1:])
    if last.single or not tail.text.startswith(("(", "-", *DASHES)):
        return blocks, None
    credit = parse_credit(tail.text)
    if credit is None:
        return blocks, None
    body = [*blocks[:-1], Block(last.lines[:-1])]
    return body, replace(credit, part=tail.part("credit"))
