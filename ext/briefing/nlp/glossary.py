"""The corpus-level glossary: one entity per thing, typed and named from all its mentions.

Articles are resolved one at a time (and cached that way); this step then looks at every
article's entities together and joins the ones that name the same thing:

* names that match once case, accents, dots, spacing, possessives, legal-form designators and
  an Arabic article inside the name are set aside ("Acme", "Acme Corp", "ACME Inc." and
  "Acme's"; "el-Sisi" and "al-Sisi"), whatever type each article gave them;
* a person written with and without middle initials ("John R. Bolton", "John Bolton") when
  the corpus has one set of initials for that first name and surname;
* a name that another entity uses as a surface form elsewhere in the corpus (an acronym
  defined in another article, a surname joined to its full name there), when only one
  entity uses it;
* a lone surname and the one person of that surname (in the article, else in the corpus);
* an initialism and the one multi-word organisation of the article it abbreviates ("UH" and
  "University of Hawaii").

Each joined entity then gets one type (the majority of its mentions in body text, unless a
legal-form designator or the editors' registry says otherwise) and one display name (the
most used properly cased form of the body text, the fullest on a tie). Figures and dates
are per article and are left alone.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

from .entities import EntityInfo, Mention, entity_id
from .gazetteer import is_place
from .joining import (
    HEADING_KINDS,
    RANK,
    ArticleEntities,
    Joins,
    Local,
    entity_key,
    has_designator,
    match_key,
    named,
)
from .kinds import club_name, head_type
from .short_forms import later_words, person_like, short_forms, surname_like
from .spans import is_acronym
from .variants import demonym_country, lookup

#: The glossary id of an entity that is no entity after all (a common word): its mentions go.
DROPPED = ""


def unify(
    articles: Sequence[ArticleEntities], common: Collection[str] = frozenset()
) -> tuple[dict[str, dict[str, str]], dict[str, EntityInfo]]:
    """Per article, old entity id -> glossary id (:data:`DROPPED` for a common word); and
    the glossary's entities by id. ``common``: the words the corpus writes in lowercase."""
    locals_: list[Local] = []
    index: dict[tuple[str, str], int] = {}
    openers: set[int] = set()
    for article in articles:
        for entity_id_, info in article.entities.items():
            index[(article.key, entity_id_)] = len(locals_)
            if entity_id_ in article.openers:
                openers.add(len(locals_))
            locals_.append(Local(article.key, info))
        for mention in article.mentions:
            position = index.get((article.key, mention.entity))
            if position is None:
                continue
            heading = article.kinds[mention.part] in HEADING_KINDS
            counter = locals_[position].heading if heading else locals_[position].body
            counter[" ".join(mention.text.split())] += 1
    joins = Joins(len(locals_))
    _join_same(locals_, joins)
    _join_misspelt_places(locals_, joins)
    _join_middle_initials(locals_, joins)
    # Short forms move one article's entity only: "Congress" may be the Indian National
    # Congress in one article and the U.S. Congress in the others.
    moved = short_forms(locals_, joins)
    groups: dict[int, list[int]] = defaultdict(list)
    for number in range(len(locals_)):
        groups[moved.get(number, joins.find(number))].append(number)
    new_id: dict[int, str] = {}
    glossary: dict[str, EntityInfo] = {}
    for members in groups.values():
        if (
            common
            and all(m in openers for m in members)
            and _common_word([locals_[m] for m in members], common)
        ):
            for m in members:
                new_id[m] = DROPPED
            continue
        own = [locals_[m] for m in members if m not in moved]
        info = _decide([locals_[m] for m in members], own)
        for m in members:
            new_id[m] = info.id
        known = glossary.get(info.id)
        if known is None:
            glossary[info.id] = info
        else:  # two groups whose decided names share an id: one page
            known.aliases |= info.aliases
            known.roles |= info.roles
    remap: dict[str, dict[str, str]] = defaultdict(dict)
    for (article_key, old), number in index.items():
        remap[article_key][old] = new_id[number]
    for info in glossary.values():
        if info.related_place is not None:
            info.related_place = _global(info.related_place, remap)
    return dict(remap), dict(sorted(glossary.items()))


def _common_word(members: Sequence[Local], common: Collection[str]) -> bool:
    """A one-word "name" only ever written where any word takes a capital (a sentence's
    first word, a heading), that the corpus also writes in lowercase: "Attendance was low"."""
    for m in members:
        name = m.info.name
        if (
            m.info.curated
            or m.info.type not in ("person", "org", "place")
            or " " in name.strip()
            or name.casefold() not in common
            or is_acronym(name)
            or lookup(name) is not None
            or is_place(name)
            or demonym_country(name) is not None
        ):
            return False
    return True


def _global(entity: str, remap: Mapping[str, Mapping[str, str]]) -> str:
    for table in remap.values():
        if entity in table:
            return table[entity]
    return entity


def _join_same(locals_: Sequence[Local], joins: Joins) -> None:
    """The same id, or the same name up to spelling and legal form, is one entity."""
    first: dict[str, int] = {}
    for number, local in enumerate(locals_):
        keys = [f"id:{local.info.id}"]
        if named(local) and not local.info.curated:
            keys.append(f"name:{entity_key(local.info.name, local.info.type)}")
        for key in keys:
            if key in first:
                joins.join(first[key], number)
            else:
                first[key] = number


def _join_misspelt_places(locals_: Sequence[Local], joins: Joins) -> None:
    """A one-word place the gazetteers do not know that is one typing slip away from a place
    of the same article is that place ("Lousiana" beside "Louisiana")."""
    places: dict[str, list[int]] = defaultdict(list)
    for number, local in enumerate(locals_):
        if local.info.type == "place" and not local.info.curated and " " not in local.info.name:
            places[local.article].append(number)
    for members in places.values():
        for number in members:
            name = locals_[number].info.name
            if len(name) < 6 or is_place(name) or lookup(name) is not None:
                continue
            near = {
                joins.find(other)
                for other in members
                if other != number and one_slip(name, locals_[other].info.name)
            }
            if len(near) == 1:
                joins.join(number, next(iter(near)))


_INITIAL = re.compile(r"[A-Z]\.?")


def _join_middle_initials(locals_: Sequence[Local], joins: Joins) -> None:
    """ "John R. Bolton" and "John Bolton" are one person when the corpus writes that first
    name and surname with one set of middle initials only: "George W. Bush" beside "George
    H. W. Bush" joins neither to "George Bush"."""
    plain: dict[str, list[int]] = defaultdict(list)
    initialled: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for number, local in enumerate(locals_):
        words = local.info.name.split()
        if local.info.type != "person" or local.info.curated or len(words) < 2:
            continue
        key = match_key(f"{words[0]} {words[-1]}")
        if len(words) == 2:
            plain[key].append(number)
        elif all(_INITIAL.fullmatch(w) for w in words[1:-1]):
            initialled[key][match_key(local.info.name)].append(number)
    for key, variants in initialled.items():
        if len(variants) != 1 or key not in plain:
            continue
        (members,) = variants.values()
        for number in [*members[1:], *plain[key]]:
            joins.join(members[0], number)


def one_slip(a: str, b: str) -> bool:
    """Whether two words of six letters or more with the same first letter differ by one
    letter added, dropped, changed or two neighbours swapped."""
    a, b = a.casefold(), b.casefold()
    if a == b or min(len(a), len(b)) < 6 or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    a, b = a[start:], b[start:]
    if len(a) == len(b):
        return a[1:] == b[1:] or (len(a) >= 2 and a[1] == b[0] and a[0] == b[1] and a[2:] == b[2:])
    return a[1:] == b or b[1:] == a


def _decide(members: Sequence[Local], own: Sequence[Local]) -> EntityInfo:
    """One entity from the local views of it: type, display name, id, forms and roles.

    The display name comes from ``own``, the members not moved in as a short form ("Senate"
    joining "Puerto Rico Senate" in one article does not rename it).
    """
    curated = next((m.info for m in members if m.info.curated), None)
    aliases = {a for m in members for a in m.info.aliases}
    roles = {r for m in members for r in m.info.roles}
    related = next((m.info.related_place for m in members if m.info.related_place), None)
    if curated is not None:
        return EntityInfo(curated.id, curated.name, curated.type, aliases, roles, related, True)
    if not any(named(m) for m in members):
        info = members[0].info
        return EntityInfo(info.id, info.name, info.type, aliases, roles, related)
    kind = _decide_type(members)
    name = _display_name(own or members, kind)
    return EntityInfo(entity_id(kind, name), name, kind, aliases, roles, related)


def _decide_type(members: Sequence[Local]) -> str:
    names = [m.info.name for m in members]
    # A head word types a name the standard tables do not know: "Soviet Union" ends in
    # "Union" and is a country all the same.
    if any(
        has_designator(n) or head_type(n) == "org" or club_name(n)
        for n in names
        if lookup(n) is None
    ):
        return "org"
    variant = next((lookup(n) for n in names if lookup(n) is not None), None)
    if variant is not None:
        return variant.type
    if _called_by_surname(members):
        return "person"
    votes: Counter[str] = Counter()
    for m in members:
        # Body text first: headlines are in Title Case or capitals, where the model guesses.
        votes[m.info.type] += 2 * sum(m.body.values()) + sum(m.heading.values())
    return max(votes, key=lambda t: (votes[t], RANK.get(t, -1)))


def _called_by_surname(members: Sequence[Local]) -> bool:
    """A full name that the text also uses by a later word alone ("Navaratnam" for "Skandaraj
    Navaratnam") is a person's, whatever the model typed."""
    singles = {
        match_key(m.info.name)
        for m in members
        if " " not in m.info.name.strip() and surname_like(m.info)
    }
    return any(
        person_like(m.info) and singles & later_words(m.info.name)
        for m in members
        if m.info.type != "person"
    )


def _display_name(members: Sequence[Local], kind: str) -> str:
    """The most used properly cased name of the body text, then the fullest."""
    body: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for m in members:
        seen[m.info.name] += m.weight
        body[m.info.name] += sum(m.body.values())
    for name in seen:
        variant = lookup(name)
        if variant is not None and variant.type == kind:
            return variant.name
    if kind == "person":
        # A person is shown under a full name, the most used one: "Donald Trump", not "Trump".
        return min(
            seen,
            key=lambda n: (
                _shouting(n) or _capitals_of(n, seen),
                len(n.split()) < 2,
                -seen[n],
                -len(n.split()),
                n,
            ),
        )
    chosen = min(
        seen,
        key=lambda n: (
            _shouting(n) or _capitals_of(n, seen),
            -body[n],
            -seen[n],
            -len(n.split()),
            -len(n),
            n,
        ),
    )
    # One article may have named it from its dateline's capitals: "LULEÅ" beside "Luleå".
    cased = [form for m in members for form in m.body if _capitals_of(chosen, [form])]
    return min(cased) if cased else chosen


def _capitals_of(name: str, names: Iterable[str]) -> bool:
    """A name in capitals that is also written properly cased: "LULEÅ" of a dateline beside
    "Luleå" (too short for ``_shouting``, which must leave acronyms alone)."""
    return name.isupper() and any(
        other != name and other.casefold() == name.casefold() and _title_cased(other)
        for other in names
    )


def _title_cased(name: str) -> bool:
    return all(word[:1].isupper() and word[1:] == word[1:].lower() for word in name.split())


def _shouting(name: str) -> bool:
    """A name in capitals that is not an acronym ("NEW YORK" from a headline or dateline)."""
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) > 5 and all(ch.isupper() for ch in letters) and not is_acronym(name)


def remap_mentions(
    mentions: Iterable[Mention], table: Mapping[str, str], glossary: Mapping[str, EntityInfo]
) -> tuple[Mention, ...]:
    """The article's mentions with glossary ids and types."""
    from dataclasses import replace

    found: list[Mention] = []
    for mention in mentions:
        new = table.get(mention.entity, mention.entity)
        if new == DROPPED:
            continue
        info = glossary.get(new)
        kind = info.type if info is not None else mention.type
        found.append(replace(mention, entity=new, type=kind))
    return tuple(found)
