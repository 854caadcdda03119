"""Names the small model cuts in two: a name spanned whole once is whole wherever the text
repeats it."""

from __future__ import annotations

from briefing.nlp.resolve import resolve_article

from nlp_support import raw_spans


def _mentions(paragraphs: list[tuple[str, list[tuple[str, str]]]]) -> list[tuple[str, str]]:
    parts = [("paragraph", text) for text, _ in paragraphs]
    raw = [raw_spans(text, spans) for text, spans in paragraphs]
    mentions, _ = resolve_article(parts, raw, [])
    return [(m.text, m.entity) for m in mentions if m.type not in ("figure", "date")]


def test_pieces_of_a_name_spanned_whole_elsewhere_become_the_whole_name() -> None:
    first = "Ola Nordmann of Vestland Fire and Rescue said the hall was empty."
    second = "Vestland Fire and Rescue asked for help."
    found = _mentions(
        [
            (first, [("Ola Nordmann", "PERSON"), ("Vestland Fire and Rescue", "ORG")]),
            (second, [("Vestland Fire", "PERSON"), ("Rescue", "ORG")]),
        ]
    )
    assert found.count(("Vestland Fire and Rescue", "org.vestland-fire-and-rescue")) == 2
    assert all(text not in ("Vestland Fire", "Rescue") for text, _ in found)


def test_a_two_word_place_the_model_cut_into_two_places_is_the_whole_place() -> None:
    found = _mentions(
        [
            ("Penguins breed at Punta Marrang in spring.", [("Punta Marrang", "GPE")]),
            ("Volunteers spend months at Punta Marrang.", [("Punta", "GPE"), ("Marrang", "GPE")]),
        ]
    )
    assert found == [("Punta Marrang", "place.punta-marrang")] * 2


def test_a_repetition_the_model_missed_is_added() -> None:
    text = (
        "The Bureau of Coastal Survey warned of floods. Later the Bureau of Coastal Survey "
        "lifted the warning."
    )
    found = _mentions([(text, [("Bureau of Coastal Survey", "ORG")])])
    assert found.count(("Bureau of Coastal Survey", "org.bureau-of-coastal-survey")) == 2


def test_pieces_crossing_the_repetition_are_left_alone() -> None:
    first = "Staff of Harbour Watch and Rescue met."
    second = "Harbour Watch and Rescue Teams Ltd sued."
    found = _mentions(
        [
            (first, [("Harbour Watch and Rescue", "ORG")]),
            (second, [("Rescue Teams Ltd", "ORG")]),
        ]
    )
    assert ("Rescue Teams Ltd", "org.rescue-teams-ltd") in found
    assert found.count(("Harbour Watch and Rescue", "org.harbour-watch-and-rescue")) == 1


def test_names_without_a_connector_are_not_spread() -> None:
    text = "Acme Widgets grew. A shop called Acme Widgets opened."
    found = _mentions([(text, [("Acme Widgets", "ORG")])])
    assert found == [("Acme Widgets", "org.acme-widgets")]
