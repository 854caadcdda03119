"""Article dates: where an article's date comes from, and how pages show it."""

from __future__ import annotations

import datetime as dt
import functools
import re

from docutils import nodes

from briefing import wire

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
UNDATED = "undated"


def parse_iso(value: object) -> dt.date | None:
    """A ``YYYY-MM-DD`` string (or a date) as a date; anything else as None."""
    if isinstance(value, dt.date):
        return value if not isinstance(value, dt.datetime) else value.date()
    if not isinstance(value, str):
        return None
    return _parse_iso_text(value)


@functools.lru_cache(maxsize=8192)  # a site has few distinct dates, each parsed per link
def _parse_iso_text(value: str) -> dt.date | None:
    if not _ISO_DATE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def article_date(metadata: wire.SeedMetadata, article: wire.Article) -> str | None:
    """The sidecar's date, else the dateline's when it names the year ("NEW YORK, March 3,
    2024 -"); a dateline without a year cannot place the article in time."""
    if parse_iso(metadata.date):
        return metadata.date
    dateline = article.dateline
    return dateline.iso_date if dateline is not None else None


def dateline_place(article: wire.Article) -> str | None:
    """Where the article was filed, in ordinary case: "St. Petersburg, Florida"."""
    dateline = article.dateline
    if dateline is not None and dateline.place_name:
        region = dateline.region_name
        return f"{dateline.place_name}, {region}" if region else dateline.place_name
    credit = article.credit
    return credit.dateline if credit is not None and credit.dateline else None


@functools.lru_cache(maxsize=8192)
def display(iso: str | None) -> str:
    """ "2024-11-06" -> "6 Nov 2024"; no date -> "undated"."""
    date = parse_iso(iso)
    if date is None:
        return UNDATED
    return f"{date.day} {date:%b %Y}"


def month_key(iso: str | None) -> str:
    """ "2024-11-06" -> "2024-11"; undated articles share the key "undated"."""
    date = parse_iso(iso)
    return f"{date:%Y-%m}" if date else UNDATED


def month_label(key: str) -> str:
    """ "2024-11" -> "November 2024"."""
    if key == UNDATED:
        return "Undated"
    year, month = key.split("-")
    return f"{dt.date(int(year), int(month), 1):%B %Y}"


def span(first: str | None, last: str | None) -> str:
    """ "3 Nov 2024 – 9 Jan 2025", or one date when both are the same day."""
    if not first or not last or first == last:
        return display(first or last)
    return f"{display(first)} – {display(last)}"


def date_node(iso: str | None) -> nodes.inline:
    """A date as readers see it; "undated" is set apart so it never reads as a date."""
    classes = ["briefing-date"] if parse_iso(iso) else ["briefing-date", "briefing-undated"]
    return nodes.inline(text=display(iso), classes=classes)


def sort_key_of_shown(shown: str) -> str:
    """A resolved date as shown ("Wednesday, 6 Nov 2024", "October 2024") -> "2024-11-06" or
    "2024-10" (a month sorts before its days); "" when it is no date of either form."""
    text = shown.rpartition(", ")[2].strip()
    for pattern, form in (("%d %b %Y", "%Y-%m-%d"), ("%B %Y", "%Y-%m"), ("%b %Y", "%Y-%m")):
        try:
            return dt.datetime.strptime(text, pattern).strftime(form)
        except ValueError:
            continue
    return ""
