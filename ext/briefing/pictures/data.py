"""What the pictures of an entity or topic page show, taken from the derived views (and
held in the page's view data, so a picture is drawn again exactly when its data changed)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.application import Sphinx

from briefing.config import cache_folder
from briefing.domain.access import get_domain
from briefing.domain.brief import BriefingDomain
from briefing.domain.facts import EntityTarget
from briefing.pictures.layouts import LayoutCache
from briefing.pictures.over_time import OverTime, counts_over_time
from briefing.pictures.together import (
    HEIGHT,
    OTHER_EDGES,
    SHOWN,
    WIDTH,
    Network,
    Node,
    strength,
)

if TYPE_CHECKING:
    from briefing.views.derived import Derived


def location(target: EntityTarget) -> str:
    """Where a node links, before it becomes a URI relative to the page it is drawn on."""
    return f"{target.docname}#{target.anchor}"


def topic_articles(derived: Derived, topic_id: str) -> list[str]:
    """The articles a topic gathers sections from, once each, newest first."""
    return list(dict.fromkeys(d for d, _ in derived.topic_sections.get(topic_id, ())))


def entity_over_time(domain: BriefingDomain, derived: Derived, entity_id: str) -> OverTime:
    return counts_over_time(domain.articles[d].date for d in derived.articles_of.get(entity_id, ()))


def topic_over_time(domain: BriefingDomain, derived: Derived, topic_id: str) -> OverTime:
    return counts_over_time(domain.articles[d].date for d in topic_articles(derived, topic_id))


def layout_cache(domain: BriefingDomain) -> LayoutCache:
    """The layouts' cache, in the build's cache folder."""
    env = domain.env
    folder = cache_folder(Path(env.srcdir), env.config, Path(env.doctreedir))
    return LayoutCache(folder, WIDTH, HEIGHT)


def prune_layouts(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: layouts no build has drawn for a month are removed."""
    if exception is None and app.builder.format == "html" and app.config.briefing_pictures:
        layout_cache(get_domain(app.env)).prune()


def _node(domain: BriefingDomain, entity_id: str, weight: int) -> Node:
    target = domain.entities[entity_id]
    return Node(entity_id, target.name, target.type, location(target), weight)


def _network(
    domain: BriefingDomain, derived: Derived, subject: Node, ranked: Counter[str]
) -> Network | None:
    kept = sorted(
        ((e, n) for e, n in ranked.items() if e in domain.entities and e != subject.id),
        key=lambda kv: (-kv[1], kv[0]),
    )[:SHOWN]
    if not kept:
        return None
    others = tuple(_node(domain, e, n) for e, n in kept)
    edges = other_edges([e for e, _ in kept], derived.together)
    return Network(subject, others, edges, layout_cache(domain))


def other_edges(
    ids: list[str], together: dict[str, dict[str, int]]
) -> tuple[tuple[str, str, int], ...]:
    """The strongest lines between the others, as (id, id, strength class), sorted; ties
    by name, since by exact weights any article would reshuffle them."""
    ids = sorted(ids)
    pairs = [
        (a, b, strength(together[a][b]))
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
        if together.get(a, {}).get(b)
    ]
    strongest = sorted(pairs, key=lambda p: (-p[2], p[0], p[1]))[:OTHER_EDGES]
    return tuple(sorted(strongest))


def entity_network(domain: BriefingDomain, derived: Derived, entity_id: str) -> Network | None:
    target = domain.entities.get(entity_id)
    if target is None:
        return None
    subject = Node(entity_id, target.name, target.type, "", 0)
    return _network(domain, derived, subject, Counter(derived.together.get(entity_id, {})))


def topic_network(domain: BriefingDomain, derived: Derived, topic_id: str) -> Network | None:
    """The entities named in the most of the topic's sections; the topic in the middle."""
    topic = next((t for t in derived.topics if t.id == topic_id), None)
    if topic is None:
        return None
    ranked = Counter(e for _, s in derived.topic_sections.get(topic_id, ()) for e in s.entities)
    return _network(domain, derived, Node(topic_id, topic.title, "topic", "", 0), ranked)
