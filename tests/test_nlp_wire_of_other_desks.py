"""Rules found on wire copy in styles the corpus lacks (agency, sports, technology, science and
local news): small texts written here, with hand-made model spans as the small model gives
them."""

from __future__ import annotations

from test_nlp_glossary import article, glossary, named

from briefing.nlp.acronyms import fits
from briefing.nlp.junk import never_entity
from briefing.nlp.resolve import resolve_article
from briefing.wire import find_dateline
from briefing.wire.credit import canonical_agency

from nlp_support import named_in_paragraph, raw_spans

_named = named_in_paragraph


def test_two_countries_in_one_span_are_two_places() -> None:
    text = "Mali, Burkina Faso and Niger left the bloc. Paris, Texas, is small."
    spans = [("Mali, Burkina Faso", "ORG"), ("Niger", "GPE"), ("Paris, Texas", "GPE")]
    found = _named(text, spans)
    assert ("Mali", "place") in found and ("Burkina Faso", "place") in found
    assert not any("," in name for name, kind in found if kind == "org")


def test_a_nationality_and_a_name_that_make_a_country_are_that_place() -> None:
    text = "The rocket lifted off from Kourou in French Guiana on Tuesday, French officials said."
    spans = [("Kourou", "GPE"), ("French", "NORP"), ("Guiana", "PERSON"), ("French", "NORP")]
    found = _named(text, spans)
    assert ("French Guiana", "place") in found
    assert ("Guiana", "person") not in found
    assert ("French", "group") in found  # the officials' nationality stays a group


def test_a_person_run_on_into_their_home_place_ends_before_it() -> None:
    text = "He was replaced by Josh Hull of Leicestershire. Joan of Arc was no county."
    spans = [("Josh Hull of Leicestershire", "PERSON"), ("Joan of Arc", "PERSON")]
    found = _named(text, spans)
    assert ("Josh Hull", "person") in found
    assert ("Joan of Arc", "person") in found  # Arc is no place


def test_a_news_agency_the_model_takes_for_a_town_is_an_organisation() -> None:
    text = "The estimate was compiled by Bloomberg."
    assert _named(text, [("Bloomberg", "GPE")]) == [("Bloomberg", "org")]
    # The model's person stays one: Michael Bloomberg is the agency's founder.
    text = "Bloomberg told reporters he would run."
    assert _named(text, [("Bloomberg", "PERSON")]) == [("Bloomberg", "person")]


def test_a_town_placed_in_a_country_is_a_place() -> None:
    text = "It is building plants in Arizona, Kumamoto in Japan and Dresden in Germany."
    spans = [
        ("Arizona", "GPE"),
        ("Kumamoto", "PERSON"),
        ("Japan", "GPE"),
        ("Dresden", "GPE"),
        ("Germany", "GPE"),
    ]
    assert ("Kumamoto", "place") in _named(text, spans)
    # A person of two words stays one: "Kumamoto" alone is the town.
    text = "Kenji Kumamoto in Japan said so."
    assert _named(text, [("Kenji Kumamoto", "PERSON"), ("Japan", "GPE")])[0] == (
        "Kenji Kumamoto",
        "person",
    )


def test_a_telescope_is_no_person() -> None:
    text = "Astronomers using the James Webb Space Telescope found water."
    assert _named(text, [("James Webb Space Telescope", "PERSON")]) == [
        ("James Webb Space Telescope", "org")
    ]


def test_abbreviations_of_common_nouns_are_no_entities() -> None:
    text = "Orders for AI chips rose, GDP grew and the CEO spoke. Ai Weiwei and CCTV reported it."
    for word in ("AI", "GDP", "CEO"):
        start = text.index(word)
        assert never_entity(text, start, start + len(word)), word
    for name in ("Ai Weiwei", "CCTV"):  # a person; China's broadcaster
        start = text.index(name)
        assert not never_entity(text, start, start + len(name)), name


def test_a_legal_forms_initial_makes_no_two_letter_acronym() -> None:
    assert not fits("AI", "Apple Inc.")
    assert not fits("AC", "Acme Corp")
    assert fits("TSMC", "Taiwan Semiconductor Manufacturing Co.")
    assert fits("GM", "General Motors")
    first = article(
        "a1",
        "Chips",
        "Apple Inc. and Nvidia Corp. ordered AI chips. AI demand soared, Apple said.",
        [("Apple Inc.", "ORG"), ("Nvidia Corp.", "ORG"), ("AI", "ORG"), ("AI", "ORG"),
         ("Apple", "ORG")],
    )  # fmt: skip
    _, entities = glossary(first)
    assert ("Apple Inc.", "org") in named(entities).values()
    assert all("AI" not in info.aliases for info in entities.values())


def test_a_town_word_the_model_takes_for_a_person_is_the_club_named_after_it() -> None:
    body = (
        "City beat Brighton & Hove Albion 2-1. Brighton pulled one back late, and Tottenham "
        "Hotspur play on Sunday. Brighton coach Roberto De Zerbi was proud."
    )
    spans = [
        ("Brighton & Hove Albion", "ORG"),
        ("Brighton", "PERSON"),
        ("Tottenham Hotspur", "PERSON"),
        ("Brighton", "PERSON"),
        ("Roberto De Zerbi", "PERSON"),
    ]
    _, entities = glossary(article("f1", "Football", body, spans))
    found = named(entities).values()
    assert ("Brighton & Hove Albion", "org") in found
    assert ("Tottenham Hotspur", "org") in found
    assert ("Roberto De Zerbi", "person") in found
    assert not any(name == "Brighton" for name, _ in found)


def test_a_house_of_indias_parliament_is_an_organisation() -> None:
    text = "Lok Sabha Speaker Om Birla attended."
    assert ("Lok Sabha", "org") in _named(text, [("Lok Sabha", "PERSON"), ("Om Birla", "PERSON")])


def test_a_name_in_apposition_before_an_organisations_full_name_is_its_name() -> None:
    text = "UNICEF and Gavi, the Vaccine Alliance, will pay. However, the Prohibition Party won."
    spans = [
        ("UNICEF", "ORG"),
        ("Gavi", "PERSON"),
        ("Vaccine Alliance", "ORG"),
        ("Prohibition Party", "ORG"),
    ]
    mentions, _ = resolve_article([("paragraph", text)], [raw_spans(text, spans)], [])
    by_text = {m.text: m for m in mentions}
    assert by_text["Gavi"].type == "org"
    assert by_text["Gavi"].entity == by_text["Vaccine Alliance"].entity
    assert "However" not in by_text  # a sentence's opening word names nothing


def test_a_name_before_a_crossing_or_a_camp_is_a_place() -> None:
    text = "Trucks waited at the Rafah crossing near the Jabalia refugee camp."
    spans = [("Rafah", "PERSON"), ("Jabalia", "PERSON")]
    assert _named(text, spans) == [("Rafah", "place"), ("Jabalia", "place")]


def test_the_second_of_two_districts_is_a_place_too() -> None:
    text = "Homes fell in the remote districts of Jajarkot and Rukum West, officials said."
    spans = [("Jajarkot", "GPE"), ("Rukum West", "PERSON")]
    assert _named(text, spans) == [("Jajarkot", "place"), ("Rukum West", "place")]


def test_an_unknown_place_word_before_a_persons_name_is_their_first_name() -> None:
    text = "said Harish Chandra Sharma, the officer. Officials in Nepal Pushpa Dahal met."
    spans = [
        ("Harish", "GPE"),
        ("Chandra Sharma", "PERSON"),
        ("Nepal", "GPE"),
        ("Pushpa Dahal", "PERSON"),
    ]
    found = _named(text, spans)
    assert ("Harish Chandra Sharma", "person") in found
    assert ("Nepal", "place") in found  # a country stays itself


def test_a_crude_oil_benchmark_is_no_place() -> None:
    text = "Brent crude rose 1%, while Venezuelan crude exports fell. Benchmark Brent crude rose."
    start = text.index("Venezuelan")
    assert never_entity(text, 0, len("Brent"))
    benchmark = text.index("Benchmark Brent")
    assert never_entity(text, benchmark, benchmark + len("Benchmark Brent"))
    assert not never_entity(text, start, start + len("Venezuelan"))


def test_datelines_of_more_agencies_are_datelines() -> None:
    for line, agency in [
        ("WASHINGTON, Nov. 2 (UPI) -- The Senate voted.", "UPI"),
        ("JASPER, Alta. (CP) - Residents left.", "CP"),
        ("TOKYO (Jiji Press) - Shares rose.", "Jiji"),
    ]:
        found = find_dateline(line)
        assert found is not None and found.agency is not None, line
        assert canonical_agency(found.agency) == agency


def test_a_persons_name_before_agency_is_an_agencys() -> None:
    text = "The fire grew, the Alberta Wildfire agency said. Alberta Premier Danielle Smith spoke."
    spans = [("Alberta Wildfire", "PERSON"), ("Alberta", "GPE"), ("Danielle Smith", "PERSON")]
    found = _named(text, spans)
    assert ("Alberta Wildfire", "org") in found and ("Alberta", "place") in found


def test_compass_adjectives_alone_are_no_places() -> None:
    text = "They lead the Eastern and Western hemispheres, and Western Australia voted."
    assert never_entity(text, text.index("Eastern"), text.index("Eastern") + 7)
    start = text.index("Western Australia")
    assert not never_entity(text, start, start + len("Western Australia"))


def test_a_building_run_on_into_its_city_ends_before_it() -> None:
    text = (
        "They met at the Great Hall of the People in Beijing and at the Institute for Research "
        "in Biomedicine."
    )
    spans = [
        ("Great Hall of the People in Beijing", "FAC"),
        ("Institute for Research in Biomedicine", "ORG"),
    ]
    found = [name for name, _ in _named(text, spans)]
    assert "Great Hall of the People" in found
    assert "Institute for Research in Biomedicine" in found  # Biomedicine is no place


def test_a_first_name_and_a_surname_across_particles_are_one_person() -> None:
    text = "Commission President Ursula von der Leyen said so. Juan de la Cruz agreed."
    spans = [("Ursula von der", "PERSON"), ("Leyen", "GPE"), ("Juan", "PERSON"), ("Cruz", "PERSON")]
    found = _named(text, spans)
    assert ("Ursula von der Leyen", "person") in found
    assert ("Juan de la Cruz", "person") in found


def test_a_company_named_like_a_town_stays_a_company_before_its_staff() -> None:
    text = "Mercedes driver Lewis Hamilton was fifth. Mercedes is a town in Uruguay."
    found = _named(text, [("Mercedes", "ORG"), ("Lewis Hamilton", "PERSON")])
    assert ("Mercedes", "org") in found
    assert _named("They drove to Mercedes.", [("Mercedes", "ORG")]) == [("Mercedes", "place")]


def test_a_name_the_model_left_untagged_after_a_title_is_a_person() -> None:
    text = (
        'Chief Executive Guillaume Faury said suppliers struggled. "Not fast enough," Faury '
        "told analysts. Visitors to Grand Canyon Skywalk said it was busy."
    )
    found = _named(text, [("Faury", "WORK_OF_ART")])
    assert ("Guillaume Faury", "person") in found
    assert ("Faury", "person") in found  # the surname joins the full name
    assert not any("Skywalk" in name for name, _ in found)  # "Canyon" heads no title


def test_a_titled_name_the_model_tagged_is_not_taken_twice() -> None:
    text = "Prime Minister Jan Novak said so."
    assert _named(text, [("Jan Novak", "PERSON")]) == [("Jan Novak", "person")]


def test_a_teams_place_name_is_the_team_when_the_article_names_it_whole() -> None:
    body = (
        "The Golden State Warriors beat the Los Angeles Lakers. Green had 14 for Golden State. "
        "Lion Air said Lion Air Flight 610 crashed."
    )
    spans = [
        ("Golden State Warriors", "ORG"),
        ("Los Angeles Lakers", "ORG"),
        ("Golden State", "ORG"),
        ("Lion Air", "ORG"),
        ("Lion Air Flight 610", "ORG"),
    ]
    _, entities = glossary(article("n1", "Basketball", body, spans))
    found = named(entities).values()
    assert ("Golden State Warriors", "org") in found
    assert ("Golden State", "org") not in found
    assert ("Lion Air", "org") in found  # "Flight 610" is no nickname


def test_a_charity_named_like_a_person_is_an_organisation() -> None:
    text = "The claim was brought by the charity Asylum Aid on Monday."
    assert _named(text, [("Asylum Aid", "PERSON")]) == [("Asylum Aid", "org")]


def test_a_company_and_its_name_without_global_are_one() -> None:
    body = "Shares of Coinbase Global rose 5%, said Brian Armstrong, Coinbase's chief executive."
    spans = [("Coinbase Global", "ORG"), ("Brian Armstrong", "PERSON"), ("Coinbase", "ORG")]
    _, entities = glossary(article("c1", "Crypto", body, spans))
    found = [name for name, kind in named(entities).values() if kind == "org"]
    assert found == ["Coinbase Global"]


def test_a_name_before_neighborhood_is_a_place() -> None:
    text = "He spoke in the Chacarita neighborhood of the capital."
    assert _named(text, [("Chacarita", "ORG")]) == [("Chacarita", "place")]
