"""Where a name ends: an organisation's name the small model stops at "for" goes on over the
capitalised words after it; titles of works are no entities (titles listed after a work's
title, names that speak to "you" or of "me"); what is named after a saint ("St Andrew's
Church") is named whole."""

from __future__ import annotations

from nlp_support import named_in_paragraph

_named = named_in_paragraph


def test_the_name_goes_on_after_for() -> None:
    text = "The Lagos Center for Investigative Reporting obtained the files."
    found = _named(text, [("The Lagos Center", "ORG")])
    assert found == [("Lagos Center for Investigative Reporting", "org")]


def test_spans_inside_the_whole_name_give_way() -> None:
    text = "It was filed in the Circuit Court for Eastern District of Ohio today."
    spans = [("Circuit Court", "ORG"), ("Eastern District", "LOC"), ("Ohio", "GPE")]
    assert _named(text, spans) == [("Circuit Court for Eastern District of Ohio", "org")]


def test_lowercase_words_or_dates_after_for_are_not_the_name() -> None:
    text = "Acme Widgets asked for help. Globex Labs for Monday planned a launch."
    spans = [("Acme Widgets", "ORG"), ("Globex Labs", "ORG")]
    assert _named(text, spans) == [("Acme Widgets", "org"), ("Globex Labs", "org")]


def test_titles_listed_after_a_work_are_works() -> None:
    text = "She wrote the memoirs Long Ago and Red Queen, Blue Queen, praised by Ann Lee."
    spans = [
        ("Long Ago", "WORK_OF_ART"),
        ("Red Queen", "ORG"),
        ("Blue Queen", "GPE"),
        ("Ann Lee", "PERSON"),
    ]
    assert _named(text, spans) == [("Ann Lee", "person")]


def test_a_person_or_a_known_place_after_a_work_stays() -> None:
    text = "He saw the film Dunes and Ben Marsh, then flew to the film Tides and Canada."
    spans = [
        ("Dunes", "WORK_OF_ART"),
        ("Ben Marsh", "PERSON"),
        ("Tides", "WORK_OF_ART"),
        ("Canada", "GPE"),
    ]
    assert _named(text, spans) == [("Ben Marsh", "person"), ("Canada", "place")]


def test_a_name_with_your_or_my_is_a_title() -> None:
    text = "She played in The Days of Your Youth at the Lyric Theatre Company."
    spans = [("The Days of Your Youth", "ORG"), ("the Lyric Theatre Company", "ORG")]
    assert _named(text, spans) == [("Lyric Theatre Company", "org")]


def test_what_is_named_after_a_saint_takes_the_whole_name() -> None:
    text = (
        "Pupils at St Michael's CofE Primary sang, and St Andrew's Presbyterian Church "
        "opened its doors. They said a prayer to St Michael."
    )
    spans = [("St Michael", "PERSON"), ("St Andrew", "PERSON"), ("St Michael", "PERSON")]
    assert _named(text, spans) == [
        ("St Michael's CofE Primary", "org"),
        ("St Andrew's Presbyterian Church", "place"),  # a church is a building
        ("St Michael", "person"),
    ]


def test_senior_counsel_is_no_part_of_a_persons_name_but_stays_in_a_clubs() -> None:
    text = (
        "Thandeka Mokoena SC argued the case; his barrister, Sonia Redfern SC, agreed; "
        "and Al Ahly SC won."
    )
    spans = [("Thandeka Mokoena SC", "PERSON"), ("Sonia Redfern SC", "ORG"), ("Al Ahly SC", "ORG")]
    assert _named(text, spans) == [
        ("Thandeka Mokoena", "person"),
        ("Sonia Redfern", "person"),  # counsel before the name: the model's ORG gives way
        ("Al Ahly SC", "org"),
    ]
