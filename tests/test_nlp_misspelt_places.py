"""A place written once with a typing slip is the place the article writes correctly."""

from __future__ import annotations

import pytest

from briefing.nlp.glossary import one_slip, unify
from briefing.nlp.joining import ArticleEntities
from briefing.nlp.resolve import resolve_article

from nlp_support import raw_spans


def _places(body: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    parts = [("headline", "News"), ("paragraph", body)]
    mentions, entities = resolve_article(parts, [[], raw_spans(body, spans)], [], "k")
    _, glossary = unify([ArticleEntities("k", ["headline", "paragraph"], mentions, entities)])
    return {info.id: info.name for info in glossary.values() if info.type == "place"}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Lousiana", "Louisiana", True),  # a letter dropped
        ("Magnitigorsk", "Magnitogorsk", True),  # a letter changed
        ("Vermnot", "Vermont", True),  # neighbours swapped
        ("Austria", "Australia", False),  # two letters apart
        ("Gaza", "Giza", False),  # too short to tell
        ("Mexico", "Texico", False),  # another first letter
    ],
)
def test_one_slip(a: str, b: str, expected: bool) -> None:
    assert one_slip(a, b) is expected


def test_the_misspelt_place_joins_the_place_of_the_article() -> None:
    body = "Floods hit Louisiana on Monday. Louisiana asked for help, and Lousiana got it."
    spans = [("Louisiana", "GPE"), ("Louisiana", "GPE"), ("Lousiana", "GPE")]
    assert _places(body, spans) == {"place.louisiana": "Louisiana"}


def test_a_slip_joins_the_one_place_it_is_near_and_no_other() -> None:
    body = "Trains ran from Austria to Albania, then on to Albania's coast near Austrai."
    spans = [("Austria", "GPE"), ("Albania", "GPE"), ("Albania", "GPE"), ("Austrai", "GPE")]
    found = _places(body, spans)
    assert set(found.values()) == {"Austria", "Albania"}
