"""Unit tests for the attributed-statement ("claim") finder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.nlp import pipeline, resolve
from briefing.nlp.claims import Claim, claims_for_article, find_claims, office_key
from briefing.wire import decode_seed, parse_article

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_ffec9fcf535a1e0c.txt"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews"


@dataclass(frozen=True)
class M:
    """A mention as the NLP layer yields it (only the fields the finder reads)."""

    part: int
    start: int
    end: int
    text: str
    type: str
    entity: str
    role: str | None = None


def mentions_for(part: int, text: str, names: dict[str, tuple[str, str]]) -> list[M]:
    """Every occurrence of each name in ``text`` as a mention: name -> (type, entity)."""
    out = []
    for name, (type_, entity) in names.items():
        for match in re.finditer(rf"\b{re.escape(name)}\b", text):
            out.append(M(part, match.start(), match.end(), name, type_, entity))
    return out


def claims(text: str, names: dict[str, tuple[str, str]] | None = None) -> list[Claim]:
    return find_claims([("paragraph", text)], mentions_for(0, text, names or {}))


def one(text: str, names: dict[str, tuple[str, str]] | None = None) -> Claim:
    found = claims(text, names)
    assert len(found) == 1, found
    return found[0]


def check_offsets(parts: list[tuple[str, str]], found: list[Claim]) -> None:
    for claim in found:
        kind, text = parts[claim.part]
        assert kind == "paragraph"
        assert 0 <= claim.sentence_start < claim.sentence_end <= len(text)
        sentence = " ".join(text[claim.sentence_start : claim.sentence_end].split())
        assert claim.written and claim.written in sentence
        assert claim.speaker
        assert claim.content.strip() and claim.verb


# --------------------------------------------------------------------------- the seed

SEED_NAMES = {
    "South Korea": ("place", "place.south-korea"),
    "South Korean": ("group", "group.south-korean"),
    "North Korean": ("group", "group.north-korean"),
    "Yoon Suk Yeol": ("person", "person.yoon-suk-yeol"),
    "Seoul": ("place", "place.seoul"),
    "Washington": ("place", "place.washington"),
    "Ukraine": ("place", "place.ukraine"),
    "National Assembly": ("org", "org.national-assembly"),
}


def seed_article_and_mentions() -> tuple[list[tuple[str, str]], list[M]]:
    article = parse_article(decode_seed(SEED.read_bytes()))
    parts = [(p.kind, p.text) for p in article.parts]
    mentions = [m for i, (_, text) in enumerate(parts) for m in mentions_for(i, text, SEED_NAMES)]
    return parts, mentions


def paragraph_number(parts: list[tuple[str, str]], index: int) -> int:
    paragraphs = [i for i, (kind, _) in enumerate(parts) if kind == "paragraph"]
    return paragraphs.index(index) + 1


SEED_EXPECTED = [
    (1, "South Korea’s presidential office", "announced",
     "its commitment to forge a “perfect” security partnership", None, "place.south-korea"),
    (1, "a high-ranking South Korean official", "according to",
     "President Yoon Suk Yeol will soon speak with the U.S. president-elect",
     None, "group.south-korean"),
    # One office, two spellings: one speaker, as first written.
    (4, "South Korea’s presidential office", "indicated",
     "while North Korean troops have not fully engaged in combat", None, "place.south-korea"),
    # "the official" refers back to the fuller description of the same article.
    (4, "a high-ranking South Korean official", "according to",
     "this deployment does not require National Assembly approval", None, "group.south-korean"),
]  # fmt: skip
SEED_WRITTEN = [
    "South Korea’s presidential office",
    "a high-ranking South Korean official",
    "The South Korean presidential office",
    "the official",
]


def test_seed_has_exactly_its_four_claims() -> None:
    parts, mentions = seed_article_and_mentions()
    found = find_claims(parts, mentions)
    check_offsets(parts, found)
    got = [
        (paragraph_number(parts, c.part), c.speaker, c.verb, c.speaker_entity, c.speaker_about)
        for c in found
    ]
    assert got == [(p, s, v, e, a) for p, s, v, _, e, a in SEED_EXPECTED]
    assert [c.written for c in found] == SEED_WRITTEN
    for claim, (_, _, _, content, _, _) in zip(found, SEED_EXPECTED, strict=True):
        assert claim.content.startswith(content), claim.content


def test_seed_claim_contents_and_sentences() -> None:
    parts, mentions = seed_article_and_mentions()
    first, second, third, fourth = find_claims(parts, mentions)
    text = parts[first.part][1]
    assert text[first.sentence_start : first.sentence_end].startswith("South Korea’s")
    assert first.content.endswith("with the incoming U.S. administration")
    assert text[second.sentence_start : second.sentence_end].startswith("According to")
    assert second.content.endswith("amid growing regional security concerns")
    assert third.content.endswith("there is a need to monitor the situation closely")
    assert fourth.content.endswith("as it would be limited in scope and duration")


def test_seed_with_the_nlp_layer(nlp: pipeline.Language) -> None:
    """The same four claims with the real NER + resolution mentions (the model is a declared
    dependency: a missing one fails the test rather than skipping it)."""
    article = parse_article(decode_seed(SEED.read_bytes()))
    parts = [(p.kind, p.text) for p in article.parts]
    raw = pipeline.run_ner(nlp, [text for _, text in parts])
    mentions, _ = resolve.resolve_article(parts, raw, [])
    found = claims_for_article(article, mentions)
    assert [(paragraph_number(parts, c.part), c.speaker, c.verb) for c in found] == [
        (p, s, v) for p, s, v, *_ in SEED_EXPECTED
    ]
    korea = {m.entity for m in mentions if m.part == found[0].part and m.text == "South Korea"}
    assert found[0].speaker_entity is None
    assert found[0].speaker_about in korea


# --------------------------------------------------------------------------- forward order


@pytest.mark.parametrize(
    ("text", "speaker", "verb", "content"),
    [
        ("The ministry said on Tuesday that the talks would resume next week.",
         "The ministry", "said", "the talks would resume next week"),
        ("Pelosi has said her plans will begin with less controversial issues.",
         "Pelosi", "said", "her plans will begin with less controversial issues"),
        ("The company had earlier denied any wrongdoing.",
         "The company", "denied", "any wrongdoing"),
        ("Officials say the fire was started deliberately.",
         "Officials", "say", "the fire was started deliberately"),
        ("Last month, a spokesman for the Ministry of Defence warned that supplies were low.",
         "a spokesman for the Ministry of Defence", "warned", "supplies were low"),
        ("Smith, the company's chief executive, said the plant would close.",
         "Smith, the company's chief executive", "said", "the plant would close"),
        ("Cruz, in remarks to ABC, said the bill was unconstitutional.",
         "Cruz", "said", "the bill was unconstitutional"),
        ("The Investigative Committee and the Federal Security Service (FSB) said they believe "
         "gas was the trigger.",
         "The Investigative Committee and the Federal Security Service (FSB)", "said",
         "they believe gas was the trigger"),
        ("On Thursday officials reported the number of cases rose to 58.",
         "officials", "reported", "the number of cases rose to 58"),
        ("Trump on Twitter wrote that the meeting was productive.",
         "Trump", "wrote", "the meeting was productive"),
        ("The judge presiding over the case, Bernard Schwartz, said the sentence was just.",
         "The judge presiding over the case, Bernard Schwartz", "said", "the sentence was just"),
        ("Regional governor Boris Dubrovsky said officers were present, but said this was "
         "unrelated.",
         "Regional governor Boris Dubrovsky", "said", "officers were present"),
        ("Robert Dale, the chairman, said the measure faced a tough fight.",
         "Robert Dale, the chairman", "said", "the measure faced a tough fight"),
        ("The panel voted 12-6, but Sen. Robert Dale, R-Kan., said the measure faced a fight.",
         "Sen. Robert Dale, R-Kan.", "said", "the measure faced a fight"),
    ],
)  # fmt: skip
def test_forward_order(text: str, speaker: str, verb: str, content: str) -> None:
    claim = claims(text)[0]
    assert (claim.speaker, claim.verb, claim.content) == (speaker, verb, content)


def test_told_reporters_and_named_outlets() -> None:
    claim = one("The mayor told reporters the bridge would reopen on Friday.")
    assert (claim.speaker, claim.verb) == ("The mayor", "told")
    assert claim.content == "the bridge would reopen on Friday"
    claim = one("Governor Alexander Pimentel told CNN Philippines the towns were damaged.")
    assert claim.speaker == "Governor Alexander Pimentel"
    assert claim.content == "the towns were damaged"
    claim = one(
        "Jasim Uddin, a spokesperson for the fire service, told the Associated Press "
        "four victims were from a single family."
    )
    assert claim.speaker == "Jasim Uddin, a spokesperson for the fire service"
    assert claim.content == "four victims were from a single family"
    claim = one("Smith told Wikinews that this might happen in cases of illegal fishing.")
    assert (claim.speaker, claim.content) == (
        "Smith",
        "this might happen in cases of illegal fishing",
    )


def test_relative_clause_speaker_and_coordinated_verbs() -> None:
    claim = one(
        "Toronto Police, which indicated on Monday a development was likely, face allegations."
    )
    assert claim.speaker == "Toronto Police"
    assert claim.content == "a development was likely"
    claim = one("Duda called the deaths crushing and wrote he had ordered checks.")
    assert (claim.speaker, claim.verb) == ("Duda", "wrote")
    found = claims("Quirin denied any sexual activity, but he claimed sex had been consensual.")
    assert [(c.speaker, c.verb, c.content) for c in found] == [
        ("Quirin", "denied", "any sexual activity"),
        ("he", "claimed", "sex had been consensual"),
    ]


def test_participle_after_a_statement_or_a_named_subject() -> None:
    found = claims(
        "A total of 39 are confirmed dead, officials told state media, adding that "
        "rescuers ended their work yesterday."
    )
    assert [(c.speaker, c.verb, c.content) for c in found] == [
        ("officials", "told", "A total of 39 are confirmed dead"),
        ("officials", "adding", "rescuers ended their work yesterday"),
    ]
    claim = one(
        'President Donald Trump congratulated Pelosi, saying, "hopefully we can work together."'
    )
    assert (claim.speaker, claim.verb) == ("President Donald Trump", "saying")
    assert claim.content == "hopefully we can work together"


# --------------------------------------------------------------------------- inverted order


@pytest.mark.parametrize(
    ("text", "speaker", "verb", "content"),
    [
        ("The fire started in a kitchen on the third floor, police said.",
         "police", "said", "The fire started in a kitchen on the third floor"),
        ("The fire started in a kitchen on the third floor, said Mayor John Smith.",
         "Mayor John Smith", "said", "The fire started in a kitchen on the third floor"),
        ("The talks will resume next week, the ministry said on Tuesday.",
         "the ministry", "said", "The talks will resume next week"),
        ("The fire, police said, started in a kitchen.",
         "police", "said", "The fire started in a kitchen"),
        ("The guardrail would be examined, Roberts said, to determine if it had failed.",
         "Roberts", "said", "The guardrail would be examined to determine if it had failed"),
        ("The attack killed twelve people, said Abdurrahman Mangal, spokesperson for the "
         "governor.",
         "Abdurrahman Mangal, spokesperson for the governor", "said",
         "The attack killed twelve people"),
        ("A total of 39 are confirmed dead, officials told state media.",
         "officials", "told", "A total of 39 are confirmed dead"),
    ],
)  # fmt: skip
def test_inverted_order(text: str, speaker: str, verb: str, content: str) -> None:
    claim = one(text)
    assert (claim.speaker, claim.verb, claim.content) == (speaker, verb, content)


def test_inverted_pelosi_told_the_public_names_the_entity() -> None:
    text = (
        '"I pledge that this Congress will be transparent, bipartisan and unifying; that we '
        'will seek to reach across the aisle," Pelosi told the public. Guests included her '
        "grandchildren."
    )
    claim = one(text, {"Pelosi": ("person", "person.nancy-pelosi")})
    assert (claim.speaker, claim.verb) == ("Pelosi", "told")
    assert claim.speaker_entity == "person.nancy-pelosi"
    assert claim.speaker_about is None
    assert claim.content.startswith("I pledge that this Congress will be transparent")
    assert claim.content.endswith("reach across the aisle")
    assert text[claim.sentence_start : claim.sentence_end].endswith("told the public.")


# --------------------------------------------------------------------------- quotations


@pytest.mark.parametrize(
    ("text", "speaker", "verb", "content"),
    [
        ("“We will rebuild,” the mayor said.", "the mayor", "said", "We will rebuild"),
        ('"We will rebuild," said the mayor.', "the mayor", "said", "We will rebuild"),
        ('"It\'s a good sign", said Ryan Cloutier of the Harvard Center, who was not involved.',
         "Ryan Cloutier of the Harvard Center", "said", "It's a good sign"),
        ("The minister said: “The border stays closed.”",
         "The minister", "said", "The border stays closed"),
        ('Upon arrival, Zapata told reporters, "We made a machine three years ago."',
         "Zapata", "told", "We made a machine three years ago"),
        ("“Three months ago,” he said, “I entered the race.”",
         "he", "said", "Three months ago, I entered the race"),
        ('Dominic Hare said the toilet represented a "comment on the American dream".',
         "Dominic Hare", "said", 'the toilet represented a "comment on the American dream"'),
    ],
)  # fmt: skip
def test_quotations(text: str, speaker: str, verb: str, content: str) -> None:
    claim = one(text)
    assert (claim.speaker, claim.verb, claim.content) == (speaker, verb, content)


@pytest.mark.parametrize(
    ("text", "speaker", "verb", "content"),
    [
        ('"The government will withdraw the bill," Lam said. "Our citizens have been '
         'injured," Lam continued in the statement.',
         "Lam", "continued", "Our citizens have been injured"),
        ('"I am in awe of the people who ran towards danger" tweeted Mayor of London Sadiq '
         "Khan (no relation).",
         "Mayor of London Sadiq Khan", "tweeted",
         "I am in awe of the people who ran towards danger"),
        ("\"I'd never sat behind a kit before, and I thought, 'I'm a drummer' \", he recalled "
         "in a 2009 retelling of the story.",
         "he", "recalled", "I'd never sat behind a kit before, and I thought, 'I'm a drummer'"),
        ('"Your presence has been a calamity", he continued in the speech which was delivered '
         "in Tehran.",
         "he", "continued", "Your presence has been a calamity"),
        ("United States Attorney Thomas T. Cullen said the doctor fuelled addiction.",
         "United States Attorney Thomas T. Cullen", "said", "the doctor fuelled addiction"),
        ("The BBC also cited Budi Gunawan, chief of the State Intelligence Agency, as saying "
         "the suspects were linked to the network.",
         "Budi Gunawan, chief of the State Intelligence Agency", "saying",
         "the suspects were linked to the network"),
        ("The mayor of London, Sadiq Khan, gave his condolences via Twitter, adding, \"An "
         'urgent enquiry is underway."',
         "The mayor of London, Sadiq Khan", "adding", "An urgent enquiry is underway"),
    ],
)  # fmt: skip
def test_attribution_after_quotations_and_named_speakers(
    text: str, speaker: str, verb: str, content: str
) -> None:
    claim = claims(text)[-1]
    assert (claim.speaker, claim.verb, claim.content) == (speaker, verb, content)


def test_quotation_over_several_sentences_is_one_claim() -> None:
    text = (
        "“The explosion was very powerful. The whole building has collapsed,” he said. "
        "Rescuers arrived later."
    )
    claim = one(text)
    assert claim.speaker == "he"
    assert claim.content == "The explosion was very powerful. The whole building has collapsed"
    assert text[claim.sentence_start : claim.sentence_end].endswith("he said.")


def test_reporting_verbs_inside_quotations_are_not_claims() -> None:
    claim = one("“He told me the road was safe,” she said.")
    assert (claim.speaker, claim.content) == ("she", "He told me the road was safe")
    assert claims("“Officials said nothing, and we waited.”") == []


# --------------------------------------------------------------------------- according to


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("According to police, the suspect fled on foot.", "police", "the suspect fled on foot"),
        ("The suspect fled on foot, according to police.", "police", "The suspect fled on foot"),
        ("The suspect, according to police, fled on foot.", "police", "The suspect fled on foot"),
        ("Five people died according to the regional health ministry.",
         "the regional health ministry", "Five people died"),
        ("According to police in Baytown, Texas, the driver had crashed before.",
         "police in Baytown, Texas", "the driver had crashed before"),
        ("According to a report on Wednesday by UpGuard, a cybersecurity firm, two databases "
         "were exposed.",
         "a report on Wednesday by UpGuard, a cybersecurity firm", "two databases were exposed"),
        ("According to Professor Sergey Dydykin, who chairs the committee, such contests are "
         "rare abroad.",
         "Professor Sergey Dydykin", "such contests are rare abroad"),
        ("Emergency services received the call at 2:20 a.m., according to British Transport "
         "Police (BTP).",
         "British Transport Police (BTP)", "Emergency services received the call at 2:20 a.m"),
    ],
)  # fmt: skip
def test_according_to(text: str, speaker: str, content: str) -> None:
    claim = one(text)
    assert (claim.speaker, claim.verb, claim.content) == (speaker, "according to", content)


def test_according_to_plan_is_no_attribution() -> None:
    assert claims("The launch went ahead according to plan.") == []
    assert claims("Everything went according to the schedule, officials said.")[0].speaker == (
        "officials"
    )


# --------------------------------------------------------------------------- not claims


@pytest.mark.parametrize(
    "text",
    [
        "Last month, Seoul and Washington agreed on a five-year cost-sharing plan.",
        "South Korea remains a key ally to the United States.",
        "The bridge was said to be the oldest in the region.",
        "In addition to the deaths, 33 were reported hospitalised.",
        "Meanwhile, the total reported casualties increased to 167.",
        "The company declined to say how many jobs would go.",
        "The minister did not say when the talks would resume.",
        "The airline has never confirmed the figure.",
        "The highest rate noted by the team was in Alaska.",
        "The number of confirmed cases rose to 58.",
        "The EU sanctioned Iran over alleged assassination plots.",
        "The company added 500 jobs last year.",
        "She wrote a book about the war.",
        "The governor declared a state of emergency on Monday.",
        "Wikinews asked Stamenković about his plans.",
        "On Friday, Qaboos bin Said, the long-serving Sultan of Oman, died aged 79.",
        "It is unclear what the minister said.",
        "Transport for London told morning rush-hour passengers to take a longer way around.",
        "The countries they said were involved were not listed.",
        "For the reasons stated below, the court dismisses the suit.",
        "Trump's claims of fraud were rejected.",
        "Please tell us more about this feat.",
        "Part of the order that was not overturned declared the ballots void.",
        "The wall, which he said would stop crossings, is unfinished.",
    ],
)
def test_not_claims(text: str) -> None:
    assert claims(text) == []


def test_only_paragraphs_have_claims() -> None:
    parts = [
        ("headline", "Minister says talks will resume"),
        ("subhead", "Officials said more"),
        ("paragraph", "The minister said the talks would resume."),
        ("credit", "(Reporting by A; editing by B, who said nothing)"),
    ]
    found = find_claims(parts, [])
    assert [(c.part, c.speaker) for c in found] == [(2, "The minister")]


# --------------------------------------------------------------------------- entities


def test_speaker_entity_and_about() -> None:
    names = {
        "Angela Merkel": ("person", "person.angela-merkel"),
        "Steffen Seibert": ("person", "person.steffen-seibert"),
        "German": ("group", "group.german"),
    }
    claim = one(
        "German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said the ban "
        "was necessary.",
        names,
    )
    assert claim.speaker == "German Chancellor Angela Merkel's spokesperson, Steffen Seibert"
    assert claim.speaker_entity == "person.steffen-seibert"
    assert claim.speaker_about == "group.german"

    names = {"Ministry of Foreign Affairs": ("org", "org.ministry-of-foreign-affairs")}
    claim = one(
        "A spokesman for the Ministry of Foreign Affairs said the visit was cancelled.", names
    )
    assert claim.speaker_entity is None
    assert claim.speaker_about == "org.ministry-of-foreign-affairs"

    names = {"Yoon Suk Yeol": ("person", "person.yoon-suk-yeol")}
    claim = one("President Yoon Suk Yeol said the alliance was strong.", names)
    assert claim.speaker_entity == "person.yoon-suk-yeol"


def test_speaker_named_elsewhere_in_the_article() -> None:
    """A speaker the model missed still names the entity seen elsewhere in the article."""
    parts = [
        ("paragraph", "Nancy Pelosi was elected Speaker."),
        ("paragraph", "Pelosi said her plans would begin with smaller issues."),
    ]
    mentions = [M(0, 0, 12, "Nancy Pelosi", "person", "person.nancy-pelosi")]
    (claim,) = find_claims(parts, mentions)
    assert (claim.part, claim.speaker_entity) == (1, "person.nancy-pelosi")


# --------------------------------------------------------------------------- robustness

_PIECES = st.sampled_from(
    [
        "said", "says", "told", "told reporters", "according to", "added", "announced",
        "saying", "the official", "Smith", "police", "who", "which", "that", "and", "but",
        "has", "was", "not", "on Tuesday", "in a statement", ",", ".", ";", ":", "—", "(",
        ")", '"', "“", "”", "'", "’s", "The", "a", "of", "U.S.", "\n", "  ", "WHO", "May",
    ]
)  # fmt: skip
_TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=60).map(" ".join),
    st.lists(_PIECES, max_size=60).map("".join),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS, st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400)), max_size=5))
def test_never_crashes_and_offsets_are_valid(text: str, spans: list[tuple[int, int]]) -> None:
    mentions = [
        M(0, min(a, b, len(text)), min(max(a, b), len(text)), "x", "person", f"person.p{i}")
        for i, (a, b) in enumerate(spans)
    ]
    parts = [("paragraph", text), ("headline", text)]
    found = find_claims(parts, mentions)
    check_offsets(parts, found)


# --------------------------------------------------------------------------- corpus


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not corpus_files(), reason="wikinews corpus not available")
def test_corpus_runs_cleanly() -> None:
    total = 0
    for path in corpus_files():
        article = parse_article(decode_seed(path.read_bytes()))
        parts = [(p.kind, p.text) for p in article.parts]
        found = find_claims(parts, [])
        check_offsets(parts, found)
        total += len(found)
    # Wikinews quotes and attributes heavily: a few claims per article on average.
    assert total > 2 * len(corpus_files())


# --------------------------------------------------------------------------- speakers


def test_the_official_refers_back_to_an_earlier_claim_speaker() -> None:
    text = (
        'A senior Acme Corp executive said profits rose. "We are pleased," the executive '
        "added. The spokesman said nothing."
    )
    found = claims(text, {"Acme Corp": ("org", "org.acme-corp")})
    assert [(c.written, c.speaker) for c in found] == [
        ("A senior Acme Corp executive", "A senior Acme Corp executive"),
        ("the executive", "A senior Acme Corp executive"),
        ("The spokesman", "The spokesman"),
    ]
    assert found[1].speaker_about == found[0].speaker_about == "org.acme-corp"


def test_the_official_refers_back_to_a_description_in_earlier_text() -> None:
    parts = [
        ("paragraph", "A high-ranking Ruritanian official, who asked not to be named, met us."),
        ("paragraph", "The plan is sound, the official said."),
    ]
    found = find_claims(parts, [])
    assert [(c.written, c.speaker) for c in found] == [
        ("the official", "A high-ranking Ruritanian official")
    ]


def test_the_company_is_the_organisation_named_before_it() -> None:
    text = (
        "Kestrel Bank and Ortega Motors rose, and the Detroit carmaker said sales held. "
        "Halvorsen fell after the lender said it would cut jobs."
    )
    names = {
        "Kestrel Bank": ("org", "org.kestrel-bank"),
        "Ortega Motors": ("org", "org.ortega-motors"),
        "Halvorsen": ("org", "org.halvorsen"),
    }
    found = claims(text, names)
    assert [(c.written, c.speaker, c.speaker_entity) for c in found] == [
        ("the Detroit carmaker", "Ortega Motors", "org.ortega-motors"),
        ("the lender", "Halvorsen", "org.halvorsen"),
    ]
    # Without one in its paragraph: the organisation the article named most before it.
    parts = [
        ("headline", "Kestrel Systems sells shares"),
        ("paragraph", "Kestrel Systems Inc said it sold shares to Marrang."),
        ("paragraph", "The company said the sale closed."),
    ]
    mentions = [
        *mentions_for(0, parts[0][1], {"Kestrel Systems": ("org", "org.kestrel-systems-inc")}),
        *mentions_for(1, parts[1][1], {"Kestrel Systems Inc": ("org", "org.kestrel-systems-inc"),
                                       "Marrang": ("org", "org.marrang")}),
    ]  # fmt: skip
    (_, company) = find_claims(parts, mentions)
    assert (company.speaker, company.speaker_entity) == (
        "Kestrel Systems Inc",
        "org.kestrel-systems-inc",
    )
    # A person's office is no organisation: "the spokesman" stays.
    assert one("The plan is sound, the spokesman said.").speaker == "the spokesman"


def test_a_description_with_nothing_to_refer_back_to_stays() -> None:
    found = one("The plan is sound, the official said.")
    assert (found.written, found.speaker) == ("the official", "the official")


def test_two_spellings_of_one_office_are_one_speaker() -> None:
    text = (
        "France's foreign ministry said talks would resume. "
        "The French foreign ministry added that no date was set. "
        "The Italian foreign ministry said it agreed."
    )
    found = claims(text)
    assert [c.speaker for c in found] == [
        "France's foreign ministry",
        "France's foreign ministry",
        "The Italian foreign ministry",
    ]


def test_office_keys() -> None:
    assert office_key("South Korea\u2019s presidential office") == office_key(
        "the South Korean presidential office"
    )
    assert office_key("The U.S. State Department") is None
    assert office_key("a senior official") is None
