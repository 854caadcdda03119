"""Article dates: where an article's date comes from, and how pages show it."""

from __future__ import annotations

import datetime as dt
import re

from docutils import nodes

from briefing import wire

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
UNDATED = "undated"


def parse_iso(value: object) -> dt.date | None:
    """A ``YYYY-MM-DD`` string (or a date) as a date; anything else as None."""
    if isinstance(value, dt.date):
        return value if not isinstance(value, dt.datetime) else value.date()
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def article_date(metadata: wire.SeedMetadata, article: wire.Article) -> str | None:
    """The sidecar's date, else a date the dateline gives (when the parsed article has one)."""
    if parse_iso(metadata.date):
        return metadata.date
    for holder in (article, article.credit):
        found = parse_iso(getattr(holder, "date", None))
        if found is not None:
            return found.isoformat()
    return None


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
