"""Issue 4: topic sections, sources and credit lines, claims, JSON-LD."""

from __future__ import annotations

import html as htmllib
import json
import re
from pathlib import Path

from briefing import wire

from conftest import (
    BuildFactory,
    copy_root,
    hold_back_seed,
    html,
    seeds_folder,
    warnings,
)

SEED_PAGE = "articles/000_ffec9fcf535a1e0c"
TAG = re.compile(r"<[^>]+>")


def text_of(fragment: str) -> str:
    return " ".join(TAG.sub(" ", fragment).split()).replace(" :", ":")


def panel(page: str, css_class: str) -> str:
    start = page.index(css_class)
    return page[start : page.index("</ul>", start)]


def test_seed_subheads_are_topic_sections(built: BuildFactory) -> None:
    app = built("seed")
    page = html(app, "all-topics")
    titles = re.findall(r'class="briefing-section-title"><a [^>]*href="([^"]+)"[^>]*>([^<]+)', page)
    assert titles == [
        (
            "articles/000_ffec9fcf535a1e0c.html#s-2",
            "U.S.-South Korea Alliance: A Regional Stronghold",
        ),
        (
            "articles/000_ffec9fcf535a1e0c.html#s-3",
            "South Korea Considers Sending Monitoring Team To Ukraine",
        ),
    ]


def test_seed_source_box_and_claims(built: BuildFactory) -> None:
    app = built("seed")
    page = html(app, SEED_PAGE)
    box = text_of(page[page.index("briefing-source-box") : page.index("briefing-key-figures")])
    assert "Agency: Reuters (with inputs from the agency" in box
    assert "Credit line: (With Inputs from Reuters)" in box
    assert 'href="../sources/source.reuters.html#source.reuters"' in page
    claims = re.findall(
        r"<li><p>(.*?) \((\w[\w ]*)\): .*?href=\"#(p-\d)\"", panel(page, "briefing-claims")
    )
    assert [(text_of(s), v, p) for s, v, p in claims] == [
        ("South Korea’s presidential office", "announced", "p-1"),
        ("a high-ranking South Korean official", "according to", "p-1"),
        # One office under one spelling; "the official" is the fuller earlier description.
        ("South Korea’s presidential office", "indicated", "p-4"),
        ("a high-ranking South Korean official", "according to", "p-4"),
    ]


def test_json_ld_names_reuters_and_entities(built: BuildFactory) -> None:
    app = built("seed")
    page = html(app, SEED_PAGE)
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert raw is not None
    data = json.loads(raw.group(1))
    assert data["@type"] == "NewsArticle"
    assert data["headline"].startswith("South Korea Vows")
    assert data["sourceOrganization"][0]["name"] == "Reuters"
    assert {"@type": "Person", "name": "Yoon Suk Yeol"} in data["about"]


def test_editor_topic_gathers_sections_from_two_articles(built: BuildFactory) -> None:
    app = built("topics")
    page = html(app, "topics/alliance")
    gathered = re.findall(r'class="briefing-section-title"><a [^>]*href="([^"]+)"', page)
    # Newest first: the Japan article is dated after the Korea one.
    assert gathered == [
        "../articles/us_japan.html#s-2",
        "../articles/000_ffec9fcf535a1e0c.html#s-2",
    ]
    assert "Who pays for American troops in Asia." in page
    assert "Key entities" in page and "five-year cost-sharing plan" in page
    home = html(app, "index")
    assert 'href="topics/alliance.html#topic.alliance-costs"' in home
    assert "2 article sections" in home
    # Claimed sections leave the "own subhead" list; the unclaimed one stays.
    everything = html(app, "all-topics")
    assert "Sections under their own subheads" in everything
    assert "articles/000_ffec9fcf535a1e0c.html#s-3" in everything
    assert "articles/us_japan.html#s-2" not in everything.split("own subheads")[1]


def meta_line(page: str) -> str:
    """The quiet line under an article's headline, as read."""
    start = page.index(">", page.index('class="briefing-meta-line"')) + 1
    return htmllib.unescape(re.sub(r"<[^>]+>", "", page[start : page.index("</p>", start)]))


def test_sources_page_and_dateline_credit(built: BuildFactory) -> None:
    app = built("topics")
    sources = html(app, "sources")
    assert 'href="sources/source.reuters.html#source.reuters"' in sources
    assert sources.count('href="articles/') >= 2
    by_speaker = text_of(sources[sources.index("Who said what, by speaker") :])
    assert "a high-ranking South Korean official" in by_speaker
    assert "Gen Nakatani" in by_speaker or "Nakatani" in by_speaker
    japan = html(app, "articles/us_japan")
    box = text_of(japan[japan.index("briefing-source-box") : japan.index("briefing-key-figures")])
    assert "Agency: Reuters (wire copy from the agency)" in box
    assert "Reporting: Kantaro Komiya" in box and "Editing: Ed Davies" in box
    # The date and dateline lead the quiet line under the headline, not the box.
    assert meta_line(japan) == "Tokyo, 8 Nov 2024 · Wire copy from Reuters"
    assert "Published" not in box
    korea = html(app, SEED_PAGE)
    assert meta_line(korea) == "6 Nov 2024 · By Wire staff · Wire copy from Reuters"  # sidecar
    assert 'href="https://example.com/korea-alliance"' in korea
    # The dateline is the agency's, not the story's: no entity for Reuters or Tokyo.
    glossary = {p.stem for p in (Path(app.outdir) / "glossary").glob("*.html")}
    assert not {"org.reuters", "place.tokyo", "org.tokyo"} & glossary
    reuters = html(app, "sources/source.reuters")
    assert (
        "U.S. and Japan Review Troop Costs" in reuters and "Statements in these articles" in reuters
    )


def test_topic_mistakes_warn_with_file_and_line(built: BuildFactory) -> None:
    app = built("topics")
    log = [line for line in warnings(app).splitlines() if line.strip()]
    assert len(log) == 2
    section, entity = sorted(log)
    # Each at the line of the option that holds the mistake.
    assert "topics/broken.md:6" in section and "briefing.unknown_section" in section
    assert "did you mean 000_ffec9fcf535a1e0c#s-3" in section
    assert "topics/broken.md:7" in entity and "did you mean place.south-korea" in entity


def test_article_without_credit_says_so(make_build: BuildFactory, tmp_path: Path) -> None:
    srcdir = copy_root("seed", tmp_path)
    seeds = seeds_folder(srcdir)
    (seeds / "000_ffec9fcf535a1e0c.txt").unlink()
    (seeds / "plain.txt").write_text(
        "Plain Story\n\nA paragraph about Paris.\n\n(Prepared by the desk with inputs below)\n",
        encoding="utf-8",
    )
    app = make_build(srcdir)
    page = html(app, "articles/plain")
    assert meta_line(page) == "undated · Wire source not stated"
    assert "briefing-source-box" not in page  # no box with nothing to say
    assert "(Prepared by the desk with inputs below)" in page
    log = warnings(app)
    assert "plain.txt:5" in log and "briefing.seed_credit" in log and "(With inputs from" in log


def test_adding_an_article_updates_topic_pages_incrementally(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    srcdir = copy_root("topics", tmp_path)
    put_back = hold_back_seed(srcdir, "us_japan")
    before = make_build(srcdir)
    assert "us_japan" not in html(before, "topics/alliance")
    put_back()
    after = make_build(srcdir)
    assert "../articles/us_japan.html#s-2" in html(after, "topics/alliance")
    assert "articles/us_japan.html" in html(after, "sources")


def test_credit_variants() -> None:
    cases = {
        "(With Inputs from Reuters)": (("Reuters",), "inputs", (), ()),
        "(With inputs from Reuters and AFP)": (("Reuters", "AFP"), "inputs", (), ()),
        "(Reporting by Hyonhee Shin; Editing by Ed Davies)": (
            (),
            "staff",
            ("Hyonhee Shin",),
            ("Ed Davies",),
        ),
    }
    for text, (agencies, mode, reporters, editors) in cases.items():
        credit = wire.parse_credit(text)
        assert credit is not None, text
        assert (credit.agencies, credit.mode, credit.reporters, credit.editors) == (
            agencies,
            mode,
            reporters,
            editors,
        ), text
    dateline = wire.parse_dateline("SEOUL (Reuters) - South Korea said on Wednesday")
    assert dateline is not None and dateline.agencies == ("Reuters",)
    assert dateline.dateline == "SEOUL"
    assert wire.parse_credit("(Editing by hand is back in fashion, she said.)") is None
