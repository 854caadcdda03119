"""The corpus-level glossary: one entity per thing across articles, typed and named from all
its mentions. Small articles written here, with hand-made model spans."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.nlp.glossary import unify
from briefing.nlp.joining import ArticleEntities, has_designator, match_key
from briefing.nlp.resolve import EntityInfo, resolve_article

from nlp_support import raw_spans

Spans = Sequence[tuple[str, str]]  # (text, label) for each model span, found in order


def article(key: str, headline: str, body: str, spans: Spans, heads: Spans = ()) -> ArticleEntities:
    """Resolve one article of a headline and one paragraph, the model's spans given by text."""
    parts = [("headline", headline), ("paragraph", body)]
    raw = [raw_spans(headline, heads), raw_spans(body, spans)]
    mentions, entities = resolve_article(parts, raw, [], article_key=key)
    return ArticleEntities(key, [kind for kind, _ in parts], mentions, entities)


def glossary(*articles: ArticleEntities) -> tuple[dict[str, dict[str, str]], dict[str, EntityInfo]]:
    return unify(articles)


def named(entities: dict[str, EntityInfo]) -> dict[str, tuple[str, str]]:
    return {
        e: (info.name, info.type)
        for e, info in entities.items()
        if info.type not in ("figure", "date")
    }


def test_match_key_ignores_case_dots_possessives_and_legal_forms() -> None:
    keys = {match_key(n) for n in ("Acme", "Acme Corp", "ACME Inc.", "Acme's", "The Acme Co.")}
    assert keys == {"acme"}
    assert match_key("Kitchener-Waterloo") == match_key("Kitchener Waterloo")
    assert match_key("Rock & Roll Hall of Fame") == match_key("Rock and Roll Hall of Fame")
    assert match_key("Group") == "group"  # a designator alone stays a name
    assert match_key("Acme Bank") != match_key("Acme")
    # The Arabic article, however transliterated: one name.
    assert match_key("Abdel Fattah el-Sisi") == match_key("Abdel Fattah al-Sisi")
    assert match_key("Bashar al-Assad") == match_key("Bashar Assad")
    assert match_key("El Paso") != match_key("Paso")  # a first word is the name's own
    assert match_key("Nasser Al") != match_key("Nasser")  # so is a last


def test_a_middle_initial_joins_a_person_only_when_the_corpus_has_one_set() -> None:
    one = article("a", "One", "John R. Bolton spoke.", [("John R. Bolton", "PERSON")])
    two = article("b", "Two", "John Bolton left.", [("John Bolton", "PERSON")])
    sons = [
        article(key, "Bush", f"{name} spoke.", [(name, "PERSON")])
        for key, name in (("c", "George W. Bush"), ("d", "George H. W. Bush"), ("e", "George Bush"))
    ]
    _, entities = glossary(one, two, *sons)
    names = sorted(name for name, _ in named(entities).values())
    assert names == ["George Bush", "George H. W. Bush", "George W. Bush", "John R. Bolton"]


def test_designators_make_an_organisation() -> None:
    assert has_designator("Globex Holdings")
    assert has_designator("Initech Ltd.")
    assert not has_designator("Holdings")
    assert not has_designator("Mary Poppins")


def test_a_former_state_is_a_place_though_its_name_ends_in_an_organisations_head() -> None:
    a = article(
        "a",
        "Archive",
        "The Soviet Union's envoy met East German and Yugoslav ministers. The USSR objected.",
        [("The Soviet Union's", "ORG"), ("East German", "NORP"), ("Yugoslav", "NORP"),
         ("USSR", "ORG")],
    )  # fmt: skip
    b = article("b", "Treaty", "The Pacific Rail Union signed.", [("Pacific Rail Union", "ORG")])
    _, entities = glossary(a, b)
    found = named(entities)
    assert found["place.soviet-union"] == ("Soviet Union", "place")
    assert found["org.pacific-rail-union"] == ("Pacific Rail Union", "org")
    assert {found[e][0] for e in found if e.startswith("group.")} == {"East German", "Yugoslav"}
    assert "org.ussr" not in found


def test_legal_form_variants_are_one_organisation_under_its_fullest_common_name() -> None:
    a = article(
        "a",
        "Markets",
        "Acme Corp said profits rose. Acme hired staff. Acme expects growth.",
        [("Acme Corp", "ORG"), ("Acme", "ORG"), ("Acme", "PERSON")],
    )
    b = article("b", "Deals", "Acme Inc bought a rival.", [("Acme Inc", "ORG")])
    remap, entities = glossary(a, b)
    # "Acme" alone is the article's Acme Corp, so that name is the commonest.
    assert named(entities) == {"org.acme-corp": ("Acme Corp", "org")}
    assert set(remap["a"].values()) == set(remap["b"].values()) == {"org.acme-corp"}
    assert {"Acme Corp", "Acme", "Acme Inc"} <= entities["org.acme-corp"].aliases


def test_type_is_the_majority_of_all_mentions_across_articles() -> None:
    a = article("a", "One", "Sanaa was quiet.", [("Sanaa", "PERSON")])
    b = article("b", "Two", "Fighting in Sanaa grew.", [("Sanaa", "GPE")])
    c = article("c", "Three", "Sanaa fell and Sanaa burned.", [("Sanaa", "GPE"), ("Sanaa", "GPE")])
    _, entities = glossary(a, b, c)
    assert named(entities) == {"place.sanaa": ("Sanaa", "place")}


def test_display_name_is_the_body_spelling_not_the_headline_capitals() -> None:
    a = article(
        "a",
        "GLOBEX MERGER ANNOUNCED",
        "The merger was announced on Monday by the boards.",
        [],
        heads=[("GLOBEX", "ORG")],
    )
    b = article("b", "News", "Globex shares rose.", [("Globex", "ORG")])
    c = article("c", "NEW YORKER WINS", "A prize.", [], heads=[("NEW YORKER", "ORG")])
    d = article("d", "News", "The New Yorker printed it.", [("New Yorker", "ORG")])
    _, entities = glossary(a, b, c, d)
    assert entities["org.globex"].name == "Globex"
    assert entities["org.new-yorker"].name == "New Yorker"


def test_an_acronym_defined_in_one_article_resolves_in_another() -> None:
    a = article(
        "a",
        "Rules",
        "The European Commission (EC) fined the firm. The EC said more would follow.",
        [("European Commission", "ORG")],
    )
    b = article("b", "Later", "The EC opened a new inquiry.", [("EC", "ORG")])
    remap, entities = glossary(a, b)
    assert remap["b"]["org.ec"] == "org.european-commission"
    assert "org.ec" not in entities


def test_an_acronym_in_apposition_is_defined() -> None:
    a = article(
        "a",
        "Rules",
        "EC, the European Commission, fined the firm. The EC said more would follow.",
        [("European Commission", "ORG")],
    )
    mentions = {m.text: m.entity for m in a.mentions}
    assert mentions["EC"] == "org.european-commission"


def test_a_bracketed_acronym_from_another_language_is_defined() -> None:
    a = article(
        "a",
        "Blast",
        "The Federal Security Service (FSB) said gas was to blame. The FSB denied it.",
        [("Federal Security Service", "ORG"), ("FSB", "ORG")],
    )
    assert {m.text: m.entity for m in a.mentions}["FSB"] == "org.federal-security-service"


def test_an_initialism_joins_the_one_organisation_it_abbreviates_in_the_article() -> None:
    a = article(
        "a",
        "Study",
        "A team from the University of Hawaii found algae. UH scientists sailed.",
        [("University of Hawaii", "ORG"), ("UH", "ORG")],
    )
    remap, entities = glossary(a)
    assert remap["a"]["org.uh"] == "org.university-of-hawaii"
    assert named(entities) == {"org.university-of-hawaii": ("University of Hawaii", "org")}


def test_a_lone_surname_joins_the_one_person_of_that_surname_in_the_corpus() -> None:
    a = article(
        "a",
        "Profile",
        "Skandaraj Navaratnam worked there. Later Navaratnam left.",
        [("Skandaraj Navaratnam", "PERSON"), ("Navaratnam", "PERSON")],
    )
    b = article("b", "Court", "A bracelet of Navaratnam was found.", [("Navaratnam", "ORG")])
    remap, entities = glossary(a, b)
    assert remap["b"]["org.navaratnam"] == "person.skandaraj-navaratnam"
    assert named(entities) == {"person.skandaraj-navaratnam": ("Skandaraj Navaratnam", "person")}


def test_a_surname_shared_by_two_people_joins_neither() -> None:
    a = article(
        "a",
        "Family",
        "Wyatt Cooper and Carter Cooper were sons.",
        [("Wyatt Cooper", "PERSON"), ("Carter Cooper", "PERSON")],
    )
    b = article("b", "Later", "Cooper spoke.", [("Cooper", "PERSON")])
    remap, entities = glossary(a, b)
    assert remap["b"]["person.cooper"] == "person.cooper"
    assert {"person.wyatt-cooper", "person.carter-cooper", "person.cooper"} <= set(entities)


def test_a_known_place_never_joins_a_person_of_that_name() -> None:
    a = article(
        "a",
        "Actor",
        "Denzel Washington spoke. Washington smiled.",
        [("Denzel Washington", "PERSON"), ("Washington", "PERSON")],
    )
    b = article("b", "Policy", "Officials in Washington met.", [("Washington", "GPE")])
    remap, entities = glossary(a, b)
    assert remap["b"]["place.washington"] == "place.washington"
    assert entities["place.washington"].type == "place"


def test_country_variants_are_one_place_everywhere() -> None:
    a = article("a", "One", "The U.S. and the UK agreed.", [("U.S.", "GPE"), ("UK", "GPE")])
    b = article(
        "b",
        "Two",
        "The United States and Britain met.",
        [("United States", "GPE"), ("Britain", "GPE")],
    )
    _, entities = glossary(a, b)
    assert named(entities) == {
        "place.united-states": ("United States", "place"),
        "place.united-kingdom": ("United Kingdom", "place"),
    }


def test_mention_types_follow_the_corpus_decision() -> None:
    a = article("a", "One", "Twitter said so.", [("Twitter", "PERSON")])
    b = article(
        "b",
        "Two",
        "Twitter banned it and Twitter apologised.",
        [("Twitter", "ORG"), ("Twitter", "ORG")],
    )
    remap, entities = glossary(a, b)
    assert remap["a"]["person.twitter"] == "org.twitter"
    assert entities["org.twitter"].type == "org"


def test_related_places_of_groups_point_at_glossary_ids() -> None:
    a = article("a", "One", "Russian troops moved.", [("Russian", "NORP")])
    _, entities = glossary(a)
    assert entities["group.russian"].related_place == "place.russia"


def test_a_single_article_keeps_its_own_ids() -> None:
    body = "Alice Smith met Bob Jones in Paris. Smith said it went well."
    spans = [
        ("Alice Smith", "PERSON"),
        ("Bob Jones", "PERSON"),
        ("Paris", "GPE"),
        ("Smith", "PERSON"),
    ]
    a = article("a", "Meeting", body, spans)
    remap, entities = glossary(a)
    assert all(old == new for old, new in remap["a"].items())
    assert set(named(entities)) == {"person.alice-smith", "person.bob-jones", "place.paris"}


def test_a_surname_joins_a_person_the_model_took_for_an_organisation() -> None:
    a = article(
        "a",
        "Resigns",
        "Ricardo Rosselló Nevares resigned. Rosselló said so. Later Rosselló left.",
        [("Ricardo Rosselló Nevares", "ORG"), ("Rosselló", "PERSON"), ("Rosselló", "PERSON")],
    )
    _, entities = glossary(a)
    assert named(entities) == {
        "person.ricardo-rossello-nevares": ("Ricardo Rosselló Nevares", "person")
    }


def test_an_institution_alone_joins_its_full_name_in_the_article() -> None:
    a = article(
        "a",
        "Vote",
        "The Parliament of New South Wales voted. Parliament then rose.",
        [("Parliament of New South Wales", "ORG"), ("Parliament", "ORG")],
    )
    remap, _ = glossary(a)
    assert remap["a"]["org.parliament"] == "org.parliament-of-new-south-wales"


def test_an_organisation_named_with_its_country_first_is_the_organisation() -> None:
    a = article(
        "a",
        "Storm",
        "The United States National Hurricane Center warned.",
        [("United States National Hurricane Center", "ORG")],
    )
    b = article(
        "b", "Storm", "The National Hurricane Center said.", [("National Hurricane Center", "ORG")]
    )
    _, entities = glossary(a, b)
    (info,) = entities.values()
    assert info.type == "org"
    assert {"United States National Hurricane Center", "National Hurricane Center"} <= info.aliases


def test_plural_and_singular_groups_are_one() -> None:
    a = article("a", "One", "Hindus gathered.", [("Hindus", "NORP")])
    b = article(
        "b", "Two", "A Hindu priest and a Hindu monk spoke.", [("Hindu", "NORP"), ("Hindu", "NORP")]
    )
    _, entities = glossary(a, b)
    assert named(entities) == {"group.hindu": ("Hindu", "group")}


def test_a_name_used_by_its_surname_alone_is_a_person_even_if_typed_org() -> None:
    a = article(
        "a",
        "Court",
        "Wanda Vázquez Garced spoke. Vázquez said she would serve.",
        [("Wanda Vázquez Garced", "ORG"), ("Vázquez", "ORG")],
    )
    _, entities = glossary(a)
    assert named(entities) == {"person.wanda-vazquez-garced": ("Wanda Vázquez Garced", "person")}


def test_a_short_form_moves_only_its_own_article() -> None:
    india = article(
        "a",
        "Vote",
        "The Indian National Congress lost. Congress blamed the weather.",
        [("Indian National Congress", "ORG"), ("Congress", "ORG")],
    )
    us = article(
        "b",
        "Budget",
        "Congress passed the budget and Congress went home.",
        [("Congress", "ORG"), ("Congress", "ORG")],
    )
    island = article(
        "c",
        "Island",
        "The Puerto Rico Senate met. The Senate adjourned.",
        [("Puerto Rico Senate", "ORG"), ("Senate", "ORG")],
    )
    remap, entities = glossary(india, us, island)
    assert remap["a"]["org.congress"] == "org.indian-national-congress"
    assert remap["b"]["org.congress"] == "org.congress"
    assert remap["c"]["org.senate"] == "org.puerto-rico-senate"
    assert entities["org.puerto-rico-senate"].name == "Puerto Rico Senate"
    assert entities["org.congress"].name == "Congress"


def test_a_nationality_or_a_place_is_never_taken_for_a_surname() -> None:
    a = article(
        "a",
        "Art",
        "Equally American showed work. American critics liked it. Montana Native Vote met.",
        [("Equally American", "PERSON"), ("American", "NORP"), ("Montana Native Vote", "PERSON")],
    )
    b = article("b", "Trip", "She flew to Montana.", [("Montana", "GPE")])
    _, entities = glossary(a, b)
    assert entities["group.american"].type == "group"
    assert entities["place.montana"].type == "place"


def test_a_short_name_joins_the_one_organisation_it_names_in_the_article() -> None:
    a = article(
        "a",
        "Ocean",
        "He joined the Scripps Institution of Oceanography. Scripps later recalled him. "
        "She taught at the College of Wooster; Wooster honoured her.",
        [
            ("Scripps Institution of Oceanography", "ORG"),
            ("Scripps", "PERSON"),
            ("College of Wooster", "ORG"),
            ("Wooster", "PERSON"),
        ],
    )
    remap, entities = glossary(a)

    def final(text: str) -> set[str]:
        return {remap["a"].get(m.entity, m.entity) for m in a.mentions if m.text == text}

    assert final("Scripps") == {"org.scripps-institution-of-oceanography"}
    assert final("Wooster") == {"org.college-of-wooster"}
    assert set(named(entities)) == {
        "org.scripps-institution-of-oceanography",
        "org.college-of-wooster",
    }


def test_a_family_in_the_plural_is_the_one_person_of_that_name() -> None:
    a = article(
        "a",
        "Hotel",
        "Tong Yung-soo bought the hall. The Tongs restored it.",
        [("Tong Yung-soo", "PERSON"), ("Tongs", "PERSON")],
    )
    remap, _ = glossary(a)
    assert remap["a"]["person.tongs"] == "person.tong-yung-soo"


def test_shorter_spellings_of_one_name_in_an_article_join_it() -> None:
    a = article(
        "a",
        "Crash",
        "A bomber crashed at Bradley International Airport. Bradley Airport shut. Roman "
        "Catholic priests and Catholic nuns came; the House of Representatives voted, "
        "and the House went home.",
        [
            ("Bradley International Airport", "FAC"),
            ("Bradley Airport", "FAC"),
            ("Roman Catholic", "NORP"),
            ("Catholic", "NORP"),
            ("House of Representatives", "ORG"),
            ("House", "ORG"),
        ],
    )
    remap, _ = glossary(a)
    assert remap["a"]["place.bradley-airport"] == "place.bradley-international-airport"
    # A shorter group name is not joined: "Democrats" beside "Liberal Democrats" may be others.
    assert remap["a"]["group.catholic"] == "group.catholic"
    assert remap["a"]["org.house"] == "org.house-of-representatives"


def test_adjective_and_plural_of_one_people_are_one_group() -> None:
    a = article(
        "a", "One", "Kurdish fighters and the Kurds held.", [("Kurdish", "NORP"), ("Kurds", "NORP")]
    )
    _, entities = glossary(a)
    assert len(named(entities)) == 1


def test_a_longer_name_is_never_taken_for_a_short_form_of_another() -> None:
    a = article(
        "a",
        "Race",
        "Elizabeth Warren spoke. Warren said so. Elizabeth Warren won.",
        [("Elizabeth Warren", "PERSON"), ("Warren", "PERSON"), ("Elizabeth Warren", "PERSON")],
    )
    b = article(
        "b",
        "Photos",
        "Elizabeth Warren Image: A. Smith. Elizabeth Warren Image: B. Jones.",
        [("Elizabeth Warren Image", "PERSON"), ("Elizabeth Warren Image", "PERSON")],
    )
    _, entities = glossary(a, b)
    assert named(entities) == {"person.elizabeth-warren": ("Elizabeth Warren", "person")}


def test_a_bracketed_acronym_in_another_word_order_is_defined() -> None:
    a = article(
        "a",
        "Conflict",
        "The Kurdistan Workers' Party (PKK) is banned. The PKK denied it.",
        [("Kurdistan Workers' Party", "ORG"), ("PKK", "ORG")],
    )
    assert {m.text: m.entity for m in a.mentions}["PKK"] == "org.kurdistan-workers-party"


def test_a_short_place_name_in_capitals_gives_way_to_its_cased_spelling() -> None:
    a = article(
        "a",
        "Ore record",
        "LULEÅ, Sweden - Ore shipped from Luleå rose.",
        [("LULEÅ", "GPE"), ("Sweden", "GPE"), ("Luleå", "GPE")],
    )
    b = article("b", "Science", "PLOS and PLoS both print it.", [("PLOS", "ORG"), ("PLoS", "ORG")])
    names = {name for name, _ in named(glossary(a, b)[1]).values()}
    assert "Luleå" in names and "LULEÅ" not in names
    assert "PLOS" in names  # an acronym's capitals are its own
