"""Companies that market copy names and the small model leaves untagged."""

from __future__ import annotations

from test_nlp_rules import entities_of


def test_companies_named_by_market_phrases_are_organisations() -> None:
    text = (
        "Markets rose. Kestrel Chief Executive Ana Brightwater said demand held. Kestrel "
        "shares fell 1.5%. Shares of Halvorsen Ridge and Ortega Mining rose, and Marrang "
        "gained 2.1% after it said Kestrel would buy it."
    )
    found = entities_of(text, [("Ana Brightwater", "PERSON"), ("Ortega Mining", "ORG")])
    assert found == {
        "Kestrel": "org.kestrel",
        "Ana Brightwater": "person.ana-brightwater",
        "Halvorsen Ridge": "org.halvorsen-ridge",
        "Ortega Mining": "org.ortega-mining",
        "Marrang": "org.marrang",
    }


def test_common_words_places_and_nationalities_in_market_phrases_are_no_companies() -> None:
    text = (
        "Gold rose 1% and Energy shares fell. Asian shares slipped, London stocks gained "
        "0.5% and U.S. stocks rose 2%. The bank said energy prices would rise. Former "
        "President Tom Ortega said it."
    )
    found = entities_of(text, [("Tom Ortega", "PERSON")])
    assert found == {"Tom Ortega": "person.tom-ortega"}


def test_an_organisation_a_noun_introduces_is_one() -> None:
    text = (
        "An eyewitness told news agency Kestrel Media what happened, and electric carmaker "
        "Halvorsen said the company Monday would pay."
    )
    assert entities_of(text, []) == {
        "Kestrel Media": "org.kestrel-media",
        "Halvorsen": "org.halvorsen",
    }


def test_a_company_called_without_its_generic_last_words_is_one_company() -> None:
    text = (
        "Kestrel Terminal Systems Inc said it sold shares. Kestrel Terminal said the buyer "
        "may buy more, and Ortega Petroleum Co said the same as Ortega did."
    )
    spans = [
        ("Kestrel Terminal Systems Inc", "ORG"),
        ("Kestrel Terminal", "ORG"),
        ("Ortega Petroleum Co", "ORG"),
        ("Ortega", "ORG"),
    ]
    found = entities_of(text, spans)
    assert set(found.values()) == {"org.kestrel-terminal-systems-inc", "org.ortega-petroleum-co"}


def test_money_invested_in_a_name_and_an_exchange_make_a_company() -> None:
    text = (
        "Kestrel said it would invest $4 billion in Marrang, and crypto exchange Halvorsen "
        "said filmmaker Ana Ortega and the Fed agreed with the Federal Reserve."
    )
    spans = [
        ("Kestrel", "ORG"),
        ("Marrang", "GPE"),
        ("Halvorsen", "PERSON"),
        ("Ana Ortega", "PERSON"),
        ("Fed", "ORG"),
        ("the Federal Reserve", "ORG"),
    ]
    assert entities_of(text, spans) == {
        "Kestrel": "org.kestrel",
        "Marrang": "org.marrang",
        "Halvorsen": "org.halvorsen",
        "Ana Ortega": "person.ana-ortega",
        "Fed": "org.federal-reserve",
        "Federal Reserve": "org.federal-reserve",
    }
