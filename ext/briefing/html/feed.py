"""An Atom feed of articles and notes (feedgen), linked from every page's head.

Entries carry absolute URLs when a base URL is configured (``briefing_base_url``, else
``html_baseurl``) and links relative to the feed otherwise. Nothing in the feed depends on the
time of the build, so the same sources give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from feedgen.feed import FeedGenerator
from sphinx.application import Sphinx

from briefing.config import seeds_dir
from briefing.dates import parse_iso
from briefing.domain.access import get_domain
from briefing.domain.brief import BriefingDomain
from briefing.views.derived import Derived, derived_views

FEED_NAME = "atom.xml"
# Characters XML 1.0 cannot carry at all; wire text may contain them, the feed drops them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def base_url(app: Sphinx) -> str:
    url = str(app.config.briefing_base_url or app.config.html_baseurl or "")
    return url if not url or url.endswith("/") else url + "/"


def _timestamp(date: str) -> dt.datetime:
    day = parse_iso(date) or dt.date(2000, 1, 1)  # callers pass checked dates
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def fallback_date(app: Sphinx) -> str:
    """For a site with no date anywhere: SOURCE_DATE_EPOCH when set (reproducible builds),
    else the day the newest seed was last changed. Never a made-up 1970."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date().isoformat()
    seeds = sorted(seeds_dir(app).glob("*.txt")) if seeds_dir(app).is_dir() else []
    newest = max((path.stat().st_mtime for path in seeds), default=0.0)
    return dt.datetime.fromtimestamp(newest, dt.UTC).date().isoformat()


def build_feed(app: Sphinx, domain: BriefingDomain, derived: Derived) -> bytes:
    base = base_url(app)
    feed = FeedGenerator()
    feed.id(base or f"tag:briefing,2024:{quote(str(app.config.project))}")
    feed.title(f"{app.config.project}: articles and notes")
    feed.link(href=base + FEED_NAME, rel="self")
    if base:
        feed.link(href=base, rel="alternate")
    # Atom asks for an author of the feed when an entry has none (a note without an author).
    feed.author(name=xml_text(str(app.config.author or app.config.project)).strip() or "unknown")
    dates = [f.date for f in domain.articles.values() if f.date and parse_iso(f.date)]
    dates += [n.date for n in domain.notes.values() if n.date and parse_iso(n.date)]
    # Undated articles and notes are listed as of the feed's own last update.
    newest = max(dates, default=None) or fallback_date(app)
    feed.updated(_timestamp(newest))

    def dated(date: str | None) -> str:
        return date if date and parse_iso(date) else newest

    entries: list[
        tuple[str, str, str, str, str, str]
    ] = []  # date, docname, title, summary, who, kind
    for docname in derived.article_order:
        facts = domain.articles[docname]
        who = ", ".join(facts.credit.agencies) if facts.credit and facts.credit.agencies else ""
        entries.append((dated(facts.date), docname, facts.title, facts.lead, who, "Article"))
    for docname in derived.note_order:
        note = domain.notes[docname]
        entries.append(
            (dated(note.date), docname, note.title, note.excerpt, note.author or "", "Note")
        )
    # Newest first by the date each entry carries.
    entries.sort(key=lambda e: (e[0], e[1]), reverse=True)
    for date, docname, title, summary, who, kind in entries:
        link = base + app.builder.get_target_uri(docname)
        entry = feed.add_entry(order="append")
        entry.id(link if base else f"tag:briefing,2024:{quote(docname)}")
        entry.title(xml_text(title).strip() or docname)
        entry.link(href=link)
        entry.updated(_timestamp(date))
        entry.category(term=kind.lower(), label=kind)
        if summary:
            entry.summary(xml_text(summary))
        if who:
            entry.author(name=xml_text(who).strip() or "unknown")
    return bytes(feed.atom_str(pretty=True))


def write_feed(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    domain = get_domain(app.env)
    derived = derived_views(domain, app.config.briefing_mentions_shown)
    (Path(app.outdir) / FEED_NAME).write_bytes(build_feed(app, domain, derived))


def link_feed(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    href = base_url(app) + FEED_NAME if base_url(app) else context["pathto"](FEED_NAME, 1)
    title = f"{app.config.project}: articles and notes"
    context["metatags"] = context.get("metatags", "") + (
        f'<link rel="alternate" type="application/atom+xml" title="{_attr(title)}" '
        f'href="{_attr(href)}">'
    )


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
