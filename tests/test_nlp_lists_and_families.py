"""Spans that list several names, names the model ran on past, lone institution words, and
surnames across the corpus: small texts written here, with hand-made model spans."""

from __future__ import annotations

from test_nlp_glossary import article, glossary, named

from briefing.nlp.joining import ArticleEntities
from briefing.nlp.resolve import resolve_article

from nlp_support import named_in_paragraph, raw_spans

_named = named_in_paragraph


# --- one span, several names ------------------------------------------------------------------
def test_a_slash_between_two_names_gives_two_people() -> None:
    text = "Voters may prefer the Hollis/Marlowe ticket. Ana De La Vega/Brightwater spoke."
    spans = [("Hollis/Marlowe", "ORG"), ("Ana De La Vega/Brightwater", "PERSON")]
    assert _named(text, spans) == [
        ("Hollis", "org"),
        ("Marlowe", "org"),
        ("Ana De La Vega", "person"),
        ("Brightwater", "person"),
    ]


def test_short_codes_with_a_slash_stay_one_name() -> None:
    text = "The band AC/DC played."
    assert _named(text, [("AC/DC", "ORG")]) == [("AC/DC", "org")]


def test_a_list_of_names_in_one_span_is_cut_at_its_commas() -> None:
    text = "Nominees of the Temperance Party, Renewal Party, and others spoke."
    assert _named(text, [("the Temperance Party, Renewal Party", "ORG")]) == [
        ("Temperance Party", "org"),
        ("Renewal Party", "org"),
    ]
    text = "It is the ticket of the Accord, Renewal, Natural Order, and other parties."
    found = _named(text, [("the Accord, Renewal, Natural Order", "ORG")])
    assert [name for name, _ in found] == ["Accord", "Renewal", "Natural Order"]


def test_an_organisation_cut_at_its_commas_and_and_is_one_name() -> None:
    text = (
        "The Northern Maritime, Scientific and Cultural Organization met. The Appeal Court "
        "of Scotland and Ireland sat on Monday."
    )
    spans = [
        ("Northern Maritime", "ORG"),
        ("Cultural Organization", "ORG"),
        ("Appeal Court of Scotland", "ORG"),
        ("Ireland", "GPE"),
    ]
    assert _named(text, spans) == [
        ("Northern Maritime, Scientific and Cultural Organization", "org"),
        ("Appeal Court of Scotland and Ireland", "org"),
    ]


def test_names_listed_with_commas_and_and_stay_apart() -> None:
    # Each listed word is a name of its own, or the last is no organisation's head word.
    text = (
        "Halvorsen, Brightwater and Kestrel Group bid. The Bank Lane Fund, Ortega and Moss said. "
        "Staff of the University of Marrang and Kestrel University agreed."
    )
    spans = [
        ("Halvorsen", "ORG"),
        ("Brightwater", "ORG"),
        ("Kestrel Group", "ORG"),
        ("Bank Lane Fund", "ORG"),
        ("Ortega", "PERSON"),
        ("Moss", "PERSON"),
        ("University of Marrang", "ORG"),
        ("Kestrel University", "ORG"),
    ]
    assert [name for name, _ in _named(text, spans)] == [
        "Halvorsen", "Brightwater", "Kestrel Group", "Bank Lane Fund", "Ortega", "Moss",
        "University of Marrang", "Kestrel University",
    ]  # fmt: skip
    # "of PLACE and PLACE" goes on only when both are places and the second ends the name.
    text = "The Bank of Scotland and Ireland Fund Trust, and the Institute of Scotland and Moss."
    spans = [("Bank of Scotland", "ORG"), ("Institute of Scotland", "ORG"), ("Moss", "PERSON")]
    assert [name for name, _ in _named(text, spans)] == [
        "Bank of Scotland", "Institute of Scotland", "Moss",
    ]  # fmt: skip


def test_a_comma_before_a_suffix_or_a_district_is_part_of_the_name() -> None:
    text = "Martin Luther King, Jr. spoke in Washington, D.C. on Monday."
    spans = [("Martin Luther King, Jr.", "PERSON"), ("Washington", "GPE"), ("D.C.", "GPE")]
    assert _named(text, spans) == [
        ("Martin Luther King, Jr.", "person"),
        ("Washington, D.C.", "place"),
    ]


def test_the_us_capital_is_one_place_however_it_is_written() -> None:
    a = article(
        "a",
        "Protest",
        "Crowds filled Washington, D.C. on Friday. The District of Columbia sent police.",
        [("Washington", "GPE"), ("D.C.", "GPE"), ("The District of Columbia", "GPE")],
    )
    remap, entities = glossary(a)
    assert set(remap["a"].values()) == {"place.washington-dc"}
    assert named(entities) == {"place.washington-dc": ("Washington, D.C.", "place")}


def test_a_name_then_an_institution_after_the_is_two_names() -> None:
    text = "It made Okafor the Liberal Party's first nominee, as Alexander the Great was not."
    spans = [("Okafor the Liberal Party's", "ORG"), ("Alexander the Great", "PERSON")]
    assert _named(text, spans) == [
        ("Okafor", "org"),
        ("Liberal Party", "org"),
        ("Alexander the Great", "person"),
    ]


def test_a_saints_name_owns_its_church() -> None:
    text = "They met at St. Anselm's Episcopal Church downtown."
    found = _named(text, [("St. Anselm's Episcopal Church", "FAC")])
    assert [name for name, _ in found] == ["St. Anselm's Episcopal Church"]


# --- where a name ends --------------------------------------------------------------------------
def test_a_name_stops_at_a_spaced_dash_or_a_dated_phrase() -> None:
    text = "Results: Green Party - 203 seats. The Unity Council on June 20 chose a leader."
    spans = [("Green Party - 203", "ORG"), ("The Unity Council on June 20", "ORG")]
    assert _named(text, spans) == [("Green Party", "org"), ("Unity Council", "org")]
    # A party's convention is an event, no entity.
    text = "The Unity Convention on June 20 chose a leader."
    assert _named(text, [("The Unity Convention on June 20", "ORG")]) == []


def test_a_name_stops_before_a_score_and_a_club_named_after_its_town_is_a_club() -> None:
    text = "Rotherham United beat Bristol 2-0, and Leicester City drew in Kansas City."
    spans = [
        ("Rotherham United", "GPE"),
        ("Bristol 2-0", "ORG"),
        ("Leicester City", "GPE"),
        ("Kansas City", "GPE"),
    ]
    found = dict(_named(text, spans))
    assert found["Rotherham United"] == "org" and found["Leicester City"] == "org"
    assert found["Kansas City"] == "place"  # a city by the gazetteers
    assert "Bristol" in found and "Bristol 2-0" not in found


def test_market_copy_makes_a_listed_company_of_a_place_or_person_name() -> None:
    text = "Miners led: Ashdown Tinto added 1.5%, shares of Corvale rose, and Delmont shares fell."
    spans = [("Ashdown Tinto", "GPE"), ("Corvale", "PERSON"), ("Delmont", "GPE")]
    assert _named(text, spans) == [
        ("Ashdown Tinto", "org"),
        ("Corvale", "org"),
        ("Delmont", "org"),
    ]


def test_an_agreement_or_a_pact_is_no_organisation() -> None:
    text = "They signed the Reciprocal Access Agreement and the Baltic Fisheries Pact in Riga."
    spans = [("the Reciprocal Access Agreement", "ORG"), ("the Baltic Fisheries Pact", "ORG")]
    assert [name for name, _ in _named(text, spans)] == []


def test_a_lowercase_word_before_a_name_is_dropped_but_a_particle_stays() -> None:
    text = "The national Harmony Party met Mayor de Brissac and ex-minister Tolland."
    spans = [
        ("national Harmony Party", "ORG"),
        ("de Brissac", "PERSON"),
        ("ex-minister Tolland", "PERSON"),
    ]
    names = [name for name, _ in _named(text, spans)]
    assert "Harmony Party" in names and "de Brissac" in names and "Tolland" in names
    assert not any(name.startswith(("national", "ex-")) for name in names)


def test_brackets_inside_a_name_and_non_groups_are_no_names() -> None:
    text = "[I]t was, said a non-Catalan voter, as es))Basque readers knew."
    spans = [("I]t", "PERSON"), ("non-Catalan", "NORP"), ("es))Basque", "NORP")]
    assert _named(text, spans) == []


def test_prefixed_adjectives_and_amounts_glued_to_a_currency_are_no_names() -> None:
    text = "An anti-Brexit and pro-Lisbon group won SEK9 million (about USD910 thousand)."
    spans = [("anti-Brexit", "NORP"), ("pro-Lisbon", "NORP"), ("SEK9", "ORG"), ("USD910", "GPE")]
    assert _named(text, spans) == []
    text = "Fighters of al-Shabaab met at the Freedonia Embassy."
    found = _named(text, [("al-Shabaab", "ORG"), ("the Freedonia Embassy", "PERSON")])
    assert found == [("al-Shabaab", "org"), ("Freedonia Embassy", "org")]


def test_a_contraction_opening_a_sentence_is_no_name() -> None:
    text = "I\u2018m sure, said Ana Ruiz."
    found = _named(text, [("I\u2018m", "PERSON"), ("Ana Ruiz", "PERSON")])
    assert found == [("Ana Ruiz", "person")]


def test_a_transcripts_speaker_tag_is_no_name() -> None:
    text = "((QX)) Why did you run? ((Dana Holt)) Because Holt Farms asked me."
    spans = [("QX", "ORG"), ("Dana Holt", "PERSON"), ("Holt Farms", "ORG")]
    assert _named(text, spans) == [("Holt Farms", "org")]


def test_a_word_after_a_speaker_tag_opens_a_sentence() -> None:
    from briefing.nlp.kinds import at_sentence_start

    text = "((Dana Holt)) Challenges are the same. The Holt (DH) Group"
    assert at_sentence_start(text, text.index("Challenges"))
    assert not at_sentence_start(text, text.index("Group"))


def test_a_middle_initial_makes_a_person() -> None:
    text = "A statue of Horatio Q. Pemberton stands by Lake Q. Lane."
    found = _named(text, [("Horatio Q. Pemberton", "ORG")])
    assert found == [("Horatio Q. Pemberton", "person")]


def test_a_person_cut_at_a_particle_is_one_person_and_a_number_is_no_name() -> None:
    text = "Minister Prince Faisal bin Turki spoke. BRENT 82.40 -1.10"
    spans = [("Prince Faisal", "PERSON"), ("bin Turki", "PERSON"), ("-1.10", "ORG")]
    assert _named(text, spans) == [("Faisal bin Turki", "person")]


def test_a_states_dotted_abbreviation_is_the_state_and_no_initialism() -> None:
    a = article(
        "a",
        "Filing",
        "Shares fell on the New Yardley Exchange. It is based in Harrison, N.Y., near Stamford.",
        [("the New Yardley Exchange", "ORG"), ("Harrison", "GPE"), ("N.Y.", "GPE")],
    )
    remap, entities = glossary(a)
    assert named(entities)[remap["a"]["place.new-york"]] == ("New York", "place")
    assert remap["a"]["place.new-york"] != remap["a"]["org.new-yardley-exchange"]


# --- short forms the model left untagged ----------------------------------------------------------
def test_a_company_without_its_legal_form_and_a_surname_are_found_where_untagged() -> None:
    text = (
        "Initrode Inc agreed to buy Vandelay. Initrode declined to comment, and Marta Kowal, "
        "its chief, said Kowal would stay."
    )
    spans = [("Initrode Inc", "ORG"), ("Vandelay", "ORG"), ("Marta Kowal", "PERSON")]
    mentions, entities = resolve_article([("paragraph", text)], [raw_spans(text, spans)], [])
    linked = [(m.text, entities[m.entity].name) for m in mentions if m.type != "figure"]
    assert ("Initrode", "Initrode Inc") in linked
    assert ("Kowal", "Marta Kowal") in linked


def test_a_subsidiary_named_for_its_country_gives_the_company_its_short_form() -> None:
    text = "Initrode Ireland Limited lost the case. Initrode must remove the post."
    found = _named(text, [("Initrode Ireland Limited", "ORG")])
    assert ("Initrode", "org") in found


def test_an_organisations_initials_are_found_where_untagged() -> None:
    text = "The Global Fisheries Council said so. The GFC's office, led by Ana Ruiz, agreed."
    mentions, _ = resolve_article(
        [("paragraph", text)],
        [raw_spans(text, [("The Global Fisheries Council", "ORG"), ("Ana Ruiz", "PERSON")])],
        [],
    )
    assert any(m.text == "GFC" and m.type == "org" for m in mentions)


def test_a_name_before_an_organisations_acronym_is_no_place() -> None:
    text = "Dr. Hans Kluge, WHO regional director, spoke in Tampa, Florida."
    spans = [("Hans Kluge", "GPE"), ("WHO", "ORG"), ("Tampa", "GPE"), ("Florida", "GPE")]
    found = dict(_named(text, spans))
    assert found["Hans Kluge"] == "person" and found["Tampa"] == "place"


def test_a_short_name_an_organisation_is_known_as_means_it() -> None:
    text = (
        "The Federal Audit Authority, known as FedAu, asked for data. FedAu declined to "
        "comment, as did the Harbour Board, known as Kent."
    )
    spans = [("The Federal Audit Authority", "ORG"), ("the Harbour Board", "ORG")]
    mentions, entities = resolve_article([("paragraph", text)], [raw_spans(text, spans)], [])
    linked = [(m.text, entities[m.entity].name) for m in mentions if m.type != "figure"]
    assert linked.count(("FedAu", "Federal Audit Authority")) == 2
    assert ("Kent", "Harbour Board") not in linked  # a place is never a short name


def test_a_short_form_two_names_share_is_left_alone() -> None:
    text = "Anna Brook and Ben Brook met. Brook left. Brook Holdings Ltd and Brook Ltd grew."
    spans = [("Anna Brook", "PERSON"), ("Ben Brook", "PERSON")]
    assert [name for name, _ in _named(text, spans)] == ["Anna Brook", "Ben Brook"]


# --- lone institution words ----------------------------------------------------------------------
def test_a_lone_institution_word_is_no_entity_unless_the_article_names_the_institution() -> None:
    alone = "He walked to the Church and held up a book. The Council met later."
    assert _named(alone, [("Church", "ORG"), ("Council", "ORG")]) == []
    named_too = "The Northfield Council met. The Council agreed."
    spans = [("The Northfield Council", "ORG"), ("Council", "ORG")]
    assert [name for name, _ in _named(named_too, spans)] == ["Northfield Council", "Council"]
    legislature = "Congress passed the bill."
    assert _named(legislature, [("Congress", "ORG")]) == [("Congress", "org")]


def test_a_town_word_that_names_the_articles_company_is_the_company() -> None:
    a = article(
        "a",
        "Jobs",
        "Brackwater Motors Co. will cut jobs. The state gave Brackwater a loan in Ohio.",
        [("Brackwater Motors Co.", "ORG"), ("Brackwater", "GPE"), ("Ohio", "GPE")],
    )
    remap, entities = glossary(a)
    assert remap["a"]["place.brackwater"] == remap["a"]["org.brackwater-motors-co"]
    assert named(entities)[remap["a"]["place.ohio"]] == ("Ohio", "place")  # a state stays


def test_a_common_word_only_ever_opening_a_sentence_is_no_entity() -> None:
    from dataclasses import replace

    from briefing.nlp.glossary import DROPPED, unify

    a = article(
        "a",
        "Rally",
        "Attendance was low. Turnout rose as Corvale spoke at Turnout Hall.",
        [("Attendance", "PERSON"), ("Corvale", "PERSON"), ("Turnout Hall", "FAC")],
    )
    opening = replace(a, openers=frozenset({"person.attendance"}))
    remap, entities = unify([opening], common={"attendance", "turnout"})
    assert remap["a"]["person.attendance"] == DROPPED and "person.attendance" not in entities
    assert "person.corvale" in entities  # not a word the corpus writes in lowercase
    kept, entities = unify([a], common={"attendance"})  # also named mid-sentence: an entity
    assert kept["a"]["person.attendance"] == "person.attendance"


def test_openers_are_the_entities_named_only_at_a_sentence_start_or_in_a_heading() -> None:
    from briefing import wire
    from briefing.nlp.entities import Mention
    from briefing.prepass.corpus import _openers

    parsed = wire.parse_article("Attendance Falls\n\nAttendance was low. Corvale left Corvale.\n")
    body = parsed.parts[1].text

    def at(part: int, word: str, nth: int = 0) -> Mention:
        text = parsed.parts[part].text
        start = -1
        for _ in range(nth + 1):
            start = text.index(word, start + 1)
        return Mention(part, start, start + len(word), word, "person", f"person.{word.lower()}")

    mentions = [at(0, "Attendance"), at(1, "Attendance"), at(1, "Corvale"), at(1, "Corvale", 1)]
    assert "Corvale left" in body
    assert _openers(parsed, mentions) == frozenset({"person.attendance"})


# --- surnames across the corpus ------------------------------------------------------------------
def _trumble_corpus() -> list[ArticleEntities]:
    """Dana Trumble in five articles, Lee Trumble in one, "Trumble" alone in another."""
    articles = [
        article(f"d{n}", "News", f"Dana Trumble spoke on day {n}.", [("Dana Trumble", "PERSON")])
        for n in range(5)
    ]
    articles.append(article("lee", "Family", "Lee Trumble wrote.", [("Lee Trumble", "PERSON")]))
    articles.append(article("alone", "Rally", "Trumble spoke.", [("Trumble", "PERSON")]))
    articles.append(article("family", "Visit", "The Trumbles arrived.", [("The Trumbles", "GPE")]))
    return articles


def test_a_lone_surname_joins_the_best_known_person_of_that_surname() -> None:
    remap, entities = glossary(*_trumble_corpus())
    assert remap["alone"]["person.trumble"] == "person.dana-trumble"
    assert "person.trumble" not in entities
    assert "person.lee-trumble" in entities


def test_a_family_in_the_plural_joins_the_best_known_person_of_that_name() -> None:
    remap, entities = glossary(*_trumble_corpus())
    assert remap["family"]["place.trumbles"] == "person.dana-trumble"
    assert "place.trumbles" not in named(entities)


def test_two_people_equally_known_share_no_lone_surname() -> None:
    articles = [
        article(f"a{n}", "News", f"Dana Trumble spoke {n}.", [("Dana Trumble", "PERSON")])
        for n in range(3)
    ]
    articles += [
        article(f"b{n}", "News", f"Lee Trumble spoke {n}.", [("Lee Trumble", "PERSON")])
        for n in range(2)
    ]
    articles.append(article("alone", "Rally", "Trumble spoke.", [("Trumble", "PERSON")]))
    remap, _ = glossary(*articles)
    assert remap["alone"]["person.trumble"] == "person.trumble"


def test_a_firm_with_a_head_word_and_one_more_name_are_two() -> None:
    text = (
        "The round was led by Index Ventures and Northzone. United Airlines and Continental "
        "merged. Goldman Sachs and Co, the Bank and Trust and the Department of Health and "
        "Human Services did not."
    )
    spans = [
        ("Index Ventures and Northzone", "ORG"),
        ("United Airlines and Continental", "ORG"),
        ("Goldman Sachs and Co", "ORG"),
        ("Bank and Trust", "ORG"),
        ("Department of Health and Human Services", "ORG"),
    ]
    assert named_in_paragraph(text, spans) == [
        ("Index Ventures", "org"),
        ("Northzone", "org"),
        ("United Airlines", "org"),
        ("Continental", "org"),
        ("Goldman Sachs and Co", "org"),
        ("Bank and Trust", "org"),
        ("Department of Health and Human Services", "org"),
    ]
