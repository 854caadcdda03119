"""What an unresolved reference was meant to be: its warning subtype, the closest ids, the fix.

One place for every reference form an editor writes: roles (long ``person.x`` and short ``x``
ids, topics, sources, articles and their paragraphs), MyST links to ``#<id>``, and the ids in
a note's front matter or a topic's options; each gets the same message and suggestions.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefing.checks.subtypes import Subtype, suggestion
from briefing.domain.brief import BriefingDomain

#: Role name -> the kind of object its id names ("entity" and "any" take every kind).
PREFIXED_KINDS = ("person", "org", "place", "group", "figure", "date", "topic", "source")
#: Entity ids share their kind's prefix, which makes any two look alike: ask for more.
ID_CUTOFF = 0.8


@dataclass(frozen=True)
class Unresolved:
    subtype: Subtype
    message: str


def full_id(kind: str, target: str) -> str:
    """``place`` + ``ukraine`` -> ``place.ukraine``; a full id or a type-less role is kept."""
    if kind in PREFIXED_KINDS and not target.startswith(kind + "."):
        return f"{kind}.{target}"
    return target


def kind_of(target: str) -> str:
    """The kind an id's prefix names (``topic.x`` -> ``topic``), or ``entity``."""
    prefix = target.partition(".")[0]
    return prefix if prefix in PREFIXED_KINDS and "." in target else "entity"


def ids_of_kind(domain: BriefingDomain, kind: str) -> list[str]:
    if kind in PREFIXED_KINDS:
        return sorted(i for i, t in domain.entities.items() if t.type == kind)
    return sorted(i for i, t in domain.entities.items() if t.type not in ("topic", "source"))


def unresolved(domain: BriefingDomain, kind: str, target: str, where: str = "") -> Unresolved:
    """The warning for a reference of ``kind`` to ``target`` that names nothing.

    ``where`` says what made the reference (``"the note"``, ``"topic 'x'"``) for the message.
    """
    who = f"{where} names the unknown" if where else "unknown"
    if kind == "article":
        return _article(domain, target, who)
    if kind == "topic":
        wanted = full_id("topic", target)
        hint = suggestion(wanted, ids_of_kind(domain, "topic"))
        return Unresolved(
            Subtype.UNKNOWN_TOPIC,
            f"{who} topic {target!r}{hint}: use a topic id from the topics pages (topic.<id>)",
        )
    if kind == "source":
        wanted = full_id("source", target)
        hint = suggestion(wanted, ids_of_kind(domain, "source"))
        return Unresolved(
            Subtype.UNKNOWN_SOURCE,
            f"{who} source {target!r}{hint}: use a source id from the sources page "
            "(source.<agency>)",
        )
    wanted = full_id(kind, target)
    hint = suggestion(wanted, ids_of_kind(domain, kind), ID_CUTOFF) or suggestion(
        wanted, ids_of_kind(domain, "entity"), ID_CUTOFF
    )
    label = "entity" if kind in ("entity", "any") else kind
    return Unresolved(
        Subtype.UNKNOWN_ENTITY,
        f"{who} {label} id {target!r}{hint}: use an id from the glossary, or add "
        "the entity to the registry",
    )


def _article(domain: BriefingDomain, target: str, who: str) -> Unresolved:
    slug, _, anchor = target.partition("#")
    facts = {f.slug: f for f in domain.articles.values()}
    found = facts.get(slug.strip())
    if found is None:
        return Unresolved(
            Subtype.UNKNOWN_ARTICLE,
            f"{who} article {slug!r}{suggestion(slug, sorted(facts))}: use the "
            "article's page name (its seed's file name), e.g. in "
            "'<article>#p-<paragraph number>'",
        )
    paragraphs = sum(a.startswith("p-") for a in found.anchors)
    return Unresolved(
        Subtype.UNKNOWN_ANCHOR,
        f"the article {slug!r} has no paragraph or section {anchor!r}"
        f"{suggestion(anchor, list(found.anchors))}: its paragraphs are p-1 to p-{paragraphs}",
    )


def resolves_article(domain: BriefingDomain, target: str) -> bool:
    slug, _, anchor = target.partition("#")
    for facts in domain.articles.values():
        if facts.slug == slug.strip():
            return not anchor or anchor.strip() in facts.anchors
    return False


@lru_cache(maxsize=64)
def _source_lines(path: str, stamp: float) -> tuple[str, ...]:
    return tuple(Path(path).read_text(encoding="utf-8").splitlines())


def own_line(path: str | None, line: int | None, needle: str) -> int | None:
    """The line, at or after ``line``, that holds ``needle``: docutils gives inline markup the
    line of its paragraph, and the editor needs the line of the reference itself."""
    if not path or not line or not needle:
        return line
    try:
        lines = _source_lines(path, Path(path).stat().st_mtime)
    except (OSError, UnicodeDecodeError):
        return line
    for number in range(line, len(lines) + 1):
        if needle in lines[number - 1]:
            return number
    return line
