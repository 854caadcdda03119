"""An organisation's name the small model stops at "for" goes on over the capitalised words
after it."""

from __future__ import annotations

from briefing.nlp.resolve import resolve_article

from nlp_support import raw_spans


def _named(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    mentions, _ = resolve_article([("paragraph", text)], [raw_spans(text, spans)], [])
    return [(m.text, m.type) for m in mentions if m.type not in ("figure", "date")]


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
