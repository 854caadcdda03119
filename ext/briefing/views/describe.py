"""One factual line about an entity, for pages, previews and link descriptions.

A curated registry entry's own description wins; otherwise the line is made from the corpus:
"Person · called President · named in 12 articles, 3 Nov 2024 – 9 Jan 2025 · often with X, Y".
It is computed when pages are written, from the derived views, so that it is never stale.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from briefing import dates
from briefing.domain.facts import ENTITY_LABELS

if TYPE_CHECKING:  # (entity directives use this module: no import of the domain class)
    from briefing.domain.brief import BriefingDomain
    from briefing.views.derived import Derived

OFTEN_WITH = 2
ROLES_SHOWN = 2


def distinct_roles(roles: Iterable[str]) -> list[str]:
    """Titles once each: "US president", "U.S. President" and "US. President" are one."""
    seen: dict[str, str] = {}
    for role in sorted(roles):
        seen.setdefault(re.sub(r"[\W_]+", "", role.casefold()), role)
    return sorted(seen.values(), key=str.casefold)


def main_roles(roles: Iterable[str]) -> list[str]:
    """The fullest titles: none that another title contains ("President" in "former U.S.
    President"), longest first."""
    kept = distinct_roles(roles)
    folded = [role.casefold() for role in kept]
    whole = [
        r for r, f in zip(kept, folded, strict=True) if not any(f != o and f in o for o in folded)
    ]
    return sorted(whole, key=lambda r: (-len(r), r))[:ROLES_SHOWN]


def article_count(derived: Derived, entity_id: str) -> int:
    return len(derived.articles_of.get(entity_id, ()))


def count_text(count: int) -> str:
    return f"named in {count} article{'s' if count != 1 else ''}"


def generated(
    domain: BriefingDomain, derived: Derived, entity_id: str, with_type: bool = True
) -> str:
    """The line made from the corpus, for an entity no editor described."""
    target = domain.entities.get(entity_id)
    info = domain.corpus.entities.get(entity_id)
    kind = target.type if target else info.type if info else "entity"
    parts = [ENTITY_LABELS.get(kind, kind.capitalize())] if with_type else []
    if info is not None and info.roles and kind == "person":
        # Only people hold titles: "Captain" before "America" is no title of the country.
        parts.append("called " + ", ".join(main_roles(info.roles)))
    docs = derived.articles_of.get(entity_id, ())
    named = count_text(len(docs))
    dated = sorted(d for d in (domain.articles[doc].date for doc in docs) if d)
    if dated:
        named += ", " + dates.span(dated[0], dated[-1])
    parts.append(named)
    others = [
        domain.entities[other].name
        for other, _ in derived.related.get(entity_id, ())
        if other in domain.entities
    ][:OFTEN_WITH]
    if others:
        parts.append("often with " + ", ".join(others))
    line = " · ".join(parts)
    return line[:1].upper() + line[1:]


def describe(domain: BriefingDomain, derived: Derived, entity_id: str) -> str:
    """The editor's description when there is one, else the generated line."""
    target = domain.entities.get(entity_id)
    if target is not None and target.summary:
        return target.summary
    return generated(domain, derived, entity_id)
