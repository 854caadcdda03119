"""Typing and junk rules of one article, on small texts with hand-made model spans:
designators, gazetteers, the words around a name, and the names that are never entities."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from briefing.nlp import gazetteer
from briefing.nlp.junk import never_entity
from briefing.nlp.resolve import resolve_article

from nlp_support import raw_spans


def entities_of(text: str, spans: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Mention text -> entity id for one paragraph with the given model spans, in order."""
    mentions, _ = resolve_article([("paragraph", text)], [raw_spans(text, spans)], [])
    return {m.text: m.entity for m in mentions if m.type not in ("figure", "date")}


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("Globex Holdings", "PERSON", "org.globex-holdings"),
        ("Initech Motors", "GPE", "org.initech-motors"),
        ("Hooli AG", "PERSON", "org.hooli-ag"),
        ("Jefferson Parish", "PERSON", "place.jefferson-parish"),
        ("Wind River Reservation", "ORG", "place.wind-river-reservation"),
    ],
)
def test_head_words_and_designators_decide_the_type(name: str, label: str, expected: str) -> None:
    text = f"Officials said {name} would help."
    assert entities_of(text, [(name, label)]) == {name: expected}


def test_a_place_the_gazetteers_know_is_a_place_when_the_model_says_org_or_group() -> None:
    text = "The governor of Chelyabinsk spoke, and voters left Toowoomba."
    found = entities_of(text, [("Chelyabinsk", "ORG"), ("Toowoomba", "NORP")])
    assert found == {"Chelyabinsk": "place.chelyabinsk", "Toowoomba": "place.toowoomba"}


def test_an_organisation_noun_keeps_a_city_named_company_an_organisation() -> None:
    text = "The news agency Fars reported it, as did the broadcaster Toronto."
    found = entities_of(text, [("Fars", "GPE"), ("Toronto", "GPE")])
    assert found == {"Fars": "org.fars", "Toronto": "org.toronto"}


def test_a_single_name_written_on_a_platform_is_the_platform() -> None:
    text = "He wrote on Twitter: it was over. Nobody on Smith's team spoke."
    found = entities_of(text, [("Twitter", "PERSON"), ("Smith", "PERSON")])
    assert found == {"Twitter": "org.twitter", "Smith": "person.smith"}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("It opened in Sept. and closed.", "Sept."),
        ("We met on Tuesday at noon.", "Tuesday"),
        ("Shops shut for Christmas this year.", "Christmas"),
        ("At 10:30 UTC the court sat.", "UTC"),
        ("It cost USD 5 million.", "USD"),
        ("The plant makes 40 MW of power.", "MW"),
        ("Cases of COVID-19 rose.", "COVID-19"),
        ("The SARS-CoV-2 virus spread.", "SARS-CoV-2"),
        ("The advice to Her Majesty was unlawful.", "Her Majesty"),
        ("His Royal Highness arrived.", "Royal Highness"),
        ("She collected sand crabs (Emerita talpoida) as a child.", "Emerita"),
        ("Numbers of the penguins, Spheniscus magellanicus, fell.", "Spheniscus magellanicus"),
        ("Sen. Sam Nunn, D-Ga., chairman of the panel, spoke.", "D-Ga."),
        ("Rep. Ana Ortega, R-N.Y., said so.", "R-N.Y."),
    ],
)
def test_date_words_holidays_zones_units_and_codes_are_never_entities(text: str, span: str) -> None:
    start = text.index(span)
    assert never_entity(text, start, start + len(span))
    # Only the span is junk: "Sen. Sam Nunn" is found as a person all the same.
    assert span not in entities_of(text, [(span, "ORG")])


def test_a_name_before_a_lowercase_word_outside_brackets_is_still_a_name() -> None:
    for text, span in [
        ("Voters of the Trump era (Obama data) agreed.", "Obama"),
        ("In the Trump era, tariffs rose.", "Trump"),
        ("It was in Paris, area residents said.", "Paris"),
    ]:
        start = text.index(span)
        assert not never_entity(text, start, start + len(span)), text


def test_a_capitalised_plural_opening_a_sentence_is_a_common_word_the_article_uses() -> None:
    text = 'He said "Guardrails can only take so much." The guardrail would be examined.'
    assert entities_of(text, [("Guardrails", "ORG")]) == {}
    text = 'He said "Mercers can only take so much." The guardrail would be examined.'
    assert entities_of(text, [("Mercers", "ORG")]) == {"Mercers": "org.mercers"}


def test_a_currency_code_without_an_amount_may_be_a_name() -> None:
    text = "Chipmaker AMD rose."
    start = text.index("AMD")
    assert not never_entity(text, start, start + 3)


def test_gazetteers() -> None:
    assert gazetteer.is_place("New South Wales")
    assert gazetteer.is_place("KĪLAUEA") is gazetteer.is_place("Kilauea")
    assert gazetteer.country("Russian Federation") == "Russia"
    assert gazetteer.country("Viet Nam") == "Vietnam"
    assert gazetteer.country("Plurinational State of Bolivia") == "Bolivia"
    assert gazetteer.us_state("Fla.") == "Florida"
    assert gazetteer.us_state("Calif.") == "California"
    assert gazetteer.is_currency_code("EUR")
    assert not gazetteer.is_currency_code("eur")
    # ISO 3166-2 writes some names with a second language's and a code in brackets.
    assert gazetteer.is_place("Wales") and gazetteer.is_place("Cymru")
    assert gazetteer.subdivision_names("Wales [Cymru GB-CYM]") == ["Wales", "Cymru"]
    assert gazetteer.subdivision_names("Sofia (stolitsa)") == ["Sofia"]


def test_a_capitalised_word_after_an_ellipsis_that_the_article_writes_lowercase_is_no_name() -> (
    None
):
    text = '"There was no reason [...] Lava does not contain nitrate," she said of the lava.'
    assert entities_of(text, [("Lava", "PERSON")]) == {}


def test_iso_country_names_join_the_country() -> None:
    text = "The Russian Federation and Viet Nam signed, and Guam watched."
    found = entities_of(text, [("Russian Federation", "GPE"), ("Viet Nam", "GPE"), ("Guam", "ORG")])
    assert found == {
        "Russian Federation": "place.russia",
        "Viet Nam": "place.vietnam",
        "Guam": "place.guam",
    }


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("She won the Nemmers Prize in Mathematics that year.", "Nemmers Prize in Mathematics"),
        ("He received the National Medal of Science in 2001.", "National Medal of Science"),
        (
            "Congress passed the Reproductive Health Care Reform Bill.",
            "Reproductive Health Care Reform Bill",
        ),
        (
            "Doctors named it Middle East Respiratory Syndrome then.",
            "Middle East Respiratory Syndrome",
        ),
        ("Tropical Storm Barry is coming.", "Tropical Storm Barry"),
        ("My running mate will be a woman. #DemDebate trended.", "DemDebate"),
    ],
)
def test_awards_laws_diseases_storms_and_hashtags_are_no_entities(text: str, span: str) -> None:
    assert entities_of(text, [(span, "ORG")]) == {}


def test_a_name_with_a_title_an_affiliation_or_a_role_is_a_person_whatever_the_model_says() -> None:
    text = (
        "The archbishop Wojciech Polak spoke. Nils-Erik Haagenrud of Rogaland Fire and Rescue "
        "said the fire was out. Toronto Police of the city said nothing. "
        "Dana Okafor, a spokeswoman for the Harlow police, said the road was shut. "
        "Priya Raman, the bank's deputy governor, agreed. "
        "Lakeshore Foods, a leader in frozen meals, and Harlow Council, the town's biggest "
        "employer, said nothing."
    )
    spans = [
        ("Wojciech Polak", "ORG"),
        ("Nils-Erik Haagenrud", "ORG"),
        ("Rogaland Fire and Rescue", "ORG"),
        ("Toronto Police", "ORG"),
        ("Dana Okafor", "ORG"),
        ("Priya Raman", "GPE"),
        ("Lakeshore Foods", "ORG"),
        ("Harlow Council", "ORG"),
    ]
    assert entities_of(text, spans) == {
        "Wojciech Polak": "person.wojciech-polak",
        "Nils-Erik Haagenrud": "person.nils-erik-haagenrud",
        "Rogaland Fire and Rescue": "org.rogaland-fire-and-rescue",
        "Toronto Police": "org.toronto-police",
        "Dana Okafor": "person.dana-okafor",  # a role in an apposition
        "Priya Raman": "person.priya-raman",
        "Lakeshore Foods": "org.lakeshore-foods",  # "a leader in": companies lead too
        "Harlow Council": "org.harlow-council",
    }


def test_an_owner_and_what_it_owns_are_two_names() -> None:
    text = "Researchers at CU Boulder's Cooperative Institute for Research spoke."
    found = entities_of(text, [("CU Boulder's Cooperative Institute for Research", "ORG")])
    assert found == {
        "CU Boulder": "org.cu-boulder",
        "Cooperative Institute for Research": "org.cooperative-institute-for-research",
    }
    kept = "The Kurdistan Workers' Party and the People's Liberation Army fought."
    spans = [("Kurdistan Workers' Party", "ORG"), ("People's Liberation Army", "ORG")]
    assert set(entities_of(kept, spans)) == {"Kurdistan Workers' Party", "People's Liberation Army"}


def test_a_word_opening_the_sentence_is_not_part_of_the_name() -> None:
    text = "Following South Carolina's primary, the race moved on. All Nippon Airways flew."
    spans = [("Following South Carolina", "GPE"), ("All Nippon Airways", "ORG")]
    assert entities_of(text, spans) == {
        "South Carolina": "place.south-carolina",
        "All Nippon Airways": "org.all-nippon-airways",
    }


def test_two_names_glued_by_and_are_split_when_each_stands_alone_elsewhere() -> None:
    text = (
        "Acme and Globex agreed to merge. Acme makes rockets; Globex makes gadgets. "
        "Procter and Gamble and Bosnia and Herzegovina were not involved."
    )
    spans = [
        ("Acme and Globex", "ORG"),
        ("Acme", "ORG"),
        ("Globex", "ORG"),
        ("Procter and Gamble", "ORG"),
        ("Bosnia and Herzegovina", "GPE"),
    ]
    found = entities_of(text, spans)
    assert found == {
        "Acme": "org.acme",
        "Globex": "org.globex",
        "Procter and Gamble": "org.procter-and-gamble",
        "Bosnia and Herzegovina": "place.bosnia-and-herzegovina",
    }


def test_a_line_in_capitals_links_only_what_the_body_knows() -> None:
    text = "Acme shares rose on Monday.\nACME 12.5 +0.3\nXYZQ WTI BRENT 80.1 81.2 HIGH LOW"
    spans = [("Acme", "ORG"), ("ACME", "ORG"), ("XYZQ WTI", "ORG"), ("BRENT", "PERSON")]
    mentions, entities = resolve_article([("paragraph", text)], [raw_spans(text, spans)], [])
    assert {m.text: m.entity for m in mentions} == {"Acme": "org.acme", "ACME": "org.acme"}
    assert set(entities) == {"org.acme"}


def test_titles_of_works_and_offices_inside_titles_are_no_entities() -> None:
    text = "She wrote the 2009 novel Obsession. He was Secretary of Justice then."
    assert entities_of(text, [("Obsession", "ORG"), ("Justice", "ORG")]) == {}
    text = "The Economy of Turkey shrank, and Conway's Game of Life ran."
    assert entities_of(text, [("Economy of Turkey", "ORG"), ("Game of Life", "ORG")]) == {}


def test_a_university_campus_is_part_of_its_name() -> None:
    text = (
        "The University of California, San Diego announced it. Staff of the University of "
        "Colorado at Boulder agreed, as did the University of Texas, Texas officials said."
    )
    spans = [
        ("University of California", "ORG"),
        ("San Diego", "GPE"),
        ("University of Colorado", "ORG"),
        ("Boulder", "PERSON"),
        ("University of Texas", "ORG"),
        ("Texas", "GPE"),
    ]
    assert entities_of(text, spans) == {
        "University of California, San Diego": "org.university-of-california-san-diego",
        "University of Colorado at Boulder": "org.university-of-colorado-at-boulder",
        "University of Texas": "org.university-of-texas",
        "Texas": "place.texas",
    }


def test_a_list_holding_a_place_is_a_list_of_places() -> None:
    text = (
        "Crews came from Dolgellau, Harlech, Barmouth, Bala, and Blaenau Ffestiniog. "
        "Judges Ann Lee, Bob Roe and Paris Hilton met."
    )
    spans = [
        ("Dolgellau", "GPE"),
        ("Harlech", "ORG"),
        ("Barmouth", "PERSON"),
        ("Bala", "PERSON"),
        ("Blaenau Ffestiniog", "PERSON"),
        ("Ann Lee", "PERSON"),
        ("Bob Roe", "PERSON"),
        ("Paris Hilton", "PERSON"),
    ]
    found = entities_of(text, spans)
    assert {found[n] for n in ("Harlech", "Barmouth", "Bala", "Blaenau Ffestiniog")} == {
        "place.harlech",
        "place.barmouth",
        "place.bala",
        "place.blaenau-ffestiniog",
    }
    assert found["Paris Hilton"] == "person.paris-hilton"


def test_a_nationality_heading_a_dropped_name_stays_a_group() -> None:
    text = "He received the French Legion of Honour in Paris."
    found = entities_of(text, [("French Legion of Honour", "ORG"), ("Paris", "GPE")])
    assert found == {"French": "group.french", "Paris": "place.paris"}


def test_a_museum_named_like_a_group_is_an_organisation() -> None:
    text = "In 1990 the Smithsonian museum featured her jeans."
    assert entities_of(text, [("Smithsonian", "NORP")]) == {"Smithsonian": "org.smithsonian"}


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("Lava poured from the Kīlauea volcano last year.", "Kīlauea", "PERSON", "place.kilauea"),
        (
            "He flew over the Johan Sverdrup oil field.",
            "Johan Sverdrup",
            "ORG",
            "place.johan-sverdrup",
        ),
        ("Voters in the electoral district of Groom went out.", "Groom", "PERSON", "place.groom"),
        (
            "A sanctuary in Kitchener-Waterloo, Ontario opened.",
            "Kitchener-Waterloo",
            "ORG",
            "place.kitchener-waterloo",
        ),
        ("Storm Barry was coming ashore.", "Storm Barry", "PERSON", None),
        ("Penguins breed at Punta Marrang.", "Punta Marrang", "PERSON", "place.punta-marrang"),
        ("Prayers at Masjid Hal ended.", "Masjid Hal", "PERSON", "place.masjid-hal"),
        ("Protesters held Kestrel Hill.", "Kestrel Hill", "ORG", "place.kestrel-hill"),
        ("Lauryn Ann Hill sang.", "Lauryn Ann Hill", "PERSON", "person.lauryn-ann-hill"),
    ],
)
def test_the_words_around_a_name_make_it_a_place(
    text: str, span: str, label: str, expected: str | None
) -> None:
    found = entities_of(text, [(span, label)])
    assert found.get(span) == expected


def test_a_place_qualifying_the_next_persons_title_does_not_make_a_place() -> None:
    text = "She named Senator Ana Brightwater, Ontario premier Tom Halvorsen and others."
    spans = [("Ana Brightwater", "PERSON"), ("Ontario", "GPE"), ("Tom Halvorsen", "PERSON")]
    assert entities_of(text, spans)["Ana Brightwater"] == "person.ana-brightwater"
    text = "Statues of Marco Halvorsen, US presidents and generals fell."
    spans = [("Marco Halvorsen", "PERSON"), ("US", "GPE")]
    assert entities_of(text, spans)["Marco Halvorsen"] == "person.marco-halvorsen"
    text = "A sanctuary in Kitchener-Waterloo, Ontario police said, opened."
    assert (
        entities_of(text, [("Kitchener-Waterloo", "ORG"), ("Ontario", "GPE")])["Kitchener-Waterloo"]
        == "place.kitchener-waterloo"
    )


def test_a_title_of_another_country_is_stripped_from_the_name() -> None:
    text = "Taoiseach Aoife Marrang said talks would go on."
    assert entities_of(text, [("Taoiseach Aoife Marrang", "PERSON")]) == {
        "Aoife Marrang": "person.aoife-marrang"
    }


def test_an_advisers_portfolio_is_part_of_the_title_not_an_organisation() -> None:
    text = "Later, former National Security Adviser Ana Brightwater spoke."
    spans = [("National Security", "ORG"), ("Ana Brightwater", "PERSON")]
    mentions, entities = resolve_article([("paragraph", text)], [raw_spans(text, spans)], [])
    assert [(m.text, m.type) for m in mentions] == [("Ana Brightwater", "person")]
    assert entities["person.ana-brightwater"].roles == {"former National Security Adviser"}


def test_the_labels_of_a_row_of_figures_are_no_names() -> None:
    text = (
        "Avg shrs 3,456,000 vs 3,210,000\nNine mths net 1,234,000 vs 987,000\n"
        "Kestrel Fund rose to 3,000 from 2,900 units, Halvorsen said."
    )
    spans = [
        ("Avg", "PERSON"),
        ("Nine", "CARDINAL"),
        ("Kestrel Fund", "ORG"),
        ("Halvorsen", "PERSON"),
    ]
    found = entities_of(text, spans)
    assert {k: v for k, v in found.items() if not v.startswith(("figure.", "date."))} == {
        "Kestrel Fund": "org.kestrel-fund",
        "Halvorsen": "person.halvorsen",
    }


def test_a_town_in_a_sports_result_is_its_club() -> None:
    text = (
        "Marrang beat Kestrel 2-0 on Saturday. Barcelona won 3-1 at Valencia. France beat "
        "Brazil 2-1, and Ana Ortega beat Tom Halvorsen 306-232 in the vote. Fans flew from "
        "Leeds to Turin."
    )
    spans = [
        ("Marrang", "GPE"),
        ("Kestrel", "GPE"),
        ("Barcelona", "GPE"),
        ("Valencia", "PERSON"),
        ("France", "GPE"),
        ("Brazil", "GPE"),
        ("Ana Ortega", "PERSON"),
        ("Tom Halvorsen", "PERSON"),
        ("Leeds", "GPE"),
        ("Turin", "GPE"),
    ]
    assert entities_of(text, spans) == {
        "Marrang": "org.marrang",
        "Kestrel": "org.kestrel",
        "Barcelona": "org.barcelona",
        "Valencia": "org.valencia",
        "France": "place.france",
        "Brazil": "place.brazil",
        "Ana Ortega": "person.ana-ortega",
        "Tom Halvorsen": "person.tom-halvorsen",
        "Leeds": "place.leeds",
        "Turin": "place.turin",
    }
