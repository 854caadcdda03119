"""Entity pages without a registry entry, and source pages, made without Sphinx documents."""

from __future__ import annotations

import json
from pathlib import Path

from sphinx.testing.util import SphinxTestApp
from sphinx.util.inventory import InventoryFile

from conftest import BuildFactory, build_as_new_process, html


def collected(app: SphinxTestApp) -> dict[str, list[str]]:
    return dict(app.env.domains["brief"].data["collected"])


def search_index(app: SphinxTestApp) -> dict[str, object]:
    text = (Path(app.outdir) / "searchindex.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("(") + 1 : text.rindex(")")])  # type: ignore[no-any-return]


def test_uncurated_entities_and_sources_are_no_documents(built: BuildFactory) -> None:
    app = built("editors")
    pages = collected(app)
    assert "sources/source.reuters" in pages
    assert pages and not set(pages) & set(app.env.all_docs)
    corpus = app.env.domains["brief"].corpus
    for docname in pages:
        assert (Path(app.outdir) / f"{docname}.html").is_file()
        assert docname.rpartition("/")[2] not in corpus.registry
    # Only a curated entity's page stays a document (its description is the editors' MyST).
    stubs = {p.stem for p in (Path(app.srcdir) / "glossary").glob("*.md")}
    assert stubs == {d.rpartition("/")[2] for d in app.env.all_docs if d.startswith("glossary/")}


def test_collected_pages_are_found_by_name_and_in_the_inventory(built: BuildFactory) -> None:
    app = built("editors")
    index = search_index(app)
    docnames = index["docnames"]
    assert isinstance(docnames, list)
    domain = app.env.domains["brief"]
    with (Path(app.outdir) / "objects.inv").open("rb") as stream:
        inventory = InventoryFile.load(stream, "", lambda base, uri: uri)
    for docname in collected(app):
        assert docname in docnames, docname
        entity_id = docname.rpartition("/")[2]
        target = domain.entities[entity_id]
        titles = index["titles"]
        assert isinstance(titles, list)
        assert titles[docnames.index(docname)] == target.name
        found = inventory[f"brief:{target.type}"][entity_id]
        assert found.uri == f"{docname}.html#{entity_id}"
        assert inventory["std:doc"][docname].uri == f"{docname}.html"
        assert inventory["std:doc"][docname].display_name == target.name


def test_collected_page_has_the_theme_and_its_contents(built: BuildFactory) -> None:
    app = built("editors")
    page = html(app, "sources/source.reuters")
    assert "<title>Reuters" in page
    assert '<section class="briefing-source-page" id="source.reuters">' in page
    assert 'href="../articles/' in page  # the listing is drawn, its links relative to the page


def test_a_rebuild_without_change_writes_no_collected_page(make_build: BuildFactory) -> None:
    app = make_build("editors")
    pages = collected(app)
    times = {d: (Path(app.outdir) / f"{d}.html").stat().st_mtime_ns for d in pages}
    build_as_new_process(app)
    assert collected(app) == pages
    assert {d: (Path(app.outdir) / f"{d}.html").stat().st_mtime_ns for d in pages} == times
    assert set(pages) <= set(search_index(app)["docnames"])  # type: ignore[arg-type]


def test_a_curated_entity_keeps_its_document(built: BuildFactory) -> None:
    app = built("registry")
    curated = set(app.env.domains["brief"].corpus.registry)
    glossary = {d.rpartition("/")[2] for d in app.env.all_docs if d.startswith("glossary/")}
    assert glossary and glossary <= curated
    assert not {d.rpartition("/")[2] for d in collected(app)} & curated


def test_documents_as_before_when_turned_off(built: BuildFactory) -> None:
    app = built("editors", briefing_collect_pages=False)
    assert not collected(app)
    assert "sources/source.reuters" in app.env.all_docs


HOSTILE = "<script>alert('name')</script> & \"Co\" <img src=x onerror=alert(1)>"


def test_a_hostile_name_on_a_collected_page_is_escaped(make_build: BuildFactory) -> None:
    """Names come from the wire: the page's title, heading, spellings and search entry are
    escaped (the seeds of the test roots give no hostile names, so one is put in)."""
    from briefing.html.collected import FrameWriter, write_some

    app = make_build("editors")
    domain = app.env.domains["brief"]
    docname = sorted(d for d in collected(app) if d.startswith("glossary/"))[0]
    info = domain.corpus.entities[docname.rpartition("/")[2]]
    info.name = HOSTILE
    info.aliases = {HOSTILE, "javascript:alert('alias')", "</script><b>bold</b>"}
    write_some(FrameWriter(app), [(docname, info.name)])
    page = html(app, docname)
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>bold" not in page
    assert "&lt;script&gt;alert(&#x27;name&#x27;)&lt;/script&gt;" in page or (
        "&lt;script&gt;alert('name')&lt;/script&gt;" in page
    )
    assert "<title>&lt;script&gt;" in page


def test_collected_pages_get_the_resolvers_and_no_other_post_transform(
    built: BuildFactory,
) -> None:
    from sphinx.transforms.post_transforms import ReferencesResolver
    from sphinx.transforms.post_transforms.code import HighlightLanguageTransform

    from briefing.checks.integrity import EntityLinkChecker
    from briefing.html.resolve import _resolves_references

    app = built("editors")
    transforms = app.registry.get_post_transforms()
    kept = {t for t in transforms if _resolves_references(t)}
    assert {ReferencesResolver, EntityLinkChecker} <= kept
    assert any(t.__module__.startswith("myst_parser.") for t in kept)
    assert HighlightLanguageTransform in set(transforms) - kept
    # The cross-reference a collected page holds before its listings are drawn resolves.
    page = html(app, "glossary/group.south-korean")
    assert 'href="place.south-korea.html#place.south-korea"><span>South Korea</span></a>' in page
