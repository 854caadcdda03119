"""Resolution never crashes and always returns exact spans, whatever the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from briefing.nlp.pipeline import run_ner
from briefing.nlp.resolve import ENTITY_TYPES, CuratedEntry, resolve_article

from conftest import SEED

KINDS = ("headline", "subhead", "paragraph", "credit")

# Pieces of real news text, so that the model actually proposes entities to resolve.
FRAGMENTS = [
    *SEED.read_text(encoding="utf-8").split(),
    "President",
    "Dr.",
    "the",
    "’s",
    "'s",
    "(NA)",
    "U.S.-South",
    "Kim Jong-un",
    "Владимир Путин",
    "李克强",
    "around 5,000",
    "$3 billion annually",
    "116th",
    "five-year",
    "\n",
    "“",
    "”",
    "‘",
    "’",
    "-",
    ".",
]


part_text = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join),
    st.text(max_size=60),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=12).map("".join),
)
articles = st.lists(st.tuples(st.sampled_from(KINDS), part_text), min_size=1, max_size=5)
registries = st.lists(
    st.builds(
        CuratedEntry,
        id=st.sampled_from(["person.a", "place.b", "org.c", "group.d"]),
        name=st.sampled_from(["Yoon", "South Korea", "U.S.", "Seoul", "Reuters", ""]),
        type=st.sampled_from(ENTITY_TYPES),
        aliases=st.lists(st.sampled_from(["President Yoon", "US", "NA", "the", "’s"])).map(tuple),
        suppress=st.booleans(),
    ),
    max_size=3,
)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(parts=articles, registry=registries)
def test_resolution_never_crashes_and_spans_are_exact(
    nlp: Language, parts: list[tuple[str, str]], registry: list[CuratedEntry]
) -> None:
    raw = run_ner(nlp, [text for _, text in parts])
    mentions, entities = resolve_article(parts, raw, registry)
    assert mentions == sorted(mentions, key=lambda m: (m.part, m.start, -m.end, m.entity))
    for m in mentions:
        kind, text = parts[m.part]
        assert kind != "credit"
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.type in ENTITY_TYPES
        assert m.entity in entities
    for entity, info in entities.items():
        assert info.id == entity
        assert entity.split(".", 1)[1]
    assert resolve_article(parts, raw, registry) == (mentions, entities)
