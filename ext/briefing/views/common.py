"""Blocks several views draw: dated article lists, counted entity links, notes and claims."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from docutils import nodes
from sphinx_design.shared import create_component

from briefing import dates
from briefing.domain.brief import BriefingDomain
from briefing.domain.facts import ClaimFact, NoteFact
from briefing.html.components import quote
from briefing.html.page_toc import written_section
from briefing.views.derived import Derived
from briefing.views.page import Page
from briefing.views.refs import ArticleRef, EntityRef, article_ref, entity_ref

NoteItem = tuple[str, NoteFact]  # (docname, note)
ClaimItem = tuple[ArticleRef, ClaimFact, EntityRef | None]  # the speaker's link


# -- articles ------------------------------------------------------------------------------
def article_list(page: Page, articles: Sequence[ArticleRef]) -> nodes.bullet_list:
    """Articles (given newest first), each with its date."""
    listing = nodes.bullet_list(classes=["briefing-article-list"])
    listing.extend(nodes.list_item("", page.dated_article(a)) for a in articles)
    return listing


# -- entities ------------------------------------------------------------------------------
def counted_data(
    domain: BriefingDomain, derived: Derived, ranked: Sequence[tuple[str, int]]
) -> list[tuple[EntityRef, int]]:
    """(link, count) for the ranked ids that have a page."""
    found = [(entity_ref(domain, derived, e), n) for e, n in ranked]
    return [(ref, n) for ref, n in found if ref is not None]


def counted_links(
    page: Page, counted: Sequence[tuple[EntityRef, int]], *classes: str
) -> nodes.paragraph:
    """ "United States (4) · Seoul (2)", each name linked."""
    line = nodes.paragraph(classes=["briefing-related", *classes])
    for index, (ref, count) in enumerate(counted):
        if index:
            line += nodes.Text(" · ")
        line += page.entity_link(ref)
        line += nodes.Text(f" ({count})")
    return line


# -- notes ---------------------------------------------------------------------------------
def notes_data(domain: BriefingDomain, docnames: Sequence[str]) -> list[NoteItem]:
    return [(d, domain.notes[d]) for d in docnames]


def note_summary(page: Page, docname: str, note: NoteFact) -> nodes.Element:
    box = create_component(
        "card", ["sd-card", "sd-sphinx-override", "sd-mb-3", "briefing-editorial"]
    )
    body = create_component("card-body", ["sd-card-body"])
    title = nodes.paragraph(classes=["sd-card-title", "sd-font-weight-bold"])
    title += page.link(docname, "", note.title)
    body += title
    when = dates.display(note.date) if note.date else None
    byline = " · ".join(x for x in ("Editor's note", note.author, when) if x)
    body += nodes.paragraph(byline, byline, classes=["briefing-byline"])
    if note.excerpt:
        body += nodes.paragraph(note.excerpt, note.excerpt, classes=["sd-card-text"])
    box += body
    return box


def notes_section(page: Page, notes: Sequence[NoteItem]) -> list[nodes.Node]:
    if not notes:
        return []
    cards = [note_summary(page, d, n) for d, n in notes]
    return [written_section("notes", f"Editors' notes ({len(notes)})", *cards)]


# -- claims --------------------------------------------------------------------------------
def claims_data(
    domain: BriefingDomain, derived: Derived, claims: Sequence[tuple[str, ClaimFact]]
) -> list[ClaimItem]:
    return [
        (article_ref(domain, d), c, entity_ref(domain, derived, c.speaker_entity or ""))
        for d, c in claims
    ]


def claim_item(page: Page, claim: ClaimItem) -> nodes.list_item:
    """ "Said: “…” — Headline", the headline linked to the paragraph."""
    article, fact, _ = claim
    item = nodes.paragraph()
    item += nodes.Text(f"{fact.verb.capitalize()}: ")
    item += quote(fact.content)
    item += nodes.Text(" — ")
    item += page.article_link(article, fact.anchor)
    return nodes.list_item("", item)


def claims_list(page: Page, claims: Sequence[ClaimItem]) -> nodes.bullet_list:
    items = nodes.bullet_list(classes=["briefing-claims"])
    items.extend(claim_item(page, claim) for claim in claims)
    return items


def speaker_name(claim: ClaimItem) -> str:
    _, fact, speaker = claim
    return speaker.name if speaker else fact.speaker.removeprefix("the ").removeprefix("The ")


def claims_by_speaker(page: Page, claims: Sequence[ClaimItem]) -> list[nodes.Node]:
    groups: defaultdict[str, list[ClaimItem]] = defaultdict(list)
    for claim in claims:
        fact = claim[1]
        groups[fact.speaker_entity or fact.speaker.casefold().removeprefix("the ")].append(claim)
    out: list[nodes.Node] = []
    for key in sorted(groups, key=lambda k: (speaker_name(groups[k][0]).casefold(), k)):
        _, first, speaker = groups[key][0]
        heading = nodes.paragraph(classes=["briefing-speaker-heading"])
        if speaker is not None:
            heading += nodes.strong("", "", page.entity_link(speaker))
        else:
            heading += nodes.strong(first.speaker, first.speaker)
        out += [heading, claims_list(page, groups[key])]
    return out
