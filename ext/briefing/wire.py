"""Parse plain-text news-wire articles ("seeds") into headline, sections and credit.

Seed format
-----------
A seed is a UTF-8 text file.  The first non-blank line is the headline.  The rest is a
sequence of blocks separated by blank lines:

* a *subhead* is a single short line (at most 100 characters and 14 words) that does not
  end like a sentence, stands between two paragraphs and is followed by a full paragraph;
* a *credit* is a final block such as ``(With Inputs from Reuters)``,
  ``(Reporting by A; Editing by B)``, ``Reporting by A`` or a sign-off like ``— Reuters``;
  a dateline such as ``SEOUL (Reuters) - ...`` opening the first paragraph is also read as
  a credit, but that paragraph stays a paragraph;
* everything else is a paragraph; a block of several (hard-wrapped) lines is one paragraph.

Sidecar format
--------------
Optional metadata lives beside the seed, with the same stem and the suffix ``.meta.json``
(``seeds/000_x.txt`` -> ``seeds/000_x.meta.json``).  It is a JSON object; every key is
optional and ``null`` means absent::

    {
      "date": "2024-11-06",                      # ISO date, YYYY-MM-DD
      "url": "https://example.com/story",        # http(s) address of the original
      "byline": "Jane Doe",                      # author line
      "title": "Override"                        # replaces nothing unless given
    }

Problems in a sidecar never stop a build: the faulty field is ignored and a
:class:`ParseIssue` with subtype ``seed_metadata`` is returned.
"""

from __future__ import annotations

import datetime
import json
import pathlib
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, ClassVar
from urllib.parse import urlsplit

from briefing import datelines
from briefing.datelines import Dateline

SEED_TEXT_NOTE = (
    "Normalised seed text: a leading byte-order mark is removed and CRLF and lone CR line "
    "endings become LF. All offsets and 1-based line numbers refer to this normalised text."
)

_SHORT_CHARS = 100
_SHORT_WORDS = 14
_BINARY_SAMPLE = 4096
_BINARY_CONTROL_SHARE = 0.30


class SeedError(Exception):
    """A seed that cannot be used at all."""

    _DEFAULTS: ClassVar[dict[str, str]] = {
        "seed_empty": "the file has no text: put the headline on the first line and "
        "paragraphs separated by blank lines below it",
        "seed_binary": "the file is not plain text: save the article as a UTF-8 .txt file",
        "seed_encoding": "the file is not valid UTF-8: re-save the file as UTF-8",
    }

    def __init__(self, subtype: str, line: int = 1, message: str | None = None) -> None:
        self.subtype = subtype
        self.line = line
        self.message = message or self._DEFAULTS.get(subtype, subtype)
        super().__init__(self.message)


# --------------------------------------------------------------------------- decoding


def decode_seed(data: bytes) -> str:
    """Decode seed bytes into normalised text, raising :class:`SeedError` if unusable."""
    if data.startswith(b"\xef\xbb\xbf"):
        offset_shift, body = 3, data[3:]
    else:
        offset_shift, body = 0, data
    _check_binary(body)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _encoding_error(body, exc.start, offset_shift) from None
    text = normalise_newlines(text)
    if not text.strip():
        what = "is empty" if not text else "contains only whitespace"
        raise SeedError(
            "seed_empty",
            1,
            f"the file {what}: put the headline on the first line and paragraphs "
            "separated by blank lines below it",
        )
    return text


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF and drop a leading byte-order mark."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _check_binary(data: bytes) -> None:
    if b"\x00" in data:
        raise SeedError(
            "seed_binary",
            1,
            "the file contains NUL bytes, so it is binary or UTF-16 text: "
            "save the article as UTF-8 plain text",
        )
    sample = data[:_BINARY_SAMPLE]
    controls = sum(1 for b in sample if (b < 0x20 and b not in b"\t\n\r\f") or b == 0x7F)
    if sample and controls / len(sample) > _BINARY_CONTROL_SHARE:
        raise SeedError(
            "seed_binary",
            1,
            f"{controls} of the first {len(sample)} bytes are control characters, so this "
            "is not a text file: save the article as UTF-8 plain text",
        )


def _encoding_error(body: bytes, bad: int, shift: int) -> SeedError:
    # The prefix before the bad byte is valid UTF-8, so its decoded lines are exact.
    prefix = normalise_newlines(body[:bad].decode("utf-8"))
    line = prefix.count("\n") + 1
    return SeedError(
        "seed_encoding",
        line,
        f"not valid UTF-8 at byte offset {bad + shift} (line {line}, byte "
        f"0x{body[bad]:02x}): re-save the file as UTF-8",
    )


# --------------------------------------------------------------------------- data model


@dataclass(frozen=True)
class Part:
    """One piece of text of the article."""

    kind: str  # "headline" | "subhead" | "paragraph" | "credit"
    text: str
    line: int
    start: int


@dataclass(frozen=True)
class Section:
    title: Part | None
    paragraphs: tuple[Part, ...]


@dataclass(frozen=True)
class Credit:
    part: Part | None
    text: str
    agencies: tuple[str, ...]
    mode: str  # "inputs" | "wholly" | "staff"
    reporters: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    dateline: str | None = None


@dataclass(frozen=True)
class ParseIssue:
    subtype: str
    line: int
    message: str


@dataclass(frozen=True)
class Article:
    headline: Part
    sections: tuple[Section, ...]
    credit: Credit | None
    issues: tuple[ParseIssue, ...]
    # The dateline opening the first paragraph ("NEW YORK, March 3 -"), in any style.
    dateline: Dateline | None = None

    @property
    def paragraphs(self) -> tuple[Part, ...]:
        return tuple(p for s in self.sections for p in s.paragraphs)

    @property
    def parts(self) -> tuple[Part, ...]:
        """Headline, subheads and paragraphs in order, then a credit block of its own."""
        parts = [self.headline]
        for section in self.sections:
            if section.title is not None:
                parts.append(section.title)
            parts.extend(section.paragraphs)
        # A dateline credit points at the first paragraph, which is already listed.
        if self.credit and self.credit.part and self.credit.part.kind == "credit":
            parts.append(self.credit.part)
        return tuple(parts)


# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class _Line:
    number: int
    start: int
    text: str  # trailing whitespace removed


@dataclass(frozen=True)
class _Block:
    lines: tuple[_Line, ...]

    @property
    def text(self) -> str:
        return self.part("paragraph").text

    @property
    def single(self) -> bool:
        return len(self.lines) == 1

    def part(self, kind: str) -> Part:
        first = self.lines[0]
        lead = len(first.text) - len(first.text.lstrip())
        text = "\n".join([first.text[lead:], *(ln.text for ln in self.lines[1:])])
        return Part(kind, text, first.number, first.start + lead)


def _lines(text: str) -> Iterator[_Line]:
    start = 0
    for number, raw in enumerate(text.split("\n"), 1):
        yield _Line(number, start, raw.rstrip())
        start += len(raw) + 1


def _blocks(lines: Iterator[_Line]) -> list[_Block]:
    blocks: list[_Block] = []
    current: list[_Line] = []
    for line in lines:
        if line.text.strip():
            current.append(line)
        elif current:
            blocks.append(_Block(tuple(current)))
            current = []
    if current:
        blocks.append(_Block(tuple(current)))
    return blocks


# --------------------------------------------------------------------------- subheads

_SENTENCE_END = ".!?:;…,"
# Straight and typographic quotes, guillemets and brackets.
_CLOSERS = "\"'\u201d\u2019\u00bb\u203a)]"
_OPENERS = "\"'\u201c\u2018\u00ab\u2039"
_DASHES = "\u2013\u2014\u2015"  # en dash, em dash, horizontal bar
_URLISH = re.compile(r"://|www\.|\S\.(?:jpe?g|png|gif|svg|pdf|html?)$", re.IGNORECASE)
# A lowercase word ending a sentence mid-line ("... out wide. (Image: X)").
_INNER_SENTENCE = re.compile(r"(?<![\w.])[a-z]{3,}[.!?]\s")
# Photo captions carry a picture credit ("Sirhan in 1969 (Image: CDCR)").
_CAPTION = re.compile(r"\b(?:image|photo|photograph|picture|file|credit)\s*:", re.IGNORECASE)


def _is_short(block: _Block) -> bool:
    text = block.text
    return block.single and len(text) <= _SHORT_CHARS and len(text.split()) <= _SHORT_WORDS


def _ends_sentence(text: str) -> bool:
    core = text.rstrip(_CLOSERS)
    return not core or core[-1] in _SENTENCE_END


def _starts_like_title(text: str) -> bool:
    first = text[0]
    if first in _OPENERS:
        # A block wholly inside quotes is a pull quote, not a title.
        if text[-1] in _CLOSERS:
            return False
        first = text[1:2]
    return bool(first) and unicodedata.category(first)[0] in "LN" and not first.islower()


def _is_subhead_candidate(block: _Block) -> bool:
    text = block.text
    return (
        _is_short(block)
        and not _ends_sentence(text)
        and _starts_like_title(text)
        and not _URLISH.search(text)
        and not _INNER_SENTENCE.search(text)
        and not _CAPTION.search(text)
    )


def _classify(blocks: Sequence[_Block]) -> list[str]:
    """Kind of each body block: "subhead" or "paragraph"."""
    candidate = [_is_subhead_candidate(b) for b in blocks]
    kinds = []
    for i in range(len(blocks)):
        between = 0 < i < len(blocks) - 1 and not candidate[i - 1] and not candidate[i + 1]
        # Runs of short lines (galleries, legends, Q&A) have short neighbours.
        is_subhead = candidate[i] and between and not _is_short(blocks[i + 1])
        kinds.append("subhead" if is_subhead else "paragraph")
    return kinds


def _sections(blocks: Sequence[_Block], kinds: Sequence[str]) -> tuple[Section, ...]:
    sections: list[Section] = []
    title: Part | None = None
    paragraphs: list[Part] = []
    for block, kind in zip(blocks, kinds, strict=True):
        if kind == "subhead":
            sections.append(Section(title, tuple(paragraphs)))
            title, paragraphs = block.part("subhead"), []
        else:
            paragraphs.append(block.part("paragraph"))
    if title is not None or paragraphs:
        sections.append(Section(title, tuple(paragraphs)))
    return tuple(sections)


# --------------------------------------------------------------------------- credits

_AGENCIES = {
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "bloomberg": "Bloomberg",
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

_SIGN_OFF = re.compile(rf"(?:--?|[{_DASHES}])\s*(?P<names>[^-{_DASHES}].*?)\.?")
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
    agencies = _agency_list(found.agency)
    return Credit(None, found.text, agencies, "wholly", dateline=found.place)


def _merge_dateline(credit: Credit | None, dateline: Credit | None) -> Credit | None:
    if dateline is None or credit is None:
        return credit or dateline
    agencies = tuple(dict.fromkeys(credit.agencies + dateline.agencies))
    mode = "wholly" if credit.mode == "staff" else credit.mode
    return replace(credit, agencies=agencies, mode=mode, dateline=dateline.dateline)


def _take_credit(blocks: list[_Block]) -> tuple[list[_Block], Credit | None]:
    """Split a final credit block (or a credit last line) off the body blocks."""
    if not blocks:
        return blocks, None
    last = blocks[-1]
    credit = parse_credit(last.text)
    if credit is not None:
        return blocks[:-1], replace(credit, part=last.part("credit"))
    tail = _Block(last.lines[-1:])
    if last.single or not tail.text.startswith(("(", "-", *_DASHES)):
        return blocks, None
    credit = parse_credit(tail.text)
    if credit is None:
        return blocks, None
    body = [*blocks[:-1], _Block(last.lines[:-1])]
    return body, replace(credit, part=tail.part("credit"))


# --------------------------------------------------------------------------- article


def parse_article(text: str) -> Article:
    """Parse normalised seed text into an :class:`Article`."""
    blocks = _blocks(_lines(text))
    if not blocks:
        raise SeedError("seed_empty")
    first = blocks[0]
    headline = _Block(first.lines[:1]).part("headline")
    issues: list[ParseIssue] = []
    body = blocks[1:]
    if not first.single:
        body.insert(0, _Block(first.lines[1:]))
        issues.append(_no_blank_after_headline(first.lines[1].number))
    body, credit = _take_credit(body)
    if credit is None and body and _looks_like_credit(body[-1]):
        issues.append(_unrecognised_credit(body[-1].lines[0].number))
    sections = _sections(body, _classify(body))
    paragraphs = [p for s in sections for p in s.paragraphs]
    found = None
    if paragraphs:
        found = find_dateline(paragraphs[0].text)
        dateline = parse_dateline(paragraphs[0].text)
        if dateline is not None:
            dateline = replace(dateline, part=paragraphs[0])
        credit = _merge_dateline(credit, dateline)
    else:
        issues.append(_no_body(headline.line))
    return Article(headline, sections, credit, tuple(issues), found)


_CREDIT_WORDS = re.compile(r"\b(?:reporting|editing|writing|inputs?|contributed|compiled)\b", re.I)


def _looks_like_credit(block: _Block) -> bool:
    """A last block wholly in brackets that speaks of reporting or inputs, yet did not parse."""
    text = block.text.strip()
    return (
        block.single
        and len(text) <= 200
        and text.startswith("(")
        and text.endswith(")")
        and bool(_CREDIT_WORDS.search(text))
    )


def _unrecognised_credit(line: int) -> ParseIssue:
    return ParseIssue(
        "seed_credit",
        line,
        "the last line looks like a credit line but is not a form we recognise, so it is shown "
        "as a paragraph: write '(With inputs from AGENCY)', '(Reporting by NAME; Editing by "
        "NAME)', or start the first paragraph with a dateline 'CITY (AGENCY) -'",
    )


def _no_blank_after_headline(line: int) -> ParseIssue:
    return ParseIssue(
        "seed_format",
        line,
        "the headline is followed directly by more text: leave a blank line after the "
        "headline (the text was read as the first paragraph)",
    )


def _no_body(line: int) -> ParseIssue:
    return ParseIssue(
        "seed_format",
        line,
        "the article has a headline but no body paragraphs: add paragraphs separated by "
        "blank lines below the headline",
    )


# --------------------------------------------------------------------------- sidecar


@dataclass(frozen=True)
class SeedMetadata:
    date: str | None = None
    url: str | None = None
    byline: str | None = None
    title: str | None = None


_SIDECAR_KEYS = ("date", "url", "byline", "title")
#: A sidecar holds four short fields: anything larger or deeper is not one, and is refused
#: before parsing (deep nesting would exhaust Python's recursion limit in the JSON parser).
MAX_SIDECAR_BYTES = 1 << 20
MAX_SIDECAR_DEPTH = 32
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def sidecar_path(seed_path: pathlib.Path | str) -> pathlib.Path:
    """``dir/stem.txt`` -> ``dir/stem.meta.json``."""
    path = pathlib.Path(seed_path)
    return path.with_name(path.stem + ".meta.json")


def sidecar_exists(seed_path: pathlib.Path | str) -> bool:
    """Whether a seed has a sidecar; a seed name too long to add a suffix to has none."""
    try:
        return sidecar_path(seed_path).is_file()
    except OSError:
        return False


def load_sidecar(seed_path: pathlib.Path | str) -> tuple[SeedMetadata, list[ParseIssue]]:
    """Read the optional sidecar of a seed; bad fields are dropped and reported."""
    path = sidecar_path(seed_path)
    if not sidecar_exists(seed_path):
        return SeedMetadata(), []
    issues: list[ParseIssue] = []
    loaded = _read_sidecar_json(path, issues)
    if loaded is None:
        return SeedMetadata(), issues
    text, data = loaded
    values: dict[str, str] = {}
    for key, value in data.items():
        problem = _check_field(key, value)
        if problem:
            line = _key_line(text, key)
            issues.append(ParseIssue("seed_metadata", line, f"{path.name}: {problem}"))
        elif isinstance(value, str):
            values[key] = value
    return SeedMetadata(**values), issues


def _read_sidecar_json(
    path: pathlib.Path, issues: list[ParseIssue]
) -> tuple[str, dict[str, Any]] | None:
    def fail(line: int, message: str) -> None:
        issues.append(ParseIssue("seed_metadata", line, f"{path.name}: {message}"))

    try:
        if path.stat().st_size > MAX_SIDECAR_BYTES:
            fail(1, f"larger than {MAX_SIDECAR_BYTES} bytes: keep only date, url, byline, title")
            return None
        text = normalise_newlines(path.read_bytes().decode("utf-8"))
        depth, line = _nesting(text)
        if depth > MAX_SIDECAR_DEPTH:
            fail(line, f"nested more than {MAX_SIDECAR_DEPTH} levels deep: use a flat JSON object")
            return None
        data = json.loads(text)
    except OSError as exc:
        fail(1, f"cannot be read ({exc.strerror}): check the file permissions")
    except UnicodeDecodeError as exc:
        fail(1, f"not valid UTF-8 at byte offset {exc.start}: re-save the file as UTF-8")
    except json.JSONDecodeError as exc:
        fail(
            exc.lineno,
            f"invalid JSON ({exc.msg}, column {exc.colno}): fix the syntax, e.g. "
            '{"date": "2024-11-06", "url": "https://...", "byline": "Jane Doe"}',
        )
    else:
        if isinstance(data, dict):
            return text, data
        fail(1, f'must be a JSON object like {{"date": "2024-11-06"}}, not {type(data).__name__}')
    return None


def _nesting(text: str) -> tuple[int, int]:
    """The deepest nesting of arrays and objects in JSON ``text``, and the line it is first
    reached on (brackets inside strings do not count)."""
    depth = deepest = 0
    line = where = 1
    in_string = escaped = False
    for ch in text:
        if ch == "\n":
            line += 1
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest, where = depth, line
        elif ch in "]}":
            depth -= 1
    return deepest, where


def _key_line(text: str, key: str) -> int:
    match = re.search(re.escape(json.dumps(key)) + r"\s*:", text)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def _check_field(key: str, value: object) -> str | None:
    """What is wrong with one sidecar field and how to fix it, or None."""
    if key not in _SIDECAR_KEYS:
        return f'unknown key "{key}": use only {", ".join(_SIDECAR_KEYS)}'
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        return f'"{key}" must be a non-empty string: write it in double quotes'
    if key == "date" and not _valid_date(value):
        return f'"date" {value!r} is not a date written YYYY-MM-DD: use e.g. "2024-11-06"'
    if key == "url" and not _valid_url(value):
        return f'"url" {value!r} is not an http(s) address: use e.g. "https://example.com/a"'
    return None


def _valid_date(value: str) -> bool:
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _valid_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and value == value.strip()
