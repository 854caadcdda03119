"""The corpus-level glossary: one entity per thing, typed and named from all its mentions.

Articles are resolved one at a time (and cached that way); this step then looks at every
article's entities together and joins the ones that name the same thing:

* names that match once case, accents, dots, spacing, possessives and legal-form designators
  are set aside ("Acme", "Acme Corp", "ACME Inc." and "Acme's"), whatever type each article
  gave them;
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

import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .acronyms import fits
from .entities import EntityInfo, Mention, entity_id
from .gazetteer import is_place
from .kinds import NAME_WORD, ORG_HEADS, head_type
from .names import is_subsequence
from .spans import is_acronym, word_set
from .variants import demonym_country, lookup

NAMED = frozenset({"person", "org", "place", "group"})
#: Legal forms and corporate designators: stripped for matching, and they make an org.
DESIGNATORS = word_set(
    """inc incorporated corp corporation co company ltd limited plc llc llp lp ag sa nv bv
    gmbh kg spa srl asa oyj group holdings holding"""
)
_HEADING_KINDS = frozenset({"headline", "subhead"})
# Ties go to person, then place: the model's org spans are the noisiest.
_RANK = {"person": 3, "place": 2, "group": 1, "org": 0}
_NON_WORD = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class ArticleEntities:
    """One article's resolution: its mentions, entities by id and the kind of each part."""

    key: str
    kinds: Sequence[str]
    mentions: Sequence[Mention]
    entities: Mapping[str, EntityInfo]


@dataclass
class _Local:
    """An entity as one article sees it."""

    article: str
    info: EntityInfo
    body: Counter[str] = field(default_factory=Counter)  # surface form -> body mentions
    heading: Counter[str] = field(default_factory=Counter)

    @property
    def weight(self) -> int:
        return sum(self.body.values()) + sum(self.heading.values())


@functools.lru_cache(maxsize=65536)
def match_key(name: str) -> str:
    """ "The Acme Corp.'s" -> "acme": what two spellings of one name share."""
    folded = unicodedata.normalize("NFKD", name.replace("\u2019", "'").casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = re.sub(r"'s\b", "", folded).replace(".", "")
    words = [w for w in re.split(r"[\s\-,&]+", folded) if w]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in DESIGNATORS:
        words = words[:-1]
    return _NON_WORD.sub("", " ".join(words))


def has_designator(name: str) -> bool:
    """Whether a name ends in a legal form or corporate designator ("Acme Holdings")."""
    words = name.replace(".", "").replace(",", " ").split()
    return len(words) > 1 and words[-1].casefold() in DESIGNATORS


def _entity_key(name: str, kind: str) -> str:
    """:func:`match_key`, and for groups the singular ("Hindus" is "Hindu"); an organisation
    named with its country first is the organisation ("United States National Hurricane
    Center" is the "National Hurricane Center")."""
    if kind == "group" and name.endswith("s") and not name.endswith("ss"):
        name = name[:-1]
    if kind == "group" and name.endswith("ish") and len(name) > 6:
        name = name[:-3]  # "Kurdish" and "Kurds" are one group
    if kind == "org":
        words = name.split()
        for cut in (3, 2, 1):
            rest = " ".join(words[cut:])
            known = lookup(" ".join(words[:cut]))
            if len(words) - cut >= 2 and known is not None and known.type == "place":
                name = rest
                break
    return match_key(name)


class _Joins:
    """Union-find over local entities."""

    def __init__(self, count: int) -> None:
        self.parent = list(range(count))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def unify(
    articles: Sequence[ArticleEntities],
) -> tuple[dict[str, dict[str, str]], dict[str, EntityInfo]]:
    """Per article, old entity id -> glossary id; and the glossary's entities by id."""
    locals_: list[_Local] = []
    index: dict[tuple[str, str], int] = {}
    for article in articles:
        for entity_id_, info in article.entities.items():
            index[(article.key, entity_id_)] = len(locals_)
            locals_.append(_Local(article.key, info))
        for mention in article.mentions:
            position = index.get((article.key, mention.entity))
            if position is None:
                continue
            heading = article.kinds[mention.part] in _HEADING_KINDS
            counter = locals_[position].heading if heading else locals_[position].body
            counter[" ".join(mention.text.split())] += 1
    joins = _Joins(len(locals_))
    _join_same(locals_, joins)
    _join_misspelt_places(locals_, joins)
    # Short forms move one article's entity only: "Congress" may be the Indian National
    # Congress in one article and the U.S. Congress in the others.
    moved = _short_forms(locals_, joins)
    groups: dict[int, list[int]] = defaultdict(list)
    for number in range(len(locals_)):
        groups[moved.get(number, joins.find(number))].append(number)
    new_id: dict[int, str] = {}
    glossary: dict[str, EntityInfo] = {}
    for members in groups.values():
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


def _global(entity: str, remap: Mapping[str, Mapping[str, str]]) -> str:
    for table in remap.values():
        if entity in table:
            return table[entity]
    return entity


def _named(local: _Local) -> bool:
    return local.info.type in NAMED


def _join_same(locals_: Sequence[_Local], joins: _Joins) -> None:
    """The same id, or the same name up to spelling and legal form, is one entity."""
    first: dict[str, int] = {}
    for number, local in enumerate(locals_):
        keys = [f"id:{local.info.id}"]
        if _named(local) and not local.info.curated:
            keys.append(f"name:{_entity_key(local.info.name, local.info.type)}")
        for key in keys:
            if key in first:
                joins.join(first[key], number)
            else:
                first[key] = number


def _join_misspelt_places(locals_: Sequence[_Local], joins: _Joins) -> None:
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


def _short_forms(locals_: Sequence[_Local], joins: _Joins) -> dict[int, int]:
    """Local entities that are a short form of another entity: surface forms used elsewhere,
    lone surnames, initialisms and institutions; local -> the group it joins."""
    forms: dict[str, set[int]] = defaultdict(set)  # surface key -> group roots using it
    surnames: dict[str, set[int]] = defaultdict(set)  # last word -> person roots
    by_article: dict[str, list[int]] = defaultdict(list)
    for number, local in enumerate(locals_):
        if not _named(local):
            continue
        by_article[local.article].append(number)
        root = joins.find(number)
        for form in (*local.body, local.info.name):
            forms[match_key(form)].add(root)
        words = local.info.name.split()
        if local.info.type == "person" and len(words) > 1:
            surnames[match_key(words[-1])].add(root)
    weights: Counter[int] = Counter()
    for number, local in enumerate(locals_):
        weights[joins.find(number)] += local.weight
    moved: dict[int, int] = {}
    for number, local in enumerate(locals_):
        if not _named(local) or local.info.curated:
            continue
        root = joins.find(number)
        target = _short_form_target(number, local, locals_, joins, forms, surnames, by_article)
        if target is None or target == root:
            continue
        # A surname or an initialism always joins its full name; a form seen elsewhere only
        # joins an entity mentioned more than itself.
        if " " in locals_[target].info.name or weights[target] > weights[root]:
            moved[number] = target
    return moved


def _short_form_target(
    number: int,
    local: _Local,
    locals_: Sequence[_Local],
    joins: _Joins,
    forms: Mapping[str, set[int]],
    surnames: Mapping[str, set[int]],
    by_article: Mapping[str, list[int]],
) -> int | None:
    name = local.info.name
    key = match_key(name)
    root = joins.find(number)
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
        return _one_org(local, locals_, joins, by_article, _fuller(name), local.info.type)
    if is_acronym(name):
        if lookup(name) is not None:
            return None
        return _one_org(local, locals_, joins, by_article, _initials(name))
    if local.info.type == "org":
        institution = _one_org(local, locals_, joins, by_article, _institution_of(name))
        if institution is not None or name.casefold() in ORG_HEADS:
            return institution
    if not _surname_like(local.info):
        return None
    short = _one_org(local, locals_, joins, by_article, _short_name(name))
    if short is not None:
        return short
    # A lone surname: the one person of that surname in the article, else in the corpus. A
    # person the model took for an organisation counts ("Skandaraj Navaratnam"), and any
    # name after the first does ("Rosselló" in "Ricardo Rosselló Nevares").
    in_article = {
        joins.find(n)
        for n in by_article[local.article]
        if _person_like(locals_[n].info) and key in _later_words(locals_[n].info.name)
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
    corpus = {joins.find(r) for r in surnames.get(key, ())} - {root}
    return next(iter(corpus)) if len(corpus) == 1 else None


def _surname_like(info: EntityInfo) -> bool:
    """A single name that may be a surname: no place, nationality or institution word."""
    name = info.name
    return (
        info.type in ("person", "org")
        and lookup(name) is None
        and demonym_country(name) is None
        and not is_place(name)
        and head_type(f"The {name}") is None
    )


def _person_like(info: EntityInfo) -> bool:
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


def _later_words(name: str) -> set[str]:
    return {match_key(w) for w in name.split()[1:]}


def _one_org(
    local: _Local,
    locals_: Sequence[_Local],
    joins: _Joins,
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


def _initials(name: str) -> Callable[[list[str]], bool]:
    """ "UH" names "University of Hawaii"."""
    return lambda words: fits(name, " ".join(words))


def _place_into_person(local: _Local, target: _Local) -> bool:
    return local.info.type == "place" and target.info.type == "person"


def _decide(members: Sequence[_Local], own: Sequence[_Local]) -> EntityInfo:
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
    if not any(_named(m) for m in members):
        info = members[0].info
        return EntityInfo(info.id, info.name, info.type, aliases, roles, related)
    kind = _decide_type(members)
    name = _display_name(own or members, kind)
    return EntityInfo(entity_id(kind, name), name, kind, aliases, roles, related)


def _decide_type(members: Sequence[_Local]) -> str:
    names = [m.info.name for m in members]
    if any(has_designator(n) or head_type(n) == "org" for n in names):
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
    return max(votes, key=lambda t: (votes[t], _RANK.get(t, -1)))


def _called_by_surname(members: Sequence[_Local]) -> bool:
    """A full name that the text also uses by a later word alone ("Navaratnam" for "Skandaraj
    Navaratnam") is a person's, whatever the model typed."""
    singles = {
        match_key(m.info.name)
        for m in members
        if " " not in m.info.name.strip() and _surname_like(m.info)
    }
    return any(
        _person_like(m.info) and singles & _later_words(m.info.name)
        for m in members
        if m.info.type != "person"
    )


def _display_name(members: Sequence[_Local], kind: str) -> str:
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
            key=lambda n: (_shouting(n), len(n.split()) < 2, -seen[n], -len(n.split()), n),
        )
    return min(
        seen,
        key=lambda n: (_shouting(n), -body[n], -seen[n], -len(n.split()), -len(n), n),
    )


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
        info = glossary.get(new)
        kind = info.type if info is not None else mention.type
        found.append(replace(mention, entity=new, type=kind))
    return tuple(found)
