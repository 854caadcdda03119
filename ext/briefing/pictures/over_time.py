""" "In the news over time": articles per week, month or year, as a small bar chart.

The scale comes from the span: weeks for up to half a year, months for up to five years, years
beyond. Undated articles are counted apart, never placed at some default date.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from docutils import nodes

from briefing import dates
from briefing.pictures.svg import esc, figure, number

WEEKS_UP_TO = 26 * 7  # days
MONTHS_UP_TO = 5 * 366  # days
# The drawing's own units; it scales to the column (and to a phone) with its viewBox.
WIDTH, HEIGHT = 360, 120
LEFT, RIGHT, TOP, BOTTOM = 22, 6, 18, 20


@dataclass(frozen=True)
class OverTime:
    unit: str  # "week" | "month" | "year"
    bins: tuple[tuple[str, int], ...]  # (ISO date the bin starts, articles), oldest first
    latest: str | None  # the newest article's date
    undated: int

    @property
    def dated(self) -> int:
        return sum(n for _, n in self.bins)


def _start(date: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return date - dt.timedelta(days=date.weekday())
    if unit == "month":
        return date.replace(day=1)
    return date.replace(month=1, day=1)


def _next(date: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return date + dt.timedelta(days=7)
    if unit == "month":
        return date.replace(year=date.year + date.month // 12, month=date.month % 12 + 1)
    return date.replace(year=date.year + 1)


def unit_for(first: dt.date, last: dt.date) -> str:
    days = (last - first).days
    return "week" if days <= WEEKS_UP_TO else "month" if days <= MONTHS_UP_TO else "year"


def counts_over_time(
    article_dates: Iterable[str | None], axis: tuple[dt.date, dt.date] | None = None
) -> OverTime:
    """Articles per bin from first to last date (empty bins included), and the undated ones.

    ``axis``: the first and last dates to chart, so that charts of several entities share one
    scale (the glossary's); by default the articles' own first and last."""
    parsed = [dates.parse_iso(value) for value in article_dates]
    dated = sorted(d for d in parsed if d is not None)
    undated = len(parsed) - len(dated)
    if not dated:
        return OverTime("month", (), None, undated)
    first, last = axis or (dated[0], dated[-1])
    unit = unit_for(first, last)
    counts = Counter(_start(d, unit) for d in dated)
    bins: list[tuple[str, int]] = []
    cursor, end = _start(first, unit), _start(last, unit)
    while cursor <= end:
        bins.append((cursor.isoformat(), counts.get(cursor, 0)))
        cursor = _next(cursor, unit)
    return OverTime(unit, tuple(bins), dated[-1].isoformat(), undated)


def bin_label(start: str, unit: str, short: bool = False) -> str:
    date = dt.date.fromisoformat(start)
    if unit == "week":
        return f"{date.day} {date:%b}" if short else f"Week of {dates.display(start)}"
    if unit == "month":
        return f"{date:%b %Y}" if short else f"{date:%B %Y}"
    return str(date.year)


def _articles(count: int) -> str:
    return f"{count} article{'s' if count != 1 else ''}"


def caption(data: OverTime, subject: str) -> str:
    if not data.bins:
        return f"Articles naming {subject}: {_articles(data.undated)}, none of them dated."
    first, last = data.bins[0][0], data.bins[-1][0]
    span = bin_label(first, data.unit).replace("Week", "week")
    if last != first:
        span += " to " + bin_label(last, data.unit).replace("Week", "week")
    text = (
        f"Articles naming {subject} per {data.unit}, {span}: {_articles(data.dated)}; "
        f"latest {dates.display(data.latest)}, its bar marked with a triangle."
    )
    if data.undated:
        text += f" Apart, at the right: {_articles(data.undated)} without a date."
    return text


UNDATED_W = 56  # the undated articles' own bar, set apart at the right


def bars_svg(data: OverTime, caption_id: str) -> str:
    """The bars, the newest article's bar marked "latest", undated articles' bar apart."""
    plot_w = WIDTH - LEFT - RIGHT - (UNDATED_W if data.undated else 0)
    plot_h = HEIGHT - TOP - BOTTOM
    top = max([n for _, n in data.bins] + [data.undated, 1])
    baseline = TOP + plot_h
    parts = [
        f'<svg class="briefing-over-time" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{esc(caption_id)}" xmlns="http://www.w3.org/2000/svg">',
        f'<line class="b-axis" x1="{LEFT}" y1="{baseline}" x2="{WIDTH - RIGHT}" y2="{baseline}"/>',
        f'<text class="b-label" x="{LEFT - 4}" y="{TOP + 4}" text-anchor="end">{top}</text>',
        f'<text class="b-label" x="{LEFT - 4}" y="{baseline}" text-anchor="end">0</text>',
    ]
    if data.bins:
        parts.extend(_dated_bars(data, plot_w, plot_h, top))
    if data.undated:
        x = WIDTH - RIGHT - UNDATED_W / 2
        height = plot_h * data.undated / top
        parts.append(
            f'<rect class="b-bar b-undated" x="{number(x - 10)}" y="{number(baseline - height)}" '
            f'width="20" height="{number(height)}"><title>Undated: {_articles(data.undated)}'
            "</title></rect>"
            f'<text class="b-label" x="{number(x)}" y="{baseline + 13}" text-anchor="middle">'
            "undated</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _dated_bars(data: OverTime, plot_w: float, plot_h: float, top: int) -> list[str]:
    # A few bins stay bars, not slabs: at most 40 units wide, centred.
    slot = min(plot_w / len(data.bins), 40.0)
    left = LEFT + (plot_w - slot * len(data.bins)) / 2
    gap = min(slot * 0.2, 2.0)
    baseline = TOP + plot_h
    latest = (
        _start(dt.date.fromisoformat(data.latest), data.unit).isoformat() if data.latest else ""
    )
    parts: list[str] = []
    for index, (start, count) in enumerate(data.bins):
        x = left + index * slot + gap / 2
        height = plot_h * count / top
        css = "b-bar b-latest" if start == latest else "b-bar"
        tip = f"{bin_label(start, data.unit)}: {_articles(count)}"
        if start == latest:
            tip += " (latest)"
        parts.append(
            f'<rect class="{css}" x="{number(x)}" y="{number(baseline - height)}" '
            f'width="{number(max(slot - gap, 0.5))}" height="{number(height)}">'
            f"<title>{esc(tip)}</title></rect>"
        )
        if start == latest:
            parts.append(_latest_mark(x, baseline - height, max(slot - gap, 0.5)))
    bottom = baseline + 13
    first = bin_label(data.bins[0][0], data.unit, short=True)
    last = bin_label(data.bins[-1][0], data.unit, short=True)
    span = slot * len(data.bins)
    if len(data.bins) == 1 or span < (len(first) + len(last)) * LABEL_CHAR + 12:
        # Too narrow for a label at each end: one label in the middle says both.
        text = first if len(data.bins) == 1 else f"{first} – {last}"
        parts.append(
            f'<text class="b-label" x="{number(left + span / 2)}" y="{bottom}" '
            f'text-anchor="middle">{esc(text)}</text>'
        )
        return parts
    parts.append(f'<text class="b-label" x="{number(left)}" y="{bottom}">{esc(first)}</text>')
    parts.append(
        f'<text class="b-label" x="{number(left + span)}" y="{bottom}" '
        f'text-anchor="end">{esc(last)}</text>'
    )
    return parts


LABEL_CHAR = 7.2  # drawing units a letter may take at the phone's 12px, erring wide
MARK = 7.0  # the latest bar's marker: a small triangle pointing down at it


def _latest_mark(x: float, bar_top: float, width: float) -> str:
    """A triangle over the newest bar, inside its own column: it never covers a neighbour,
    as a word over the bar would."""
    half = min(width, MARK) / 2
    centre, tip = x + width / 2, max(bar_top - 2, MARK)
    return (
        f'<path class="b-latest-mark" d="M{number(centre - half)} {number(tip - MARK * 0.8)}'
        f'h{number(2 * half)}L{number(centre)} {number(tip)}z"/>'
    )


def numbers_table(data: OverTime) -> str:
    """The charted numbers as a table: the bins that hold articles, then the undated ones."""
    rows = [
        f"<tr><td>{esc(bin_label(start, data.unit))}</td><td>{count}</td></tr>"
        for start, count in data.bins
        if count
    ]
    if data.undated:
        rows.append(f"<tr><td>Undated</td><td>{data.undated}</td></tr>")
    return (
        f'<table class="briefing-picture-numbers"><thead><tr><th scope="col">'
        f'{esc(data.unit.capitalize())}</th><th scope="col">Articles</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def over_time_figure(data: OverTime, subject: str) -> nodes.Element:
    picture_id = "over-time-chart"
    svg = bars_svg(data, f"{picture_id}-caption") if data.bins or data.undated else ""
    return figure(picture_id, svg, caption(data, subject), numbers_table(data), "The numbers")
