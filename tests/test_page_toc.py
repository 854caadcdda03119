"""The "On this page" contents of pages with written sections, as Sphinx and the theme show them.

``html/page_toc.py`` writes the contents itself, in Sphinx's shape and in the shape
pydata-sphinx-theme's ``generate_toc_html`` makes of it, so the theme need not parse them with
BeautifulSoup. These tests hold both against the real renderers, on hostile titles too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docutils import nodes
from pydata_sphinx_theme.toctree import add_toctree_functions
from sphinx import addnodes
from sphinx.testing.util import SphinxTestApp
from sphinx.util.docutils import docutils_namespace, register_node

from briefing.html.page_toc import Entry, sphinx_toc_html, theme_toc_html

from conftest import BuildFactory, html

HOSTILE = 'Tom & "Jerry" <script>x</script> @ *a* _b_ `c` | {d} Zürich — 東京'

SHAPES: dict[str, tuple[Entry, ...]] = {
    "title alone": (Entry("Acme", "#", ()),),
    "title and sections": (
        Entry(
            "Acme",
            "#",
            (
                Entry("In the news over time", "#over-time", ()),
                Entry(
                    "In the articles",
                    "#in-the-articles",
                    (Entry(HOSTILE, "#a-1", ()), Entry("Second", "#a-2", ())),
                ),
                Entry("Related entities", "#related", ()),
            ),
        ),
    ),
    "two top sections": (
        Entry(HOSTILE, "#", (Entry("Deep", "#deep", (Entry("Deeper", "#deeper", ()),)),)),
        Entry("Other", "#other", ()),
    ),
}


def as_nodes(entries: tuple[Entry, ...]) -> nodes.bullet_list:
    """The contents as docutils nodes, the way Sphinx's own toctree collector builds them."""
    toc = nodes.bullet_list()
    for entry in entries:
        anchor = "" if entry.anchor == "#" else entry.anchor
        ref = nodes.reference("", entry.text, internal=True, refuri=entry.anchor, anchorname=anchor)
        item = nodes.list_item("", addnodes.compact_paragraph("", "", ref))
        if entry.children:
            item += as_nodes(entry.children)
        toc += item
    return toc


@pytest.fixture(scope="module")
def themed(built: BuildFactory) -> SphinxTestApp:
    return built("editors", html_theme="pydata_sphinx_theme")


@pytest.mark.parametrize("shape", sorted(set(SHAPES) - {"title alone"}))
def test_contents_are_what_sphinx_renders(themed: SphinxTestApp, shape: str) -> None:
    entries = SHAPES[shape]
    with docutils_namespace():  # the build's node registrations, gone once it finished
        register_node(addnodes.compact_paragraph)
        expected = themed.builder.render_partial(as_nodes(entries))["fragment"]  # type: ignore[attr-defined]
    assert sphinx_toc_html(entries) == expected


def test_a_lone_title_is_one_line() -> None:
    # docutils' list checker cannot render this shape from nodes; Sphinx writes it so.
    expected = '<ul>\n<li><a class="reference internal" href="#">Acme</a></li>\n</ul>\n'
    assert sphinx_toc_html(SHAPES["title alone"]) == expected
    assert sphinx_toc_html(()) == ""


@pytest.mark.parametrize("level", [1, 2, 3])
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_theme_shape_is_what_the_theme_makes(themed: SphinxTestApp, shape: str, level: int) -> None:
    entries = SHAPES[shape]
    context: dict[str, Any] = {"toc": sphinx_toc_html(entries), "theme_show_toc_level": level}
    add_toctree_functions(themed, "glossary/x", "page.html", context, None)
    assert theme_toc_html(entries, level) == str(context["generate_toc_html"]())


def test_entity_page_keeps_its_contents_in_the_theme(themed: SphinxTestApp) -> None:
    domain = themed.env.domains["brief"]
    entity = next(d for d in domain.data["collected"] if d.startswith("glossary/"))
    page = html(themed, entity)
    nav = page[page.index('<nav id="pst-page-toc-nav"') :]
    nav = nav[: nav.index("</nav>")]
    assert '<li class="toc-h2 nav-item toc-entry">' in nav
    assert 'href="#in-the-articles">In the articles</a>' in nav
    assert 'class="bd-sidebar-secondary' in page


def test_a_page_whose_contents_are_its_title_alone_has_no_sidebar(themed: SphinxTestApp) -> None:
    source = html(themed, "sources/source.reuters")
    assert "<h1>" in source and 'id="pst-page-toc-nav"' not in source
    assert 'class="bd-sidebar-secondary' not in source


def test_pages_without_written_sections_leave_the_theme_alone(themed: SphinxTestApp) -> None:
    index = (Path(themed.outdir) / "index.html").read_text(encoding="utf-8")
    assert "bd-main" in index  # drawn by the theme, contents or none as it decides
