"""The public data types of the NLP layer and the entity id scheme."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

ENTITY_TYPES = ("person", "org", "place", "group", "figure", "date")

# Letters that NFKD does not decompose into ASCII.
_TRANSLITERATE = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "þ": "th",
        "Þ": "TH",
        "ð": "d",
        "Ð": "D",
        "\u0131": "i",
    }
)
_NON_SLUG = re.compile(r"[^a-z0-9]+")
#: Ids name files (one page per entity): keep them well inside file-name limits.
MAX_SLUG = 80
_DOTTED_INITIALS = re.compile(r"(?<!\w)(?:[^\W\d_]\.){2,}")


@dataclass(frozen=True)
class CuratedEntry:
    """An entry of the editors' registry."""

    id: str  # e.g. "person.yoon-suk-yeol" (type prefix + slug)
    name: str
    type: str  # one of ENTITY_TYPES
    aliases: tuple[str, ...]
    suppress: bool = False  # a false entity: its name and aliases never become entities


@dataclass(frozen=True)
class Mention:
    """One linked span in one part of an article.

    ``parts[part][1][start:end] == text``. Mentions never overlap partially; a figure phrase
    may contain a named mention (the group "American" in "around 28,500 American troops").
    """

    part: int
    start: int
    end: int
    text: str
    type: str  # an ENTITY_TYPES member
    entity: str  # the resolved id, e.g. "place.south-korea"
    role: str | None = None  # a title preceding a person, e.g. "former U.S. President"


@dataclass
class EntityInfo:
    """A glossary entity as seen in one article (merge across articles by ``id``)."""

    id: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)  # surface forms seen, cleaned
    roles: set[str] = field(default_factory=set)  # titles seen, e.g. "President"
    related_place: str | None = None  # for groups: their country, e.g. "place.south-korea"
    curated: bool = False


def slug(name: str) -> str:
    """A lowercase ASCII slug; names that do not fold to ASCII get a hash so they stay unique.

    ``"Yoon Suk Yeol"`` -> ``"yoon-suk-yeol"``, ``"Zoë Ströbel"`` -> ``"zoe-strobel"``,
    ``"Владимир Путин"`` -> ``"u-<10 hex digits>"``.
    """
    normal = unicodedata.normalize("NFKC", name).strip()
    # Dotted initials spell the same name as plain ones: "D.C." is "DC", "U.S. Congress" is
    # "US Congress".
    normal = _DOTTED_INITIALS.sub(lambda m: m.group().replace(".", ""), normal)
    folded = unicodedata.normalize("NFKD", normal.translate(_TRANSLITERATE))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    base = _NON_SLUG.sub("-", ascii_only.lower()).strip("-")
    lost = any(
        ch.isalnum() and not ch.isascii() and unicodedata.category(ch)[0] != "M" for ch in folded
    )
    if base and not lost and len(base) <= MAX_SLUG:
        return base
    # Some letters had no ASCII form: keep what folded and add a hash of the whole name, so
    # "Дмитрий Putin" and "Владимир Putin" do not collide as "putin".
    # Over-long names (ids become file names) keep their start and get the hash as well.
    digest = hashlib.sha256(normal.casefold().encode("utf-8")).hexdigest()[:10]
    base = base[:MAX_SLUG].rstrip("-")
    return f"{base}-{digest}" if base else f"u-{digest}"


def entity_id(type: str, name: str) -> str:
    """``entity_id("person", "Yoon Suk Yeol")`` -> ``"person.yoon-suk-yeol"``."""
    return f"{type}.{slug(name)}"
