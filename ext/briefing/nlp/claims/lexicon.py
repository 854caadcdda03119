"""The English word lists the finder reads sentences with.

Reporting verbs (by how safely each reports speech), participles, determiners, pronouns,
prepositions, auxiliaries, adverbs, time words, title words and the words that end a speaker
phrase or open a clause. They are small, closed lists of function words and verbs, not
gazetteers: every rule of the finder is written in terms of them.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Reporting verbs.  STRONG forms report speech whenever they follow a subject; WEAK forms also
# have other common senses ("added five jobs", "wrote a book", "declared a state of
# emergency") and need a complement clause (that / a quotation / a colon / a subject pronoun)
# in forward order.  BASE forms follow plural subjects ("officials say") but not "to" / "not"
# / modals.
STRONG = _words(
    """said says say told tells tell announced announces announce stated indicated
    indicates indicate claimed warned warns warn confirmed confirms denied denies insisted
    insists insist argued argues argue acknowledged acknowledges vowed pledged stressed
    emphasized emphasised emphasizes emphasises asserted asserts alleged alleges reiterated
    reiterates tweeted predicted predicts reported noted claims"""
)
WEAK = _words(
    """added adds wrote writes explained explains revealed reveals disclosed admitted admits
    conceded concedes commented remarked observed replied responded recalled testified
    promised maintained maintains suggested suggests claim reports notes vows pledges
    declared declares"""
)
BASE = _words("say tell announce indicate warn insist argue claim")
# Verbs that also stand before the speaker: ``"…," said Smith`` / ``…, added the minister``.
INVERTIBLE = _words(
    """said says added adds wrote writes explained noted continued recalled replied warned
    insisted stated argued remarked observed declared announced tweeted posted"""
)
# Of those, the ones that invert without a quotation: "…, said Smith." / "…, added Jones."
INVERTIBLE_PLAIN = _words(
    """said says added adds wrote writes explained noted continued recalled insisted argued
    stated replied remarked observed"""
)
# Verbs that report speech only after a quotation: "“…,” Lam continued."
TAIL_ONLY = _words("continued")
# Past participles that are also adjectives ("the reported cases", "confirmed deaths").
ADJECTIVAL = _words("reported confirmed claimed alleged stated noted announced indicated predicted")
PARTICIPLES = _words(
    """saying adding noting stating warning claiming insisting arguing explaining stressing
    declaring emphasizing emphasising asserting"""
)
ALL_VERBS = STRONG | WEAK | INVERTIBLE | TAIL_ONLY

DETERMINERS = _words(
    """the a an this that these those its his her their our my your some many several both
    all each every another no any most few"""
)
SUBJECT_PRONOUNS = _words("he she they it we i you")
# Prepositions that may sit inside a speaker noun phrase ("a spokesman for the ministry").
NP_PREPOSITIONS = _words("of for at from in on with by within inside near to under")
# Prepositions that end a speaker phrase ("sanctioned Iran over alleged plots").
OTHER_PREPOSITIONS = _words(
    """over about against despite amid among into onto upon through throughout toward
    towards without via per regarding including concerning like unlike beyond behind below
    above across along around past during following amongst amidst whilst besides
    excluding except beneath"""
)
# Nouns that take "to": "US Ambassador to Germany Richard Grenell".
TO_NOUNS = _words(
    """adviser advisor envoy ambassador aide spokesman spokeswoman spokesperson secretary
    counsel representative assistant successor heir lawyer attorney consultant delegate
    minister"""
)
AUXILIARIES = _words("has have had 's")
PASSIVE = _words("is are was were be been being am")
BLOCKERS = _words(
    "not never n't to did do does will would can could should may might must shall cannot let"
)
ADVERBS = _words(
    """also later then reportedly previously earlier recently once initially subsequently
    further again repeatedly publicly officially separately first already now still too yet
    allegedly apparently privately originally even sometimes often always usually only
    just"""
)
TIME_WORDS = _words(
    """today yesterday tonight tomorrow monday tuesday wednesday thursday friday saturday
    sunday morning afternoon evening night week weekend month year january february march
    april may june july august september october november december"""
)
# Words that end a speaker noun phrase when walking back from the verb.
BOUNDARY = (
    _words(
        """and or but nor that which who whom whose where when while because as if although
        though since after before until unless so than whether what how why once whereas
        however meanwhile moreover furthermore additionally instead likewise similarly
        here there according not also then later earlier now still yet"""
    )
    | PASSIVE
    | AUXILIARIES
    | BLOCKERS
    | ALL_VERBS
    | TIME_WORDS
    | SUBJECT_PRONOUNS
    | PARTICIPLES
    | OTHER_PREPOSITIONS
)
LEADING_TRIM = _words(
    """and but or so then yet also however meanwhile still now thus hence instead later
    earlier moreover furthermore additionally separately"""
)
NOT_SPEAKERS = _words("this that which what who there here these those one please")
# "according to plan" is no attribution.
NOT_SOURCES = _words("plan plans schedule tradition custom law laws rule rules protocol which whom")
RELATIVES = _words("who which")
# A comma segment opening like this between the speaker and the verb is an aside
# ("Cruz, in remarks to ABC, said"), not an apposition.
ASIDE_OPENERS = _words(
    """who which whose when while in at on after before during following speaking asked
    according citing like however meanwhile though although for with under from as"""
)
# Lowercase words inside a title before a name: "Former prime minister John Major".
TITLE_WORDS = _words(
    """former prime minister president vice secretary general chief executive deputy foreign
    interior defence defense senior spokesman spokeswoman spokesperson governor mayor leader
    director chairman chairwoman head officer police judge senator ambassador commissioner
    attorney representative founder premier chancellor king queen prince princess pope
    bishop archbishop cardinal coach captain manager lawyer professor minority majority
    state health finance regional local opposition party house speaker co-founder
    president-elect acting interim"""
)

CLAUSE_OPENERS = _words("and but while whereas although though because so yet however")
CLAUSE_WORDS = PASSIVE | AUXILIARIES | BLOCKERS | ALL_VERBS | {"that"}

RELATIVES_STOP = _words(
    "who which that because while when as but if after before since whose where"
)
