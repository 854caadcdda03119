"""Collected pages filled into a frame the theme rendered once (``html/frame.py``) are the
pages the theme renders one by one, byte for byte; where a frame cannot be sure, the theme
renders each page itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sphinx.testing.util import SphinxTestApp

from briefing.html.collected import FrameWriter, write_some
from briefing.html.frame import MARK

from conftest import BuildFactory, copy_root, html

#: Plain text a frame takes as it is, and text it leaves to the theme.
ODD = "Acme *a* _b_ `c` | {d} [e] Zürich — 東京 100%"
HOSTILE = "<script>alert('x')</script> & \"Co\" @home"


def collected_pages(app: SphinxTestApp) -> list[tuple[str, str]]:
    domain = app.env.domains["brief"]
    names = domain.corpus.entities
    pages = []
    for docname in sorted(domain.data["collected"]):
        kind, object_id, _ = domain.data["collect_plan"][docname]
        title = names[object_id].name if kind == "glossary" else domain.corpus.sources()[object_id]
        pages.append((docname, title))
    return pages


def write_all(app: SphinxTestApp, *, frames: bool) -> tuple[dict[str, str], FrameWriter]:
    app.config.briefing_page_frames = frames
    writer = FrameWriter(app)
    pages = collected_pages(app)
    write_some(writer, pages)
    return {docname: html(app, docname) for docname, _ in pages}, writer


def rename_two(app: SphinxTestApp) -> None:
    """Wire text gives any name: one odd but plain, one hostile."""
    domain = app.env.domains["brief"]
    plan = domain.data["collect_plan"]
    ids = sorted(plan[d][1] for d in domain.data["collected"] if plan[d][0] == "glossary")
    entities = domain.corpus.entities
    entities[ids[0]].name, entities[ids[1]].name = ODD, HOSTILE


#: The site's theme options: its secondary sidebar is the page's contents alone.
SITE_OPTIONS = {"secondary_sidebar_items": ["page-toc"]}


@pytest.mark.parametrize(
    ("theme", "options"),
    [("basic", {}), ("alabaster", {}), ("pydata_sphinx_theme", SITE_OPTIONS)],
)
def test_framed_pages_are_the_themes_own(
    make_build: BuildFactory, theme: str, options: dict[str, object]
) -> None:
    app = make_build("editors", html_theme=theme, html_theme_options=options)
    rename_two(app)
    theirs, _ = write_all(app, frames=False)
    ours, writer = write_all(app, frames=True)
    assert writer.filled >= len(ours) - 3 * len(writer.frames)  # most pages filled in
    assert all(frame is not None for frame in writer.frames.values())
    assert {"glossary", "sources"} <= {shape.folder for shape in writer.frames}
    assert ours == theirs
    odd_page = next(page for page in ours.values() if "Zürich" in page)
    assert "<title>Acme *a* _b_ `c` | {d} [e] Zürich — 東京 100%" in odd_page
    assert not any(MARK in page for page in ours.values())


def test_a_theme_that_parses_the_contents_itself_renders_those_pages(
    make_build: BuildFactory,
) -> None:
    """pydata-sphinx-theme's own secondary sidebar (contents, source link) reads the contents
    apart: no frame can hold them, and the check finds it."""
    app = make_build("editors", html_theme="pydata_sphinx_theme")
    theirs, _ = write_all(app, frames=False)
    ours, writer = write_all(app, frames=True)
    assert ours == theirs
    dropped = {shape.folder for shape, frame in writer.frames.items() if frame is None}
    assert dropped == {"glossary"}  # source pages have no contents: their frame holds


def test_an_unknown_page_context_handler_has_every_page_rendered(
    make_build: BuildFactory,
) -> None:
    """Another extension's handler may add something per page (here, a tag naming it)."""
    app = make_build("editors")

    def name_the_page(
        app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
    ) -> None:
        context["metatags"] += f'<meta name="x-page" content="{pagename}">'

    app.connect("html-page-context", name_the_page)
    pages, writer = write_all(app, frames=True)
    assert not writer.enabled and writer.filled == 0
    for docname, page in pages.items():
        assert f'<meta name="x-page" content="{docname}">' in page


def with_layout(tmp_path: Path, extra_head: str) -> Path:
    srcdir = copy_root("editors", tmp_path)
    templates = srcdir / "_templates"
    templates.mkdir()
    templates.joinpath("layout.html").write_text(
        '{% extends "!layout.html" %}\n'
        f"{{% block extrahead %}}{extra_head}{{{{ super() }}}}{{% endblock %}}\n",
        encoding="utf-8",
    )
    return srcdir


#: Templates a frame cannot stand for: one changes a placeholder (caught when the frame is
#: cut), one shows the page name's length, which no placeholder carries (caught only by
#: rendering the first pages through the theme too).
PAGE_BY_PAGE = {
    "title upper-cased": (
        '<meta name="x-title" content="{{ title|upper }}">',
        lambda docname, title: f'<meta name="x-title" content="{title.upper()}">',
    ),
    "name's length": (
        '<meta name="x-length" content="{{ pagename|length }}">',
        lambda docname, title: f'<meta name="x-length" content="{len(docname)}">',
    ),
}


@pytest.mark.parametrize("template", sorted(PAGE_BY_PAGE))
def test_a_template_a_frame_cannot_hold_has_each_page_rendered(
    make_build: BuildFactory, tmp_path: Path, template: str
) -> None:
    extra_head, expected = PAGE_BY_PAGE[template]
    app = make_build(with_layout(tmp_path, extra_head), templates_path=["_templates"])
    pages, writer = write_all(app, frames=True)
    assert writer.frames and all(frame is None for frame in writer.frames.values())
    assert writer.filled == 0
    for docname, title in collected_pages(app):
        assert expected(docname, title) in pages[docname]


def test_a_build_with_frames_is_a_build_without(make_build: BuildFactory, tmp_path: Path) -> None:
    """Every collected page, as ``sphinx-build`` writes it, with the site's theme."""
    theme = {"html_theme": "pydata_sphinx_theme", "html_theme_options": SITE_OPTIONS}
    framed = make_build(copy_root("editors", tmp_path / "framed"), **theme)
    alone = make_build(
        copy_root("editors", tmp_path / "alone"), **theme, briefing_page_frames=False
    )
    for docname, _ in collected_pages(framed):
        assert html(framed, docname) == html(alone, docname), docname
