"""The "On this page" contents of pages whose sections are written with their listings.

Sphinx takes a page's contents from the sections it had when read; entity and topic pages get
their sections ("In the articles", "Statements", ...) when written, from cross-document data.
For those pages the contents are made again from the written doctree.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx

WRITTEN_SECTION = "briefing-written-section"


def written_section(section_id: str, title: str, *content: nodes.Node) -> nodes.section:
    """A section made at write time; its page's contents are redone to list it."""
    section = nodes.section(ids=[section_id], classes=[WRITTEN_SECTION])
    section += nodes.title(title, title)
    section.extend(content)
    return section


def _entries(section: nodes.section, first: bool) -> nodes.list_item:
    title = next(iter(section.findall(nodes.title)), None)
    text = title.astext() if title is not None else ""
    anchor = "" if first else f"#{section['ids'][0]}" if section["ids"] else ""
    ref = nodes.reference("", text, internal=True, refuri=anchor or "#", anchorname=anchor)
    item = nodes.list_item("", addnodes.compact_paragraph("", "", ref))
    children = _subsections(section)
    if children:
        sub = nodes.bullet_list()
        sub.extend(_entries(child, False) for child in children)
        item += sub
    return item


def redo_page_toc(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    if not isinstance(doctree, nodes.document):
        return
    if next(iter(doctree.findall(_is_written_section)), None) is None:
        return
    tops = [c for c in doctree.children if isinstance(c, nodes.section)]
    if not tops:
        return
    toc = nodes.bullet_list()
    toc.extend(_entries(top, index == 0) for index, top in enumerate(tops))
    context["toc"] = app.builder.render_partial(toc)["fragment"]  # type: ignore[attr-defined]
    context["display_toc"] = True


def _subsections(section: nodes.Element) -> list[nodes.section]:
    """Sections right under ``section``, also when a container stands between them."""
    found: list[nodes.section] = []
    for child in section.children:
        if isinstance(child, nodes.section):
            found.append(child)
        elif isinstance(child, nodes.Element):
            found.extend(_subsections(child))
    return found


def _is_written_section(node: nodes.Node) -> bool:
    return isinstance(node, nodes.section) and WRITTEN_SECTION in node["classes"]
