"""The values views carry for links: an article, an entity.

A view's data holds these rather than names to look up later, so a renderer draws links from
its data alone and a page's fingerprint covers every title and date it shows. An entity's
preview card is not page data: it is a file of its own (:mod:`briefing.views.preview_files`),
so a new article that changes a count rewrites one card, not every page linking the entity.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.domain.brief import BriefingDomain
from briefing.domain.facts import GLOSSARY_TYPES
from briefing.views.derived import Derived


@dataclass(frozen=True)
class ArticleRef:
    docname: str
    title: str
    date: str | None


@dataclass(frozen=True)
class EntityRef:
    id: str
    docname: str
    anchor: str
    name: str
    summary: str  # the link's title
    previewed: bool  # people, organisations, places and groups have a preview card

    @property
    def location(self) -> str:
        """Where the link points, before it becomes a URI relative to a page."""
        return f"{self.docname}#{self.anchor}"


def article_ref(domain: BriefingDomain, docname: str) -> ArticleRef:
    facts = domain.articles[docname]
    return ArticleRef(docname, facts.title, facts.date)


def entity_ref(domain: BriefingDomain, derived: Derived, entity_id: str) -> EntityRef | None:
    """The link to an entity, topic or source with a page; None when it has none."""
    found = derived.refs.get(entity_id)
    if found is None and entity_id not in derived.refs:
        target = domain.entities.get(entity_id)
        if target is not None:
            previewed = target.type in GLOSSARY_TYPES
            found = EntityRef(
                entity_id, target.docname, target.anchor, target.name, target.summary, previewed
            )
        derived.refs[entity_id] = found
    return found
