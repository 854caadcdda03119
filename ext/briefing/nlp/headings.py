"""Headlines and subheads: Title Case text where the model's spans are unreliable.

A heading keeps only what the article's body, the registry or the gazetteers vouch for: model
spans that resolve to an entity known from the body or to a country or nationality, plus body
names found in the heading by string matching ("South Korea Vows ..." links "South Korea";
"U.S.-South Korea Alliance" links both countries).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .candidates import Candidate
from .entities import entity_id
from .spans import find_word, is_acronym, is_junk, overlaps
from .variants import demonym_country, lookup, variant_forms

HEADING_KINDS = frozenset({"headline", "subhead"})


def find_forms(text: str, forms: Iterable[str]) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of ``forms`` in a heading, longest form first.

    Acronyms match with their exact case only ("US" is not "us"); other forms also match
    case-insensitively (all-caps headlines) as long as the match starts with a capital.
    """
    taken: list[tuple[int, int, str]] = []
    folded = text.casefold()
    for form in sorted(set(forms), key=lambda f: (-len(f), f)):
        if form.casefold() not in folded:
            continue  # cheap test first: a heading holds few of the article's many forms
        hits = set(find_word(text, form))
        if not is_acronym(form):
            hits |= {
                (s, e) for s, e in find_word(text, form, case_sensitive=False) if text[s].isupper()
            }
        for start, end in sorted(hits):
            if all(end <= s or start >= e for s, e, _ in taken):
                taken.append((start, end, form))
    return sorted(taken)


def vouched_headings(
    parts: Sequence[tuple[str, str]],
    heads: list[Candidate],
    body: Sequence[Candidate],
    is_heading: Sequence[bool],
) -> list[Candidate]:
    known: dict[str, Candidate] = {}
    forms: dict[str, Candidate] = {}
    for c in body:
        known.setdefault(c.entity or "", c)
        for form in _forms_of(c):
            forms.setdefault(form, c)
    folded = {form.casefold(): c for form, c in forms.items() if not is_acronym(form)}
    kept = [
        c
        for c in heads
        if c.curated
        or c.entity in known
        or _standard(c)
        or c.text in forms
        or (not is_acronym(c.text) and c.text.casefold() in folded)
    ]
    for c in kept:
        twin = forms.get(c.text) or folded.get(c.text.casefold())
        if not c.curated and c.entity not in known and twin is not None:
            copy_identity(c, twin)
    for number, (_, text) in enumerate(parts):
        if not is_heading[number]:
            continue
        spans = [c.span for c in kept if c.part == number]
        for start, end, form in find_forms(text, forms):
            if any(overlaps((start, end), s) for s in spans):
                continue
            found = Candidate(number, start, end, text[start:end], forms[form].type, "")
            copy_identity(found, forms[form])
            kept.append(found)
    return kept


def _standard(c: Candidate) -> bool:
    """A country or nationality the model found in a heading needs no body to vouch for it:
    the gazetteers do ("Samoan government ends ...")."""
    if c.label not in ("GPE", "NORP") or is_acronym(c.text):
        return False
    return demonym_country(c.text) is not None or lookup(c.text) is not None


def _forms_of(c: Candidate) -> list[str]:
    """The spellings under which a body entity may appear in a heading."""
    found = [c.text]
    if c.name:
        found.append(c.name)
        variant = lookup(c.name)
        if variant is not None and entity_id(variant.type, variant.name) == c.entity:
            found.extend(variant_forms(variant))
    if c.type == "person" and c.name:
        words = c.name.split()
        if len(words) > 1 and len(words[-1]) > 2 and words[-1][:1].isupper():
            found.append(words[-1])  # "Pelosi" in "Pelosi Elected Speaker"
    return [f for f in found if f and not is_junk(f, proper=True)]


def copy_identity(target: Candidate, source: Candidate) -> None:
    target.type = source.type
    target.entity = source.entity
    target.name = source.name
    target.related_place = source.related_place
    target.curated = source.curated
