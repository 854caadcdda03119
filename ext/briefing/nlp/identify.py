"""Step 2 of resolution, over the whole article: which entity each candidate names.

Curated aliases, standard variants and demonyms first; then acronyms defined in the text,
short person names joined to full ones, organisation names to their long forms, and one type
per name by majority.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from briefing.wire.credit import canonical_agency

from .acronyms import (
    bracketed_alias,
    defined_after,
    defined_before,
    defines,
    known_as,
    named_before,
)
from .candidates import Candidate
from .curated import CuratedIndex
from .entities import entity_id
from .gazetteer import is_place, is_us_state, us_state
from .joining import match_key
from .kinds import ORG_HEADS, after_locative, followed_by_possessive, head_type
from .names import NameIndex, is_subsequence, join_org_names, join_short_names, name_words
from .pairs import standard
from .spans import find_word, is_acronym, overlaps, repetitions, word_set
from .variants import Variant, demonym_country, lookup


def acronym_candidates(
    parts: Sequence[tuple[str, str]], body: list[Candidate], is_heading: Sequence[bool]
) -> list[Candidate]:
    """Mentions of acronyms the body defines: "the National Assembly (NA)" ... "the NA"."""
    defined: dict[str, Candidate] = {}
    # A name in apposition counts when the model took it for a person or an organisation (so
    # "However, the Prohibition Party" and a town before it do not).
    named_by_model = {(c.part, c.span) for c in body if c.type in ("person", "org")}
    for candidate in body:
        if candidate.type == "person":
            continue
        text = parts[candidate.part][1]
        after = defined_after(text, candidate.end)
        before = defined_before(text, candidate.start)
        alias = known_as(text, candidate.end) if candidate.type == "org" else None
        short_name = (
            named_before(text, candidate.start, candidate.end)
            if candidate.type == "org" and " " in candidate.text
            else None
        )
        if after and (
            defines(after[0], candidate.text, bracketed=True)
            or (candidate.type == "org" and _other_short_name(after[0], candidate.text))
        ):
            defined.setdefault(after[0], candidate)
        elif before and defines(before[0], candidate.text, bracketed=False):
            defined.setdefault(before[0], candidate)
        elif alias and head_type(candidate.text) == "org" and not _a_place(alias[0]):
            defined.setdefault(alias[0], candidate)
        elif short_name and (candidate.part, short_name[1:]) in named_by_model:
            defined.setdefault(short_name[0], candidate)
    if not defined:
        return []
    # The model's own spans of the acronym join the long form.
    for candidate in body:
        long_form = defined.get(candidate.text)
        if long_form is not None:
            candidate.type = long_form.type
            candidate.alias_of = long_form.text
    taken = {(c.part, c.span) for c in body}
    extra: list[Candidate] = []
    for number, span, acronym in repetitions(parts, defined):
        if (number, span) in taken or any(overlaps(span, c.span) for c in body if c.part == number):
            continue
        long_form = defined[acronym]
        extra.append(
            Candidate(
                number, span[0], span[1], acronym, long_form.type, "", alias_of=long_form.text
            )
        )
    # Headings are vouched for later like any other heading span.
    return [c for c in extra if not is_heading[c.part]]


def _other_short_name(short: str, name: str) -> bool:
    return (
        bracketed_alias(short, name)
        and not _a_place(short)
        and lookup(short) is None
        and canonical_agency(short) is None
    )


def resolve_named(
    candidates: list[Candidate],
    index: CuratedIndex,
    context: Sequence[Candidate],
    texts: Sequence[str] | None = None,
) -> None:
    """Give every named candidate its entity id and display name.

    ``context`` is the body: short names join the full names of the body, and a name gets
    the type most of its body mentions have.
    """
    for candidate in candidates:
        if candidate.entity is None:
            _resolve_fixed(candidate, index)
    # A name the words around it show to be something else is no person's name here.
    settled = {c.text for c in context if c.by_context and c.type != "person"}
    counts = Counter(c.text for c in context if c.type == "person" and c.text not in settled)
    persons = join_short_names(dict(counts))
    person_index = NameIndex(persons)
    votes = _type_votes(context)
    orgs = join_org_names(
        Counter(c.text for c in context if c.type == "org" and not c.curated),
        ORG_HEADS,
        _qualifier,
    )
    parties = {c.text for c in context if c.type == "org" and c.text.endswith(" Party")}
    # With the article's texts (for the body, not its headings): short forms of companies.
    led = _companies_led_by(context) if texts is not None else {}
    for candidate in candidates:
        if candidate.entity is not None:
            continue
        text = candidate.key_text
        company = led.get(text) if candidate.alias_of is None else None
        if (
            company is not None
            and texts is not None
            and _short_for_company(candidate, texts[candidate.part], persons, votes)
        ):
            candidate.type = "org"
            candidate.name = orgs.get(company) or company
            candidate.entity = entity_id("org", candidate.name)
            continue
        if candidate.type == "person":
            root = persons.get(text) or _join_one(text, persons, counts, person_index) or text
            # A short form of a full name is that person, whatever else the model called it;
            # a lone name goes with the type most of its mentions have ("Sanaa").
            if root != text or votes.get(text, "person") == "person":
                _set_person(candidate, root, index)
                continue
        # The model often types a surname as an organisation or place ("Trump" as ORG).
        if candidate.type != "person" and candidate.alias_of is None:
            surname = persons.get(text) or (
                _join_one(text, persons, counts, person_index) if " " not in text else None
            )
            if surname is not None:
                _set_person(candidate, surname, index)
                continue
        if candidate.type == "group" and votes.get(text, "group") == "group":
            name = _singular(text)
            party = f"{name} Party"
            if party in parties:  # "the Greens" beside "the Green Party": its members
                candidate.type, candidate.name = "org", orgs.get(party) or party
                candidate.entity = entity_id("org", candidate.name)
                continue
            candidate.name = name
            candidate.entity = entity_id("group", name)
            continue
        kind = votes.get(text, candidate.type)
        if kind == "org":
            text = orgs.get(text) or text
        candidate.type = kind
        candidate.name = text
        candidate.entity = entity_id(kind, text)


def _companies_led_by(context: Sequence[Candidate]) -> dict[str, str]:
    """One-word names that open exactly one organisation's name of two words or more in the
    article, legal form aside: "Kessler" -> "Kessler Antriebe AG"."""
    leading: dict[str, set[str]] = {}
    for c in context:
        words = c.text.split()
        if (
            c.type == "org"
            and not c.curated
            and c.alias_of is None
            and len(words) >= 2
            and words[0].lower() not in _NOT_A_LEAD
            and words[0][:1].isupper()
        ):
            leading.setdefault(words[0], set()).add(c.text)
    # Spellings of one name ("Acme Corp", "Acme Corp."): the first in order, for the same
    # answer in every process.
    return {
        word: min(names)
        for word, names in leading.items()
        if len({match_key(n) for n in names}) == 1
    }


_NOT_A_LEAD = word_set("the a an")


def _short_for_company(
    candidate: Candidate, text: str, persons: dict[str, str], votes: dict[str, str]
) -> bool:
    """Whether a person's or place's one-word name is the company it opens the name of:
    "Kessler is controlled by" beside "Kessler Antriebe AG", "Toyota's stake" beside "Toyota
    Motor". Not when the article names a person so ("Hans Kessler"); a place only before a
    possessive, and never a country or a US state ("Toyota's stake", not "a plant in Toyota"
    or "close to Alachua")."""
    name = candidate.key_text
    # The type its mentions vote for: an "org" span the others make a person counts as one.
    kind = votes.get(name, candidate.type) if candidate.type == "org" else candidate.type
    if " " in name or kind not in ("person", "place"):
        return False
    if kind == "person":
        return persons.get(name, name) == name and not any(
            full != name and full.split()[-1] == name for full in persons.values()
        )
    return (
        followed_by_possessive(text, candidate.end)
        and lookup(name) is None
        and not is_us_state(name)
    )


def _resolve_fixed(candidate: Candidate, index: CuratedIndex) -> None:
    """Curated aliases, standard variants and demonyms: ids that need no article context."""
    text = candidate.key_text
    entry = index.lookup(text)
    if entry is not None:
        candidate.type, candidate.entity, candidate.name = entry.type, entry.id, entry.name
        candidate.curated = True
        return
    variant = lookup(text)
    if variant is not None and (candidate.type != "person" or _looks_like_abbreviation(text)):
        _set_variant(candidate, variant)
        return
    # "Harrison, N.Y.": a US state's dotted abbreviation is the state.
    state = us_state(text) if text.endswith(".") and candidate.type == "place" else None
    if state is not None:
        candidate.name, candidate.entity = state, entity_id("place", state)
        return
    # Nationalities, also the plural ones the model takes for a person ("Britons").
    demonym = demonym_country(text)
    if demonym is not None and (candidate.type != "person" or " " not in text):
        singular, country = demonym
        candidate.type = "group"
        candidate.name = singular
        candidate.entity = entity_id("group", singular)
        candidate.related_place = _country_id(country)


def _a_place(name: str) -> bool:
    return standard(name) or is_place(name)


def _looks_like_abbreviation(text: str) -> bool:
    # A country the model typed as a person ("U.S.", "South Korea") is still a country; a
    # single capitalised word typed as a person ("Jordan") is more likely a name.
    return is_acronym(text) or len(text.split()) > 1


def _set_variant(candidate: Candidate, variant: Variant) -> None:
    candidate.type = variant.type
    candidate.name = variant.name
    candidate.entity = entity_id(variant.type, variant.name)


def _country_id(country: str) -> str:
    variant = lookup(country)
    return entity_id("place", variant.name if variant else country)


def _join_one(
    text: str, roots: dict[str, str], counts: Counter[str], index: NameIndex
) -> str | None:
    """The full name a form the body does not use as a person joins (a surname the model
    typed as an organisation, a heading's short name): the most mentioned that fits.

    ``index`` holds the forms of ``roots``."""
    words = name_words(text)
    fitting: Counter[str] = Counter()
    for form in index.holding(words):
        form_words = index.words[form]
        if len(form_words) >= len(words) and is_subsequence(words, form_words):
            fitting[roots[form]] += counts.get(form, 0)
    if not fitting:
        return None
    return min(fitting, key=lambda r: (-fitting[r], -len(r), r))


def _set_person(candidate: Candidate, root: str, index: CuratedIndex) -> None:
    candidate.type = "person"
    entry = index.lookup(root)
    if entry is not None and entry.type == "person":
        candidate.entity, candidate.name, candidate.curated = entry.id, entry.name, True
        return
    candidate.name = root
    candidate.entity = entity_id("person", root)


def places_after_locatives(parts: Sequence[tuple[str, str]], body: list[Candidate]) -> None:
    """A "person" the text only ever puts after "in" or "near" is a place ("in La Llagosta"),
    and one the gazetteers know as a place also after "from" or "into" ("water from
    Pahang"). So is an "organisation" without an organisation's head word, written as a
    name ("a match in Ennis", not "a stake in Tesla" or "in NATO")."""
    groups: dict[str, list[Candidate]] = {}
    for c in body:
        if c.type in ("person", "org") and not c.curated and c.entity is not None:
            groups.setdefault(c.entity, []).append(c)
    for group in groups.values():
        if all(_a_place_by_position(parts[c.part][1], c) for c in group):
            for c in group:
                c.type = "place"
                c.entity = entity_id("place", c.name or c.text)


# Words before "in" that make what follows a company or a journal: "a stake in Tesla",
# "published in Nature".
_HOLDING_IN = re.compile(
    r"\b(?:stake|stakes|share|shares|interest|investment|investments|invest|invested|"
    r"investing|holding|holdings|position|positions|published|publishing|appeared|appears|"
    r"reported|report|wrote|written|writing|study|paper|article|articles)\s+(?:\w+\s+)?in\s+$",
    re.IGNORECASE,
)


def _a_place_by_position(text: str, c: Candidate) -> bool:
    if c.role is not None or followed_by_possessive(text, c.end):
        return False
    if c.label == "PERSON" and c.type == "person":
        return after_locative(text, c.start, known_place=is_place(c.text))
    return (
        c.label == "ORG"
        and c.type == "org"
        and not c.by_context
        and " " not in c.text
        and c.text.lower() not in ORG_HEADS  # "in Congress", "in Parliament"
        and not is_acronym(c.text)
        and c.text[:1].isupper()
        and after_locative(text, c.start)
        and not _HOLDING_IN.search(text, max(0, c.start - 40), c.start)
    )


def _type_votes(context: Sequence[Candidate]) -> dict[str, str]:
    """The most frequent type of each name in the body (the model is inconsistent: "Sanaa"
    may be a place in one sentence and a person in the next), among the mentions whose
    context settled the type if there are any."""
    counts: dict[str, Counter[str]] = {}
    settled: dict[str, Counter[str]] = {}
    for c in context:
        if not c.curated and c.label:
            counts.setdefault(c.text, Counter())[c.type] += 1
            if c.by_context:
                settled.setdefault(c.text, Counter())[c.type] += 1
    # Words around a mention ("the Kilauea volcano", "the district of Groom") outvote the
    # model's guesses at the others.
    counts.update(settled)
    # Ties go to person, then place: the model's org spans are the noisiest.
    rank = {"person": 3, "place": 2, "group": 1, "org": 0}
    return {text: max(votes, key=lambda t: (votes[t], rank[t])) for text, votes in counts.items()}


def _singular(text: str) -> str:
    """ "Democrats" -> "Democrat" (group names are singular, like the demonym table); names
    ending in -ss, -os, -is, -us, -as ("Thanos", "Hindus") are left alone."""
    if len(text) > 3 and text.endswith("s") and text[-2].isalpha() and text[-2] not in "soiua":
        return text[:-1]
    return text


_ORG_QUALIFIERS = word_set(
    """national federal state royal international central regional provincial local city
    municipal metropolitan county district general supreme high house senate parliamentary
    """
)


def _qualifier(words: Sequence[str]) -> bool:
    """Whether (casefolded) words put before an organisation's name only qualify it ("u.s",
    "national", "american")."""
    return _known_spelling(" ".join(words)) or all(
        w in _ORG_QUALIFIERS or _known_spelling(w) for w in words
    )


def _known_spelling(folded: str) -> bool:
    spellings = (folded.upper(), folded.title(), folded.capitalize())
    return any(standard(form + dot) for form in spellings for dot in ("", "."))


_AND = " and "


def split_glued(parts: Sequence[tuple[str, str]], candidates: list[Candidate]) -> list[Candidate]:
    """ "Acme and Globex" as one model span is two names when the article also writes each
    half on its own; a name that is one thing ("Bosnia and Herzegovina", "Procter and Gamble",
    "Food and Agriculture Organization") keeps its "and"."""
    text = "\n".join(t for _, t in parts)
    found: list[Candidate] = []
    for c in candidates:
        left, sep, right = c.text.partition(_AND)
        if not sep or c.curated or lookup(c.text) is not None or _AND in right:
            found.append(c)
            continue
        halves = [(c.start, c.start + len(left), left), (c.end - len(right), c.end, right)]
        if _two_headed(left, right) or all(
            _named_alone(text, half, c.text) for _, _, half in halves
        ):
            found.extend(Candidate(c.part, s, e, half, c.type, c.label) for s, e, half in halves)
        else:
            found.append(c)
    return found


def _two_headed(left: str, right: str) -> bool:
    """ "Nomura Securities and Mizuho Securities", "Bank of England and Bank of Japan": two
    names of two words or more with one head word (not "U.S. Securities and Exchange
    Commission", "Department of Health and Human Services")."""
    words = left.split(), right.split()
    if min(len(w) for w in words) < 2 or not all(x[:1].isupper() for w in words for x in w):
        return False
    heads = [_head_word(half) for half in (left, right)]
    return heads[0] == heads[1] and head_type(left) is not None


def _head_word(name: str) -> str:
    return re.split(r" (?:of|for) ", name, maxsplit=1)[0].split()[-1].casefold()


def _named_alone(text: str, half: str, whole: str) -> bool:
    if not half[:1].isupper() or not all(w[:1].isupper() for w in half.split()):
        return False
    return sum(1 for _ in find_word(text, half)) > sum(1 for _ in find_word(text, whole))


def _line_at(text: str, start: int) -> str:
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return text[begin : end if end >= 0 else len(text)]


def shouting_line(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is in capitals: a table or a code list, where the
    model's spans are guesses."""
    return _in_capitals(_line_at(text, start))


# Asked once per mention, and a paragraph is one line: counting its letters each time was a
# fifth of resolving an article.
@functools.lru_cache(maxsize=1024)
def _in_capitals(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 12 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


_NUMBER_TOKEN = re.compile(r"[-+(]?[$€£¥]?\d[\d.,]*%?\)?")


def tabular_line(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is a row of figures ("Avg shrs 3,456,000 vs
    3,210,000", "Net 807,000 vs 2,858,000"), not a sentence: its capitalised words are
    labels, which the model takes for names."""
    return _row_of_figures(_line_at(text, start).strip())


@functools.lru_cache(maxsize=1024)
def _row_of_figures(line: str) -> bool:
    tokens = line.split()
    numbers = sum(1 for t in tokens if _NUMBER_TOKEN.fullmatch(t))
    if numbers < 2 or line.endswith((".", "?", "!", '"', "\u201d")):
        return False
    return " vs " in f" {line} " or numbers >= 0.4 * len(tokens)


_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def places_in_lists(parts: Sequence[tuple[str, str]], body: list[Candidate]) -> None:
    """A list of three names or more that holds a place, after "from", "in" ..., or else
    with more places than organisations, is a list of places: "from Dolgellau, Harlech,
    Barmouth, Bala, and Blaenau Ffestiniog" (not "investors include Sequoia Capital, Fidelity
    and Saudi Arabia", "alongside Groq, Cerebras and Tenstorrent"). Members with evidence of
    their own (a title, a head word, a country, another mention) keep their type."""
    mentions = Counter(c.text for c in body)
    by_part: dict[int, list[Candidate]] = {}
    for c in body:
        by_part.setdefault(c.part, []).append(c)
    for number, found in by_part.items():
        text = parts[number][1]
        found.sort(key=lambda c: c.start)
        runs: list[list[Candidate]] = []
        for c in found:
            if runs and _LIST_SEPARATOR.fullmatch(text[runs[-1][-1].end : c.start]):
                runs[-1].append(c)
            else:
                runs.append([c])
        for run in runs:
            places = sum(1 for m in run if m.type == "place")
            if len(run) < 3 or not places:
                continue
            located = after_locative(text, run[0].start, known_place=True)
            if located or places > sum(1 for m in run if m.type == "org"):
                for m in run:
                    if _weak(m, mentions):
                        m.type = "place"


def _weak(c: Candidate, mentions: Counter[str]) -> bool:
    """A name typed person or organisation only by the model's guess at this one mention."""
    return (
        c.type in ("person", "org")
        and not c.curated
        and c.role is None
        and c.alias_of is None
        and mentions[c.text] == 1
        and head_type(c.text) is None
        and lookup(c.text) is None
    )


# Lowercase words inside a name where the small model tends to cut it in two ("Rogaland Fire"
# and "Rescue" for "Rogaland Fire and Rescue").
_CONNECTORS = word_set("and of for")


def _has_connector(name: str) -> bool:
    words = name.split()
    return len(words) >= 3 and any(w in _CONNECTORS for w in words[1:-1])


def repeated_whole_names(
    parts: Sequence[tuple[str, str]], candidates: list[Candidate]
) -> list[Candidate]:
    """An organisation or place of two words or more that the model spans whole once is that
    name wherever the text repeats it: the pieces the model made of it elsewhere ("Rogaland
    Fire" as a person, "Rescue" as an organisation; "Punta" and "Tombo") give way to one
    mention of the whole name. A repetition the model missed is added when the name has an
    inner "and", "of" or "for" (where the model cuts names). Pieces that cross the
    repetition's edges mean the text reads otherwise there, and it is left alone."""
    wholes: dict[str, Candidate] = {}
    for c in candidates:
        words = c.text.split()
        if (
            c.type in ("org", "place")
            and not c.curated
            and c.alias_of is None
            and len(words) >= 2
            and words[-1][:1].isupper()
        ):
            wholes.setdefault(c.text, c)
    if not wholes:
        return candidates
    found = list(candidates)
    for number, span, name in repetitions(parts, wholes):
        inside = [c for c in found if c.part == number and overlaps(c.span, span)]
        if any(c.span == span for c in inside):
            continue
        if any(not (span[0] <= c.start and c.end <= span[1]) for c in inside):
            continue
        whole = wholes[name]
        if not inside and not _has_connector(name):
            continue  # "Acme Widgets" the model did not see again may read otherwise there
        found = [c for c in found if c not in inside]
        found.append(Candidate(number, span[0], span[1], name, whole.type, whole.label))
    return sorted(found, key=lambda c: (c.part, c.start))
