"""A topic's timeline: its articles (with the sections it gathers), the events their text
dates ("on Wednesday", resolved against the article's date) and editors' notes, oldest first,
grouped by month. Undated entries come last, under "Undated"."""

from __future__ import annotations

from dataclasses import dataclass

from briefing import dates
from briefing.domain.brief import BriefingDomain
from briefing.domain.facts import SectionFact

ARTICLE, EVENT, NOTE = "article", "event", "note"


@dataclass(frozen=True)
class Entry:
    sort: str  # "2024-11-06" or "2024-11" (a month-only event); "" when undated
    kind: str  # ARTICLE | EVENT | NOTE
    docname: str
    when: str  # as readers see it
    title: str  # of the article or note
    sections: tuple[SectionFact, ...] = ()  # an article's sections in the topic
    phrase: str = ""  # an event's words in the wire text
    anchor: str = ""  # an event's paragraph


def month_of(entry: Entry) -> str:
    return entry.sort[:7] if entry.sort else dates.UNDATED


def topic_timeline(
    domain: BriefingDomain, placed: list[tuple[str, SectionFact]], notes: list[str]
) -> list[tuple[str, list[Entry]]]:
    """(month key, entries) oldest month first, "undated" last; each month oldest first."""
    entries: list[Entry] = []
    by_article: dict[str, list[SectionFact]] = {}
    for docname, section in placed:
        by_article.setdefault(docname, []).append(section)
    for docname, sections in by_article.items():
        facts = domain.articles[docname]
        shown_date = dates.display(facts.date)
        entries.append(
            Entry(facts.date or "", ARTICLE, docname, shown_date, facts.title, tuple(sections))
        )
        seen: set[tuple[str, str]] = set()  # "Tuesday" three times in one article: one entry
        for section in sections:
            for shown, phrase, anchor in section.events:
                key = dates.sort_key_of_shown(shown)
                if key and (key, phrase.casefold()) not in seen:
                    seen.add((key, phrase.casefold()))
                    entries.append(
                        Entry(key, EVENT, docname, shown, facts.title, phrase=phrase, anchor=anchor)
                    )
    for docname in notes:
        note = domain.notes[docname]
        entries.append(Entry(note.date or "", NOTE, docname, dates.display(note.date), note.title))
    order = {ARTICLE: 0, EVENT: 1, NOTE: 2}
    entries.sort(key=lambda e: (not e.sort, e.sort, order[e.kind], e.docname, e.anchor, e.phrase))
    months: dict[str, list[Entry]] = {}
    for entry in entries:
        months.setdefault(month_of(entry), []).append(entry)
    return list(months.items())
