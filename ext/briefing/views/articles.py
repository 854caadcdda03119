"""The home page's listings: latest articles as cards, the archive by month, and the
entities most in the news lately."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from docutils import nodes
from sphinx.util.osutil import relative_uri

from briefing import dates
from briefing.domain.brief import BriefingDomain
from briefing.html.components import card, grid
from briefing.html.feed import FEED_NAME
from briefing.html.page_toc import written_section
from briefing.views.common import article_list, counted_data, counted_links
from briefing.views.derived import Derived
from briefing.views.page import Page
from briefing.views.refs import ArticleRef, EntityRef, article_ref

IN_THE_NEWS = 12


@dataclass(frozen=True)
class Latest:
    cards: tuple[tuple[ArticleRef, str, str], ...]  # (article, lead, wire source)
    total: int
    latest: int | None  # None: every article
    archive: str | None  # the page with the archive by month


def archive_page(domain: BriefingDomain) -> str | None:
    shown = sorted(d for d, keys in domain.listings.items() if "archive" in keys)
    return shown[0] if shown else None


def latest_data(domain: BriefingDomain, derived: Derived, name: str) -> Latest:
    latest = int(name) if name else None
    shown = derived.article_order[:latest]
    cards = tuple(
        (article_ref(domain, d), domain.articles[d].lead, domain.articles[d].source) for d in shown
    )
    return Latest(cards, len(derived.article_order), latest, archive_page(domain))


def latest_render(page: Page, data: Latest) -> list[nodes.Node]:
    """Cards with date, headline and lead, newest first; ``latest``: only the newest."""
    if not data.total:
        return [nodes.paragraph(text="No articles yet: add plain-text files to the seeds folder.")]
    cards = []
    for article, lead, source in data.cards:
        footer = dates.display(article.date)
        if source:  # (an uncredited article says so on its page, not on every card)
            footer += f" · Wire: {source}"
        cards.append(card(page.article_link(article), lead, footer))
    out: list[nodes.Node] = [grid(cards, 2, "briefing-cards")]
    if data.latest is not None:
        out.append(more_line(page, data))
    return out


def more_line(page: Page, data: Latest) -> nodes.paragraph:
    """Where the rest is: the archive by month (when the site has one) and the feed."""
    line = nodes.paragraph(classes=["briefing-more"])
    if data.archive is not None:
        line += page.link(data.archive, "", f"Every article by month ({data.total})")
        line += nodes.Text(" · ")
    feed = relative_uri(page.builder.get_target_uri(page.docname), FEED_NAME)
    line += nodes.reference("", "Atom feed", refuri=feed)
    return line


Months = tuple[tuple[str, tuple[ArticleRef, ...]], ...]


def archive_data(domain: BriefingDomain, derived: Derived, name: str) -> Months:
    months: dict[str, list[ArticleRef]] = {}
    for docname in derived.article_order:
        article = article_ref(domain, docname)
        months.setdefault(dates.month_key(article.date), []).append(article)
    return tuple((key, tuple(found)) for key, found in months.items())


def archive_render(page: Page, months: Months) -> list[nodes.Node]:
    """Months newest first, each a section of titles with dates: no cards, no quotes."""
    if not months:
        return [nodes.paragraph(text="No articles yet.")]
    return [
        written_section(
            f"month-{key}", f"{dates.month_label(key)} ({len(found)})", article_list(page, found)
        )
        for key, found in months
    ]


@dataclass(frozen=True)
class InTheNews:
    ranked: tuple[tuple[EntityRef, int], ...]
    newest: int  # how many articles were counted


def ranked_in_the_news(
    domain: BriefingDomain, derived: Derived, articles: int
) -> list[tuple[str, int]]:
    """Glossary entities named in the most of the ``articles`` newest articles."""
    counts: Counter[str] = Counter()
    for docname in derived.article_order[:articles]:
        counts.update(e for e in domain.articles[docname].entities if e in domain.entities)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:IN_THE_NEWS]


def in_the_news_data(domain: BriefingDomain, derived: Derived, name: str) -> InTheNews:
    articles = int(name)
    ranked = counted_data(domain, derived, ranked_in_the_news(domain, derived, articles))
    return InTheNews(tuple(ranked), min(articles, len(derived.article_order)))


def in_the_news_render(page: Page, data: InTheNews) -> list[nodes.Node]:
    if not data.ranked:
        return [nodes.paragraph(text="No entity is named in the newest articles yet.")]
    line = counted_links(page, data.ranked, "briefing-in-the-news")
    note = f"Counted over the {data.newest} newest article{'s' if data.newest != 1 else ''}."
    return [line, nodes.paragraph(note, note, classes=["briefing-more"])]
