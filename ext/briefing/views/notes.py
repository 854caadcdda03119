"""Editors' notes as others show them: the latest notes, a note's byline (what it is about
and annotates), and the notes woven into the article they annotate."""

from __future__ import annotations

from dataclasses import dataclass

from docutils import nodes

from briefing import dates
from briefing.domain.brief import BriefingDomain
from briefing.domain.facts import NoteFact
from briefing.views.common import NoteItem, note_summary, notes_data
from briefing.views.derived import Derived
from briefing.views.page import Page
from briefing.views.refs import ArticleRef, EntityRef, article_ref, entity_ref


def latest_notes_data(domain: BriefingDomain, derived: Derived, name: str) -> tuple[NoteItem, ...]:
    latest = int(name) if name else None
    return tuple(notes_data(domain, derived.note_order[:latest]))


def latest_notes_render(page: Page, notes: tuple[NoteItem, ...]) -> list[nodes.Node]:
    if not notes:
        return [nodes.paragraph(text="No notes yet.")]
    return [note_summary(page, d, n) for d, n in notes]


@dataclass(frozen=True)
class Annotates:
    article: ArticleRef
    anchor: str
    placed: bool  # the article has that paragraph


@dataclass(frozen=True)
class Byline:
    note: NoteFact
    about: tuple[EntityRef, ...]
    annotates: Annotates | None


def byline_data(domain: BriefingDomain, derived: Derived, docname: str) -> Byline | None:
    note = domain.notes.get(docname)
    if note is None:
        return None
    found = [entity_ref(domain, derived, i) for i in sorted(note.about())]
    annotates = None
    if note.article is not None:
        slug, anchor, _ = note.article
        article = next((d for d, f in domain.articles.items() if f.slug == slug), None)
        if article is not None:
            placed = anchor in domain.articles[article].anchors
            annotates = Annotates(article_ref(domain, article), anchor, placed)
    return Byline(note, tuple(ref for ref in found if ref is not None), annotates)


def byline_render(page: Page, data: Byline | None) -> list[nodes.Node]:
    if data is None:
        return []
    note = data.note
    box = nodes.container(classes=["briefing-byline", "briefing-editorial"])
    when = dates.display(note.date) if note.date else None
    line = " · ".join(x for x in ("Editor's note, not wire copy", note.author, when) if x)
    box += nodes.paragraph(line, line)
    if data.about:
        para = nodes.paragraph()
        para += nodes.Text("About: ")
        for index, ref in enumerate(data.about):
            if index:
                para += nodes.Text(", ")
            para += page.entity_link(ref)
        box += para
    if data.annotates is not None:
        article, anchor, placed = (
            data.annotates.article,
            data.annotates.anchor,
            data.annotates.placed,
        )
        para = nodes.paragraph()
        para += nodes.Text("Annotates: ")
        label = article.title + (f", ¶{anchor.removeprefix('p-')}" if placed else "")
        para += page.article_link(article, anchor if placed else "", label)
        if anchor and not placed:
            para += nodes.Text(f" (it has no paragraph {anchor}: not placed)")
        box += para
    return [box]


@dataclass(frozen=True)
class ArticleNotes:
    notes: tuple[tuple[str, str, NoteFact], ...]  # (paragraph anchor or "", docname, note)
    anchors: tuple[str, ...]  # the paragraphs the article has


def article_notes_data(domain: BriefingDomain, derived: Derived, docname: str) -> ArticleNotes:
    at = derived.notes_at.get(docname, [])
    anchors = domain.articles[docname].anchors if at and docname in domain.articles else ()
    return ArticleNotes(tuple((a, d, domain.notes[d]) for a, d in at), anchors)


def article_notes_render(page: Page, data: ArticleNotes) -> list[nodes.Node]:
    """Put each note that annotates a paragraph right after that paragraph.

    A note on the whole article, or on a paragraph the article does not have (warned about
    at the note's line), is returned to be shown at the article's end: never above the wire
    text. The latter is flagged as not placed.
    """
    by_id = (
        {
            node_id: node
            for node in page.doctree.findall(nodes.Element)
            for node_id in node.get("ids", [])
        }
        if data.notes
        else {}
    )
    whole: list[nodes.Node] = []
    unplaced: list[nodes.Node] = []
    for anchor, docname, note in reversed(data.notes):
        target = by_id.get(anchor) if anchor in data.anchors else None
        aside = note_summary(page, docname, note)
        aside["classes"].append("briefing-note-aside")
        if not anchor:
            whole.insert(0, aside)
        elif target is None or target.parent is None:
            aside["classes"].append("briefing-note-unplaced")
            text = f"Not placed: this article has no paragraph {anchor}."
            aside.insert(0, nodes.paragraph(text, text, classes=["briefing-unplaced"]))
            unplaced.insert(0, aside)
        elif isinstance(target, nodes.section):
            target.insert(1, aside)
        else:
            target.parent.insert(target.parent.index(target) + 1, aside)
    if not whole and not unplaced:
        return []
    return [nodes.rubric(text="Editors' notes on this article"), *whole, *unplaced]
