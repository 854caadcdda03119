""" "Who appears with whom": the entities most often named with one, as a small network.

Weight of a pair: the paragraphs naming both, plus the sentences naming both (a shared
sentence counts twice). The subject's own lines and dots are scaled by its heaviest pair. The
lines between the others show only a strength class (:func:`strength`), so that one more
article naming two busy entities together does not redraw the picture of every entity that
has both among its others: each such page would be written again for a change nobody sees.
The layout is networkx's spring layout with a fixed seed on nodes and
edges added in sorted order, coordinates rounded, so the same data gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

from docutils import nodes

from briefing.domain.facts import ENTITY_LABELS
from briefing.pictures.labels import Mark, Spot, place_labels
from briefing.pictures.layouts import LayoutCache, Positions
from briefing.pictures.svg import esc, figure, number

SHOWN = 12
# Lines between the others (not the subject): only the heaviest, or the picture is a hairball.
OTHER_EDGES = 12
STRENGTHS = 5  # classes of the lines between the others: 1, 2-3, 4-7, 8-15, 16 and more
SEED = 18
# A dozen nodes settle in far fewer steps than networkx's default 50; the layout is most of
# the pictures' cost (a few ms per page).
LAYOUT_ITERATIONS = 25
WIDTH, HEIGHT = 360, 270
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 52, 14, 22
LABEL_CHARS = 22
SUBJECT_CHARS = 40  # the page's own subject, in the middle, has room for more


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    type: str
    uri: str  # "" for the page's own subject
    weight: int  # with the subject


@dataclass(frozen=True)
class Network:
    subject: Node
    others: tuple[Node, ...]  # heaviest first
    edges: tuple[tuple[str, str, int], ...]  # (id, id, strength), ids sorted, pairs sorted
    # Where layouts are kept between builds; not part of the data (nor of its fingerprint).
    layouts: LayoutCache | None = field(default=None, compare=False, repr=False)


# What decides a layout besides the network: this module's code and the libraries computing it.
# The versions come from the packages' metadata: importing networkx (and numpy) costs a
# third of a second, which builds that draw no new layout (a no-op) need not pay.
_LAYOUT_CODE = hashlib.sha256(
    Path(__file__).read_bytes() + f"|{version('networkx')}|{version('numpy')}".encode()
).hexdigest()


def strength(weight: int) -> int:
    """The class of a line between two others: its weight's binary length, at most
    :data:`STRENGTHS`; a class changes when a weight doubles, not with every article."""
    return min(max(weight, 1).bit_length(), STRENGTHS)


def layout_key(network: Network) -> str:
    """A hash of everything the layout depends on: ids in order, weights, edges, the code."""
    decided_by = [
        _LAYOUT_CODE,
        network.subject.id,
        [[n.id, n.weight] for n in network.others],
        [list(edge) for edge in network.edges],
    ]
    text = json.dumps(decided_by, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def layout(network: Network) -> Positions:
    """The positions of :func:`laid_out`, from the network's layout cache when it has them."""
    cache = network.layouts
    if cache is None:
        return laid_out(network)
    key = layout_key(network)
    nodes_drawn = {network.subject.id, *(n.id for n in network.others)}
    found = cache.get(key, nodes_drawn)
    if found is None:
        found = laid_out(network)
        cache.put(key, found)
    return found


def laid_out(network: Network) -> Positions:
    """Positions in the drawing's units, rounded: the subject fixed in the middle, the
    others pulled towards it (and each other) by their weights."""
    import networkx as nx  # here, not at the top: see _LAYOUT_CODE

    graph = nx.Graph()
    subject = network.subject.id
    graph.add_nodes_from(sorted([subject, *(n.id for n in network.others)]))
    heaviest = _heaviest(network)
    for a, b, weight in sorted(_spokes(network)):
        graph.add_edge(a, b, weight=0.3 + weight / heaviest)
    # Lines between the others pull only lightly: strong ones would knot them into one clump.
    for a, b, level in sorted(network.edges):
        graph.add_edge(a, b, weight=0.05 + 0.1 * level / STRENGTHS)
    found = nx.spring_layout(
        graph,
        pos=_ring(network),
        fixed=[subject],
        k=2.0 / math.sqrt(graph.number_of_nodes()),
        seed=SEED,
        weight="weight",
        iterations=LAYOUT_ITERATIONS,
    )
    placed = _kept_off_the_subject({n: (float(p[0]), float(p[1])) for n, p in found.items()})
    reach_x = max(abs(p[0]) for p in placed.values()) or 1.0
    reach_y = max(abs(p[1]) for p in placed.values()) or 1.0
    half_w = WIDTH / 2 - MARGIN_X
    half_h = (HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) / 2
    middle_y = MARGIN_TOP + half_h
    return {
        node: (
            round(WIDTH / 2 + p[0] / reach_x * half_w, 1),
            round(middle_y + p[1] / reach_y * half_h, 1),
        )
        for node, p in sorted(placed.items())
    }


def _ring(network: Network) -> dict[str, tuple[float, float]]:
    """Where the layout starts: the subject in the middle, the others round it, heaviest
    first; from there a few steps settle them, and no random start decides the picture."""
    count = len(network.others)
    start = {network.subject.id: (0.0, 0.0)}
    for index, node in enumerate(network.others):
        angle = 2 * math.pi * index / count
        start[node.id] = (math.cos(angle), math.sin(angle))
    return start


def _kept_off_the_subject(
    placed: dict[str, tuple[float, float]],
) -> dict[str, tuple[float, float]]:
    """Heavy neighbours are pulled onto the subject (at 0, 0), where their labels would cover
    its own: push each out to at least 0.6 of the farthest node's distance, same direction."""
    reach = max(math.hypot(x, y) for x, y in placed.values()) or 1.0
    out: dict[str, tuple[float, float]] = {}
    for node, (x, y) in placed.items():
        distance = math.hypot(x, y)
        if 0 < distance < reach * 0.6:
            x, y = x / distance * reach * 0.6, y / distance * reach * 0.6
        out[node] = (x, y)
    return out


def _spokes(network: Network) -> list[tuple[str, str, int]]:
    return [(network.subject.id, n.id, n.weight) for n in network.others]


def _heaviest(network: Network) -> int:
    """The subject's heaviest pair: its scale depends on its own articles alone."""
    return max([n.weight for n in network.others] + [1])


def _short(name: str, chars: int = LABEL_CHARS) -> str:
    return name if len(name) <= chars else name[: chars - 1].rstrip() + "…"


def _node_svg(node: Node, x: float, y: float, radius: float, label: Spot, text: str) -> str:
    css = f"b-node b-{esc(node.type)}" + ("" if node.uri else " b-subject")
    drawn = (
        f'<circle class="{css}" cx="{number(x)}" cy="{number(y)}" r="{number(radius)}"/>'
        f'<text class="b-label b-node-label" x="{number(label.x)}" y="{number(label.y)}" '
        f'text-anchor="{label.anchor}">{esc(text)}</text>'
    )
    if not node.uri:
        return f"<g><title>{esc(node.name)}</title>{drawn}</g>"
    return f'<a href="{esc(node.uri)}"><title>{esc(node.name)}</title>{drawn}</a>'


def network_svg(network: Network, caption_id: str) -> str:
    positions = layout(network)
    heaviest = _heaviest(network)
    parts = [
        f'<svg class="briefing-together" viewBox="0 0 {WIDTH} {HEIGHT}" role="group" '
        f'aria-labelledby="{esc(caption_id)}" xmlns="http://www.w3.org/2000/svg">'
    ]
    widths = [(a, b, 0.6 + 2.4 * w / heaviest) for a, b, w in _spokes(network)]
    widths += [(a, b, 0.4 + 1.6 * level / STRENGTHS) for a, b, level in network.edges]
    for a, b, width in sorted(widths):
        (x1, y1), (x2, y2) = positions[a], positions[b]
        parts.append(
            f'<line class="b-edge" x1="{number(x1)}" y1="{number(y1)}" x2="{number(x2)}" '
            f'y2="{number(y2)}" stroke-width="{number(width)}"/>'
        )
    # The subject first, then the heaviest: the labels placed first get the best spots.
    drawn = [(network.subject, 8.0, _short(network.subject.name, SUBJECT_CHARS))]
    drawn += [
        (node, 3.0 + 4.0 * math.sqrt(node.weight / heaviest), _short(node.name))
        for node in network.others
    ]
    marks = [Mark(*positions[node.id], radius, text) for node, radius, text in drawn]
    spots = place_labels(marks, WIDTH, HEIGHT)
    for (node, radius, text), mark, spot in zip(drawn, marks, spots, strict=True):
        parts.append(_node_svg(node, mark.x, mark.y, radius, spot, text))
    parts.append("</svg>")
    return "".join(parts)


def legend(network: Network) -> str:
    shown = {n.type for n in (network.subject, *network.others)} & set(ENTITY_LABELS)
    kinds = sorted(shown, key=list(ENTITY_LABELS).index)
    items = "".join(
        f'<span class="b-key"><span class="b-swatch b-{esc(k)}"></span>{esc(ENTITY_LABELS[k])}'
        "</span>"
        for k in kinds
    )
    return f'<p class="briefing-picture-legend">{items}</p>'


def others_list(network: Network) -> str:
    items = "".join(
        f'<li><a href="{esc(n.uri)}">{esc(n.name)}</a> '
        f"({esc(ENTITY_LABELS.get(n.type, n.type))}): {n.weight}</li>"
        for n in network.others
    )
    return f'<ul class="briefing-picture-numbers">{items}</ul>'


def together_figure(network: Network, unit: str) -> nodes.Element:
    """``unit``: what the weights count ("co-mentions" of an entity, "sections" of a topic)."""
    picture_id = "together-network"
    count = len(network.others)
    caption = (
        f"The {count} {'entity' if count == 1 else 'entities'} most often named with "
        f"{network.subject.name}, linked to their pages; line widths and the numbers below "
        f"count {unit}."
    )
    svg = network_svg(network, f"{picture_id}-caption")
    return figure(picture_id, svg + legend(network), caption, others_list(network), "As a list")
