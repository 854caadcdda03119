"""Issue 2: seeds become escaped article pages; bad seeds warn and cost nothing else."""

from __future__ import annotations

import html as htmllib
import re
from pathlib import Path

from conftest import SEED, BuildFactory, html, seeds_folder, warnings

TAG = re.compile(r"<[^>]+>")


def visible_text(page: str) -> str:
    """The page's text as a reader sees it: tags dropped, entities decoded."""
    body = page[page.index("<body") :]
    body = re.sub(r"<script.*?</script>", " ", body, flags=re.S)
    return htmllib.unescape(TAG.sub("", body))


def test_seed_builds_without_warnings_and_keeps_every_word(built: BuildFactory) -> None:
    app = built("seed")
    assert warnings(app) == ""
    page = html(app, "articles/000_ffec9fcf535a1e0c")
    text = visible_text(page)
    position = 0
    for word in SEED.read_text(encoding="utf-8").split():
        found = text.find(word, position)
        assert found >= 0, f"{word!r} missing or out of order"
        position = found + len(word)


def test_seed_page_structure(built: BuildFactory) -> None:
    app = built("seed")
    page = html(app, "articles/000_ffec9fcf535a1e0c")
    assert "<title>South Korea Vows ‘Perfect Security Partnership’ With New US President" in page
    headings = re.findall(r"<h2>(.*?)<a class=\"headerlink\"", page)
    assert [TAG.sub("", h) for h in headings] == [
        "U.S.-South Korea Alliance: A Regional Stronghold",
        "South Korea Considers Sending Monitoring Team To Ukraine",
    ]
    paragraphs = re.findall(r'<p class="briefing-para" id="(p-\d+)">', page)
    assert paragraphs == [f"p-{n}" for n in range(1, 6)]
    for anchor in paragraphs:
        assert f'href="#{anchor}" title="Link to this paragraph">¶</a>' in page
    assert "(With Inputs from Reuters)" in page
    assert "undated · Wire copy from Reuters" in visible_text(page)  # the quiet line


def test_home_lists_articles_as_cards(built: BuildFactory) -> None:
    app = built("seed")
    page = html(app, "index")
    assert "sd-card" in page
    assert 'href="articles/000_ffec9fcf535a1e0c.html"' in page
    assert "South Korea’s presidential office announced on Wednesday" in page
    assert "Wire: Reuters" in page


def test_markup_in_seed_is_shown_verbatim(built: BuildFactory) -> None:
    app = built("markup")
    assert warnings(app) == ""  # "French" is a group whose country has no page: no dead link
    page = html(app, "articles/markup")
    article = page[page.index('id="article-markup"') :]
    assert "<script>alert" not in article
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert "<b>tag</b>" not in article and "&lt;b&gt;tag&lt;/b&gt;" in article
    text = visible_text(page)
    for verbatim in (
        "Markup *Stars* _Under_ `Ticks` <script>alert(1)</script> & Co",
        "{role}`x`",
        "[link](https://evil.example)",
        "**bold**",
        "A | pipe | table | row",
        "&amp; entity",
        "\\backslash",
        "$math$ with {braces}",
        "Ünïcödé “quotes” — 東京 and Москва",
    ):
        assert verbatim in text, verbatim
    assert 'href="https://evil.example"' not in page


def test_bad_seeds_warn_once_each_and_spare_the_rest(built: BuildFactory) -> None:
    app = built("bad")
    log = warnings(app)
    expected = {
        "empty.txt": "briefing.seed_empty",
        "headline_only.txt": "briefing.seed_format",
        "latin1.txt": "briefing.seed_encoding",
        "binary.txt": "briefing.seed_binary",
    }
    for name, subtype in expected.items():
        lines = [line for line in log.splitlines() if name in line]
        assert len(lines) == 1, (name, lines)
        assert f"[{subtype}]" in lines[0]
        assert re.search(rf"{re.escape(name)}:\d+", lines[0]), lines[0]
    assert "byte offset" in next(line for line in log.splitlines() if "latin1.txt" in line)
    assert len(log.strip().splitlines()) == len(expected)
    good = html(app, "articles/good")
    assert "U.S.-South Korea Alliance: A Regional Stronghold" in good
    assert "Headline only" in html(app, "articles/headline_only")
    home = html(app, "index")
    assert 'href="articles/good.html"' in home


def test_seed_added_and_removed_without_other_edits(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    app = make_build("seed")
    srcdir = Path(app.srcdir)
    seeds = seeds_folder(srcdir)
    (seeds / "second.txt").write_text(
        "Second Story Arrives\n\nA second paragraph about Paris.\n", encoding="utf-8"
    )
    again = make_build(srcdir)
    assert "Second Story Arrives" in html(again, "index")
    (seeds / "second.txt").unlink()
    third = make_build(srcdir)
    assert "Second Story Arrives" not in html(third, "index")
    assert not (srcdir / "articles" / "second.md").exists()
