"""Organisations as business and regional copy writes them: legal forms of other countries,
short names in brackets that are not the name's initials, and a company's first word alone.
Small texts written here, with hand-made model spans as the small model gives them."""

from __future__ import annotations

from test_nlp_glossary import article, glossary, named

from briefing.nlp.joining import match_key

from nlp_support import entities_in_paragraph, named_in_paragraph


def test_regional_legal_forms_are_stripped_for_matching() -> None:
    assert match_key("PT Bank Mandiri (Persero) Tbk") == match_key("Bank Mandiri")
    assert match_key("Gamuda Bhd") == match_key("Gamuda Berhad") == match_key("Gamuda")
    assert match_key("Grupo Bimbo SAB de CV") == match_key("Grupo Bimbo")
    assert match_key("Fomento Económico Mexicano, S.A.B. de C.V.") == match_key(
        "Fomento Económico Mexicano"
    )
    assert match_key("PT Foo") != match_key("Foo")  # "PT" goes only before a longer name


def test_a_legal_form_belongs_to_the_name_before_it() -> None:
    found = named_in_paragraph(
        "Safaricom Plc, which runs M-Pesa, welcomed it. Dangote Cement Plc fell 1.2 per cent.",
        [("Plc", "PERSON"), ("Dangote", "PERSON"), ("Cement Plc", "ORG")],
    )
    assert found == [("Safaricom Plc", "org"), ("Dangote Cement Plc", "org")]
    found = named_in_paragraph(
        "JAKARTA — PT Bank Mandiri (Persero) Tbk, Indonesia's largest lender, will lend more.",
        [("PT Bank Mandiri", "ORG"), ("Persero", "PERSON"), ("Tbk", "GPE"), ("Indonesia", "GPE")],
    )
    assert found == [("PT Bank Mandiri (Persero) Tbk", "org"), ("Indonesia", "place")]
    found = named_in_paragraph(
        "A venture of Gamuda Bhd won the contract.", [("Gamuda Bhd", "PERSON")]
    )
    assert found == [("Gamuda Bhd", "org")]


def test_a_legal_form_does_not_take_a_word_it_does_not_name() -> None:
    text = (
        "Shares in Britain's Halden Bank plc fell. It makes parts for the Ministry of "
        "Defence. HDT Limited said so. Virginia-based Symplicity Corporation hired."
    )
    spans = [("Britain", "GPE"), ("Halden Bank plc", "ORG"), ("the Ministry of Defence", "ORG")]
    spans += [("Limited", "ORG"), ("Symplicity Corporation", "ORG")]
    found = named_in_paragraph(text, spans)
    assert ("Britain", "place") in found
    assert ("HDT Limited", "org") in found
    assert ("Symplicity Corporation", "org") in found
    assert not any("Britain's" in name or "Defence." in name for name, _ in found)


def test_a_legal_form_alone_is_no_entity() -> None:
    assert named_in_paragraph("It said Plc would not comment.", [("Plc", "PERSON")]) == []


def test_a_short_name_in_brackets_stands_for_the_name_before_it() -> None:
    text = (
        "The Financial Services Authority (OJK) relaxed rules. The OJK said so. "
        "Petróleos Mexicanos (Pemex) lost money, and Pemex cut jobs. The Department of "
        "Transportation (DOTr) agreed, DOTr said."
    )
    spans = [("The Financial Services Authority", "ORG"), ("OJK", "ORG")]
    spans += [("Petróleos Mexicanos", "ORG"), ("Pemex", "PERSON")]
    spans += [("The Department of Transportation", "ORG"), ("DOTr", "PERSON")]
    found = entities_in_paragraph(text, spans)
    assert {e for t, _, e in found if t in ("OJK", "Financial Services Authority")} == {
        "org.financial-services-authority"
    }
    assert {(k, e) for t, k, e in found if t == "Pemex"} == {("org", "org.petroleos-mexicanos")}
    assert {e for t, _, e in found if t == "DOTr"} == {"org.department-of-transportation"}


def test_a_place_or_agency_in_brackets_is_no_short_name() -> None:
    text = "Acme Holdings (Ghana) said it grew. Eskom Holdings (Reuters) said so."
    found = entities_in_paragraph(
        text, [("Acme Holdings", "ORG"), ("Ghana", "GPE"), ("Eskom Holdings", "ORG")]
    )
    assert ("Ghana", "place", "place.ghana") in found


def test_a_companys_first_word_alone_is_the_company() -> None:
    text = (
        "Kessler Antriebe AG cut jobs. Kessler is controlled by a family. Hakuto is backed "
        "by Toyota Motor, and Toyota's stake rose."
    )
    spans = [("Kessler Antriebe AG", "ORG"), ("Kessler", "PERSON"), ("Hakuto", "ORG")]
    spans += [("Toyota Motor", "ORG"), ("Toyota", "GPE")]
    found = entities_in_paragraph(text, spans)
    assert ("Kessler", "org", "org.kessler-antriebe-ag") in found
    assert ("Toyota", "org", "org.toyota-motor") in found


def test_a_companys_first_word_stays_a_person_or_place_the_text_makes_it() -> None:
    text = (
        "Hans Kessler founded Kessler Antriebe AG; Kessler said so. Toyota Motor opened a "
        "plant in Toyota. Texas Instruments grew as Texas's economy did."
    )
    spans = [("Hans Kessler", "PERSON"), ("Kessler Antriebe AG", "ORG"), ("Kessler", "PERSON")]
    spans += [("Toyota Motor", "ORG"), ("Toyota", "GPE"), ("Texas Instruments", "ORG")]
    spans += [("Texas", "GPE")]
    found = entities_in_paragraph(text, spans)
    assert ("Kessler", "person", "person.hans-kessler") in found
    assert ("Toyota", "place", "place.toyota") in found
    assert ("Texas", "place", "place.texas") in found


def test_a_company_and_its_first_word_are_one_page_in_the_glossary() -> None:
    one = article(
        "a",
        "Kessler cuts jobs",
        "Kessler Antriebe AG will cut 900 jobs. Kessler is controlled by a family.",
        [("Kessler Antriebe AG", "ORG"), ("Kessler", "PERSON")],
    )
    _, entities = glossary(one)
    assert sorted(named(entities).values()) == [("Kessler Antriebe AG", "org")]


def test_the_words_before_a_name_make_it_a_company_or_a_club() -> None:
    text = (
        "Analysts at Peel Hunt said so, and an analyst at Jefferies in London agreed. Premier "
        "League side Southampton signed him. The ruling Morena party won."
    )
    spans = [("Peel Hunt", "PERSON"), ("Jefferies", "GPE"), ("London", "GPE")]
    spans += [("Premier League", "ORG"), ("Southampton", "GPE"), ("Morena", "GPE")]
    found = named_in_paragraph(text, spans)
    for name in ("Peel Hunt", "Jefferies", "Southampton", "Morena"):
        assert (name, "org") in found
    assert ("London", "place") in found


def test_a_body_described_by_its_country_is_no_town_in_it() -> None:
    text = "IG Metall, Germany's largest union, struck. He lives in Paris, Texas, now."
    spans = [("IG Metall", "ORG"), ("Germany", "GPE"), ("Paris", "GPE"), ("Texas", "GPE")]
    found = named_in_paragraph(text, spans)
    assert ("IG Metall", "org") in found and ("Paris", "place") in found


def test_a_known_place_the_text_puts_after_from_or_into_is_a_place() -> None:
    text = "The plant takes water from Pahang and ships imports into Rotterdam."
    found = named_in_paragraph(text, [("Pahang", "PERSON"), ("Rotterdam", "PERSON")])
    assert found == [("Pahang", "place"), ("Rotterdam", "place")]
    letter = named_in_paragraph("A letter from Kessler came.", [("Kessler", "PERSON")])
    assert letter == [("Kessler", "person")]  # no place the gazetteers know


def test_an_amount_in_a_currencys_letters_and_a_rates_name_are_no_entities() -> None:
    text = (
        "The naira traded at N1,655 as the bank raised its benchmark Monetary Policy Rate. "
        "He fetched Rs 21 crore. The G20 met."
    )
    spans = [("N1,655", "GPE"), ("Monetary Policy Rate", "ORG"), ("Rs 21", "ORG")]
    spans += [("G20", "ORG")]
    assert named_in_paragraph(text, spans) == [("G20", "org")]


def test_a_name_listed_up_to_the_acronym_that_fits_it_all_is_one_name() -> None:
    text = "The Commission for Conciliation, Mediation and Arbitration (CCMA) ruled on it."
    spans = [("The Commission for Conciliation", "ORG"), ("Mediation", "ORG")]
    spans += [("Arbitration", "ORG"), ("CCMA", "ORG")]
    found = named_in_paragraph(text, spans)
    assert found[0] == ("Commission for Conciliation, Mediation and Arbitration", "org")
    assert ("Mediation", "org") not in found
    pair = named_in_paragraph(
        "Apple and Google (GOOG) fell.", [("Apple", "ORG"), ("Google", "ORG")]
    )
    assert ("Apple", "org") in pair and ("Google", "org") in pair


def test_malaysian_honorifics_are_no_part_of_the_name() -> None:
    text = "Gamuda managing director Datuk Lin Yun Ling said. Tengku Zafrul Aziz agreed."
    spans = [("Gamuda", "ORG"), ("Datuk Lin Yun Ling", "PERSON"), ("Tengku Zafrul Aziz", "PERSON")]
    found = named_in_paragraph(text, spans)
    assert ("Lin Yun Ling", "person") in found and ("Zafrul Aziz", "person") in found


def test_a_portfolio_before_minister_is_no_organisation() -> None:
    text = "Building and Construction Minister Tama Hetaraka spoke. The Ministry of Health agreed."
    spans = [("Building and Construction", "ORG"), ("Tama Hetaraka", "PERSON")]
    spans += [("The Ministry of Health", "ORG")]
    found = named_in_paragraph(text, spans)
    assert found == [("Tama Hetaraka", "person"), ("Ministry of Health", "org")]


def test_a_possessive_before_a_persons_name_is_no_part_of_it() -> None:
    found = named_in_paragraph(
        "Ricci edged McLaren's Oliver Grant by 0.041 seconds.",
        [("Ricci", "PERSON"), ("McLaren's Oliver Grant", "PERSON")],
    )
    assert ("Oliver Grant", "person") in found


def test_the_mayor_of_x_and_x_based_make_x_a_place() -> None:
    text = "Rachel Tupou-Lewis, the mayor of Whanganui, agreed. The Maranello-based team won."
    spans = [("Rachel Tupou-Lewis", "PERSON"), ("Whanganui", "ORG"), ("Maranello", "PERSON")]
    found = named_in_paragraph(text, spans)
    assert ("Whanganui", "place") in found and ("Maranello", "place") in found


def test_a_partys_members_in_the_plural_are_the_party_the_article_names() -> None:
    text = "The Green Party criticised the plan, with the Greens saying so. Ms Macaulay said."
    spans = [("The Green Party", "ORG"), ("Greens", "NORP"), ("Ms Macaulay", "ORG")]
    found = named_in_paragraph(text, spans)
    assert found == [("Green Party", "org"), ("Greens", "org"), ("Macaulay", "person")]
    alone = named_in_paragraph("The Greens gained votes.", [("Greens", "NORP")])
    assert alone == [("Greens", "group")]  # no party named: a group of people


def test_a_visit_to_a_known_place_makes_it_the_place() -> None:
    text = "He made a visit to Lyon, then passed to Austin."
    found = named_in_paragraph(text, [("Lyon", "PERSON"), ("Austin", "PERSON")])
    assert found == [("Lyon", "place"), ("Austin", "person")]
