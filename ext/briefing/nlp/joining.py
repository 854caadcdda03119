"""Per-article entities as the corpus-level glossary joins them: match keys (case, accents,
designators stripped), the entity as one article sees it, and union-find over them."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .entities import EntityInfo, Mention
from .spans import word_set
from .variants import lookup

NAMED = frozenset({"person", "org", "place", "group"})
#: Legal forms and corporate designators: stripped for matching, and they make an org.
DESIGNATORS = word_set(
    """inc incorporated corp corporation co company ltd limited plc llc llp lp ag sa nv bv
    gmbh kg spa srl asa oyj group holdings holding bhd berhad sdn tbk persero pty pvt jsc
    pjsc ltda lda sarl kgaa sab pte"""
)
# Legal forms of more than one word, and an Indonesian company's leading "PT".
_LONG_FORMS = re.compile(r"\s+(?:s\.?a\.?(?:b\.?)?\s+de\s+c\.?v\.?)$|^pt\s+(?=\S+\s+\S)")
HEADING_KINDS = frozenset({"headline", "subhead"})
# Ties go to person, then place: the model's org spans are the noisiest.
RANK = {"person": 3, "place": 2, "group": 1, "org": 0}
NON_WORD = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class ArticleEntities:
    """One article's resolution: its mentions, entities by id and the kind of each part."""

    key: str
    kinds: Sequence[str]
    mentions: Sequence[Mention]
    entities: Mapping[str, EntityInfo]
    # Entities every mention of which opens a sentence or stands in a heading, where any word
    # is capitalised: "Attendance was low" may name nothing.
    openers: frozenset[str] = frozenset()


@dataclass
class Local:
    """An entity as one article sees it."""

    article: str
    info: EntityInfo
    body: Counter[str] = field(default_factory=Counter)  # surface form -> body mentions
    heading: Counter[str] = field(default_factory=Counter)

    @property
    def weight(self) -> int:
        return sum(self.body.values()) + sum(self.heading.values())


_ARTICLE = frozenset({"al", "el"})


@functools.lru_cache(maxsize=65536)
def match_key(name: str) -> str:
    """ "The Acme Corp.'s" -> "acme": what two spellings of one name share."""
    folded = unicodedata.normalize("NFKD", name.replace("\u2019", "'").casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = _LONG_FORMS.sub("", folded.replace("(", " ").replace(")", " ").strip())
    folded = re.sub(r"'s\b", "", folded).replace(".", "").replace("&", " and ")
    words = [w for w in re.split(r"[\s\-,]+", folded) if w]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in DESIGNATORS:
        words = words[:-1]
    # The Arabic article inside a name is transliterated "al-", "el-" or left out: "Abdel
    # Fattah el-Sisi", "Abdel Fattah al-Sisi"; "Bashar al-Assad", "Bashar Assad".
    words = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in _ARTICLE)]
    return NON_WORD.sub("", " ".join(words))


def has_designator(name: str) -> bool:
    """Whether a name ends in a legal form or corporate designator ("Acme Holdings")."""
    words = name.replace(".", "").replace(",", " ").split()
    return len(words) > 1 and words[-1].casefold() in DESIGNATORS


def entity_key(name: str, kind: str) -> str:
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


class Joins:
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


def named(local: Local) -> bool:
    """A person, organisation, place or group (not a figure or date)."""
    return local.info.type in NAMED
