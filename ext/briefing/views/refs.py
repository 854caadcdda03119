"""The values views carry for links: an article, an entity and its preview card.

A view's data holds these rather than names to look up later, so a renderer draws links from
its data alone and a page's fingerprint covers every title, date and card it shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.domain.brief import BriefingDomain
from briefing.domain.facts import ENTITY_LABELS, GLOSSARY_TYPES
from briefing.pictures.data import entity_over_time
from briefing.pictures.over_time import OverTime
from briefing.pictures.sparkline import worth_drawing
from briefing.views.derived import Derived
from briefing.views.describe import article_count, count_text, generated


@dataclass(frozen=True)
class ArticleRef:
    docname: str
    title: str
    date: str | None


@dataclass(frozen=True)
class Card:
    """What an entity's preview card shows besides its name."""

    type_label: str
    text: str  # the editor's description, or the line made from the corpus
    count: str  # "Named in 3 articles" beside an editor's text; "" when the text has it
    over_time: OverTime | None = None  # drawn as a sparkline when it says something


@dataclass(frozen=True)
class EntityRef:
    id: str
    docname: str
    anchor: str
    name: str
    summary: str  # the link's title
    card: Card | None  # people, organisations, places and groups have one

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
            card = (
                _card(domain, derived, entity_id, target.type, target.summary)
                if target.type in GLOSSARY_TYPES
                else None
            )
            found = EntityRef(
                entity_id, target.docname, target.anchor, target.name, target.summary, card
            )
        derived.refs[entity_id] = found
    return found


def _card(
    domain: BriefingDomain, derived: Derived, entity_id: str, kind: str, summary: str
) -> Card:
    label = ENTITY_LABELS.get(kind, kind.capitalize())
    over_time = entity_over_time(domain, derived, entity_id)
    trend = over_time if worth_drawing(over_time) else None
    if summary:  # the editor's words, then the count
        count = count_text(article_count(derived, entity_id))
        return Card(label, summary, count[:1].upper() + count[1:], trend)
    return Card(label, generated(domain, derived, entity_id, with_type=False), "", trend)
