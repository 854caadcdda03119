"""In a real browser, no page built from hostile ids, file names or notes runs script.

The hostile root is built with the site's theme (which writes each page name into an inline
script), with registry ids and note file names made to break out of that script, and a note
full of raw HTML (off by default). Every page is opened in Debian's chromium; ``alert`` and
its kin are replaced before any page script runs, so a payload that runs is recorded, and
so is any script error (a page name breaking the theme's script is one).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import CHROMIUM_ARGS, Site, chromium_path, serve
from playwright.sync_api import Error, sync_playwright

from conftest import copy_root, warnings

pytestmark = pytest.mark.browser

RECORDER = """
window.__ran = [];
for (const name of ["alert", "confirm", "prompt"]) {
  window[name] = (message) => { window.__ran.push(name + ": " + message); };
}
"""

HOSTILE_IDS = """\
# Ids made to break out of scripts

:::{brief:entity} Quote Person
:type: person
:id: person.x';alert('id');'

An id with quotes.
:::

:::{brief:entity} Script Person
:type: person
:id: person.x</script><script>alert('tag')</script>

An id with a script tag.
:::
"""

RAW_NOTE = """\
---
title: "Raw note <script>alert('title')</script>"
---

<script>alert('raw-block')</script>

Inline <img src=x onerror="alert('raw-inline')"> image.

:::{raw} html
<script>alert('raw-directive')</script>
:::
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[str]]]:
    """The hostile root, built once with the site's theme; yields its URL and page paths."""
    from sphinx.testing.util import SphinxTestApp

    srcdir = copy_root("hostile", tmp_path_factory.mktemp("browser-hostile"))
    (srcdir / "entities" / "ids.md").write_text(HOSTILE_IDS, encoding="utf-8")
    (srcdir / "notes" / "raw.md").write_text(RAW_NOTE, encoding="utf-8")
    for name in ("it's", "x';alert('note');'"):
        (srcdir / "notes" / f"{name}.md").write_text("---\ntitle: Quote\n---\n\nA note.\n", "utf-8")
    (srcdir / "seeds" / "Москва.txt").write_text(
        "Moscow <script>alert('seed')</script>\n\nA story saved under a Cyrillic name.\n",
        encoding="utf-8",
    )
    cache = tmp_path_factory.getbasetemp() / "browser-hostile-cache"
    app = SphinxTestApp(
        "html",
        srcdir=srcdir,
        confoverrides={"html_theme": "pydata_sphinx_theme", "briefing_cache_dir": str(cache)},
    )
    try:
        app.build()
        assert "briefing.bad_id" in warnings(app)
        site = Site(html=Path(app.outdir), warnings=warnings(app), base_url="")
        pages = [p.relative_to(site.html).as_posix() for p in site.pages()]
        with serve(site) as url:
            yield url, pages
    finally:
        app.cleanup()


def test_no_hostile_page_runs_script(hostile_site: tuple[str, list[str]]) -> None:
    url, pages = hostile_site
    assert "articles/москва.html" in pages
    assert "notes/raw.html" in pages
    executable = chromium_path()
    ran: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        context = browser.new_context()
        context.add_init_script(RECORDER)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("dialog", lambda dialog: (ran.append(dialog.message), dialog.dismiss()))
        for path in pages:
            errors.clear()
            try:
                page.goto(url + path, wait_until="load")
            except Error as err:  # a page that cannot even load is a failure too
                ran.append(f"{path}: {err}")
                continue
            ran += [f"{path}: {call}" for call in page.evaluate("window.__ran")]
            ran += [f"{path}: script error {error}" for error in errors]
        page.goto(url + "notes/raw.html", wait_until="load")
        shown = page.inner_text("main")
        browser.close()
    assert not ran, "\n".join(ran)
    # The raw note is on the site, its markup shown as text.
    assert "<script>alert('raw-block')</script>" in shown
