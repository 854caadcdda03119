"""Titles of the form "X to Y": the name after them is a person's, and the body the title
names stays an organisation."""

from __future__ import annotations

from briefing.nlp.resolve import resolve_article

from nlp_support import raw_spans


def test_a_name_after_an_ambassador_to_title_is_a_person_and_the_body_stays() -> None:
    text = "Former US Ambassador to the United Nations Jane Roewood wrote on Monday."
    spans = [("US", "GPE"), ("the United Nations", "ORG"), ("Jane Roewood", "ORG")]
    mentions, _ = resolve_article([("paragraph", text)], [raw_spans(text, spans)], [])
    found = {m.text: (m.entity, m.role) for m in mentions if m.type not in ("figure", "date")}
    assert found["Jane Roewood"] == (
        "person.jane-roewood",
        "Former US Ambassador to the United Nations",
    )
    assert found["United Nations"][0].startswith("org.")


def test_an_office_inside_an_of_title_is_still_no_organisation() -> None:
    text = "Secretary of State Mike Pompeo said so."
    spans = [("State", "ORG"), ("Mike Pompeo", "PERSON")]
    mentions, _ = resolve_article([("paragraph", text)], [raw_spans(text, spans)], [])
    assert [(m.text, m.type) for m in mentions] == [("Mike Pompeo", "person")]
