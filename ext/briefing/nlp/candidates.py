"""Step 1 of resolution, one part at a time: the model's spans made into candidates.

Trim spans (quotes, "the", possessives), split titles off person names, drop junk, widen
figures and dates, and let curated names found in the text replace the model spans they
overlap.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .acronyms import fits
from .curated import CuratedIndex
from .figures import DATE_LABELS, FIGURE_LABELS, NUMBER_WORDS, phrases
from .gazetteer import is_place, is_us_state
from .joining import DESIGNATORS
from .junk import never_entity
from .kinds import (
    CLUB_WORDS,
    ORG_HEADS,
    at_sentence_start,
    context_type,
    head_type,
    named_as_place,
    names_a_work,
    org_cue,
    person_by_context,
)
from .names import (
    TITLE_MODIFIERS,
    is_title_word,
    role_before,
    strip_leading_title,
    title_of_place,
    titled_person,
)
from .pairs import split_pairs
from .pipeline import RawMention
from .spans import (
    contains,
    cut_run_on,
    is_acronym,
    is_junk,
    overlaps,
    trim,
    trim_name,
    word_set,
)
from .variants import DEMONYMS, VARIANTS, demonym_country, lookup

# EVENT, LAW, PRODUCT, WORK_OF_ART and LANGUAGE are dropped: no entity type fits them, and the
# small model's spans for them are mostly wrong on news copy (quoted phrases, half titles).
# Editors can still add such an entity to the registry under a fitting type.
NAMED_TYPES = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
_BRACKET = re.compile(r"\s*[(\[]")


@dataclass
class Candidate:
    """A mention in the making."""

    part: int
    start: int
    end: int
    text: str
    type: str
    label: str  # the model's label, "" for curated and string matches
    role: str | None = None
    entity: str | None = None  # set once resolved
    name: str | None = None  # the entity's display name, once resolved
    related_place: str | None = None
    curated: bool = False
    # Resolve as if the text were this: an acronym resolves as the long form it abbreviates.
    alias_of: str | None = None
    role_start: int | None = None  # where the person's title starts in the part
    by_context: bool = False  # the words around this mention settled its type

    @property
    def key_text(self) -> str:
        return self.alias_of or self.text

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


def named_candidates(
    part: int, text: str, raw: Sequence[RawMention], index: CuratedIndex, common: set[str]
) -> list[Candidate]:
    place_spans = [(m.start, m.end) for m in raw if m.label in _PLACE_LABELS]

    def is_place_word(start: int, end: int) -> bool:
        word = text[start:end].rstrip(",")
        if word in VARIANTS or word in DEMONYMS:
            return True
        return any(contains(span, (start, end)) for span in place_spans)

    found: list[Candidate] = []
    role_spans: list[tuple[int, int]] = []
    for mention in raw:
        kind = NAMED_TYPES.get(mention.label) or _company_by_legal_form(text, mention)
        if kind is None or not 0 <= mention.start < mention.end <= len(text):
            continue
        # Cut on the trimmed span: "the Prohibition Party, Reform Party" lists two parties.
        for start, end in split_pairs(text, *trim(text, mention.start, mention.end)):
            start = _skip_sentence_opener(text, start, end, common)
            candidate = _named_candidate(part, text, start, end, kind, mention.label, is_place_word)
            if candidate is None or _common_word(text, candidate.start, candidate.text, common):
                continue
            found.append(candidate)
            if candidate.role_start is not None:
                role_spans.append((candidate.role_start, candidate.start))
    found = _with_campuses(text, found)
    found = _with_district(text, found)
    found = _with_particle(text, found)
    found = _with_country_name(text, found)
    found = _with_given_name(text, found)
    found = _with_whole_org_name(text, found)
    found = _with_saints_institution(text, found)
    found = _with_legal_form(text, found)
    found = _without_listed_works(text, raw, found)
    # "Secretary of State Mike Pompeo": "State" belongs to the title, not an organisation;
    # in "Ambassador to the United Nations Nikki Haley" the United Nations is one.
    found = [
        c
        for c in found
        if c.type != "org"
        or not any(contains(r, c.span) and not _after_to(text, c.start) for r in role_spans)
    ]
    found = _drop_suppressed(text, found, index)
    return _add_curated(part, text, found, index, is_place_word)


# Legal forms that end nothing but a company's name (not "Group" or "Company", which end
# events' and troupes' names too).
_LEGAL_FORMS_ONLY = DESIGNATORS - word_set("group holdings holding company co corporation limited")


def _company_by_legal_form(text: str, mention: RawMention) -> str | None:
    """ "Noordvelt Zuivel BV", which the model calls an event or a product: its legal form
    makes it a company."""
    words = text[mention.start : mention.end].split()
    if len(words) >= 2 and words[-1].strip(".,").casefold() in _LEGAL_FORMS_ONLY:
        return "org"
    return None


def _named_candidate(
    part: int,
    text: str,
    start: int,
    end: int,
    kind: str,
    label: str,
    is_place_word: Callable[[int, int], bool],
) -> Candidate | None:
    # "National Assembly (NA)" -> "National Assembly"; the acronym is handled later.
    bracket = _BRACKET.search(text, start, end)
    if bracket is not None and bracket.start() > start:
        end = bracket.start()
    start, end = trim_name(text, start, cut_run_on(text, start, end))
    caption = _CAPTION.search(text, start, end)
    if caption is not None and text.startswith(":", caption.end()):
        end = caption.start()  # "Elizabeth Warren Image: Nicholas Moreau."
    if kind == "org":
        end = _for_continuation(text, start, end)
    end = _before_trailing_place(text, start, end, kind)
    role = None
    role_start = None
    span = text[start:end]
    if text[max(0, start - 1) : start] == "#" or names_a_work(text, start):
        return None  # a hashtag, the title of a novel or film
    if text[max(0, start - 2) : start] == "((" and text.startswith("))", end):
        return None  # "((WN)) Why did you run?": a transcript's speaker tag
    if any(w in _SECOND_PERSON for w in span.split()[1:]):
        return None  # "The Time of Your Life": names speak of no "you" or "me"
    if kind == "org" and span.lower() in TITLE_MODIFIERS and _in_title(text, start):
        return None  # "Secretary of Justice": the office is part of a title
    if kind == "org" and _PORTFOLIO_AFTER.match(text, end):
        return None  # "Building and Construction Minister Tama Hetaraka": a portfolio
    if kind in ("org", "place") and titled_person(span) and not head_type(span):
        kind = "person"  # "Assemblywoman Selena Torres" typed as an organisation
    if kind in ("org", "place") and _ADDRESSED.fullmatch(span):
        kind = "person"  # "Ms Macaulay said"
    if kind in ("org", "place") and _initialled_name(span):
        kind = "person"  # "Ulysses S. Grant": a middle initial is a person's
    if kind in ("org", "place") and person_by_context(
        text, start, end, role_before(text, start, is_place_word)[1] is not None
    ):
        kind = "person"
    if kind == "person":
        owned = _OWNED_PERSON.match(text, start, end)
        if owned is not None and not head_type(text[owned.start(1) : end]):
            start = owned.start(1)  # "McLaren's Oliver Grant"
        owner = _OWNER_OF_ONE.match(text, start, end)
        if owner is not None and owned is None:
            end = owner.end(1)  # "Liam Cahill's Tipp": the person owns what follows
    if text.startswith(_RELEASE_SOURCE, start) and end - start > len(_RELEASE_SOURCE):
        start += len(_RELEASE_SOURCE)  # a wire release's last line: "SOURCE PayLoom Pte. Ltd."
    if kind == "person":
        offset, inner_role = strip_leading_title(text[start:end])
        outer_start, outer_role = role_before(text, start, is_place_word)
        if inner_role:
            role = f"{outer_role} {inner_role}" if outer_role else inner_role
        else:
            role = outer_role
        role_start = outer_start if outer_role else start
        start, end = trim_name(text, start + offset, end)
        of_place = title_of_place(text, start, end, is_place_word)
        if of_place is not None:
            role_start, start, role = of_place
    post = _POST_NOMINAL.search(text, start, end)
    if post is None and (
        kind == "person" or _COUNSEL_BEFORE.search(text, max(0, start - 20), start)
    ):
        post = _SENIOR_COUNSEL.search(text, start, end)  # "Thandeka Mokoena SC"
    if post is not None and post.start() > start:
        # "Durham Hall QC": only people carry post-nominal letters.
        end, kind = post.start(), "person"
    span = text[start:end]
    if is_junk(span, proper=True) or (kind == "person" and _only_titles(span)):
        return None
    if kind == "person" and any(ch.isdigit() for ch in span):
        return None  # "COVID-19", "Rocky Linux 8": no person's name has digits
    if span.lower() in NUMBER_WORDS or never_entity(text, start, end):
        return None  # "Millions" opening a sentence, "Sept.", "UTC", "Christmas"
    head = None
    if kind != "group":
        head = head_type(span, person=kind == "person")
        if head == "event":
            # "French Legion of Honour" is no entity, but its "French" still names a group.
            return _leading_nationality(part, text, start, label)
        kind = head or kind
        if _club_of_a_town(span):
            kind = "org"  # "Manchester City", "Leeds United": a club named after its town
    settled = context_type(text, start, end, kind, head is not None)
    candidate = Candidate(part, start, end, span, settled, label, role)
    # Words that agree with the model settle the type as much as words that overrule it:
    # "analysts at Vontobel" outvotes "a Vontobel analyst", which the model calls a person.
    candidate.by_context = (
        settled != kind
        or (settled == "org" and org_cue(text, start, end))
        or (settled == "place" and named_as_place(text, start, end))  # "the port of Narvik"
    )
    candidate.role_start = role_start if role else None
    return candidate


# "Puerto Rico Center" + " for Investigative Journalism": the small model stops an
# organisation's name at "for"; capitalised words after it (joined by "of", "and", "the")
# are the rest of the name.
_FOR_CONTINUATION = re.compile(
    r" for (?:the )?([A-Z][^\W\d_]+(?:(?: of| and| of the)? [A-Z][^\W\d_]+)*)(?![\w'\u2019-])"
)


_MIDDLE_INITIAL = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z]\. [A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _initialled_name(span: str) -> bool:
    """ "First X. Last" with nothing that makes it a place or an organisation."""
    return (
        _MIDDLE_INITIAL.fullmatch(span) is not None
        and head_type(span) is None
        and lookup(span) is None
        and not is_place(span)
    )


# A town's name and a club word is a sports club ("Leeds United", "Stoke City", "Bristol
# Rovers"); "Kansas City" and "Mexico City" are places by the gazetteers, and stay so.
def _club_of_a_town(span: str) -> bool:
    words = span.split()
    return (
        len(words) >= 2
        and words[-1] in CLUB_WORDS
        and is_place(" ".join(words[:-1]))
        and not is_place(span)
        and lookup(span) is None
    )


def _for_continuation(text: str, start: int, end: int) -> int:
    words = text[start:end].split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return end
    continuation = _FOR_CONTINUATION.match(text, end)
    if continuation is None or never_entity(text, continuation.start(1), continuation.end()):
        return end
    return continuation.end()


# "Josh Hull of Leicestershire": a person's name run on into where they come from; "Great
# Hall of the People in Beijing": a building's or a body's run on into where it stands.
_OF_HOME = re.compile(r" of ([A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)$")
_IN_PLACE = re.compile(r" in ([A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)$")


def _before_trailing_place(text: str, start: int, end: int, kind: str) -> int:
    """Where a name ends when the model ran it on into "of PLACE" (a person) or "in PLACE"
    (a place or an organisation)."""
    pattern = _OF_HOME if kind == "person" else _IN_PLACE
    home = pattern.search(text, start, end)
    if home is None or len(text[start : home.start()].split()) < 2:
        return end
    return home.start() if is_place(home.group(1)) or lookup(home.group(1)) else end


_CAPTION = re.compile(r"\s+(?:Image|Photo|Picture|Video)$")
_ADDRESSED = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?")
_PORTFOLIO_AFTER = re.compile(r" (?:Minister|Secretary|Commissioner)\b")
# An organisation's or a place's name and a possessive before a person's two or three names.
_OWNED_PERSON = re.compile(
    r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?['\u2019]s ([A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,2})$"
)
# A person's two or three names and a possessive before one more word.
_OWNER_OF_ONE = re.compile(r"([A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,2})['\u2019]s [A-Z][^\W\d_]*$")
_RELEASE_SOURCE = "SOURCE "
_OF_BEFORE = re.compile(r"(\S+)\s+of\s+(?:the\s+)?$")


_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")


def _after_to(text: str, start: int) -> bool:
    return _TO_BEFORE.search(text, max(0, start - 8), start) is not None


def _in_title(text: str, start: int) -> bool:
    before = _OF_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and is_title_word(before.group(1))


def _leading_nationality(part: int, text: str, start: int, label: str) -> Candidate | None:
    words = text[start:].split(" ", 2)
    for count in (2, 1):
        if len(words) <= count:
            continue
        prefix = " ".join(words[:count])
        if demonym_country(prefix) is not None:
            return Candidate(part, start, start + len(prefix), prefix, "group", label)
    return None


_POST_NOMINAL = re.compile(r",?\s+(?:QC|KC|MP|MEP|OBE|MBE|CBE|KBE|PhD|MD)\s*$")
# Senior Counsel, after a name the model calls a person's: "SC" also ends clubs' names.
_SENIOR_COUNSEL = re.compile(r",?\s+SC\s*$")
_COUNSEL_BEFORE = re.compile(r"\b(?:[Aa]dvocate|[Aa]dv\.|barrister|counsel|lawyer),?\s+$")


# Words that open a sentence before a name without being part of it.
_OPENERS = word_set(
    """after before following according despite during since until while when where as at in
    on of for from by with without into over under about above below between among against
    through within if although though because but and or nor so yet then also"""
)


_CAMPUS = re.compile(r"(?:,\s*|\s+at\s+)([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){0,2})(?![\w-])")


def _without_contained(found: list[Candidate]) -> list[Candidate]:
    """The candidates less those inside another one's span: the pieces of a name widened."""
    return [
        c
        for c in found
        if not any(o is not c and o.span != c.span and contains(o.span, c.span) for o in found)
    ]


def _with_campuses(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "University of California, San Diego" and "University of Colorado at Boulder" are one
    university each: the campus joins the name (unless it is a country or a US state), and
    the model's spans inside the whole name go."""
    for c in found:
        if c.type != "org" or not c.text.startswith("University of"):
            continue
        campus = _CAMPUS.match(text, c.end)
        if campus is None or lookup(campus.group(1)) is not None or is_us_state(campus.group(1)):
            continue
        c.end = campus.end()
        c.text = text[c.start : c.end]
    return _without_contained(found)


_DISTRICT = re.compile(r",?\s+D\.\s?C\.?(?![\w.])|,?\s+DC\b")


def _with_district(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "Washington, D.C." is one place: the model often ends it at the comma and tags "D.C."
    apart, which would give the district a second page."""
    for c in found:
        if c.type != "place" or c.text != "Washington":
            continue
        district = _DISTRICT.match(text, c.end)
        if district is not None:
            c.end = district.end()
            c.text = text[c.start : c.end]
    return _without_contained(found)


_JOINING_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "al", "el", "van", "von", "de"})


# The particles between a first name and a surname: "Ursula von der Leyen", "Juan de la Cruz".
_PARTICLES_BETWEEN = re.compile(r" (?:(?:von|van|der|den|de|del|della|da|di|du|la|le) )+")


def _with_particle(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "Abdulaziz" + "bin Salman": a person the model cut at a particle of the name is one;
    so is "Ursula" + "von der" + "Leyen", whatever the model took the surname for."""
    kept: list[Candidate] = []
    for c in sorted(found, key=lambda c: c.start):
        last = kept[-1] if kept else None
        if (
            last is not None
            and last.type == c.type == "person"
            and text[last.end : c.start] == " "
            and c.text.split()[0].split("-")[0] in _JOINING_PARTICLES
        ) or (
            last is not None
            and last.type == "person"
            and " " not in c.text
            and _PARTICLES_BETWEEN.fullmatch(text, last.end, c.start) is not None
        ):
            last.end = c.end
            last.text = text[last.start : last.end]
            continue
        kept.append(c)
    return kept


def _with_given_name(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "Harish" + "Chandra Sharma": a one-word "place" that no gazetteer knows, right before a
    person's name, is the person's first name."""
    kept: list[Candidate] = []
    for c in sorted(found, key=lambda c: c.start):
        last = kept[-1] if kept else None
        if (
            last is not None
            and last.type == "place"
            and c.type == "person"
            and text[last.end : c.start] == " "
            and " " not in last.text
            and last.text.isalpha()
            and not is_place(last.text)
            and lookup(last.text) is None
        ):
            last.end = c.end
            last.text = text[last.start : last.end]
            last.type = "person"
            last.label = c.label
            continue
        kept.append(c)
    return kept


def _with_country_name(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "French" + "Guiana": a nationality and the name after it that together are a
    country's or territory's name ("French Guiana", "French Polynesia") are that place."""
    kept: list[Candidate] = []
    for c in sorted(found, key=lambda c: c.start):
        last = kept[-1] if kept else None
        if last is not None and last.type == "group" and text[last.end : c.start] == " ":
            known = lookup(text[last.start : c.end])
            if known is not None and known.type == "place":
                last.end = c.end
                last.text = text[last.start : last.end]
                last.type = "place"
                continue
        kept.append(c)
    return kept


# The words of one organisation's name that the small model cuts at a comma or an "and":
# "United Nations Educational" + ", Scientific and " + "Cultural Organization", and
# "High Court of England" + " and Wales".
_LISTED_WORDS = re.compile(
    r"(?:, [A-Z][^\W\d_]+)+,? and ((?:[A-Z][^\W\d_]+ )*([A-Z][^\W\d_]+))(?![\w'\u2019-])"
)
_OF_PLACE_AND = re.compile(r" and ([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?)(?![\w'\u2019-])")


def _name_runs_on(text: str, c: Candidate, found: Sequence[Candidate]) -> int | None:
    """Where the whole name of organisation ``c`` ends, when the model stopped it early:
    at a list of single words ending in an organisation's head word ("..., Scientific and
    Cultural Organization"), or at "and PLACE" after "of PLACE" ("Court of England and
    Wales"). Words the model names as entities of their own between the two are a list."""
    words = c.text.split()
    if c.type != "org" or len(words) < 2:
        return None
    listed = _LISTED_WORDS.match(text, c.end)
    if (
        listed is not None
        and words[-1].lower() not in ORG_HEADS
        and listed.group(2).lower() in ORG_HEADS
        and not any(c.end < o.start < listed.start(1) for o in found)
    ):
        return listed.end()
    of_place = _OF_PLACE_AND.match(text, c.end)
    if (
        of_place is not None
        and len(words) >= 3
        and words[-2] == "of"
        and is_place(words[-1])
        and is_place(of_place.group(1))
        and re.match(r" [A-Z]", text[of_place.end() : of_place.end() + 2]) is None
    ):
        return of_place.end()
    return None


# "Commission for Conciliation" + ", Mediation and Arbitration (CCMA)": the words up to an
# acronym that fits them all are the name's.
_LISTED_BEFORE_ACRONYM = re.compile(r"((?:,? (?:and |& )?[A-Z][^\W\d_]+)+) \(([A-Z][A-Z&]{1,9})\)")


def _runs_on_to_acronym(text: str, c: Candidate) -> int | None:
    listed = _LISTED_BEFORE_ACRONYM.match(text, c.end)
    if c.type != "org" or listed is None:
        return None
    acronym, whole = listed.group(2), text[c.start : listed.end(1)]
    if fits(acronym, whole) and not fits(acronym, c.text):
        return listed.end(1)
    return None


def _with_whole_org_name(text: str, found: list[Candidate]) -> list[Candidate]:
    for c in found:
        end = _name_runs_on(text, c, found) or _runs_on_to_acronym(text, c)
        if end is not None:
            c.end = end
            c.text = text[c.start : c.end]
    return _without_contained(found)


# A saint's name and what is named after it: "St Michael's CofE Primary", "St Andrew's
# Presbyterian Church" (the model stops at the possessive and calls the saint a person).
_SAINT_NAME = re.compile(r"(?:St|St\.|Saint|Ste\.?)\s+[A-Z][^\W\d_]+$")
_NAMED_AFTER = re.compile(r"['\u2019]s?((?:\s+[A-Z][\w&'\u2019-]*)+)")


def _with_saints_institution(text: str, found: list[Candidate]) -> list[Candidate]:
    for c in found:
        if c.type != "person" or not _SAINT_NAME.fullmatch(c.text):
            continue
        after = _NAMED_AFTER.match(text, c.end)
        if after is None:
            continue  # "a prayer to St Michael"
        c.end = after.end()
        c.text = text[c.start : c.end]
        c.type = head_type(c.text) or "org"
        c.by_context = True
    return _without_contained(found)


# A capitalised word (or a bracketed legal form, "(Persero)") right before a name's legal form.
_NAME_WORD_BEFORE = re.compile(r"(?:\(([A-Z][a-z]+)\)|([A-Z][\w&'\u2019.-]*)) $")
_NOT_IN_A_NAME = word_set("the a an this that these those its their our his her")


def _legal_form(word: str) -> bool:
    return word.strip("().,").casefold() in DESIGNATORS


def _with_legal_form(text: str, found: list[Candidate]) -> list[Candidate]:
    """ "Safaricom" + "Plc", "Dangote" + "Cement Plc", "PT Bank Mandiri" + "(Persero)" +
    "Tbk": a legal form belongs to the capitalised words right before it, and makes the
    whole an organisation. A legal form with no name before it is no entity."""
    kept: list[Candidate] = []
    for c in found:
        words = c.text.split()
        if c.curated or not _legal_form(words[-1]):
            kept.append(c)
            continue
        start = c.start
        for _ in range(4):
            before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
            if before is None or (before.group(1) and not _legal_form(before.group(1))):
                break
            word = before.group(2) or ""
            if (
                word.lower() in _NOT_IN_A_NAME
                or word == _RELEASE_SOURCE.strip()
                or word.endswith(("'s", "\u2019s"))  # "Britain's Halden Bank plc"
                or (word.endswith(".") and sum(ch.islower() for ch in word) > 1)  # a sentence's end
                or any(part[:1].islower() for part in word.split("-")[1:])  # "Virginia-based"
                or word in DEMONYMS
                or (word != "PT" and never_entity(text, before.start(), start - 1))
            ):  # "PT", an Indonesian company's legal form, is no pint here
                break
            if word and (word.lower() in _OPENERS and at_sentence_start(text, before.start())):
                break
            start = before.start()
        if start < c.start:
            c.start, c.text, c.type = start, text[start : c.end], "org"
        elif all(_legal_form(word) for word in words):
            continue  # "Plc" alone
        elif c.type != "org" and len(words) > 1:
            c.type = "org"
        kept.append(c)
    return _without_contained(kept)


_SECOND_PERSON = frozenset({"Your", "You", "My", "Me"})
_WORK_LIST_SEPARATOR = re.compile(
    r"[\"'\u201d\u2019]?(?:,\s+|\s+and\s+|,\s+and\s+)[\"'\u201c\u2018]?"
)


def _without_listed_works(
    text: str, raw: Sequence[RawMention], found: list[Candidate]
) -> list[Candidate]:
    """Titles listed after a work's title are works too: "the memoirs Once Upon a Time and
    Black Knight, White Knight". Only organisation and place spans with no evidence of
    their own (a head word, a gazetteer entry) go; a person listed there stays."""
    work_ends = {m.end for m in raw if m.label == "WORK_OF_ART"}
    for m in raw:
        start, end = trim_name(text, m.start, m.end)
        if start < end and names_a_work(text, start):
            work_ends.add(end)
    if not work_ends:
        return found
    kept: list[Candidate] = []
    for c in sorted(found, key=lambda c: c.start):
        listed = any(
            end <= c.start and _WORK_LIST_SEPARATOR.fullmatch(text[end : c.start])
            for end in work_ends
        )
        if listed and c.type in ("org", "place") and not _has_own_evidence(c.text):
            work_ends.add(c.end)
            continue
        kept.append(c)
    return kept


def _has_own_evidence(name: str) -> bool:
    return head_type(name) is not None or lookup(name) is not None or is_place(name)


def _skip_sentence_opener(text: str, start: int, end: int, common: set[str]) -> int:
    """Start a span after a word that only opens the sentence ("Following South Carolina's
    primary"): a stopword or an -ing word the article also writes in lowercase."""
    words = text[start:end].split(" ", 1)
    if len(words) < 2 or not words[1][:1].isupper() or not at_sentence_start(text, start):
        return start
    first = words[0].lower()
    if first in _OPENERS or (first.endswith("ing") and first in common):
        return start + len(words[0]) + 1
    return start


def _common_word(text: str, start: int, span: str, common: set[str]) -> bool:
    """A capitalised word opening a sentence that the article also writes in lowercase."""
    if " " in span or is_acronym(span) or lookup(span) or demonym_country(span):
        return False
    word = span.lower()
    # "Guardrails can only take so much": the article writes "the guardrail".
    forms = {word, word + "s", word.removesuffix("s"), word.removesuffix("es")}
    return bool(forms & common) and at_sentence_start(text, start)


def _only_titles(span: str) -> bool:
    words = span.split()
    return all(is_title_word(w) or w.lower().rstrip(".") in TITLE_MODIFIERS for w in words)


def _drop_suppressed(text: str, found: list[Candidate], index: CuratedIndex) -> list[Candidate]:
    if not index.suppressed:
        return found
    blocked = index.find_suppressed(text)
    return [
        c
        for c in found
        if not index.is_suppressed(c.text) and not any(contains(b, c.span) for b in blocked)
    ]


def _add_curated(
    part: int,
    text: str,
    found: list[Candidate],
    index: CuratedIndex,
    is_place_word: Callable[[int, int], bool],
) -> list[Candidate]:
    """Curated names in the text win over the model spans they overlap."""
    hits = index.find(text)
    if not hits:
        return found
    kept = [c for c in found if not any(overlaps(c.span, (s, e)) for s, e, _ in hits)]
    for start, end, entry in hits:
        role = None
        if entry.type == "person":
            # An alias such as "President Yoon" still links only the name.
            offset, inner_role = strip_leading_title(text[start:end])
            outer_role = role_before(text, start, is_place_word)[1]
            role = " ".join(r for r in (outer_role, inner_role) if r) or None
            start += offset
        kept.append(
            Candidate(
                part,
                start,
                end,
                text[start:end],
                entry.type,
                "",
                role,
                entity=entry.id,
                name=entry.name,
                curated=True,
            )
        )
    return sorted(kept, key=lambda c: c.span)


def number_candidates(
    part: int, text: str, raw: Sequence[RawMention], named: Sequence[Candidate]
) -> list[Candidate]:
    spans = [
        (m.start, m.end, m.label)
        for m in raw
        if (m.label in FIGURE_LABELS or m.label in DATE_LABELS)
        and 0 <= m.start < m.end <= len(text)
    ]
    named_spans = [c.span for c in named]
    found: list[Candidate] = []
    for phrase in phrases(text, spans, [(c.start, c.end, c.type) for c in named]):
        span = (phrase.start, phrase.end)
        # A figure may contain a name whole; a partial overlap means the spans disagree.
        if any(overlaps(span, n) and not contains(span, n) for n in named_spans):
            continue
        words = text[phrase.start : phrase.end]
        if is_junk(words, proper=False):
            continue
        found.append(Candidate(part, phrase.start, phrase.end, words, phrase.type, ""))
    return found
