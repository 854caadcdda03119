"""What a reader meets: the article's story first, quiet entity links with preview cards,
generated descriptions, dates everywhere."""

from __future__ import annotations

import html as htmllib
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from sphinx.testing.util import SphinxTestApp

from conftest import BuildFactory, copy_root, hold_back_seed, html, warnings

SEED_PAGE = "articles/000_ffec9fcf535a1e0c"
TAG = re.compile(r"<[^>]+>")
MENTION = re.compile(
    r'<a class="briefing-previewed[^"]*" href="[^"]*#([^"]+)"><span class="briefing-mention'
)


def text(fragment: str) -> str:
    return " ".join(htmllib.unescape(TAG.sub("", fragment)).split())


def sections(page: str) -> list[str]:
    """The article's lead and each subhead section, as HTML."""
    body = page[page.index('class="briefing-article') : page.rindex("</section>")]
    return re.split(r'<section id="s-\d+">', body)


def card(app: SphinxTestApp, entity_id: str) -> dict[str, Any]:
    """An entity's preview card: the data its script hands ``briefingPreview``."""
    script = (Path(app.outdir) / "_previews" / f"{entity_id}.js").read_text(encoding="ascii")
    assert script.startswith("briefingPreview(") and script.endswith(");\n")
    found: dict[str, Any] = json.loads(script[len("briefingPreview(") : -len(");\n")])
    return found


def cards(app: SphinxTestApp) -> set[str]:
    return {path.stem for path in (Path(app.outdir) / "_previews").glob("*.js")}


def test_each_entity_is_linked_once_per_section(
    built: BuildFactory, make_build: BuildFactory, tmp_path: Path
) -> None:
    app = built("seed")
    page = html(app, SEED_PAGE)
    parts = sections(page)
    assert len(parts) == 3  # the lead and two subhead sections
    for part in parts:
        counts = Counter(MENTION.findall(part))
        assert counts and max(counts.values()) == 1, counts
    # "U.S." is named again in the last section: linked again there, as text in between.
    assert "place.united-states" in MENTION.findall(parts[2])
    every_root = copy_root("seed", tmp_path / "every")
    every = html(make_build(every_root, briefing_link_mentions="every"), SEED_PAGE)
    assert len(MENTION.findall(every)) > len(MENTION.findall(page))
    # A word the value does not take is named at conf.py, and the build links first mentions.
    wrong_root = copy_root("seed", tmp_path / "wrong")
    wrong = make_build(wrong_root, briefing_link_mentions="all")
    assert "briefing_link_mentions = 'all' is not one of 'first' or 'every'" in warnings(wrong)
    assert "conf.py" in warnings(wrong) and "[briefing.config]" in warnings(wrong)
    assert MENTION.findall(html(wrong, SEED_PAGE)) == MENTION.findall(page)


def test_preview_cards_hold_name_type_description_and_count(built: BuildFactory) -> None:
    app = built("registry")
    page = html(app, SEED_PAGE)
    assert set(MENTION.findall(page)) <= cards(app)  # a card for every linked entity
    korea = card(app, "place.south-korea")
    assert (korea["name"], korea["type"]) == ("South Korea", "Place")
    assert "Seoul is its capital" in korea["text"]  # the editor's description, then the count
    assert korea["count"] == "Named in 1 article"
    trump = card(app, "person.donald-trump")  # not curated: the generated line
    assert trump["text"].startswith("Called former U.S. President · named in 1 article")
    assert "count" not in trump and "bins" not in trump  # one article: nothing to draw
    assert trump["url"] == "glossary/person.donald-trump.html#person.donald-trump"
    # Cards are files of their own, not page text: the search never finds their words.
    assert "Called former U.S. President" not in page
    assert warnings(app) == ""


def test_uncurated_entity_pages_describe_the_entity_from_the_corpus(
    built: BuildFactory,
) -> None:
    app = built("topics")
    page = html(app, "glossary/place.united-states")
    line = text(page[page.index('class="briefing-generated"') :].split("</p>")[0].split(">", 1)[1])
    assert line.startswith("Place · named in 2 articles, 6 Nov 2024 – 8 Nov 2024 · often with ")
    assert "named in the wire copy" not in page
    meta = re.search(r'<meta name="description" content="([^"]*)"', page)
    assert meta is None or "named in the wire copy" not in meta.group(1)


def test_preview_counts_follow_an_added_article(make_build: BuildFactory, tmp_path: Path) -> None:
    srcdir = copy_root("topics", tmp_path)
    put_back = hold_back_seed(srcdir, "us_japan")
    before = make_build(srcdir)
    assert card(before, "place.united-states")["text"].startswith("Named in 1 article,")
    page = html(before, SEED_PAGE)
    put_back()
    after = make_build(srcdir)
    assert card(after, "place.united-states")["text"].startswith("Named in 2 articles,")
    # The count is on the card, not the page: the seed's article is not written again for it.
    assert html(after, SEED_PAGE) == page


def test_relative_dates_are_resolved_and_kept_out_of_key_figures(
    built: BuildFactory,
) -> None:
    app = built("topics")  # the seed's sidecar dates it 2024-11-06, a Wednesday
    page = html(app, SEED_PAGE)
    body = text(page[page.index('id="p-1"') : page.index("</p>", page.index('id="p-1"'))])
    assert "announced on Wednesday (Wednesday, 6 Nov 2024) its commitment" in body
    assert "Last month (October 2024), Seoul and Washington" in text(page)
    panel = page[page.index("briefing-key-figures") :]
    figures = re.findall(r"<strong>([^<]+)</strong>", panel[: panel.index("</ul>")])
    assert "around 28,500 American troops" in figures
    for relative in ("Wednesday", "Last month", "two and a half years ago"):
        assert relative not in figures
    # Undated, the same text is left alone: nothing to resolve it against.
    undated = html(built("seed"), SEED_PAGE)
    assert "(Wednesday," not in undated and "Wednesday" not in re.findall(
        r"<strong>([^<]+)</strong>", undated[undated.index("briefing-key-figures") :]
    )


def test_lists_show_dates_newest_first(built: BuildFactory) -> None:
    app = built("topics")
    home = text(html(app, "index"))
    assert home.index("U.S. and Japan Review Troop Costs") < home.index("South Korea Vows")
    assert "8 Nov 2024 · Wire: Reuters" in home
    entity = text(html(app, "glossary/place.united-states"))
    entity = entity[entity.index("Named in 2 articles, newest first") :]
    assert "U.S. and Japan Review Troop Costs · 8 Nov 2024" in entity
    assert entity.index("8 Nov 2024") < entity.index("6 Nov 2024")
    assert "1970" not in html(app, "index") + (Path(app.outdir) / "atom.xml").read_text()


def test_an_article_without_a_date_says_undated(built: BuildFactory) -> None:
    app = built("seed")
    assert "undated · Wire: Reuters" in text(html(app, "index"))
    assert '<span class="briefing-date briefing-undated">undated</span>' in html(app, SEED_PAGE)


def head_meta(page: str, name: str) -> str | None:
    found = re.search(rf'<meta (?:name|property)="{re.escape(name)}" content="([^"]*)"', page)
    return htmllib.unescape(found.group(1)) if found else None


def test_heads_describe_each_reader_page(built: BuildFactory) -> None:
    app = built("topics", briefing_base_url="https://example.org/briefing/")
    article = html(app, SEED_PAGE)
    assert head_meta(
        article,
        "description",
    ).startswith("South Korea’s presidential office")  # type: ignore[union-attr]
    data = json.loads(re.search(r'ld\+json">(.*?)</script>', article, re.S).group(1))  # type: ignore[union-attr]
    # The page's own address; the agency's original is what it is based on.
    assert data["url"] == "https://example.org/briefing/articles/000_ffec9fcf535a1e0c.html"
    assert data["isBasedOn"][0]["url"] == "https://example.com/korea-alliance"
    assert data["isBasedOn"][0]["publisher"][0]["name"] == "Reuters"
    entity = html(app, "glossary/place.united-states")
    assert head_meta(entity, "description").startswith("Place · named in 2 articles")  # type: ignore[union-attr]
    topic = html(app, "topics/alliance")
    assert head_meta(topic, "description") == "Who pays for American troops in Asia."


def test_search_ranks_reader_pages_and_its_anchors_exist(built: BuildFactory) -> None:
    app = built("topics")
    out = Path(app.outdir)
    language_data = (out / "_static" / "language_data.js").read_text(encoding="utf-8")
    assert 'BRIEFING_READER_BOOSTS = [["articles/", 25], ["glossary/", 10]' in language_data
    raw = (out / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(raw[raw.index("(") + 1 : raw.rindex(")")])
    names = index["objnames"]
    for prefix, objects in index["objects"].items():
        for doc, kind, _priority, anchor, name in objects:
            # As searchtools.js builds a result's link.
            fullname = f"{prefix}.{name}" if prefix else name
            fragment = (
                fullname
                if anchor == ""
                else f"{names[str(kind)][1]}-{fullname}"
                if anchor == "-"
                else anchor
            )
            page = html(app, index["docnames"][doc])
            assert f'id="{fragment}"' in page, (index["docnames"][doc], fragment)
            assert "wednesday" not in fragment.casefold()  # relative dates are no objects


def test_front_page_and_archive_by_month(make_build: BuildFactory, tmp_path: Path) -> None:
    srcdir = copy_root("topics", tmp_path)
    (srcdir / "index.md").write_text(
        "# Desk\n\n```{brief:articles}\n:latest: 1\n```\n\n"
        "```{brief:in-the-news}\n:articles: 2\n```\n\n"
        "```{toctree}\nall-topics\nsources\nglossary\narchive\ntopics/alliance\n"
        "topics/broken\n```\n",
        encoding="utf-8",
    )
    (srcdir / "archive.md").write_text("# Archive\n\n```{brief:archive}\n```\n", encoding="utf-8")
    app = make_build(srcdir)
    home = html(app, "index")
    assert home.count('class="sd-card ') == 1  # the newest only
    assert "U.S. and Japan Review Troop Costs" in home and "South Korea Vows" not in text(
        home[home.index("sd-card") : home.index("briefing-more")]
    )
    assert 'href="archive.html">Every article by month (2)</a>' in home
    assert 'href="atom.xml">Atom feed</a>' in home
    news = text(home[home.index("briefing-in-the-news") :].split("</p>")[0].split(">", 1)[1])
    assert news.startswith("United States (2)") or "(2)" in news.split(" · ")[0], news
    archive = html(app, "archive")
    assert '<section class="briefing-written-section" id="month-2024-11">' in archive
    assert "November 2024 (2)" in text(archive)
    listed = text(archive[archive.index('id="month-2024-11"') :])
    assert listed.index("U.S. and Japan") < listed.index("South Korea Vows")


def test_titles_are_shown_once_each() -> None:
    from briefing.views.describe import distinct_roles, main_roles

    roles = [
        "President",
        "U.S. President",
        "US president",
        "US. President",
        "former U.S. President",
    ]
    assert distinct_roles(roles) == ["former U.S. President", "President", "U.S. President"]
    assert main_roles(roles) == ["former U.S. President"]


def previewed_links(page: str) -> set[str]:
    return set(re.findall(r'<a class="briefing-previewed[^"]*" href="[^"]*#([^"]+)"', page))


def test_every_page_linking_entities_gives_their_links_cards(built: BuildFactory) -> None:
    app = built("notes")
    pages = {
        "glossary": "place.south-korea",  # every row
        "glossary/place.ukraine": "place.united-states",  # related entities
        "topics/ukraine": "place.ukraine",  # key entities
        "notes/monitoring": "place.ukraine",  # "About:" and roles in the note's body
    }
    for name, expected in pages.items():
        previewed = previewed_links(html(app, name))
        assert expected in previewed, name
        assert previewed <= cards(app), name  # a card for every previewed link
    # A topic or source is no glossary entity: its links stay plain links, with no card.
    assert not {
        e for e in previewed_links(html(app, "index")) if e.startswith(("topic.", "source."))
    }
    assert not {e for e in cards(app) if e.startswith(("topic.", "source."))}
    # An entity that is gone takes its card along; a file the build did not write stays.
    assert all(card(app, e)["id"] == e for e in cards(app))


def key_figure_panels(page: str) -> list[str]:
    return re.findall(r"briefing-key-figures.*?</div>\s*</div>\s*</div>", page, re.S)


def test_key_figures_fold_past_the_first_few_and_leave_out_vague_dates(
    built: BuildFactory,
) -> None:
    app = built("corpus")
    folded = 0
    for path in sorted((Path(app.outdir) / "articles").glob("*.html")):
        page = path.read_text(encoding="utf-8")
        if "briefing-key-figures" not in page:
            continue
        panel = page[page.index("briefing-key-figures") :]
        panel = panel[
            : panel.index('class="briefing-previews') if "briefing-previews" in panel else None
        ]
        shown = panel.split("<details", 1)[0]
        assert len(re.findall(r'<li class="briefing-(?:figure|date)"', shown)) <= 6, path.name
        if "<details" in panel:
            folded += 1
            assert re.search(r'<details class="[^"]*briefing-more-figures', panel)
            assert re.search(r"<span class=\"sd-summary-text\">\d+ more</span>", panel)
        for date in re.findall(r'<li class="briefing-date"><p[^>]*><strong>([^<]+)<', panel):
            assert not re.fullmatch(r"(?i)(?:late |early )?[a-z]+|\d{4}", date), date
    assert folded >= 1  # real news has long lists


def test_glossary_types_are_sections_listed_on_the_page(built: BuildFactory) -> None:
    page = html(built("corpus"), "glossary")
    for kind, label in (("person", "People"), ("place", "Places")):
        assert f'<section class="briefing-written-section" id="type-{kind}"' in page
        assert re.search(rf'href="#type-{kind}">{label} \(\d+\)</a>', page), kind
    # Counts are readable in both themes: the badge sets its text colour with its background.
    assert 'class="sd-badge sd-bg-secondary sd-bg-text-secondary"' in page


def test_preview_cards_draw_when_an_entity_was_in_the_news(built: BuildFactory) -> None:
    app = built("corpus")
    drawn = {e: card(app, e) for e in cards(app) if "bins" in card(app, e)}
    assert drawn, "some entity of the 20 articles is named in three or more, weeks apart"
    for entity_id, data in drawn.items():
        assert sum(data["bins"]) >= 3 and len(data["bins"]) >= 2, entity_id
