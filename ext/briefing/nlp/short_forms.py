"""Short forms across the corpus: a lone surname, an acronym, an initialism or a shortened
name, joined to the one fuller entity it stands for (in the article, else in the corpus)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence

from .acronyms import fits
from .entities import EntityInfo
from .gazetteer import is_place, is_us_state, us_state
from .joining import DESIGNATORS, Joins, Local, has_designator, match_key, named
from .kinds import CLUB_WORDS, NAME_WORD, ORG_HEADS, head_type
from .names import is_subsequence
from .spans import is_acronym
from .variants import demonym_country, lookup

_COMPANY_WORDS = ORG_HEADS | DESIGNATORS


def short_forms(locals_: Sequence[Local], joins: Joins) -> dict[int, int]:
    """Local entities that are a short form of another entity: surface forms used elsewhere,
    lone surnames, initialisms and institutions; local -> the group it joins."""
    forms: dict[str, set[int]] = defaultdict(set)  # surface key -> group roots using it
    surnames: dict[str, set[int]] = defaultdict(set)  # last word -> person roots
    by_article: dict[str, list[int]] = defaultdict(list)
    for number, local in enumerate(locals_):
        if not named(local):
            continue
        by_article[local.article].append(number)
        root = joins.find(number)
        for form in (*local.body, local.info.name):
            forms[match_key(form)].add(root)
        words = local.info.name.split()
        if local.info.type == "person" and len(words) > 1:
            surnames[match_key(words[-1])].add(root)
    weights: Counter[int] = Counter()
    articles: dict[int, set[str]] = defaultdict(set)  # group root -> articles naming it
    for number, local in enumerate(locals_):
        weights[joins.find(number)] += local.weight
        articles[joins.find(number)].add(local.article)
    moved: dict[int, int] = {}
    for number, local in enumerate(locals_):
        if not named(local) or local.info.curated:
            continue
        root = joins.find(number)
        target = _short_form_target(
            number, local, locals_, joins, forms, surnames, by_article, articles
        )
        if target is None or target == root:
            continue
        # A surname or an initialism always joins its full name; a form seen elsewhere only
        # joins an entity mentioned more than itself.
        if " " in locals_[target].info.name or weights[target] > weights[root]:
            moved[number] = target
    return moved


def _short_form_target(
    number: int,
    local: Local,
    locals_: Sequence[Local],
    joins: Joins,
    forms: Mapping[str, set[int]],
    surnames: Mapping[str, set[int]],
    by_article: Mapping[str, list[int]],
    articles: Mapping[int, set[str]],
) -> int | None:
    name = local.info.name
    key = match_key(name)
    root = joins.find(number)

    def known(surname: str) -> int | None:
        return best_known(surname, root, joins, surnames, articles)

    if local.info.type in ("person", "org") and " " not in name.strip() and is_place(name):
        # "Brighton pulled one back" beside "Brighton & Hove Albion": the club, not a person.
        club = _one_org(local, locals_, joins, by_article, _club_named(name))
        if club is not None:
            return club
    if local.info.type == "place" and " " not in name.strip():
        # "Lakeshore shares fell" beside "Lakeshore Motors Co.": the company, not the town.
        company = _one_org(local, locals_, joins, by_article, _company_named(name))
        if company is not None and lookup(name) is None and not is_us_state(name):
            return company
    # A place the gazetteers know stays a place: "Washington" is not Denzel Washington.
    protected = local.info.type == "place" and (is_place(name) or lookup(name) is not None)
    others = {joins.find(r) for r in forms.get(key, ())} - {root}
    # Only a single word or an acronym is a short form another entity uses: a longer name
    # is an entity of its own ("Elizabeth Warren" is not the caption "Elizabeth Warren Image").
    if len(others) == 1 and not protected and (" " not in name.strip() or is_acronym(name)):
        target = next(iter(others))
        if not _place_into_person(local, locals_[target]):
            return target
    if protected:
        return None
    if " " in name.strip():
        # "Bradley Airport" for "Bradley International Airport" in the same article.
        if local.info.type not in ("org", "place"):
            return None
        fuller = _one_org(local, locals_, joins, by_article, _fuller(name), local.info.type)
        if fuller is not None or local.info.type != "org" or head_type(name) is not None:
            return fuller
        # "Golden State" for "Golden State Warriors": a name with no head word of its own
        # that the article's one such team name extends by its nickname.
        return _one_org(local, locals_, joins, by_article, _team_of(name))
    if is_acronym(name):
        if lookup(name) is not None or us_state(name) is not None:
            return None  # "U.S.", "N.Y.": a country or state, not an initialism
        return _one_org(local, locals_, joins, by_article, _initials(name))
    if local.info.type == "org":
        institution = _one_org(local, locals_, joins, by_article, _institution_of(name))
        if institution is not None or name.casefold() in ORG_HEADS:
            return institution
    if not surname_like(local.info):
        return _family(local, key, known)
    short = _one_org(local, locals_, joins, by_article, _short_name(name))
    if short is not None:
        return short
    # A lone surname: the one person of that surname in the article, else in the corpus. A
    # person the model took for an organisation counts ("Skandaraj Navaratnam"), and any
    # name after the first does ("Rosselló" in "Ricardo Rosselló Nevares").
    in_article = {
        joins.find(n)
        for n in by_article[local.article]
        if person_like(locals_[n].info) and key in later_words(locals_[n].info.name)
    } - {root}
    if not in_article and name.endswith("s") and len(key) > 3:
        # "The Tongs": the family of the one person named Tong ("Tong Yung-soo").
        in_article = {
            joins.find(n)
            for n in by_article[local.article]
            if locals_[n].info.type == "person"
            and key[:-1] in {match_key(w) for w in locals_[n].info.name.split()}
        } - {root}
    if len(in_article) == 1:
        return next(iter(in_article))
    if in_article:
        return None
    found = known(key)
    return found if found is not None else _family(local, key, known)


def best_known(
    key: str,
    root: int,
    joins: Joins,
    surnames: Mapping[str, set[int]],
    articles: Mapping[int, set[str]],
) -> int | None:
    """The corpus's person of this surname: the only one, or the one named in at least
    :data:`BEST_KNOWN` times as many articles as all the others together ("Trump" alone is
    Donald Trump in a corpus that names Melania Trump twice)."""
    corpus = {joins.find(r) for r in surnames.get(key, ())} - {root}
    if len(corpus) <= 1:
        return next(iter(corpus), None)
    counts = {r: len(articles.get(r, ())) for r in corpus}
    first = max(sorted(corpus), key=counts.__getitem__)
    rest = sum(counts.values()) - counts[first]
    return first if counts[first] >= BEST_KNOWN * rest else None


BEST_KNOWN = 4


def _family(local: Local, key: str, known: Callable[[str], int | None]) -> int | None:
    """ "The Bidens", whatever the model typed them: the family of the corpus's best-known
    person of that surname, when no place or group has that name."""
    name = local.info.name
    if not (name.endswith("s") and len(key) > 4 and " " not in name.strip()):
        return None
    if is_place(name) or lookup(name) is not None or demonym_country(name) is not None:
        return None
    return known(key[:-1])


def surname_like(info: EntityInfo) -> bool:
    """A single name that may be a surname: no place, nationality or institution word."""
    name = info.name
    return (
        info.type in ("person", "org")
        and lookup(name) is None
        and demonym_country(name) is None
        and not is_place(name)
        and head_type(f"The {name}") is None
    )


def person_like(info: EntityInfo) -> bool:
    """A person, or a name of several capitalised words that no head word makes an
    organisation or place."""
    words = info.name.split()
    if not 2 <= len(words) <= 4 or not all(NAME_WORD.match(w) for w in words):
        return False
    return info.type == "person" or (
        info.type in ("org", "place")
        and head_type(info.name) is None
        and not has_designator(info.name)
        and lookup(info.name) is None
        and not is_place(info.name)
    )


def later_words(name: str) -> set[str]:
    return {match_key(w) for w in name.split()[1:]}


def _one_org(
    local: Local,
    locals_: Sequence[Local],
    joins: Joins,
    by_article: Mapping[str, list[int]],
    names_it: Callable[[list[str]], bool],
    kind: str = "org",
) -> int | None:
    """The one entity of type ``kind`` (an organisation) with a name of several words in
    ``local``'s article that ``names_it`` accepts (given the words of its name), as a group
    root; None if there is none or more than one."""
    found = set()
    for n in by_article[local.article]:
        info = locals_[n].info
        words = info.name.split()
        if info.type == kind and len(words) > 1 and names_it(words):
            found.add(joins.find(n))
    return next(iter(found)) if len(found) == 1 else None


def _fuller(name: str) -> Callable[[list[str]], bool]:
    """ "Bradley Airport" names "Bradley International Airport": same first and last word,
    more words between."""
    short = [match_key(w) for w in name.split()]
    return lambda words: (
        len(words) > len(short)
        and match_key(words[0]) == short[0]
        and match_key(words[-1]) == short[-1]
        and is_subsequence(short, [match_key(w) for w in words])
    )


def _team_of(name: str) -> Callable[[list[str]], bool]:
    """ "Golden State" names "Golden State Warriors": the same words and one more, a
    capitalised plural (a team's nickname: "Lakers", "Nuggets")."""
    short = [match_key(w) for w in name.split()]
    return lambda words: (
        len(words) == len(short) + 1
        and [match_key(w) for w in words[:-1]] == short
        and re.fullmatch(r"[A-Z][a-z]+s", words[-1]) is not None
    )


def _institution_of(name: str) -> Callable[[list[str]], bool]:
    """ "Parliament" alone names "Parliament of ..." or "... Parliament"."""
    folded = name.casefold()
    return lambda words: (
        words[-1].casefold() == folded or (words[0].casefold() == folded and words[1] == "of")
    )


def _short_name(name: str) -> Callable[[list[str]], bool]:
    """ "Scripps" names "Scripps Institution of Oceanography", "Wooster" names "College of
    Wooster"."""
    key = match_key(name)
    return lambda words: (
        (match_key(words[0]) == key and words[1].casefold() in ORG_HEADS)
        or (
            len(words) == 3
            and words[1] == "of"
            and words[0].casefold() in ORG_HEADS
            and match_key(words[2]) == key
        )
    )


def _company_named(name: str) -> Callable[[list[str]], bool]:
    """ "Lakeshore" names "Lakeshore Motors Co.": the rest of the name is head words ending in
    a legal form, so the place word alone is what the company is called."""
    key = match_key(name)
    return lambda words: (
        match_key(words[0]) == key
        and has_designator(" ".join(words))
        and all(w.strip(".,").casefold() in _COMPANY_WORDS for w in words[1:])
    )


def _club_named(name: str) -> Callable[[list[str]], bool]:
    """ "Brighton" names "Brighton & Hove Albion", "Tottenham" names "Tottenham Hotspur"."""
    key = match_key(name)
    return lambda words: match_key(words[0]) == key and words[-1] in CLUB_WORDS


def _initials(name: str) -> Callable[[list[str]], bool]:
    """ "UH" names "University of Hawaii"."""
    return lambda words: fits(name, " ".join(words))


def _place_into_person(local: Local, target: Local) -> bool:
    return local.info.type == "place" and target.info.type == "person"
