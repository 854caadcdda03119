"""Entity resolution on the real seed with the real model, and each rule on small texts."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import pytest
from spacy.language import Language

from briefing.nlp.entities import slug
from briefing.nlp.pipeline import RawMention, run_ner
from briefing.nlp.resolve import (
    ENTITY_TYPES,
    CuratedEntry,
    EntityInfo,
    Mention,
    entity_id,
    resolve_article,
)

from conftest import SEED, SEED_GLOSSARY

Parts = list[tuple[str, str]]
Result = tuple[list[Mention], dict[str, EntityInfo]]


def seed_parts() -> Parts:
    """Headline, subheads (one Title Case line without a full stop), paragraphs, credit."""
    blocks = [b.strip() for b in SEED.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    parts: Parts = [("headline", blocks[0])]
    for block in blocks[1:]:
        if block.startswith("(") and block.endswith(")"):
            parts.append(("credit", block))
        elif "\n" not in block and not block.endswith((".", '"', "”")) and block.istitle():
            parts.append(("subhead", block))
        else:
            parts.append(("paragraph", block))
    return parts


@pytest.fixture(scope="module")
def seed_raw(nlp: Language) -> list[list[RawMention]]:
    return run_ner(nlp, [text for _, text in seed_parts()])


@pytest.fixture(scope="module")
def seed(seed_raw: list[list[RawMention]]) -> Result:
    return resolve_article(seed_parts(), seed_raw, [])


def resolve_texts(nlp: Language, parts: Parts, registry: Sequence[CuratedEntry] = ()) -> Result:
    return resolve_article(parts, run_ner(nlp, [text for _, text in parts]), registry)


def raw_at(text: str, span: str, label: str, occurrence: int = 0) -> RawMention:
    """A hand-made model span: the ``occurrence``-th ``span`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(span, start + 1)
    return RawMention(start, start + len(span), span, label)


def by_text(mentions: Sequence[Mention]) -> dict[str, str]:
    return {m.text: m.entity for m in mentions}


# -- the seed ------------------------------------------------------------------------------


def test_seed_parts_are_split_as_the_wire_parser_does() -> None:
    kinds = [kind for kind, _ in seed_parts()]
    assert kinds == [
        "headline",
        "paragraph",
        "subhead",
        "paragraph",
        "paragraph",
        "subhead",
        "paragraph",
        "paragraph",
        "credit",
    ]


def test_seed_glossary_has_exactly_the_named_entities_a_reader_looks_up(seed: Result) -> None:
    _, entities = seed
    named = {e for e, info in entities.items() if info.type not in ("figure", "date")}
    assert named == SEED_GLOSSARY
    for info in entities.values():
        assert info.type in ENTITY_TYPES
        assert info.id.startswith(info.type + ".")
        assert not info.curated


def test_seed_people_have_full_names_aliases_and_roles(seed: Result) -> None:
    _, entities = seed
    yoon = entities["person.yoon-suk-yeol"]
    assert yoon.name == "Yoon Suk Yeol"
    assert yoon.aliases == {"Yoon Suk Yeol", "Yoon"}
    assert yoon.roles == {"President"}
    trump = entities["person.donald-trump"]
    assert trump.name == "Donald Trump"
    assert trump.roles == {"former U.S. President"}


def test_seed_places_and_groups(seed: Result) -> None:
    _, entities = seed
    us = entities["place.united-states"]
    assert us.name == "United States"
    assert {"U.S.", "US", "United States"} <= us.aliases
    assert entities["place.south-korea"].aliases == {"South Korea"}
    assert entities["place.korean-peninsula"].name == "Korean Peninsula"
    related = {e: entities[e].related_place for e in entities if e.startswith("group.")}
    assert related == {
        "group.south-korean": "place.south-korea",
        "group.north-korean": "place.north-korea",
        "group.american": "place.united-states",
        "group.ukrainian": "place.ukraine",
    }


def test_seed_figures_and_dates_are_whole_phrases(seed: Result) -> None:
    _, entities = seed
    figures = {info.name for info in entities.values() if info.type == "figure"}
    assert figures == {
        "around 28,500 American troops",
        "up to $5 billion annually",
        "five-year cost-sharing plan",
    }
    dates = {info.name for info in entities.values() if info.type == "date"}
    assert dates == {"Wednesday", "two and a half years ago", "Last month"}


def test_seed_has_none_of_the_junk(seed: Result) -> None:
    mentions, entities = seed
    texts = {m.text for m in mentions}
    names = {info.name for info in entities.values()}
    aliases = {alias for info in entities.values() for alias in info.aliases}
    everything = texts | names | aliases
    assert not any("Vows" in t or "Alliance" in t or "Reuters" in t for t in everything)
    assert not any(t.endswith(("’s", "'s")) or t.startswith("the ") for t in everything)
    assert {"annually", "28,500", "Yoon’s", "South Korea’s"}.isdisjoint(everything)
    assert "person.yoon" not in entities
    assert not any(e.startswith("org.u-s") or e.startswith("org.us-") for e in entities)


def test_seed_mentions_link_exact_spans(seed: Result) -> None:
    mentions, _ = seed
    parts = seed_parts()
    for m in mentions:
        assert parts[m.part][1][m.start : m.end] == m.text
        assert m.type in ENTITY_TYPES
    yoon = [m for m in mentions if m.entity == "person.yoon-suk-yeol"]
    assert [m.text for m in yoon] == ["Yoon Suk Yeol", "Yoon"]
    assert all(m.role == "President" for m in yoon)
    korea = [m for m in mentions if m.entity == "place.south-korea"]
    assert all(m.text == "South Korea" for m in korea)
    # Every "South Korea" in headline, subheads and body is linked (not "South Korean").
    everywhere = sum(len(re.findall(r"South Korea(?!n)", t)) for k, t in parts if k != "credit")
    assert len(korea) == everywhere == 11


def test_seed_headings_link_only_what_the_body_knows(seed: Result) -> None:
    mentions, _ = seed
    parts = seed_parts()
    in_part = {i: by_text([m for m in mentions if m.part == i]) for i in range(len(parts))}
    assert in_part[0] == {"South Korea": "place.south-korea", "US": "place.united-states"}
    assert in_part[2] == {"U.S.": "place.united-states", "South Korea": "place.south-korea"}
    assert in_part[5] == {"South Korea": "place.south-korea", "Ukraine": "place.ukraine"}
    credit = len(parts) - 1
    assert parts[credit][0] == "credit"
    assert credit not in {m.part for m in mentions}


def test_seed_figure_contains_the_group_it_counts(seed: Result) -> None:
    mentions, _ = seed
    troops = next(m for m in mentions if m.text == "around 28,500 American troops")
    inside = [m for m in mentions if m.part == troops.part and troops.start <= m.start < troops.end]
    assert [(m.text, m.entity) for m in inside[1:]] == [("American", "group.american")]
    # Sorted by (part, start), the longer span first; no partial overlaps.
    assert mentions == sorted(mentions, key=lambda m: (m.part, m.start, -m.end, m.entity))
    for a, b in itertools.pairwise(mentions):
        if a.part == b.part and b.start < a.end:
            assert b.end <= a.end


def test_resolution_is_deterministic(seed_raw: list[list[RawMention]], seed: Result) -> None:
    again = resolve_article(seed_parts(), seed_raw, [])
    assert again == seed
    assert list(again[1]) == sorted(again[1])


def test_figure_ids_are_scoped_to_the_article(seed_raw: list[list[RawMention]]) -> None:
    _, first = resolve_article(seed_parts(), seed_raw, [], article_key="a1")
    _, second = resolve_article(seed_parts(), seed_raw, [], article_key="b2")
    numbers = {e for e, i in first.items() if i.type in ("figure", "date")}
    assert numbers and numbers.isdisjoint(second)
    assert "date.wednesday-a1" in numbers
    named = {e for e, i in first.items() if i.type not in ("figure", "date")}
    assert named <= set(second)


# -- the registry --------------------------------------------------------------------------


def test_registry_aliases_merge_into_the_curated_entry(seed_raw: list[list[RawMention]]) -> None:
    yoon = CuratedEntry(
        id="person.yoon", name="Yoon Suk Yeol", type="person", aliases=("Yoon", "President Yoon")
    )
    mentions, entities = resolve_article(seed_parts(), seed_raw, [yoon])
    assert "person.yoon-suk-yeol" not in entities
    info = entities["person.yoon"]
    assert info.curated and info.name == "Yoon Suk Yeol"
    assert info.aliases == {"Yoon Suk Yeol", "Yoon"}
    linked = [m for m in mentions if m.entity == "person.yoon"]
    assert [m.text for m in linked] == ["Yoon Suk Yeol", "Yoon"]
    assert all(m.role == "President" for m in linked)


def test_registry_retypes(seed_raw: list[list[RawMention]]) -> None:
    washington = CuratedEntry(
        id="org.us-government", name="US government", type="org", aliases=("Washington",)
    )
    mentions, entities = resolve_article(seed_parts(), seed_raw, [washington])
    assert "place.washington" not in entities
    assert entities["org.us-government"].type == "org"
    assert [m.type for m in mentions if m.text == "Washington"] == ["org"]


def test_registry_suppresses_false_entities(seed_raw: list[list[RawMention]]) -> None:
    registry = [
        CuratedEntry(id="place.seoul", name="Seoul", type="place", aliases=(), suppress=True),
        CuratedEntry(
            id="org.assembly", name="National Assembly", type="org", aliases=("NA",), suppress=True
        ),
    ]
    mentions, entities = resolve_article(seed_parts(), seed_raw, registry)
    assert "place.seoul" not in entities and "org.national-assembly" not in entities
    assert not any(m.text in ("Seoul", "National Assembly") for m in mentions)
    assert "place.south-korea" in entities


def test_registry_names_found_without_the_model() -> None:
    text = "Talks with the Quad Alliance and QUAD partners went on."
    entry = CuratedEntry(id="org.quad", name="Quad Alliance", type="org", aliases=("QUAD",))
    mentions, entities = resolve_article([("paragraph", text)], [[]], [entry])
    assert [(m.text, m.entity) for m in mentions] == [
        ("Quad Alliance", "org.quad"),
        ("QUAD", "org.quad"),
    ]
    assert entities["org.quad"].curated
    # Case-sensitive: "quad" in lowercase is no mention.
    lowered = resolve_article([("paragraph", text.lower())], [[]], [entry])
    assert lowered == ([], {})


# -- single rules, with hand-made model spans ---------------------------------------------


def test_possessives_quotes_and_leading_the_are_stripped() -> None:
    text = "South Korea's ally, the United States, met ‘Ukraine’ and “Seoul’s” envoy."
    raw = [
        raw_at(text, "South Korea's", "GPE"),
        raw_at(text, "the United States", "GPE"),
        raw_at(text, "‘Ukraine’", "GPE"),
        raw_at(text, "“Seoul’s”", "GPE"),
    ]
    mentions, _ = resolve_article([("paragraph", text)], [raw], [])
    assert [m.text for m in mentions] == ["South Korea", "United States", "Ukraine", "Seoul"]


def test_titles_inside_and_before_a_name_become_the_role() -> None:
    text = "Prime Minister Kishida met Sen. Ted Cruz and former U.S. President Donald Trump."
    raw = [
        raw_at(text, "Prime Minister Kishida", "PERSON"),
        raw_at(text, "Ted Cruz", "PERSON"),
        raw_at(text, "U.S.", "GPE"),
        raw_at(text, "Donald Trump", "PERSON"),
    ]
    mentions, _ = resolve_article([("paragraph", text)], [raw], [])
    roles = {m.text: m.role for m in mentions if m.type == "person"}
    assert roles == {
        "Kishida": "Prime Minister",
        "Ted Cruz": "Sen.",
        "Donald Trump": "former U.S. President",
    }


def test_short_names_join_full_names_within_the_article() -> None:
    text = "Nancy Pelosi met Donald Trump. Pelosi said Trump would sign. Kim Jong-un and Jong-un."
    raw = [
        raw_at(text, "Nancy Pelosi", "PERSON"),
        raw_at(text, "Donald Trump", "PERSON"),
        raw_at(text, "Pelosi", "PERSON", 1),
        raw_at(text, "Trump", "ORG", 1),  # the model types surnames as anything
        raw_at(text, "Kim Jong-un", "PERSON"),
        raw_at(text, "Jong-un", "PERSON", 1),
    ]
    mentions, entities = resolve_article([("paragraph", text)], [raw], [])
    assert by_text(mentions) == {
        "Nancy Pelosi": "person.nancy-pelosi",
        "Donald Trump": "person.donald-trump",
        "Pelosi": "person.nancy-pelosi",
        "Trump": "person.donald-trump",
        "Kim Jong-un": "person.kim-jong-un",
        "Jong-un": "person.kim-jong-un",
    }
    assert entities["person.nancy-pelosi"].aliases == {"Nancy Pelosi", "Pelosi"}


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("U.S.", "place.united-states"),
        ("US", "place.united-states"),
        ("the United States", "place.united-states"),
        ("United States of America", "place.united-states"),
        ("USA", "place.united-states"),
        ("UK", "place.united-kingdom"),
        ("U.K.", "place.united-kingdom"),
        ("Britain", "place.united-kingdom"),
        ("Great Britain", "place.united-kingdom"),
        ("the United Kingdom", "place.united-kingdom"),
        ("UN", "org.united-nations"),
        ("U.N.", "org.united-nations"),
        ("EU", "org.european-union"),
    ],
)
def test_standard_variants_join(form: str, expected: str) -> None:
    text = f"Officials from {form} spoke."
    label = "ORG" if expected.startswith("org") else "GPE"
    mentions, _ = resolve_article([("paragraph", text)], [[raw_at(text, form, label)]], [])
    assert [m.entity for m in mentions] == [expected]


def test_an_acronym_defined_in_the_text_joins_its_long_form() -> None:
    text = "The National Assembly (NA) must vote. Later the NA approved it."
    raw = [raw_at(text, "National Assembly (NA", "ORG"), raw_at(text, "NA", "ORG", 1)]
    mentions, entities = resolve_article([("paragraph", text)], [raw], [])
    assert [(m.text, m.entity) for m in mentions] == [
        ("National Assembly", "org.national-assembly"),
        ("NA", "org.national-assembly"),
        ("NA", "org.national-assembly"),
    ]
    assert entities["org.national-assembly"].aliases == {"National Assembly", "NA"}


def test_plural_nationalities_are_the_group() -> None:
    text = "South Koreans and Americans protested; the Frenchmen watched."
    raw = [
        raw_at(text, "South Koreans", "NORP"),
        raw_at(text, "Americans", "NORP"),
        raw_at(text, "Frenchmen", "NORP"),
    ]
    _, entities = resolve_article([("paragraph", text)], [raw], [])
    assert {e: i.related_place for e, i in entities.items()} == {
        "group.south-korean": "place.south-korea",
        "group.american": "place.united-states",
        "group.frenchman": "place.france",
    }


def test_headline_keeps_only_what_the_body_vouches_for() -> None:
    headline = "South Korea Vows ‘Perfect Partnership’ With US"
    body = "South Korea and the U.S. agreed."
    raw = [
        [raw_at(headline, "South Korea Vows ‘", "GPE")],
        [raw_at(body, "South Korea", "GPE"), raw_at(body, "U.S.", "GPE")],
    ]
    mentions, entities = resolve_article([("headline", headline), ("paragraph", body)], raw, [])
    assert [(m.part, m.text, m.entity) for m in mentions if m.part == 0] == [
        (0, "South Korea", "place.south-korea"),
        (0, "US", "place.united-states"),
    ]
    assert set(entities) == {"place.south-korea", "place.united-states"}


def test_credit_lines_give_no_mentions() -> None:
    parts = [
        ("paragraph", "Reuters reported from Seoul."),
        ("credit", "(With Inputs from Reuters)"),
    ]
    raw = [
        [raw_at(parts[0][1], "Reuters", "ORG"), raw_at(parts[0][1], "Seoul", "GPE")],
        [raw_at(parts[1][1], "Reuters", "ORG")],
    ]
    mentions, _ = resolve_article(parts, raw, [])
    assert {m.part for m in mentions} == {0}


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("There were 192 votes against.", "192", "CARDINAL", "192 votes"),
        ("He received 192.", "192", "CARDINAL", None),
        ("the 116th Congress met", "116th", "ORDINAL", None),
        ("A Boeing 737 crashed.", "737", "CARDINAL", None),
        ("It cost up to $5 billion annually for it.", "up to $5 billion", "MONEY", None),
        ("Nearly 300 people in 5 cities fled.", "300", "CARDINAL", "Nearly 300 people"),
        ("three injured people were found", "three", "CARDINAL", "three injured people"),
        ("28,500 troops stationed there", "28,500", "CARDINAL", "28,500 troops"),
        ("a 10-year-old boy was hurt", "10-year-old", "DATE", "10-year-old boy"),
        ("US$473.60 per metric ton of oil", "473.60", "MONEY", "US$473.60 per metric ton"),
    ],
)
def test_figure_phrases(text: str, span: str, label: str, expected: str | None) -> None:
    raw = [raw_at(text, span, label)]
    if "annually" in text:
        raw.append(raw_at(text, "annually", "DATE"))
        expected = "up to $5 billion annually"
    mentions, _ = resolve_article([("paragraph", text)], [raw], [])
    figures = [m.text for m in mentions if m.type == "figure"]
    assert figures == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        ("We met on Wednesday.", "Wednesday", True),
        ("It happened two and a half years ago.", "two and a half years ago", True),
        ("It rises annually.", "annually", False),
        ("She was 53 then.", "53", False),
        ("In the morning they left.", "morning", False),
        ("That was in 1973.", "1973", True),
    ],
)
def test_date_phrases(text: str, span: str, kept: bool) -> None:
    mentions, _ = resolve_article([("paragraph", text)], [[raw_at(text, span, "DATE")]], [])
    assert [m.text for m in mentions if m.type == "date"] == ([span] if kept else [])


def test_junk_spans_are_dropped() -> None:
    text = "the x and Korea\nTimes, lowercase words, ’s"
    raw = [
        raw_at(text, "the", "ORG"),
        raw_at(text, "x", "PERSON"),
        raw_at(text, "Korea\nTimes", "ORG"),
        raw_at(text, "lowercase words", "ORG"),
        raw_at(text, "’s", "GPE"),
    ]
    assert resolve_article([("paragraph", text)], [raw], []) == ([], {})


def test_dropped_labels() -> None:
    text = "World War II ended; the Geneva Convention in English."
    raw = [
        raw_at(text, "World War II", "EVENT"),
        raw_at(text, "the Geneva Convention", "LAW"),
        raw_at(text, "English", "LANGUAGE"),
    ]
    assert resolve_article([("paragraph", text)], [raw], []) == ([], {})


# -- ids -----------------------------------------------------------------------------------


def test_entity_ids() -> None:
    assert entity_id("person", "Yoon Suk Yeol") == "person.yoon-suk-yeol"
    assert entity_id("person", "Paweł Adamowicz") == "person.pawel-adamowicz"
    assert entity_id("place", "Gdańsk") == "place.gdansk"
    assert entity_id("org", "U.S. Congress") == entity_id("org", "US Congress")
    cyrillic = entity_id("person", "Владимир Путин")
    assert cyrillic == entity_id("person", "Владимир Путин")
    assert cyrillic.startswith("person.") and len(cyrillic) > len("person.")
    assert cyrillic != entity_id("person", "Дмитрий Медведев")
    assert slug("Дмитрий Putin") != slug("Владимир Putin")
    assert slug("!!!")
