"""Datelines in every common wire style: recognised, kept as the article's dateline (with its
date filling a missing sidecar date) and kept out of the story's entities."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.language import Language

from briefing import wire
from briefing.dates import article_date, dateline_place
from briefing.nlp.pipeline import run_ner
from briefing.nlp.resolve import resolve_article
from briefing.prepass.corpus import analysis_text
from briefing.wire.datelines import proper_case

from conftest import BuildFactory, copy_root, html

LONG = "The company said on Tuesday that it would open three new plants in the region."


@pytest.mark.parametrize(
    ("text", "place", "region", "date", "agency"),
    [
        ("SEOUL (Reuters) - x", "SEOUL", None, None, "Reuters"),
        ("NEW YORK, March 3 - x", "NEW YORK", None, "March 3", None),
        ("NEW YORK, March 3 (Reuters) \u2014 x", "NEW YORK", None, "March 3", "Reuters"),
        ("Tampa, Fla., Sept. 30 - x", "Tampa", "Fla.", "September 30", None),
        ("LOS ANGELES, Calif., Jan 5, 2024 -- x", "LOS ANGELES", "Calif.", "January 5, 2024", None),
        ("KYIV, Ukraine (AP) \u2014 x", "KYIV", "Ukraine", None, "AP"),
        ("Seoul, Nov 6 (Reuters) - x", "Seoul", None, "November 6", "Reuters"),
        ("BEIJING \u2014 x", "BEIJING", None, None, None),
        ("(Reuters) - x", None, None, None, "Reuters"),
        ("WHITE PLAINS, N.Y. (AP) _ x", "WHITE PLAINS", "N.Y.", None, "AP"),
        ("WASHINGTON (AP) _ x", "WASHINGTON", None, None, "AP"),
        ("NEW YORK (Dow Jones)--Private-equity firm", "NEW YORK", None, None, "Dow Jones"),
        ("DOHA, Qatar (Al Jazeera) - x", "DOHA", "Qatar", None, "Al Jazeera"),
        ("MUMBAI, Oct 31 (PTI) Five-time champions", "MUMBAI", None, "October 31", "PTI"),
        ("ISLAMABAD: The State Bank", "ISLAMABAD", None, None, None),
        ("KARACHI, Oct 3: The", "KARACHI", None, "October 3", None),
    ],
)
def test_dateline_styles(
    text: str, place: str | None, region: str | None, date: str | None, agency: str | None
) -> None:
    found = wire.find_dateline(text)
    assert found is not None
    assert (found.place, found.region, found.date_text, found.agency) == (
        place,
        region,
        date,
        agency,
    )
    assert text.startswith(found.text) and found.text.endswith(("-", "\u2014", "_", ":", ")"))


@pytest.mark.parametrize(
    "text",
    [
        "In Seoul (Reuters) - text",
        "SEOUL (the capital) - text",
        "SEOUL (Reuters)-text",
        "Officials met on Monday - and agreed.",
        "NOTE - this is not a place.",
        "March 3 - nothing happened.",
        "Smith - a local baker - said so.",
        "SEOUL_ text",
        "NOTE: this is not a place.",
        "Smith: a local baker said so.",
        "Seoul (Al Jazeera) - a place in ordinary case needs a known agency",
        "SEOUL (the capital) The",
        "SEOUL (Reuters) the text goes on",
    ],
)
def test_not_datelines(text: str) -> None:
    assert wire.find_dateline(text) is None


def test_a_source_the_list_does_not_know_is_credited_as_the_dateline_spells_it() -> None:
    art = wire.parse_article(f"Headline\n\nDOHA, Qatar (Al Jazeera) - {LONG}\n")
    assert art.credit is not None and art.credit.agencies == ("Al Jazeera",)
    known = wire.parse_article(f"Headline\n\nNEW YORK (Dow Jones)--{LONG}\n")
    assert known.credit is not None and known.credit.agencies == ("Dow Jones",)


def test_dateline_place_in_ordinary_case_and_state_spelled_out() -> None:
    found = wire.find_dateline("ST. PETERSBURG, Fla., March 3 - x")
    assert found is not None
    assert (found.place_name, found.region_name) == ("St. Petersburg", "Florida")
    assert proper_case("WASHINGTON D.C.") == "Washington D.C."
    assert proper_case("WINSTON-SALEM") == "Winston-Salem"


def test_article_keeps_its_dateline_and_its_date_fills_a_missing_sidecar_date() -> None:
    art = wire.parse_article(f"Headline\n\nNEW YORK, March 3, 2024 - {LONG}\n")
    assert art.dateline is not None and art.dateline.place_name == "New York"
    assert article_date(wire.SeedMetadata(), art) == "2024-03-03"
    assert article_date(wire.SeedMetadata(date="2024-03-04"), art) == "2024-03-04"
    assert dateline_place(art) == "New York"
    undated = wire.parse_article(f"Headline\n\nNEW YORK, March 3 - {LONG}\n")
    assert article_date(wire.SeedMetadata(), undated) is None  # no year: not placed in time
    tampa = wire.parse_article(f"Headline\n\nTAMPA, Fla., March 3 (Reuters) - {LONG}\n")
    assert dateline_place(tampa) == "Tampa, Florida"
    # Without an agency the dateline gives no credit.
    assert undated.credit is None


def test_dateline_is_kept_out_of_the_story_entities(nlp: Language) -> None:
    text = f"NEW YORK, March 3 - Acme Corp said on Tuesday it hired Jane Smith. {LONG}"
    art = wire.parse_article(f"Acme hires\n\n{text}\n")
    paragraph = art.paragraphs[0]
    blanked = analysis_text(paragraph)
    assert blanked.startswith(" " * len("NEW YORK, March 3 -"))
    assert len(blanked) == len(paragraph.text)
    parts = [("headline", art.headline.text), ("paragraph", blanked)]
    mentions, entities = resolve_article(parts, run_ner(nlp, [t for _, t in parts]), [])
    names = {info.name for info in entities.values()}
    assert "NEW YORK" not in names and "New York" not in names
    assert all(m.start >= len("NEW YORK, March 3 -") for m in mentions if m.part == 1)


def test_article_page_shows_the_dateline_place_and_its_date(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    srcdir = copy_root("seed", tmp_path)
    (srcdir.parent / "seeds" / "tampa.txt").write_text(  # the seed root's shared seeds
        "Port reopens after storm\n\n"
        "TAMPA, Fla., March 3, 2024 (Reuters) - The port of Tampa reopened on Monday after "
        "the storm, the city's mayor said.\n",
        encoding="utf-8",
    )
    page = html(make_build(srcdir), "articles/tampa")
    # The story names Tampa, so the dateline links to its page (the dateline is no mention).
    link = r'<a class="[^"]*reference internal" href="../glossary/place.tampa.html#place.tampa">'
    dateline = rf'briefing-dateline">{link}<span>Tampa</span></a>, Florida</span>, '
    assert re.search(dateline + r"<span[^>]*>3 Mar 2024<", page)
    assert "TAMPA" not in page.split('briefing-dateline">', 1)[1].split("</p>", 1)[0]


def test_a_dateline_place_no_story_names_links_once_one_does(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    srcdir = copy_root("seed", tmp_path)
    seeds = srcdir.parent / "seeds"
    (seeds / "quito.txt").write_text(
        "Volcano rumbles\n\nQUITO, March 3 (Reuters) - A volcano rumbled on Monday, the "
        "geophysics institute said.\n",
        encoding="utf-8",
    )
    app = make_build(srcdir)
    page = html(app, "articles/quito")
    assert 'briefing-dateline">Quito</span>, <span' in page  # no page for Quito: plain text
    assert "quito" not in app.warning.getvalue().lower()  # and no warning, though nitpicky
    (seeds / "ash.txt").write_text(
        "Ash falls\n\nAsh fell on Quito on Tuesday, officials said.\n", encoding="utf-8"
    )
    page = html(make_build(srcdir), "articles/quito")  # incremental: the article is unchanged
    assert 'briefing-dateline"><a class="briefing-previewed reference internal" ' in page
    assert 'href="../glossary/place.quito.html#place.quito"><span>Quito</span></a></span>, ' in page
