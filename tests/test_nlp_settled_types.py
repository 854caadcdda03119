"""One name, one type in an article: the mention whose surrounding words settle its type
outvotes the model's guesses at the others."""

from __future__ import annotations

from briefing.nlp.resolve import resolve_article

from nlp_support import raw_spans


def _types(text: str, spans: list[tuple[str, str]]) -> set[tuple[str, str]]:
    mentions, _ = resolve_article([("paragraph", text)], [raw_spans(text, spans)], [])
    return {(m.text, m.entity) for m in mentions if m.type not in ("figure", "date")}


def test_the_volcano_named_once_as_one_is_a_volcano_everywhere() -> None:
    text = (
        "Residents fled when Kolowai erupted. Scientists watched the Kolowai volcano for "
        "weeks, and Kolowai was still active in May."
    )
    spans = [("Kolowai", "PERSON"), ("Kolowai", "PERSON"), ("Kolowai", "PERSON")]
    assert _types(text, spans) == {("Kolowai", "place.kolowai")}


def test_the_district_of_a_name_outvotes_three_person_guesses() -> None:
    text = (
        "Voters in the electoral district of Marrang go to the polls. Marrang is rural. "
        "Who will be Marrang's MP? Jobs matter in Marrang."
    )
    spans = [("Marrang", "PERSON")] * 4
    assert _types(text, spans) == {("Marrang", "place.marrang")}


def test_without_such_words_the_majority_still_decides() -> None:
    text = "Calder spoke first. Later Calder left, and staff at Calder said nothing."
    spans = [("Calder", "PERSON"), ("Calder", "PERSON"), ("Calder", "ORG")]
    assert _types(text, spans) == {("Calder", "person.calder")}
