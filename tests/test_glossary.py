"""Issue 3: the glossary built from the seed, registry overrides, the domain's outputs."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sphinx.util.inventory import InventoryFile

from conftest import SEED, SEED_GLOSSARY, BuildFactory, html, warnings

SEED_PAGE = "articles/000_ffec9fcf535a1e0c"


def glossary_pages(app) -> set[str]:  # type: ignore[no-untyped-def]
    return {p.stem for p in (Path(app.outdir) / "glossary").glob("*.html")}


def mention_links(page: str) -> list[tuple[str, str]]:
    """(target entity id, linked text) for every mention in a page."""
    return re.findall(
        r'href="[^"]*#([^"]+)"[^>]*><span class="briefing-mention[^"]*">([^<]+)</span>', page
    )


def test_seed_glossary_has_each_entity_once_without_junk(built: BuildFactory) -> None:
    app = built("seed")
    assert glossary_pages(app) == SEED_GLOSSARY
    index = html(app, "glossary")
    for junk in ("Vows", "Alliance", "Reuters", "South Korea’s", "28,500<", "annually<"):
        assert junk not in index


def test_article_mentions_link_to_entities_with_hover(built: BuildFactory) -> None:
    app = built("seed")
    page = html(app, SEED_PAGE)
    links = mention_links(page)
    assert ("person.yoon-suk-yeol", "Yoon Suk Yeol") in links
    assert ("person.yoon-suk-yeol", "Yoon") in links
    assert {text for target, text in links if target == "place.united-states"} == {
        "U.S.",
        "United States",
    }
    assert ("group.south-korean", "South Korean") in links
    assert "Reuters" not in {text for _, text in links}
    # The preview card says more than a title would, and no native tooltip covers it.
    card = (Path(app.outdir) / "_previews" / "person.yoon-suk-yeol.js").read_text(encoding="ascii")
    assert "Called President \\u00b7 named in 1 article \\u00b7 often with" in card
    assert 'title="' not in page[page.index('<a class="briefing-previewed') :].split(">")[0]


def test_key_figures_panel(built: BuildFactory) -> None:
    app = built("seed")
    page = html(app, SEED_PAGE)
    panel = page[page.index("briefing-key-figures") :]
    panel = panel[: panel.index("</ul>")]
    figures = re.findall(r"<strong>([^<]+)</strong>", panel)
    for phrase in (
        "around 28,500 American troops",
        "up to $5 billion annually",
        "five-year cost-sharing plan",
    ):
        assert phrase in figures
    assert "annually" not in figures and "28,500" not in figures


def test_entity_page_lists_mentions_in_context(built: BuildFactory) -> None:
    app = built("seed")
    page = html(app, "glossary/person.yoon-suk-yeol")
    assert "<h1>Yoon Suk Yeol" in page
    assert "Titles in the text" in page and "President" in page
    mentions = re.findall(
        r'<span class="briefing-quote no-search">(.*?)</span> <a class="reference internal" '
        r'href="../articles/000_ffec9fcf535a1e0c.html#(p-\d)"',
        page,
    )
    assert [anchor for _, anchor in mentions] == ["p-1", "p-2"]
    # Quotes stand under their article, in a real section that "On this page" lists.
    assert '<section class="briefing-written-section" id="in-the-articles">' in page
    assert (
        page.count("South Korea Vows ‘Perfect Security Partnership’ With New US President</a>") >= 1
    )
    assert mentions[1][0].startswith("Since President <strong>Yoon</strong> took office")
    assert "Related entities" in page and "place.united-states.html" in page
    group = html(app, "glossary/group.south-korean")
    assert "place.south-korea.html" in group  # the group's country


def test_entity_page_quotes_at_most_the_newest_mentions(built: BuildFactory) -> None:
    app = built("seed", briefing_mentions_shown=1)
    page = html(app, "glossary/person.yoon-suk-yeol")
    assert "Named in 1 article, newest first; quoting the 1 newest of 2 mentions." in page
    assert page.count('class="briefing-quote no-search"') == 1
    assert "#p-1" in page and "#p-2" not in page


def pages_found_by(app, term: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The pages Sphinx's search finds for a (stemmed) term of body text."""
    text = (Path(app.outdir) / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    found = index["terms"].get(term, [])
    return {index["docnames"][n] for n in ([found] if isinstance(found, int) else found)}


def test_search_finds_the_article_not_the_pages_quoting_it(built: BuildFactory) -> None:
    app = built("seed")
    quoted_on = html(app, "glossary/person.yoon-suk-yeol")
    assert "Since President <strong>Yoon</strong> took office" in quoted_on
    # "office" (stem "offic"): in the article, quoted on entity pages, and in speaker names.
    found = pages_found_by(app, "offic")
    assert SEED_PAGE in found and "sources" in found
    assert not [page for page in found if page.startswith("glossary/")]


def test_search_index_is_stemmed_by_snowballs_c_stemmers(built: BuildFactory) -> None:
    """Stemming every word of every page was most of the main process's share of a parallel
    write; PyStemmer gives snowballstemmer the same stems from C."""
    import Stemmer

    app = built("seed")
    indexer = app.builder.indexer  # type: ignore[attr-defined]
    assert isinstance(indexer.lang.stemmer, Stemmer.Stemmer)
    assert indexer.lang.stem("offices") == "offic"
    assert pages_found_by(app, "offic")


def test_registry_alias_retype_suppress_and_description(built: BuildFactory) -> None:
    app = built("registry", briefing_link_mentions="every")  # "Seoul" follows "South Korea"
    assert warnings(app) == ""
    pages = glossary_pages(app)
    assert "place.seoul" not in pages  # merged into South Korea as an alias
    assert "place.korean-peninsula" not in pages  # suppressed
    assert "place.washington" not in pages and "org.us-government" in pages  # retyped
    links = mention_links(html(app, SEED_PAGE))
    assert ("place.south-korea", "Seoul") in links
    assert ("org.us-government", "Washington") in links
    assert "Korean Peninsula</span>" not in html(app, SEED_PAGE)
    kim = html(app, "glossary/person.kim-jong-un")  # curated, not yet in any article
    assert "no article here names him yet" in kim and "No article names it yet." in kim
    korea = html(app, "glossary/place.south-korea")
    assert "<em>Seoul</em> is its capital" in korea
    notes = html(app, "notes")
    assert notes.count('href="glossary/person.yoon-suk-yeol.html#person.yoon-suk-yeol"') == 2
    assert '<span class="briefing-mention">Yoon Suk Yeol</span>' in notes
    assert "glossary/org.us-government.html#org.us-government" in notes


def test_registry_mistakes_warn_with_locations(built: BuildFactory) -> None:
    app = built("bad-registry")
    log = warnings(app)
    duplicate = [line for line in log.splitlines() if "duplicate_entity" in line]
    assert len(duplicate) == 1
    assert "entities/one.md:3" in duplicate[0] and "entities/two.md:5" in duplicate[0]
    unknown = [line for line in log.splitlines() if "unknown_entity" in line]
    assert len(unknown) == 1
    assert "notes.md:3" in unknown[0]
    assert "did you mean person.yoon-suk-yeol?" in unknown[0]
    # An invalid type is warned about at its line; the entry's card is marked, not linked.
    bad_type = [line for line in log.splitlines() if "entities/three.md:4" in line]
    assert bad_type and "country" in bad_type[0], log
    card = html(app, "entities/three")
    assert "Not applied" in card and "Japan" in card
    assert "org.japan" not in card and "Organisation" not in card


def test_objects_inventory_and_search_index(built: BuildFactory) -> None:
    app = built("seed")
    inventory = InventoryFile.load(
        (Path(app.outdir) / "objects.inv").open("rb"), "", lambda base, uri: uri
    )
    people = inventory["brief:person"]
    assert people["person.yoon-suk-yeol"].uri == (
        "glossary/person.yoon-suk-yeol.html#person.yoon-suk-yeol"
    )
    assert people["person.yoon-suk-yeol"].display_name == "Yoon Suk Yeol"
    assert set(inventory["brief:place"]) >= {"place.south-korea", "place.united-states"}
    assert "article.000_ffec9fcf535a1e0c" in inventory["brief:article"]
    index = (Path(app.outdir) / "searchindex.js").read_text(encoding="utf-8")
    data = json.loads(index[index.index("(") + 1 : index.rindex(")")])
    # Entities are found by their page (title "Yoon Suk Yeol"), not listed twice as objects.
    yoon_page = data["docnames"].index("glossary/person.yoon-suk-yeol")
    assert data["titles"][yoon_page] == "Yoon Suk Yeol"
    pages_titled_yoon = data["titleterms"]["yoon"]
    assert yoon_page in (
        pages_titled_yoon if isinstance(pages_titled_yoon, list) else [pages_titled_yoon]
    )
    assert "Yoon Suk Yeol" not in json.dumps(data["objects"], ensure_ascii=False)


def test_rebuild_without_changes_reads_nothing_and_runs_no_ner(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    cache = tmp_path / "own-cache"
    first = make_build("seed", briefing_cache_dir=str(cache))
    corpus = first.env.domains["brief"].corpus
    assert corpus.ner_misses > 0
    again = make_build(Path(first.srcdir), briefing_cache_dir=str(cache))
    corpus = again.env.domains["brief"].corpus
    assert corpus.ner_misses == 0  # the last build's corpus, taken as it is
    assert "0 added, 0 changed, 0 removed" in again.status.getvalue()
    # A fresh environment has no corpus: every article is taken whole from the resolved
    # cache, with no NER lookup at all.
    fresh = make_build(Path(first.srcdir), briefing_cache_dir=str(cache), freshenv=True)
    corpus = fresh.env.domains["brief"].corpus
    assert corpus.ner_misses == 0 and corpus.resolved_hits == 1
    # Without the resolved cache, NER comes from its own cache: still no model run.
    shutil.rmtree(cache / "resolved")
    third = make_build(Path(first.srcdir), briefing_cache_dir=str(cache), freshenv=True)
    corpus = third.env.domains["brief"].corpus
    assert corpus.ner_misses == 0 and corpus.ner_hits > 0 and corpus.resolved_hits == 0


def test_review_command_json(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "briefing.cli", "entities", str(SEED), "--json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    mentions = json.loads(result.stdout)
    text = SEED.read_text(encoding="utf-8")
    assert mentions, "no mentions"
    for mention in mentions:
        assert set(mention) >= {"start", "end", "text", "type", "entity"}
        assert text[mention["start"] : mention["end"]] == mention["text"]
    yoon = [m for m in mentions if m["entity"] == "person.yoon-suk-yeol"]
    assert {m["text"] for m in yoon} == {"Yoon Suk Yeol", "Yoon"}
    assert not [m for m in mentions if m["text"] == "Reuters"]


@pytest.mark.parametrize("bad", ["missing.txt"])
def test_review_command_reports_unreadable_seed(tmp_path: Path, bad: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "briefing.cli", "entities", str(tmp_path / bad)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 1 and bad in result.stderr
