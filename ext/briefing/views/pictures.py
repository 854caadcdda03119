"""The pictures of entity and topic pages, drawn from their views' data."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from docutils import nodes

from briefing.domain.brief import BriefingDomain
from briefing.html.page_toc import written_section
from briefing.pictures import data as picture_data
from briefing.pictures.over_time import OverTime, over_time_figure
from briefing.pictures.together import Network, together_figure
from briefing.views.derived import Derived
from briefing.views.page import Page


@dataclass(frozen=True)
class Pictures:
    subject: str
    over_time: OverTime
    network: Network | None  # its nodes' ``uri`` is "docname#anchor" here
    unit: str  # what the network's weights count


def entity_pictures(domain: BriefingDomain, derived: Derived, entity_id: str) -> Pictures | None:
    if not domain.env.config.briefing_pictures:
        return None
    target = domain.entities.get(entity_id)
    return Pictures(
        target.name if target else entity_id,
        picture_data.entity_over_time(domain, derived, entity_id),
        picture_data.entity_network(domain, derived, entity_id),
        "shared paragraphs and sentences",
    )


def topic_pictures(domain: BriefingDomain, derived: Derived, topic_id: str) -> Pictures | None:
    if not domain.env.config.briefing_pictures:
        return None
    topic = next((t for t in derived.topics if t.id == topic_id), None)
    return Pictures(
        topic.title if topic else topic_id,
        picture_data.topic_over_time(domain, derived, topic_id),
        picture_data.topic_network(domain, derived, topic_id),
        "the topic's sections naming them",
    )


def pictures_render(page: Page, pictures: Pictures | None) -> list[nodes.Node]:
    if pictures is None:
        return []
    out: list[nodes.Node] = [
        written_section(
            "in-the-news-over-time",
            "In the news over time",
            over_time_figure(pictures.over_time, pictures.subject),
        )
    ]
    network = pictures.network
    if network is not None:
        linked = tuple(
            dataclasses.replace(node, uri=page.uri(*node.uri.split("#", 1)))
            for node in network.others
        )
        figure = together_figure(dataclasses.replace(network, others=linked), pictures.unit)
        out.append(written_section("who-appears-with-whom", "Who appears with whom", figure))
    return out
