"""Where the network's labels go: beside their nodes, clear of each other and of the edges.

Labels are placed one at a time, the subject's first, then the heaviest neighbours'. Each
tries four spots (away from the middle first, then the other side, then right and left of
its node) and takes the first that overlaps no placed label, no other node and stays inside
the drawing; when none does, the one that overlaps least. Text is measured by an estimate
that errs wide, at the size a phone draws it (the larger of the two sizes the CSS gives).
"""

from __future__ import annotations

from dataclasses import dataclass

FONT_SIZE = 12.0  # drawing units: the phone's size, the larger of the two
CHAR_WIDTH = 0.6 * FONT_SIZE  # a little wider than most sans-serif letters
ASCENT, DESCENT = 0.8 * FONT_SIZE, 0.25 * FONT_SIZE
GAP = 3.0  # between a node's edge and its label
PAD = 1.0  # kept clear around every box

Box = tuple[float, float, float, float]  # left, top, right, bottom


@dataclass(frozen=True)
class Spot:
    x: float
    y: float  # the text's baseline
    anchor: str  # "start" | "middle" | "end"


@dataclass(frozen=True)
class Mark:
    """A node to label: where it is drawn, how big, and its label's text."""

    x: float
    y: float
    radius: float
    text: str


def text_box(spot: Spot, text: str) -> Box:
    width = len(text) * CHAR_WIDTH
    left = {"start": spot.x, "middle": spot.x - width / 2, "end": spot.x - width}[spot.anchor]
    return (left - PAD, spot.y - ASCENT - PAD, left + width + PAD, spot.y + DESCENT + PAD)


def _overlap(a: Box, b: Box) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width * height if width > 0 and height > 0 else 0.0


def _overlap_sum(box: Box, others: list[Box], limit: float) -> float:
    """``sum(_overlap(box, o) for o in others)``, added in the same order (the same float),
    or infinity once it reaches ``limit``: thousands of pictures a build make it hot."""
    left, top, right, bottom = box
    total = 0.0
    for other in others:
        width = (right if right < other[2] else other[2]) - (left if left > other[0] else other[0])
        if width <= 0:
            continue
        height = (bottom if bottom < other[3] else other[3]) - (top if top > other[1] else other[1])
        if height > 0:
            total += width * height
            if total >= limit:
                return float("inf")
    return total


def _outside(box: Box, width: float, height: float) -> float:
    """How much of the box is outside the drawing (as an area)."""
    inside = _overlap(box, (0.0, 0.0, width, height))
    return (box[2] - box[0]) * (box[3] - box[1]) - inside


def _node_box(mark: Mark) -> Box:
    r = mark.radius
    return (mark.x - r, mark.y - r, mark.x + r, mark.y + r)


def _spots(mark: Mark, middle_y: float) -> list[Spot]:
    r = mark.radius + GAP
    above = Spot(mark.x, mark.y - r - DESCENT, "middle")
    below = Spot(mark.x, mark.y + r + ASCENT, "middle")
    right = Spot(mark.x + r, mark.y + ASCENT / 2 - DESCENT / 2, "start")
    left = Spot(mark.x - r, mark.y + ASCENT / 2 - DESCENT / 2, "end")
    vertical = [above, below] if mark.y < middle_y else [below, above]
    return [*vertical, right, left]


def _kept_inside(spot: Spot, text: str, width: float) -> Spot:
    """A centred label near a side slides inwards rather than leave the drawing."""
    if spot.anchor != "middle":
        return spot
    half = len(text) * CHAR_WIDTH / 2 + PAD
    x = min(max(spot.x, half), width - half)
    return Spot(x, spot.y, "middle")


def place_labels(marks: list[Mark], width: float, height: float) -> list[Spot]:
    """A spot for each mark's label, in the order given (most important first)."""
    nodes = [_node_box(mark) for mark in marks]
    placed: list[Box] = []
    spots: list[Spot] = []
    for index, mark in enumerate(marks):
        others = nodes[:index] + nodes[index + 1 :]
        best: tuple[float, int, Spot, Box] | None = None
        for order, spot in enumerate(_spots(mark, height / 2)):
            spot = _kept_inside(spot, mark.text, width)
            box = text_box(spot, mark.text)
            # A later spot wins only with less overlap: stop adding once it cannot.
            limit = best[0] if best is not None else float("inf")
            cost = _overlap_sum(box, placed, limit)
            cost += _overlap_sum(box, others, limit - cost)
            cost += _outside(box, width, height)
            if best is None or (cost, order) < (best[0], best[1]):
                best = (cost, order, spot, box)
            if cost == 0:
                break
        assert best is not None
        spots.append(best[2])
        placed.append(best[3])
    return spots
