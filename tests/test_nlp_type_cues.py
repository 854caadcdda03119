"""Words around a name that settle its type against the model's guess (`nlp/kinds.py`)."""

from __future__ import annotations

from briefing.nlp.joining import match_key

from nlp_support import named_in_paragraph


def test_an_organisation_cue_that_agrees_with_the_model_outvotes_its_other_guess() -> None:
    text = (
        "Analysts at Vontobel said Roche could win 8% of the market. "
        '"It is late," said Markus Egli, a Vontobel analyst.'
    )
    spans = [
        ("Vontobel", "ORG"),
        ("Roche", "ORG"),
        ("Markus Egli", "PERSON"),
        ("Vontobel", "PERSON"),
    ]
    found = named_in_paragraph(text, spans)
    assert [kind for name, kind in found if name == "Vontobel"] == ["org", "org"]
    assert ("Markus Egli", "person") in found


def test_a_trade_before_a_name_makes_it_a_company() -> None:
    text = "The index rose, led by refiner Orlen and pollster Ipsos Peru."
    found = named_in_paragraph(text, [("Orlen", "PERSON"), ("Ipsos Peru", "PERSON")])
    assert found == [("Orlen", "org"), ("Ipsos Peru", "org")]


def test_a_producer_is_a_person_as_often() -> None:
    text = "Day had one child, record producer Terry Melcher."
    assert named_in_paragraph(text, [("Terry Melcher", "PERSON")]) == [("Terry Melcher", "person")]


def test_a_news_agency_and_an_office_with_officials_are_organisations() -> None:
    text = (
        "The semi-official Tasnim news agency reported the toll. "
        "White House officials conceded the outcome was uncertain."
    )
    found = named_in_paragraph(text, [("Tasnim", "PERSON"), ("White House", "PERSON")])
    assert found == [("Tasnim", "org"), ("White House", "org")]


def test_a_known_place_of_two_words_is_no_person() -> None:
    text = "Exporters in states such as Gujarat and Andhra Pradesh were hit."
    found = named_in_paragraph(text, [("Gujarat", "GPE"), ("Andhra Pradesh", "PERSON")])
    assert found == [("Gujarat", "place"), ("Andhra Pradesh", "place")]


def test_the_second_of_two_known_places_after_a_locative_is_a_place() -> None:
    text = '"Floods in Johor and Pahang are the big worry," he said.'
    found = named_in_paragraph(text, [("Johor", "GPE"), ("Pahang", "PERSON")])
    assert found == [("Johor", "place"), ("Pahang", "place")]


def test_two_people_after_a_locative_stay_people() -> None:
    text = (
        "Talks in Geneva and Ahmad Zahid's visit went well; talks between Putin and Biden did not."
    )
    spans = [("Geneva", "GPE"), ("Ahmad Zahid", "PERSON"), ("Putin", "PERSON"), ("Biden", "PERSON")]
    found = named_in_paragraph(text, spans)
    assert [kind for _, kind in found] == ["place", "person", "person", "person"]


def test_words_that_only_a_place_takes() -> None:
    text = (
        "Weapons depots near Nabatieh were hit. A fault at a station in Haugsneset, near "
        "Stavanger, cut power. The Fundão tailings dam collapsed. Boris Yeltsin, the former "
        "Moscow party chief, spoke."
    )
    spans = [
        ("Nabatieh", "ORG"),
        ("Haugsneset", "ORG"),
        ("Stavanger", "GPE"),
        ("Fundão", "ORG"),
        ("Boris Yeltsin", "PERSON"),
        ("Moscow", "ORG"),
    ]
    found = dict(named_in_paragraph(text, spans))
    assert found["Nabatieh"] == found["Haugsneset"] == found["Fundão"] == "place"
    assert found["Moscow"] == "place"


def test_a_party_named_by_one_word_is_still_a_party() -> None:
    text = "The ruling Morena party said it had won."
    assert named_in_paragraph(text, [("Morena", "PERSON")]) == [("Morena", "org")]


def test_a_councillor_abbreviated_is_a_title() -> None:
    text = "Cllr Abigail Marshall said the bins would be collected."
    found = named_in_paragraph(text, [("Cllr Abigail Marshall", "PERSON")])
    assert found == [("Abigail Marshall", "person")]


def test_a_one_word_organisation_only_ever_after_in_is_a_town() -> None:
    text = "Limerick need a result against Clare in Ennis next weekend."
    spans = [("Limerick", "GPE"), ("Clare", "GPE"), ("Ennis", "ORG")]
    assert ("Ennis", "place") in named_in_paragraph(text, spans)


def test_companies_journals_and_institutions_after_in_stay_organisations() -> None:
    text = (
        "The fund holds a stake in Tesla. The study was published in Nature. "
        "The bill stalled in Congress."
    )
    spans = [("Tesla", "ORG"), ("Nature", "ORG"), ("Congress", "ORG")]
    assert [kind for _, kind in named_in_paragraph(text, spans)] == ["org", "org", "org"]


def test_abbreviated_roads_zones_and_councillors() -> None:
    text = (
        "Pumps at Portobello Rd will run, Cr Brent Tohill said. The plant is in the "
        "Vũng Áng economic zone."
    )
    spans = [("Portobello Rd", "ORG"), ("Cr Brent Tohill", "ORG"), ("Vũng Áng", "ORG")]
    found = named_in_paragraph(text, spans)
    assert found == [("Portobello Rd", "place"), ("Brent Tohill", "person"), ("Vũng Áng", "place")]


def test_a_singapore_private_limited_company_matches_its_short_name() -> None:
    assert match_key("PayLoom Pte. Ltd.") == match_key("PayLoom") == "payloom"


def test_companies_given_as_examples_are_companies() -> None:
    text = "Cocoa is prized by chocolate makers such as Barry Callebaut and Hershey."
    found = named_in_paragraph(text, [("Barry Callebaut", "PERSON"), ("Hershey", "PERSON")])
    assert found == [("Barry Callebaut", "org"), ("Hershey", "org")]


def test_an_apposition_only_a_company_takes() -> None:
    text = (
        "Vontobel, the Swiss bank, said so. Jane Doe, a lawmaker, agreed, as did Tom Ruiz, "
        "a coal miner."
    )
    spans = [("Vontobel", "PERSON"), ("Jane Doe", "PERSON"), ("Tom Ruiz", "PERSON")]
    assert [kind for _, kind in named_in_paragraph(text, spans)] == ["org", "person", "person"]


def test_a_bureau_a_community_a_drive_and_a_school() -> None:
    text = (
        "State weather bureau Pagasa raised its signal. The Innu community of Pessamit "
        "signed. They met on Toney Burger Drive with parents from Pease Elementary."
    )
    spans = [
        ("Pagasa", "PERSON"),
        ("Pessamit", "PERSON"),
        ("Toney Burger Drive", "PERSON"),
        ("Pease Elementary", "PERSON"),
    ]
    found = named_in_paragraph(text, spans)
    assert found == [
        ("Pagasa", "org"),
        ("Pessamit", "place"),
        ("Toney Burger Drive", "place"),
        ("Pease Elementary", "org"),
    ]


def test_a_district_that_runs_a_service_is_an_organisation() -> None:
    text = "The Austin Independent School District closed schools in the Travis district."
    found = named_in_paragraph(text, [("Austin Independent School District", "GPE")])
    assert found == [("Austin Independent School District", "org")]


def test_what_a_person_owns_is_no_part_of_the_name() -> None:
    text = "Liam Cahill's Tipp held on to win."
    found = named_in_paragraph(text, [("Liam Cahill's Tipp", "PERSON")])
    assert found[0] == ("Liam Cahill", "person")


def test_a_press_release_labels_and_source_line_name_no_one() -> None:
    text = "For details, write to Media Contact Ana Cruz.\nSOURCE PayLoom Pte. Ltd."
    spans = [("Media Contact", "ORG"), ("Ana Cruz", "PERSON"), ("SOURCE PayLoom Pte. Ltd.", "ORG")]
    found = named_in_paragraph(text, spans)
    assert found == [("Ana Cruz", "person"), ("PayLoom Pte. Ltd.", "org")]


def test_members_of_parliament_in_the_plural_are_no_entity() -> None:
    text = "MPs voted on Tuesday."
    assert named_in_paragraph(text, [("MPs", "ORG")]) == []


def test_a_name_placed_by_a_route_or_a_works_site_is_a_place() -> None:
    text = (
        "Freight rates from Narvik to Rotterdam firmed, and trucks ran from Victoria to "
        "WaKeeney. A demonstration plant at Gällivare starts in 2028."
    )
    spans = [("Narvik", "ORG"), ("Rotterdam", "PERSON"), ("Victoria", "GPE")]
    spans += [("WaKeeney", "PERSON"), ("Gällivare", "ORG")]
    found = named_in_paragraph(text, spans)
    assert found == [
        ("Narvik", "place"),
        ("Rotterdam", "place"),
        ("Victoria", "place"),
        ("WaKeeney", "place"),
        ("Gällivare", "place"),
    ]


def test_a_route_between_people_stays_people() -> None:
    text = "The baton passed from Osei to Mensah in the final leg."
    found = named_in_paragraph(text, [("Osei", "PERSON"), ("Mensah", "PERSON")])
    assert found == [("Osei", "person"), ("Mensah", "person")]


def test_a_port_named_as_one_outvotes_the_models_other_guesses() -> None:
    text = (
        "Ore goes to the Norwegian port of Narvik. Exports through Narvik rose 6%, and the "
        "Narvik exports rose again."
    )
    spans = [("Narvik", "GPE"), ("Narvik", "ORG"), ("Narvik", "ORG")]
    assert {kind for _, kind in named_in_paragraph(text, spans)} == {"place"}


def test_where_only_a_company_stands_it_is_an_organisation() -> None:
    text = (
        "Rivals include Paris-based Qonto. The deal follows the purchase of Kellanova. "
        "The match is broadcast live on SuperSport. They met on the Netflix thriller Night "
        "Harbor. In New Zealand, Fonterra raised its price forecast."
    )
    spans = [("Qonto", "GPE"), ("Kellanova", "GPE"), ("SuperSport", "GPE"), ("Netflix", "GPE")]
    spans += [("New Zealand", "GPE"), ("Fonterra", "PERSON")]
    found = named_in_paragraph(text, spans)
    assert found == [
        ("Qonto", "org"),
        ("Kellanova", "org"),
        ("SuperSport", "org"),
        ("Netflix", "org"),
        ("New Zealand", "place"),
        ("Fonterra", "org"),
    ]


def test_a_person_who_acts_on_a_bodys_own_or_a_stars_film_stays_a_person() -> None:
    text = (
        "Okafor joined its board in May. She starred in the James Cagney film Love Me. "
        "The purchase of Alaska was cheap."
    )
    spans = [("Okafor", "PERSON"), ("James Cagney", "PERSON"), ("Alaska", "GPE")]
    found = named_in_paragraph(text, spans)
    assert found == [("Okafor", "person"), ("James Cagney", "person"), ("Alaska", "place")]


def test_a_company_post_before_its_holder_makes_a_company() -> None:
    text = (
        "Hospice Southland chief executive Denise Forde thanked pupils. Noordvelt chairman "
        "Sjoerd Hiemstra agreed. Trump adviser Jason Miller did not."
    )
    spans = [("Hospice Southland", "PERSON"), ("Denise Forde", "PERSON")]
    spans += [("Noordvelt", "PERSON"), ("Sjoerd Hiemstra", "PERSON")]
    spans += [("Trump", "PERSON"), ("Jason Miller", "PERSON")]
    found = named_in_paragraph(text, spans)
    assert ("Hospice Southland", "org") in found and ("Noordvelt", "org") in found
    assert ("Trump", "person") in found and ("Denise Forde", "person") in found


def test_analysts_at_two_firms_make_both_organisations() -> None:
    text = "Analysts at Jefferies and Bernstein have both cut their targets."
    found = named_in_paragraph(text, [("Jefferies", "ORG"), ("Bernstein", "PERSON")])
    assert found == [("Jefferies", "org"), ("Bernstein", "org")]


def test_a_legal_form_makes_a_company_of_what_the_model_calls_an_event() -> None:
    text = "Noordvelt Zuivel BV, the dairy co-operative, cut its price."
    assert named_in_paragraph(text, [("Noordvelt Zuivel BV", "EVENT")]) == [
        ("Noordvelt Zuivel BV", "org")
    ]


def test_a_partnership_of_names_is_one_firm_and_two_firms_of_one_head_are_two() -> None:
    text = (
        "Crisp was advised by the law firm Wachtell, Lipton, Rosen & Katz. Nomura Securities "
        "and Mizuho Securities led the sale; U.S. Securities and Exchange Commission rules apply."
    )
    spans = [("Wachtell, Lipton, Rosen & Katz", "ORG")]
    spans += [("Nomura Securities and Mizuho Securities", "ORG")]
    spans += [("U.S. Securities and Exchange Commission", "ORG")]
    found = named_in_paragraph(text, spans)
    assert found == [
        ("Wachtell, Lipton, Rosen & Katz", "org"),
        ("Nomura Securities", "org"),
        ("Mizuho Securities", "org"),
        ("U.S. Securities and Exchange Commission", "org"),
    ]


def test_a_street_named_after_a_person_and_a_bassist_are_what_they_are() -> None:
    text = "Her restaurant, on Mandela Way in south London, hired bassist Mo Farooq."
    found = named_in_paragraph(
        text, [("Mandela Way", "PERSON"), ("London", "GPE"), ("Mo Farooq", "ORG")]
    )
    assert found == [("Mandela Way", "place"), ("London", "place"), ("Mo Farooq", "person")]


def test_a_capital_or_a_town_in_apposition_is_a_place() -> None:
    text = (
        "The war began when the capital, Sanaa, fell. Hubli, a city in Karnataka, was calm. "
        "Ann Dorsey, a town councillor in Leeds, said so."
    )
    spans = [("Sanaa", "PERSON"), ("Hubli", "PERSON"), ("Ann Dorsey", "PERSON"), ("Leeds", "GPE")]
    found = named_in_paragraph(text, spans)
    assert found == [
        ("Sanaa", "place"),
        ("Hubli", "place"),
        ("Ann Dorsey", "person"),
        ("Leeds", "place"),
    ]


def test_a_plural_trade_before_a_pair_and_a_founder_make_companies() -> None:
    text = (
        "Store chains Woolworths and Coles set limits. Woolworths said more stock was coming. "
        "SpaceX founder Elon Musk spoke."
    )
    spans = [
        ("Woolworths", "NORP"),
        ("Coles", "PERSON"),
        ("Woolworths", "PERSON"),
        ("SpaceX", "PERSON"),
        ("Elon Musk", "PERSON"),
    ]
    found = named_in_paragraph(text, spans)
    assert found == [
        ("Woolworths", "org"),
        ("Coles", "org"),
        ("Woolworths", "org"),  # the cue outvotes the model's guess at the other mention
        ("SpaceX", "org"),
        ("Elon Musk", "person"),
    ]


def test_people_named_in_a_pair_after_a_plural_stay_people() -> None:
    text = "Ministers Ann Lee and Bob Marsh resigned; voters Tom Hale and Sue Park cheered."
    spans = [(n, "PERSON") for n in ("Ann Lee", "Bob Marsh", "Tom Hale", "Sue Park")]
    assert [kind for _, kind in named_in_paragraph(text, spans)] == ["person"] * 4


def test_a_list_with_a_place_is_of_places_after_from_or_when_places_outnumber_firms() -> None:
    located = "Crews came from Dolgellau, Harlech, Barmouth and Bala."
    spans = [("Dolgellau", "GPE"), ("Harlech", "ORG"), ("Barmouth", "PERSON"), ("Bala", "PERSON")]
    assert {kind for _, kind in named_in_paragraph(located, spans)} == {"place"}
    investors = "Its investors include Sequoia Capital, Fidelity and Saudi Arabia's wealth fund."
    spans = [("Sequoia Capital", "ORG"), ("Fidelity", "ORG"), ("Saudi Arabia", "GPE")]
    assert named_in_paragraph(investors, spans) == [
        ("Sequoia Capital", "org"),
        ("Fidelity", "org"),
        ("Saudi Arabia", "place"),
    ]


def test_shares_at_a_sentence_start_a_street_after_on_and_a_firms_town() -> None:
    text = (
        "Shares of Nvidia were flat. They met on Tom Mboya Street. Picabo Street skied. "
        '"Wait," said an analyst at Mumbai brokerage Ambit Capital.'
    )
    spans = [
        ("Nvidia", "GPE"),
        ("Tom Mboya Street", "PERSON"),
        ("Picabo Street", "PERSON"),
        ("Mumbai", "GPE"),
        ("Ambit Capital", "ORG"),
    ]
    assert named_in_paragraph(text, spans) == [
        ("Nvidia", "org"),
        ("Tom Mboya Street", "place"),
        ("Picabo Street", "person"),
        ("Mumbai", "place"),
        ("Ambit Capital", "org"),
    ]


def test_film_and_treasury_end_organisations_names() -> None:
    text = "Zagreb's Luna Film co-produced it; the National Treasury paid."
    spans = [("Zagreb", "GPE"), ("Luna Film", "PERSON"), ("National Treasury", "PERSON")]
    assert named_in_paragraph(text, spans) == [
        ("Zagreb", "place"),
        ("Luna Film", "org"),
        ("National Treasury", "org"),
    ]


def test_expressways_tunnels_and_ice_shelves_are_places() -> None:
    text = "Trucks queued on the Apapa-Oshodi Expressway near the Ronne Ice Shelf Tunnel."
    spans = [("Apapa-Oshodi Expressway", "ORG"), ("Ronne Ice Shelf Tunnel", "ORG")]
    found = named_in_paragraph(text, spans)
    assert found == [("Apapa-Oshodi Expressway", "place"), ("Ronne Ice Shelf Tunnel", "place")]
