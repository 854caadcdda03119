"""A sparkline of "in the news over time", for preview cards: bars only, no axes or labels.

The card's words already say how many articles name the entity and over what span, so the
drawing is decoration for screen readers (``aria-hidden``); sighted readers see the shape.
"""

from __future__ import annotations

from briefing.pictures.over_time import OverTime
from briefing.pictures.svg import esc, number

WIDTH, HEIGHT = 120, 18
#: Fewer dated articles, or a single bin, say nothing a line of text does not.
LEAST_ARTICLES = 3


def worth_drawing(over_time: OverTime) -> bool:
    return len(over_time.bins) >= 2 and over_time.dated >= LEAST_ARTICLES


def sparkline(over_time: OverTime) -> str:
    """The SVG markup: one bar per week, month or year, the tallest bar full height."""
    tallest = max(n for _, n in over_time.bins)
    step = WIDTH / len(over_time.bins)
    bars = []
    for index, (start, count) in enumerate(over_time.bins):
        if not count:
            continue
        height = max(1.5, HEIGHT * count / tallest)
        bars.append(
            f'<rect x="{number(index * step)}" y="{number(HEIGHT - height)}" '
            f'width="{number(max(step - 1, 1))}" height="{number(height)}">'
            f"<title>{esc(start)}: {count}</title></rect>"
        )
    return (
        f'<svg class="briefing-sparkline" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
        f'height="{HEIGHT}" aria-hidden="true" focusable="false">{"".join(bars)}</svg>'
    )
