"""The editors' pages: reached from the footer, not in the readers' navigation or search."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from conftest import REPO, BuildFactory, html, warnings

EDITORS_PAGES = ("guide", "entities/index", "entities/korea", "editors/index", "editors/warnings")
GENERATED = ("_build", "articles", "glossary", "sources")


def docs_copy(dest: Path) -> Path:
    """The shipped site with its seeds, as ``make site`` builds it."""
    shutil.copytree(REPO / "docs", dest / "docs", ignore=shutil.ignore_patterns(*GENERATED))
    shutil.copytree(REPO / "seeds", dest / "seeds")
    return dest / "docs"


def search_index(app) -> dict[str, object]:  # type: ignore[no-untyped-def]
    text = (Path(app.outdir) / "searchindex.js").read_text(encoding="utf-8")
    data: dict[str, object] = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    return data


def test_editors_pages_are_in_their_own_area(make_build: BuildFactory, tmp_path: Path) -> None:
    app = make_build(docs_copy(tmp_path))
    assert warnings(app) == ""
    home = html(app, "index")
    navigation = home[home.index('class="bd-navbar-elements') :]
    navigation = navigation[: navigation.index("</ul>")]
    assert "notes/index.html" in navigation and "glossary.html" in navigation
    for page in EDITORS_PAGES:
        assert f'href="{page}.html"' not in navigation, page
    # Every page's footer leads to the area; the area leads to each editors' page.
    for page in ("index", "glossary/person.yoon-suk-yeol", "notes/monitoring-team"):
        footer = html(app, page)
        footer = footer[footer.index("bd-footer") :]
        assert re.search(r'<a href="(\.\./)*editors/index.html">For editors</a>', footer), page
    area = html(app, "editors/index")
    for page in ("../guide", "../entities/index", "warnings"):
        assert f'href="{page}.html"' in area, page
    assert "briefing.unknown_entity" in html(app, "editors/warnings")


def test_editors_pages_are_left_out_of_search(make_build: BuildFactory, tmp_path: Path) -> None:
    app = make_build(docs_copy(tmp_path))
    index = search_index(app)
    docnames: list[str] = index["docnames"]  # type: ignore[assignment]
    left_out = {docnames.index(page) for page in EDITORS_PAGES}
    found: set[int] = set()
    for table in ("terms", "titleterms"):
        for pages in index[table].values():  # type: ignore[attr-defined]
            found |= set(pages) if isinstance(pages, list) else {pages}
    assert not found & left_out
    # Readers' pages are still found, the registry's entities by their glossary pages.
    assert docnames.index("glossary/person.yoon-suk-yeol") in found
    assert docnames.index("notes/monitoring-team") in found
