"""Type corrections the small model needs: the head noun of a name decides between place and
organisation, a "person" only ever found after "in" is a place, and a capitalised common word
at the start of a sentence is no name at all."""

from __future__ import annotations

import re

from briefing.wire.credit import canonical_agency

from .gazetteer import is_place, is_us_state, us_state
from .names import TITLE_HEADS, is_title_word
from .spans import word_set
from .variants import demonym_country, lookup

# The last word of a name says what it is: "Karl Marx Avenue" is a place whatever the model
# says, "Maritime Bulletin" an organisation.
_PLACE_HEADS = word_set(
    """avenue street st road rd ave blvd pike boulevard lane square bridge airport station port
    harbour harbor dam building drive way crescent terrace
    island islands river lake mountain mountains mount sea ocean bay gulf strait valley park
    province region county district city village town peninsula desert coast canal highway
    interstate motorway hospital church cathedral mosque temple stadium arena prison
    parish borough township prefecture oblast governorate municipality reservation estuary
    range cay reef canyon falls glacier volcano hill zone expressway freeway parkway causeway
    tunnel shelf ridge plateau
    """
)
ORG_HEADS = word_set(
    """ministry committee commission agency service services office department council party
    university college institute association court bank group company corporation corp inc
    ltd llc plc news times post herald bulletin journal gazette tribune telegraph police army
    navy guard guards airlines airways administration authority board bureau foundation fund
    organization organisation society union league federation club network radio tv
    television channel press brigade parliament assembly senate congress government cabinet
    coalition movement front laboratory laboratories charity command corps cooperative
    institution holdings holding motors industries technologies pharmaceuticals insurance securities
    partners ag sa nv gmbh co airline reserve exchange embassy consulate systems enterprises
    resources communications electronics international petroleum energy mining observatory
    telescope sabha global bhd berhad tbk pty pvt jsc pjsc ltda sarl kgaa school academy
    elementary capital ventures ratings brands foods labs studios records pictures film
    films productions media treasury
    entertainment solutions logistics therapeutics biosciences robotics software hotels
    """
)
# Last words of football clubs' names after their town: "Leeds United", "Tottenham Hotspur".
# County, Town, Forest and Villa end places' names as often ("Orange County").
CLUB_WORDS = word_set("United City Rovers Wanderers Athletic Albion FC Hotspur Argyle")


def club_name(name: str) -> bool:
    """A name of two words or more ending like a club's, other than "City" (which ends many
    towns' names the gazetteers lack), that is no place: "Brighton & Hove Albion"."""
    words = name.split()
    return len(words) >= 2 and words[-1] in CLUB_WORDS - {"City"} and not is_place(name)


# Events and laws have no entity type of their own: the model's EVENT and LAW spans are
# dropped, and so are names it typed otherwise that end like one ("Iran Hostage Crisis",
# "John R. Lewis Voting Rights Act").
_EVENT_HEADS = word_set(
    """crisis war attack attacks election elections summit games olympics cup championship
    convention conventions
    championships festival protest protests bombing shooting massacre earthquake awards
    award prize day act treaty amendment accord agreement pact medal medals honour honor bill
    constitution syndrome disease virus flu fever pandemic epidemic outbreak hurricane storm typhoon
    cyclone game economy master bachelor"""
)
_EVENT_PREFIXES = word_set("hurricane typhoon cyclone tropical storm operation")
# Leading words that make a place, in English and in the languages whose place names news
# copy keeps: "Punta Tombo", "Isla Mujeres", "Masjid Al-Aqsa", "Wadi Rum".
_PLACE_PREFIXES = word_set(
    "fort mount mt lake cape port gulf isle punta cabo isla islas monte lago playa masjid wadi"
)
_LOCATIVE = word_set("in near outside inside across throughout")
_TOWARDS = word_set("from into")
# A sentence starts after its end, an opening quote or bracket, or a transcript's speaker
# tag ("((Aparna Garg)) Challenges are ...").
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\]…]\s+|\)\)\s+|[\"“\u2018(]\s*)$")


# Head words that are also surnames ("Doris Day", "Margaret Court"): a two-word person name
# ending in one keeps its type.
_SURNAME_LIKE = word_set("court church park lake hill street bank day bridge lane")


# What a district that is an organisation provides: "Metropolitan Cebu Water District".
_SERVICE_WORDS = word_set("school water fire sewer sanitation irrigation utility hospital transit")


def head_type(name: str, person: bool = False) -> str | None:
    """ "place", "org" or "event" when the name's head word settles it, else None.

    The head is the word before "of" ("University of Cape Town"), else the last word; failing
    both, a leading "Fort", "Mount", "Lake" ... makes a place. For a ``person`` span, a last
    word that is also a surname ("Lauryn Hill") does not count, nor, in a span of two words,
    an event's head ("Doris Day").
    """
    words = name.split()
    if len(words) < 2:
        return None
    # The head stands before "of", "in" or "for": "Nemmers Prize in Mathematics".
    before_of = re.split(r" (?:of|in|for) ", name, maxsplit=1)[0].split()
    for head in (before_of[-1] if before_of else "", words[-1]):
        head = head.rstrip(".").lower()
        if person and len(words) < 3 and (head in _SURNAME_LIKE or head in _EVENT_HEADS):
            continue
        if person and head in _SURNAME_LIKE - _EVENT_HEADS and head == words[-1].lower():
            continue  # "Mary Anne Hill": a surname ("Martin Luther King Day" is a holiday)
        if head == "district" and len(words) > 2 and words[-2].lower() in _SERVICE_WORDS:
            return "org"  # "Austin Independent School District": a board, not an area
        if head in _PLACE_HEADS:
            return "place"
        if head in ORG_HEADS:
            return "org"
        if head in _EVENT_HEADS:
            return "event"
    if words[0].lower() in _EVENT_PREFIXES:
        return "event"  # "Hurricane Dorian", "Tropical Storm Barry"
    if words[0].rstrip(".").lower() in _PLACE_PREFIXES:
        return "place"  # "Fort Lee", "Mount Everest", "Lake Chad"
    return None


_LOCATIVE_PAIR = re.compile(
    r"\b(?:in|near|outside|across|throughout|from|into)\s+(?:[A-Z][\w.'’-]*\s+){1,3}and\s+$"
)


def after_locative(text: str, start: int, *, known_place: bool = False) -> bool:
    """Whether the span at ``start`` follows "in", "near", ... ("in La Llagosta"); for a
    name the gazetteers know, also "from" and "into" ("water from Pahang")."""
    words = text[max(0, start - 12) : start].split()
    if not words or not text[:start].endswith(" "):
        return False
    word = words[-1].lower()
    if word in _LOCATIVE or (known_place and word in _TOWARDS):
        return True
    # The second of two the gazetteers know: "floods in Johor and Pahang".
    return known_place and _LOCATIVE_PAIR.search(text, max(0, start - 50), start) is not None


def followed_by_possessive(text: str, end: int) -> bool:
    return text.startswith(("\u2019s", "'s"), end)


def at_sentence_start(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, start - 4) : start]))


def lowercase_words(texts: list[str]) -> set[str]:
    """Every word the article writes in lowercase: a capitalised single-word "name" found
    among them at a sentence start is a common word ("Guardrails were ...")."""
    return {w for text in texts for w in re.findall(r"\b[a-z][a-z'-]+\b", text)}


# A noun right before a name that says it is an organisation: "news agency Fars", "the
# broadcaster NRK", "carrier Lufthansa".
ORG_NOUNS = word_set(
    """agency company firm broadcaster newspaper daily carrier airline bank group club team
    network channel website site app platform brand label maker manufacturer retailer
    publisher outlet station magazine operator insurer lender startup conglomerate chain
    tabloid weekly service exchange carmaker automaker chipmaker drugmaker planemaker
    steelmaker toymaker charity nonprofit non-profit watchdog regulator refiner pollster
    subsidiary miner supplier broker brokerage consultancy utility shipper
    shipbuilder bloc distributor wholesaler bureau co-op cooperative co-operative giant
    fintech neobank"""
)
# A lowercase noun after a name the model calls a group that makes it an organisation.
_ORG_NOUNS_AFTER = word_set("museum institution company firm newspaper university college")
# Lowercase nouns that say the name next to them is a place: "the Kīlauea volcano", "the
# Johan Sverdrup oil field", "the electoral district of Groom", "the city of Toronto".
_PLACE_NOUNS_AFTER = word_set(
    """volcano field river island mountain lake valley peninsula crossing checkpoint camp
    neighborhood neighbourhood mine dam reservoir zone district province region"""
)
_PLACE_NOUNS_BEFORE = word_set(
    """city town village province county state region district suburb municipality borough
    township island islands cities towns villages provinces counties states regions districts
    suburbs municipalities community communities port ports"""
)
# "the city of Toronto", and the second of two: "the districts of Jajarkot and Rukum West".
_PLACE_OF = re.compile(
    r"\b([a-z]+) of (?:the )?(?:[A-Z][^\W\d_]*(?:[ -][A-Z][^\W\d_]*){0,2},? (?:and|or) )?$"
)
# "Kumamoto in Japan": a town the gazetteers know, placed in a country.
_IN_COUNTRY = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+)?)(?![\w-])")
# "Kitchener-Waterloo, Ontario", "Frederick, Maryland": a name before a known region.
# ", Texas" after a town; not ", Germany's largest union" after a body it describes.
_REGION_AFTER = re.compile(r",\s+(?:near\s+)?([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?![\w.]|['\u2019]s\b)")


# A capital or a town in apposition: "the Yemeni capital, Sanaa", "the state capital Austin";
# "Sanaa, the capital of Yemen", "Hubli, a city in Karnataka", "Jolo, a town on Sulu".
_CAPITAL_BEFORE = re.compile(r"\bthe (?:[A-Za-z][\w'\u2019-]* )?capital(?: city)?,? $")
_TOWN_APPOSITION = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:capital|city|town|village|port|suburb)"
    r"\s+(?:of|in|near|on)\s+(?:the\s+)?[A-Z]"
)


# Works stand somewhere: "a demonstration plant at Gällivare", "its mine near Kittilä".
_FACILITY_AT = re.compile(
    r"\b(?:plant|plants|mine|mines|factory|factories|refinery|smelter|terminal|facility"
    r"|facilities|mill|depot|warehouse|site|base|port)\s+(?:at|in|near)\s+$"
)


def named_as_place(text: str, start: int, end: int) -> bool:
    if _FACILITY_AT.search(text, max(0, start - 30), start):
        return True
    if _CAPITAL_BEFORE.search(text, max(0, start - 40), start) or _TOWN_APPOSITION.match(
        text, end, end + 60
    ):
        return True
    after = text[end : end + 24].split()[:2]
    if after and after[0].islower() and any(w.strip(",.;") in _PLACE_NOUNS_AFTER for w in after):
        return True
    before = _PLACE_OF.search(text, max(0, start - 60), start)
    if before is not None and before.group(1) in _PLACE_NOUNS_BEFORE:
        return True
    country = _IN_COUNTRY.match(text, end)
    if country is not None and is_place(text[start:end]) and " " not in text[start:end]:
        known = lookup(country.group(1))
        if known is not None and known.type == "place":
            return True  # "plants in Arizona, Kumamoto in Japan and Dresden"
    region = _REGION_AFTER.match(text, end)
    if region is None:
        return False
    # "Val Demings, New Mexico governor Michelle Lujan Grisham": the place qualifies the next
    # person's title, and the list goes on.
    next_word = text[region.end() : region.end() + 24].split()[:1]
    if next_word and next_word[0].islower() and is_title_word(next_word[0].removesuffix("s")):
        return False
    known = lookup(region.group(1))  # a place: "Hans Kluge, WHO regional director" is a person
    return (
        is_us_state(region.group(1))
        or us_state(region.group(1)) is not None
        or (known is not None and known.type == "place")
        or is_place(region.group(1))
    )


# A town before a trade and a firm's name: "Mumbai brokerage Ambit Capital".
_TRADE_OF_A_TOWN = re.compile(r"\s+([a-z]+)\s+[A-Z]")


# A person's surname that also ends streets' names, after a word a street takes.
_STREET_WORDS = frozenset({"Street", "Lane"})
_STREET_BEFORE = re.compile(r"\b(?:on|along|off|down|up|at|near|in) $")


# A word after an organisation's name that a town's would not take: "Mercedes driver Lewis
# Hamilton", "Toyota spokesman".
_STAFF_AFTER = re.compile(
    r"\s+(?:driver|drivers|team-?mate|spokesman|spokeswoman|spokesperson|executive|executives"
    r"|boss|shares|stock|plant|factory)\b"
)


def _news_agency(span: str) -> bool:
    """A news agency's name, spelt as the agency spells it, that is no place's ("Bloomberg",
    "Xinhua", "SANA" but not "Sana"); short ones ("PA", "AP") are state codes too."""
    return len(span) >= 4 and canonical_agency(span) == span and not is_place(span)


# Where a single name that the model calls a person is a platform: "on Twitter:", "via
# YouTube".
_PLATFORM_BEFORE = re.compile(r"(?:\b(?:on|via)\s+)$")
_PLATFORM_AFTER = re.compile(r"^(?:[,.:;!?)]|\s+(?:account|page|channel|video|feed|post)s?\b|$)")


def org_cue(text: str, start: int, end: int) -> bool:
    """Words around the name that only an organisation takes: a noun before it ("carrier
    Lufthansa"), its staff before it ("an analyst at Jefferies"), its league ("Premier League
    side Southampton"), its shares ("Rio Tinto added 1.5%")."""
    before = text[max(0, start - 30) : start].split()
    pair = _SECOND_OF_A_PAIR.search(text, max(0, start - 60), start)
    return bool(
        (before and _org_noun(before[-1].lower()))
        or (pair is not None and pair[1].endswith("s") and _org_noun(pair[1].lower()))
        or _ORG_CUE_BEFORE.search(text, max(0, start - 40), start)
        or _ORG_EXAMPLES_BEFORE.search(text, max(0, start - 80), start)
        or _FIRM_APPOSITION.match(text, end)
        or _traded(text, start, end)
    )


# The second name after a plural noun: "chains Woolworths and Coles".
_SECOND_OF_A_PAIR = re.compile(r"\b([a-z]+)\s+(?:[A-Z][\w&'\u2019.-]*\s+){1,3}(?:and|or)\s+$")


def _org_noun(word: str) -> bool:
    """ "carrier", and its plural before a list: "store chains Woolworths and Coles"."""
    if word in ORG_NOUNS:
        return True
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return singular != word and singular in ORG_NOUNS


# Companies given as examples: "chocolate makers such as Barry Callebaut and Hershey",
# "retailers including REWE Group and Coop Danmark", "discount stores like Biedronka".
_ORG_EXAMPLES_BEFORE = re.compile(
    r"\b(?:companies|firms|makers|retailers|banks|lenders|insurers|brands|carriers|airlines"
    r"|chains|groups|clients|customers|suppliers|rivals|competitors|buyers|exporters"
    r"|stores|shops|supermarkets|discounters|platforms|apps|publications|broadcasters)"
    r"\s+(?:such as|including|like)\s+(?:[A-Z][\w&'\u2019.-]*\s+){0,3}(?:(?:and|or|,)\s+)?$"
)
# An apposition that only a company takes: "Vontobel, the Swiss bank", "Lindqvist, a
# Danish carmaker" (not "a contractor" or "a lawmaker": people are those).
_FIRM_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[A-Z][\w-]*\s+|[a-z-]+\s+){0,2}(?:company|firm|bank|lender"
    r"|insurer|carrier|airline|(?:car|auto|chip|drug|plane|steel|toy)maker|retailer"
    r"|conglomerate|broadcaster|newspaper|winery|brewery|consortium|startup|utility|refiner"
    r"|chain|subsidiary)(?=[\s,.;:)])"  # the head noun: not "the bank's deputy governor"
)


def context_type(text: str, start: int, end: int, kind: str, by_head: bool) -> str:
    """The type the words around a name settle, else ``kind``.

    An organisation noun before the name makes it an organisation (a city-named company
    stays one when the text says so); otherwise a name the model calls an organisation or a
    group that the gazetteers know as a place is a place ("Chelyabinsk", "Raqqa"); a single
    "person" written "on X:" or "via X" is a platform.
    """
    span = text[start:end]
    if kind == "place" and _news_agency(span):
        return "org"  # "an estimate compiled by Bloomberg": the model takes it for a town
    trade = _TRADE_OF_A_TOWN.match(text, end)
    if trade is not None and _org_noun(trade[1]) and is_place(span):
        return "place"  # "an analyst at Mumbai brokerage Ambit Capital": the firm's town
    if kind in ("place", "person", "group") and org_cue(text, start, end):
        return "org"  # "store chains Woolworths and Coles", which the model calls a people
    if kind in ("place", "person", "org") and in_a_result(text, start, end, kind):
        return "org"  # "Chelsea 2-0", "drew 1-1 at Everton": a club named after its town
    after = text[end : end + 20].split()
    if kind == "group" and after and after[0] in _ORG_NOUNS_AFTER:
        return "org"  # "the Smithsonian museum"
    if kind == "person" and " " in span and after and after[0].strip(",.") == "agency":
        return "org"  # "the Alberta Wildfire agency said"
    if kind == "person" and after[:2] == ["news", "agency"]:
        return "org"  # "the semi-official Tasnim news agency"
    if kind == "person" and _CORPORATE_POST_AFTER.match(text, end):
        return "org"  # "Hospice Southland chief executive Denise Forde"
    if (
        kind in ("place", "person")
        and not is_place(span)
        and _company_by_position(text, start, end)
    ):
        return "org"  # "Paris-based Qonto", "the purchase of Kellanova", "its"
    if kind == "person" and " " in span and after and after[0] in _STAFF_WORDS:
        return "org"  # "White House officials", "Sydney Water spokesman"
    if kind == "person" and " " in span and is_place(span):
        return "place"  # "Gujarat and Andhra Pradesh": no one's name is a state's
    if (
        kind == "person"
        and span.rsplit(None, 1)[-1] in _STREET_WORDS
        and _STREET_BEFORE.search(text, max(0, start - 8), start)
    ):
        return "place"  # "offices on Tom Mboya Street" (head_type lets "Picabo Street" be)
    if (
        kind in ("place", "person", "group")
        and " " not in span
        and after[:1] == ["party"]
        # "the former Moscow party chief": the party's branch in a city
        and not (is_place(span) and after[1:2] and after[1].strip(",.") in _PARTY_POSTS)
    ):
        return "org"  # "the ruling Morena party"
    if kind in ("person", "org", "group") and not by_head and named_as_place(text, start, end):
        return "place"
    if (
        kind in ("person", "org")
        and " " not in span
        and (
            _PLACE_CUE.search(text, max(0, start - 12), start)  # "the mayor of Whanganui"
            or text.endswith(" near ", 0, start)  # "depots near Nabatieh"
            or text.startswith("-based", end)  # "the Maranello-based team"
            or (_KNOWN_PLACE_CUE.search(text, max(0, start - 40), start) and is_place(span))
            or _on_a_route(text, start, end)
        )
    ):
        return "place"
    if (
        kind in ("org", "group")
        and not by_head
        and demonym_country(span) is None
        and is_place(span)
        and not (kind == "org" and _STAFF_AFTER.match(text, end))
    ):
        return "place"
    if (
        kind == "person"
        and " " not in span
        and _PLATFORM_BEFORE.search(text[max(0, start - 5) : start])
        and _PLATFORM_AFTER.match(text[end : end + 10])
    ):
        return "org"
    return kind


# Where only a company stands: "Paris-based Qonto", "Mars' purchase of Kellanova",
# "broadcast live on SuperSport".
_COMPANY_BEFORE = re.compile(
    r"(?:\b[A-Z][\w.-]*-based|\b(?:purchase|acquisition|takeover|buyout) of|\bmerger with"
    r"|\b(?:broadcast|aired|screened|streamed|streaming)(?: live)? on)\s+(?:rival\s+)?$"
)
# "the Netflix thriller": a studio's or a channel's work.
_PRODUCTION_AFTER = re.compile(
    r"\s+(?:thriller|drama|series|documentary|film|movie|show|sitcom|miniseries)\b"
)
# "Fonterra raised its forecast": a name that does something to "its" own is no person.
_ITS_AFTER = re.compile(r"\s+([a-z]+(?:ed|s))\s+its\b")
# Verbs a person does to a body's own ("Jones joined its board", "Lee said its profit").
_PERSONAL_VERBS = word_set(
    """said says added adds noted notes told tells claimed claims argued argues insisted
    insists believed believes thinks explained explains stressed stresses was is has does as
    joined joins led leads headed heads chaired chairs founded founds served serves left leaves
    quit quits runs managed manages owned owns bought buys sold sells praised praises
    criticised criticized criticises criticizes blamed blames urged urges"""
)


def _company_by_position(text: str, start: int, end: int) -> bool:
    if _COMPANY_BEFORE.search(text, max(0, start - 40), start):
        return True
    if " " in text[start:end]:
        return False  # "the James Cagney film": a star's
    if text.endswith(("the ", "The "), 0, start) and _PRODUCTION_AFTER.match(text, end):
        return True
    its = _ITS_AFTER.match(text, end, end + 30)
    return its is not None and its.group(1) not in _PERSONAL_VERBS


# A post only a company or a body has, then its holder's name: "Noordvelt chairman Sjoerd
# Hiemstra" (a person has advisers and spokesmen, not a chairman).
_CORPORATE_POST_AFTER = re.compile(
    r"\s+(?:chief executive|chief financial officer|chief operating officer|chairman"
    r"|chairwoman|CEO|CFO|managing director|founder|co-founder|cofounder)"
    r"\s+(?:[A-Z][\w.'\u2019-]*\s+)*[A-Z][a-z]"
)
# Posts in a party's branch: "the Moscow party chief".
_PARTY_POSTS = frozenset({"chief", "boss", "secretary", "committee"})
# Nouns after a name that say its staff speak: an organisation's, not a person's.
_STAFF_WORDS = frozenset({"officials", "spokesman", "spokeswoman", "spokesperson"})
# Words before a town's name that only a place takes.
_PLACE_CUE = re.compile(r"\b(?:mayor|mayors|council|outskirts|streets|residents) of $")
# Words before a name the gazetteers know that make it that place: "a visit to Lyon", "did
# well in the Algarve", "around Tully" (not "passed to Austin", "talked to Jordan").
_KNOWN_PLACE_CUE = re.compile(
    r"\b(?:(?:visit|visits|visited|trip|flights?|travelled|traveled) to|in the|around"
    # a route: "rates from Narvik to Rotterdam"
    r"|from [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)? to) $"
)
# A route with a known end: "from Narvik to Rotterdam", "from Victoria to WaKeeney".
_ROUTE_TO = re.compile(r" to (?:the )?([A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)?)")
_ROUTE_FROM = re.compile(r"\bfrom (?:the )?([A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)?) to $")


def _on_a_route(text: str, start: int, end: int) -> bool:
    if text.endswith("from ", 0, start):
        other = _ROUTE_TO.match(text, end)
    else:
        other = _ROUTE_FROM.search(text, max(0, start - 40), start)
    return other is not None and (is_place(other.group(1)) or is_place(text[start:end]))


# Words before a name that only a company or a club takes: the people who work at a firm of
# the City ("analysts at Peel Hunt"), a club in its league ("Bundesliga side Dortmund").
_ORG_CUE_BEFORE = re.compile(
    r"\b(?i:analysts?|economists?|strategists?|bankers?|traders?|partners?)\s+at\s+"
    r"(?:(?:[A-Z][\w&'\u2019.-]*\s+){1,3}(?:and|or)\s+)?$"  # "analysts at Jefferies and Bernstein"
    r"|\b[A-Z][\w-]*\s+(?:side|outfit)\s+$"
)


# Sports results: a score beside a name, or a result verb beside it and a score in the same
# sentence ("Arsenal beat Chelsea 2-0", "Liverpool drew 1-1 at Everton").
_SCORE = re.compile(r"(?<![\d:.,-])\d{1,3}-\d{1,3}(?![\d:.,-]*\d)")
_RESULT_VERB = (
    r"(?:beat|beats|drew|lost|won|thrashed|defeated|edged|routed|hammered|stunned|overcame)"
)
_SCORE_AFTER = re.compile(rf"\s+{_SCORE.pattern}")
_RESULT_AFTER = re.compile(rf"(?:['\u2019]s)?\s+{_RESULT_VERB}\b")
_RESULT_BEFORE = re.compile(
    rf"\b(?:{_RESULT_VERB}|drew with|drew at|lost to|lost at|won at|win over|victory over)"
    rf"\s+(?:{_SCORE.pattern}\s+(?:at|against|to|over|with)\s+)?(?:the\s+)?$"
)
_SENTENCE_END = re.compile(r"[.!?;]\s")


def in_a_result(text: str, start: int, end: int, kind: str) -> bool:
    """Whether a town's name is a team in a sports result: a score right after it, or a
    result verb beside it with a score in the same sentence. A name the model calls a place
    or an organisation counts, and one it calls a person if the gazetteers know the town. A
    country or a US state keeps its type: "France beat Brazil 2-1" names national sides,
    which the glossary files under their country."""
    span = text[start:end]
    if lookup(span) is not None or is_us_state(span) or (kind == "person" and not is_place(span)):
        return False
    if _SCORE_AFTER.match(text, end, end + 12):
        return True
    beside = _RESULT_AFTER.match(text, end, end + 24) or _RESULT_BEFORE.search(
        text[max(0, start - 40) : start]
    )
    if beside is None:
        return False
    # The sentence around it, looked for within a few hundred characters either side.
    window = max(0, start - 300)
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, window, start)), default=window)
    stop = _SENTENCE_END.search(text, end, end + 300)
    return _SCORE.search(text, begin, stop.start() if stop else end + 300) is not None


# Market copy: "shares of X", "X shares", "X's stock", "X gained 1.8%".
_SHARES_BEFORE = re.compile(
    r"\b(?:(?:[Ss]hares|[Ss]tock|[Ss]takes?)\s+(?:of|in)"
    # "invest $4 billion in Anthropic": money goes into a company, not a place
    r"|(?:invest|invests|invested|investing)\s+(?:[$€£¥]?[\d.,]+\s*(?:[mb]illion|bn|mln)?\s+)?in)"
    r"\s+(?:the\s+)?$"
)
_SHARES_AFTER = re.compile(
    r"^(?:['\u2019]s)?\s+(?:shares|stock|stocks|share price)\b"
    r"|^\s+(?:rose|fell|gained|added|lost|slipped|dropped|jumped|climbed|slid|tumbled|surged"
    r"|shed|edged up|edged down)\s+[\d.]+\s?(?:%|percent|per cent)"
)


def _traded(text: str, start: int, end: int) -> bool:
    return bool(
        _SHARES_BEFORE.search(text[max(0, start - 24) : start])
        or _SHARES_AFTER.match(text[end : end + 40])
    )


# "Nils-Erik Haagenrud of Rogaland Fire and Rescue", "Anna Franowska of "Have no fear"":
# a name followed by "of" and another name is a person with an affiliation.
_AFFILIATION_AFTER = re.compile(r"^,?\s+(?:of|from)\s+(?:the\s+)?[A-Z\"“]")
NAME_WORD = re.compile(r"^[A-Z][^\W\d_]*(?:[-'\u2019][A-Za-z][^\W\d_]*)*\.?$")


# "Connie Moganedi, a spokeswoman for the police", "Ann Lee, the bank's chief executive": an
# apposition naming a person's role (a title word, in lowercase, within a few words).
# ", a spokeswoman for", ", the WFP's head of", ", Meridian's chief executive", ", director
# of the FTC's bureau": a role after the name, with its organisation.
_APPOSITION = re.compile(
    r"^,\s+(?P<article>(?:a|an|the)\s+)?(?:[A-Z][\w.&-]*['\u2019]s\s+)?(?P<words>[^,.;:()]*)"
)
#: Role words of an apposition besides the titles: "the WFP's head of communications".
_APPOSITION_ROLES = word_set("head")
_NAME_PARTICLES = frozenset({"du", "de", "da", "van", "von", "der", "bin", "al", "el", "la", "le"})
# Title words that also describe companies ("a leader in chips", "the chief rival").
_NOT_ONLY_PEOPLE = word_set("leader chief chair director manager speaker officer")


def _role_apposition(text: str, end: int) -> bool:
    match = _APPOSITION.match(text[end : end + 80])
    if match is None:
        return False
    words = match["words"].split()[:4]
    if words and match["article"] is None and words[0] in TITLE_HEADS:
        return True  # ", director of the FTC's bureau": no company is "director of" one
    for word in words:
        if not word[:1].islower():
            return False  # a name ("the Vaccine Alliance"), not a description
        role = word.strip("\u2019'")
        if (role in TITLE_HEADS or role in _APPOSITION_ROLES) and role not in _NOT_ONLY_PEOPLE:
            return True
    return False


def person_by_context(text: str, start: int, end: int, titled: bool) -> bool:
    """Whether a name the model calls an organisation or place reads as a person's: two to
    four capitalised words without a head word, after a title ("archbishop Wojciech Polak"),
    before an affiliation ("X of Y said") or before an apposition naming a role ("X, a
    spokeswoman for Y")."""
    words = text[start:end].split()
    if not 2 <= len(words) <= 4 or not all(
        NAME_WORD.match(w) or (0 < i < len(words) - 1 and w in _NAME_PARTICLES)
        for i, w in enumerate(words)
    ):
        return False
    if head_type(text[start:end]) is not None:
        return False
    return (
        titled
        or bool(_AFFILIATION_AFTER.match(text[end : end + 12]))
        or _role_apposition(text, end)
    )


# A noun right before a title that names a work: "the 2009 novel Obsession", "the film
# Argo", "his memoir The Master of Disguise".
_WORK_NOUNS = word_set(
    """novel novels film films movie movies book books memoir memoirs album albums song songs
    series show documentary play opera musical poem painting sculpture exhibition podcast
    newsletter"""
)
_YEAR = re.compile(r"^(?:1[0-9]|20)[0-9]{2}$")


def names_a_work(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` is the title of a work the text introduces."""
    words = text[max(0, start - 40) : start].split()
    if words and _YEAR.match(words[-1]):
        words = words[:-1]
    return bool(words) and words[-1].lower() in _WORK_NOUNS
