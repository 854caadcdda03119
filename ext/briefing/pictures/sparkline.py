"""Sparklines: "in the news over time" at the size of a word, for the glossary's rows.

Every row's sparkline shares one axis, the corpus's first to last article, so a reader can
run an eye down the list and see who was in the news when. Only entities named in at least
:data:`LEAST_ARTICLES` dated articles, in more than one period, get one: for the others the
count says it all. Each is one SVG path, with the same numbers as its accessible name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from briefing import dates
from briefing.pictures.over_time import bin_label, counts_over_time
from briefing.pictures.svg import esc, number

LEAST_ARTICLES = 3
WIDTH, HEIGHT = 60.0, 12.0


@dataclass(frozen=True)
class Sparkline:
    unit: str  # "week" | "month" | "year"
    bins: tuple[tuple[str, int], ...]  # (ISO start, articles) on the shared axis

    @property
    def text(self) -> str:
        """The accessible name: every period that has articles, with its count."""
        held = [f"{bin_label(start, self.unit)}: {n}" for start, n in self.bins if n]
        return f"Articles per {self.unit}: " + ", ".join(held)


def corpus_axis(article_dates: Iterable[str | None]) -> tuple[dt.date, dt.date] | None:
    parsed = sorted(d for d in map(dates.parse_iso, article_dates) if d is not None)
    return (parsed[0], parsed[-1]) if parsed else None


def sparkline(
    article_dates: Iterable[str | None], axis: tuple[dt.date, dt.date] | None
) -> Sparkline | None:
    """The entity's sparkline on the shared axis, or None where it would say nothing."""
    if axis is None:
        return None
    counted = counts_over_time(article_dates, axis)
    periods = sum(1 for _, n in counted.bins if n)
    if counted.dated < LEAST_ARTICLES or periods < 2:
        return None
    return Sparkline(counted.unit, counted.bins)


def _height(count: int, top: int) -> float:
    return max(HEIGHT * count / top, 1.5)  # one article among many still shows


def sparkline_svg(line: Sparkline) -> str:
    top = max(n for _, n in line.bins)
    slot = WIDTH / len(line.bins)
    gap = min(slot * 0.25, 1.0)
    bars = "".join(
        f"M{number(index * slot + gap / 2)} {number(HEIGHT)}v-{number(_height(n, top))}"
        f"h{number(max(slot - gap, 0.3))}v{number(_height(n, top))}z"
        for index, (_, n) in enumerate(line.bins)
        if n
    )
    return (
        f'<svg class="briefing-row-sparkline" viewBox="0 0 {number(WIDTH)} {number(HEIGHT)}" '
        f'role="img" aria-label="{esc(line.text)}" xmlns="http://www.w3.org/2000/svg">'
        f'<path d="{bars}"/></svg>'
    )
