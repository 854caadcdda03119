"""Short forms the model left untagged: a company's name without its legal form ("Globex"
after "Globex Inc"), an organisation's initials ("WHO" after "World Health Organization")
and a person's surname ("Bergmann" after "Klara Bergmann"), found as whole words (in their
case) wherever the article repeats them and no other span covers them.

A short form two names of the article share, or one the article also uses for a name of
another type, is left alone: it would be a guess.
"""

from __future__ import annotations

from collections.abc import Sequence

from .candidates import Candidate
from .joining import DESIGNATORS
from .kinds import NAME_WORD
from .names import is_title_word
from .spans import STOPWORDS, overlaps, repetitions
from .variants import lookup


def _legal_core(name: str) -> str | None:
    """ "Globex Inc" -> "Globex", "Acme Corp." -> "Acme", and a subsidiary named for its
    country, "Facebook Ireland Limited" -> "Facebook"; None without a legal form."""
    words = name.split()
    while len(words) > 1 and words[-1].replace(".", "").replace(",", "").casefold() in DESIGNATORS:
        words = words[:-1]
    if len(words) < len(name.split()) and len(words) > 1:
        country = lookup(words[-1])
        if country is not None and country.type == "place":
            words = words[:-1]
    core = " ".join(words).rstrip(",")
    return core if core != name and len(core) >= 3 else None


def _initials(name: str) -> str | None:
    """ "World Health Organization" -> "WHO": the initials of a name of three capitalised
    words or more (fillers such as "of" and "for" skipped), if all its words are such."""
    words = [w for w in name.split() if w not in _FILLERS]
    if len(words) < 3 or not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return None
    return "".join(w[0] for w in words)


_FILLERS = frozenset({"of", "for", "and", "the", "on", "in", "de", "&"})


def _surname(name: str) -> str | None:
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(NAME_WORD.match(w) for w in words):
        return None
    last = words[-1]
    return last if len(last) >= 3 and not last.endswith(".") and not is_title_word(last) else None


def _short_forms(candidates: Sequence[Candidate]) -> dict[str, Candidate]:
    found: dict[str, list[Candidate]] = {}
    for c in candidates:
        if c.curated or c.alias_of is not None:
            continue
        forms = [_legal_core(c.text), _initials(c.text)] if c.type == "org" else []
        if c.type == "person":
            forms = [_surname(c.text)]
        for form in forms:
            if form is not None and (form.isupper() or form.casefold() not in STOPWORDS):
                found.setdefault(form, []).append(c)
    other_types = {c.text: c.type for c in candidates}
    return {
        form: owners[0]
        for form, owners in found.items()
        if len({o.text for o in owners}) == 1
        and other_types.get(form, owners[0].type) == owners[0].type
    }


def missed_short_forms(
    parts: Sequence[tuple[str, str]], candidates: list[Candidate]
) -> list[Candidate]:
    """The candidates, and a new one for each repetition of a short form no span covers."""
    forms = _short_forms(candidates)
    if not forms:
        return candidates
    found = list(candidates)
    taken: dict[int, list[tuple[int, int]]] = {}
    for number, span, form in repetitions(parts, sorted(forms)):
        spans = taken.setdefault(number, [c.span for c in found if c.part == number])
        if any(overlaps(span, other) for other in spans):
            continue
        found.append(Candidate(number, span[0], span[1], form, forms[form].type, ""))
        spans.append(span)
    return found
