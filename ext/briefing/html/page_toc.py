"""The "On this page" contents of pages whose sections are written with their listings.

Sphinx takes a page's contents from the sections it had when read; entity and topic pages get
their sections ("In the articles", "Statements", ...) when written, from cross-document data.
For those pages the contents are made again from the written doctree.

Since the contents are known here, they are also given to pydata-sphinx-theme in the shape
its ``page-toc.html`` shows, and its secondary sidebar is decided from them: the theme would
otherwise parse the contents with BeautifulSoup twice a page (once to see whether the sidebar
is empty), which cost a fifth of writing an entity page. The shape is the theme's own
(``generate_toc_html``); ``tests/test_page_toc.py`` compares the two.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docutils import nodes
from docutils.writers._html_base import HTMLTranslator
from markupsafe import Markup
from sphinx.application import Sphinx

WRITTEN_SECTION = "briefing-written-section"
#: Context key: the page's contents in the theme's shape, set before the theme's handlers run.
THEME_TOC = "briefing_theme_toc"
#: Context key: contents given by the caller (a ``Contents`` or ``None``), not made from the
#: page's doctree (``html/frame.py`` renders frames with placeholders in their place).
GIVEN_CONTENTS = "briefing_given_contents"
#: The theme's secondary sidebar as this site configures it: the page's contents alone.
PAGE_TOC_ONLY = (["page-toc"], ["page-toc.html"], "page-toc", "page-toc.html")

_SOUP_ESCAPES = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"}
_ATTRIBUTE_ESCAPES = {**_SOUP_ESCAPES, ord('"'): "&quot;"}


@dataclass(frozen=True)
class Entry:
    """One line of the contents: its text, its link ("#" for the page's title), its lines."""

    text: str
    anchor: str
    children: tuple[Entry, ...]


def written_section(section_id: str, title: str, *content: nodes.Node) -> nodes.section:
    """A section made at write time; its page's contents are redone to list it."""
    section = nodes.section(ids=[section_id], classes=[WRITTEN_SECTION])
    section += nodes.title(title, title)
    section.extend(content)
    return section


def page_entries(doctree: nodes.document) -> tuple[Entry, ...]:
    """The contents of a page: its top sections, each with the sections under it."""
    tops = [c for c in doctree.children if isinstance(c, nodes.section)]
    return tuple(_entry(top, index == 0) for index, top in enumerate(tops))


def _entry(section: nodes.section, first: bool) -> Entry:
    title = next(iter(section.findall(nodes.title)), None)
    text = title.astext() if title is not None else ""
    anchor = "" if first else f"#{section['ids'][0]}" if section["ids"] else ""
    children = tuple(_entry(child, False) for child in _subsections(section))
    return Entry(text, anchor or "#", children)


def _subsections(section: nodes.Element) -> list[nodes.section]:
    """Sections right under ``section``, also when a container stands between them."""
    found: list[nodes.section] = []
    for child in section.children:
        if isinstance(child, nodes.section):
            found.append(child)
        elif isinstance(child, nodes.Element):
            found.extend(_subsections(child))
    return found


def sphinx_toc_html(entries: tuple[Entry, ...]) -> str:
    """The contents as Sphinx's HTML writer renders a bullet list of local references."""
    if not entries:
        return ""
    items = "".join(
        f'<li><a class="reference internal" href="{_attribute(e.anchor)}">'
        f"{_docutils_text(e.text)}</a>{sphinx_toc_html(e.children)}</li>\n"
        for e in entries
    )
    return f"<ul>\n{items}</ul>\n"


def theme_toc_html(entries: tuple[Entry, ...], show_toc_level: int) -> str:
    """What pydata-sphinx-theme's ``generate_toc_html()`` makes of ``sphinx_toc_html``: levels
    and Bootstrap classes added; a lone page title stands for the page, so its sections are
    the contents (none when it has none)."""
    if len(entries) == 1:
        children = entries[0].children
        return _theme_list(children, 2, show_toc_level, tail="") if children else ""
    return _theme_list(entries, 1, show_toc_level, tail="\n")


def _theme_list(entries: tuple[Entry, ...], level: int, show_toc_level: int, tail: str) -> str:
    # In the theme's order: the level's class first (when shown), then Bootstrap's.
    shown = ["pst-show_toc_level"] if level <= show_toc_level + 1 else []
    classes = " ".join([*shown, "nav", "section-nav", "flex-column"])
    items = "".join(
        f'<li class="toc-h{level} nav-item toc-entry">'
        f'<a class="reference internal nav-link" href="{_attribute(e.anchor)}">'
        f"{_soup_text(e.text)}</a>{_theme_sublist(e, level, show_toc_level)}</li>\n"
        for e in entries
    )
    return f'<ul class="{classes}">\n{items}</ul>{tail}'


def _theme_sublist(entry: Entry, level: int, show_toc_level: int) -> str:
    if not entry.children:
        return ""
    return _theme_list(entry.children, level + 1, show_toc_level, tail="\n")


def _docutils_text(text: str) -> str:
    return text.translate(HTMLTranslator.special_characters)


def _attribute(value: str) -> str:
    return value.translate(_ATTRIBUTE_ESCAPES)


def _soup_text(text: str) -> str:
    """Text as BeautifulSoup writes it back: only &, < and > escaped."""
    return text.translate(_SOUP_ESCAPES)


@dataclass(frozen=True)
class Contents:
    """A page's contents in Sphinx's shape, and in the theme's when its secondary sidebar is
    the contents alone (``None`` otherwise; empty when the sidebar is left out)."""

    toc: str
    shown: str | None


def contents_of(doctree: nodes.document, context: dict[str, Any]) -> Contents | None:
    """The contents of a page with written sections (``None`` for other pages), for the
    theme options in ``context``."""
    if next(iter(doctree.findall(_is_written_section)), None) is None:
        return None
    entries = page_entries(doctree)
    if not entries:
        return None
    shown = None
    if context.get("theme_secondary_sidebar_items") in PAGE_TOC_ONLY:
        shown = theme_toc_html(entries, int(context.get("theme_show_toc_level", 1)))
    return Contents(sphinx_toc_html(entries), shown)


def give_contents(context: dict[str, Any], contents: Contents) -> None:
    context["toc"] = contents.toc
    context["display_toc"] = True
    if contents.shown is not None:
        # Decided here, so the theme does not render page-toc.html to see if it is empty.
        context.pop("theme_secondary_sidebar_items", None)
        context["secondary_sidebar_items"] = ["page-toc.html"] if contents.shown else []
        context[THEME_TOC] = contents.shown


def redo_page_toc(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """``html-page-context``, before the theme's handlers: the page's contents again (or, for
    a page frame, the contents its caller gives)."""
    if GIVEN_CONTENTS in context:
        contents = context[GIVEN_CONTENTS]
    elif isinstance(doctree, nodes.document):
        contents = contents_of(doctree, context)
    else:
        return
    if contents is not None:
        give_contents(context, contents)


def give_theme_toc(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """``html-page-context``, after the theme's handlers: its ``generate_toc_html`` answers
    with the contents made above instead of parsing them again."""
    shown = context.get(THEME_TOC)
    theirs = context.get("generate_toc_html")
    if shown is None or not callable(theirs):
        return

    def generate_toc_html(kind: str = "html") -> Any:
        return Markup(shown) if kind == "html" else theirs(kind)

    context["generate_toc_html"] = generate_toc_html


def _is_written_section(node: nodes.Node) -> bool:
    return isinstance(node, nodes.section) and WRITTEN_SECTION in node["classes"]
