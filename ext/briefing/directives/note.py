"""Editors' notes: MyST pages under the notes folder, read with their front matter.

A note's own page gets its title (from the front matter when the body has no heading) and a
byline naming what it is about; the facts land in the domain so that derived views can show the
note on every entity, topic and article paragraph it touches.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx

from briefing.checks.report import warn
from briefing.checks.subtypes import Subtype
from briefing.directives.frontmatter import FrontMatter, read_front_matter
from briefing.domain.access import get_domain
from briefing.domain.facts import NoteFact
from briefing.domain.nodes import listing
from briefing.nlp.resolve import EntityInfo

EXCERPT_LENGTH = 280
#: MyST ``[text](#id)`` links to these prefixes count as references to entities or topics.
ID_PREFIXES = ("person.", "org.", "place.", "group.", "topic.", "source.")
#: How ``briefing new-note`` starts a note's body; a note still saying it is flagged.
PLACEHOLDER = "Replace this paragraph with the note"


def is_note(app: Sphinx, docname: str) -> bool:
    folder: str = app.config.briefing_notes_dir
    return docname.startswith(folder + "/") and docname != f"{folder}/index"


def read_note(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``, before Sphinx collects titles: check, title and record a note."""
    env = app.env
    docname = env.docname
    if not is_note(app, docname):
        return
    path = Path(env.doc2path(docname))
    front = read_front_matter(path.read_text(encoding="utf-8"))
    for problem in front.problems:
        warn(problem.subtype, problem.message, path, problem.line)
    _flag_placeholder(doctree, path)
    title = front.title or path.stem.replace("-", " ").replace("_", " ").capitalize()
    section = _titled_section(doctree, title)
    section.insert(1, listing(f"note:{docname}"))
    domain = get_domain(env)
    domain.notes[docname] = NoteFact(
        title=title,
        date=front.date,
        author=front.author,
        excerpt=_excerpt(section, domain.corpus.entities),
        topics=tuple((_topic_id(i), line) for i, line in front.topics),
        entities=tuple(front.entities),
        mentioned=tuple(sorted(_mentioned(doctree))),
        article=_article(front),
        about_line=front.lines.get("entities", front.lines.get("topics", 1)),
    )
    domain.listings[docname] = [f"note:{docname}"]
    domain.inputs[docname] = names_digest(domain.notes[docname].mentioned, domain.corpus.entities)


def _flag_placeholder(doctree: nodes.document, path: Path) -> None:
    for paragraph in doctree.findall(nodes.paragraph):
        if paragraph.astext().startswith(PLACEHOLDER):
            warn(
                Subtype.PLACEHOLDER_NOTE,
                "the note still holds the text 'briefing new-note' started it with: replace "
                "that paragraph with the note itself",
                path,
                paragraph.line,
            )


def names_digest(ids: Iterable[str], names: Mapping[str, EntityInfo]) -> str:
    """The entity names a note's excerpt was written with; a change means reading it again."""
    used = [(i, names[i].name if i in names else None) for i in sorted(ids)]
    return hashlib.sha256(repr(used).encode()).hexdigest()


def _topic_id(value: str) -> str:
    return value if value.startswith("topic.") else f"topic.{value}"


def _article(front: FrontMatter) -> tuple[str, str, int] | None:
    if front.article is None:
        return None
    value, line = front.article
    slug, _, anchor = value.partition("#")
    return slug.strip(), anchor.strip(), line


def _titled_section(doctree: nodes.document, title: str) -> nodes.section:
    """The note's top section; one titled from the front matter when the body has none."""
    for child in doctree.children:
        if isinstance(child, nodes.section):
            return child
    section = nodes.section(ids=["note"], classes=["briefing-note"])
    section += nodes.title(text=title)
    keep = [c for c in doctree.children if isinstance(c, nodes.docinfo | nodes.comment)]
    body = [c for c in doctree.children if c not in keep]
    doctree.clear()
    doctree.extend(keep)
    section.extend(body)
    doctree += section
    return section


def _excerpt(section: nodes.section, names: Mapping[str, EntityInfo]) -> str:
    """The first paragraph as plain text, bare roles shown by the entity's name."""
    for paragraph in section.findall(nodes.paragraph):
        text = " ".join(_plain(paragraph, names).split())
        if text:
            return text if len(text) <= EXCERPT_LENGTH else text[: EXCERPT_LENGTH - 1] + "…"
    return ""


def _plain(paragraph: nodes.paragraph, names: Mapping[str, EntityInfo]) -> str:
    copy = paragraph.deepcopy()
    for ref in list(copy.findall(pending_xref)):
        if ref.get("refdomain") == "brief" and not ref.get("refexplicit"):
            kind, target = str(ref["reftype"]), str(ref["reftarget"])
            full = target if target.startswith(kind + ".") else f"{kind}.{target}"
            info = names.get(full) or names.get(target)
            ref.replace_self(nodes.Text(info.name if info else target))
    return str(copy.astext())


def _mentioned(doctree: nodes.document) -> set[str]:
    found: set[str] = set()
    for ref in doctree.findall(pending_xref):
        target = str(ref.get("reftarget", "")).lstrip("#")
        kind = str(ref.get("reftype", ""))
        if ref.get("refdomain") == "brief" and kind not in ("entity", "article"):
            # {brief:place}`south-korea` is short for place.south-korea.
            found.add(target if target.startswith(kind + ".") else f"{kind}.{target}")
        elif ref.get("refdomain") == "brief" or target.startswith(ID_PREFIXES):
            found.add(target)
    return found
