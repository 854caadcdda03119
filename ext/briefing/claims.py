"""Attributed statements ("claims") in article paragraphs: who said what.

A claim is a reported statement with a speaker: ``South Korea's presidential office announced
…``, ``According to the official, …``, ``"…," Pelosi told the public``, ``…, police said``,
``…, said Smith``.  The finder works on tokens of each sentence with small word lists of
English reporting verbs, determiners and clause boundaries; it needs no parser and no model.
Named-entity mentions (from the NLP layer) only name the speaker: ``speaker_entity`` when the
speaker *is* a mention ("Pelosi", "President Yoon Suk Yeol", "Smith, the CEO") and
``speaker_about`` when the speaker description merely *contains* one ("South Korea's
presidential office").

Patterns recognised, per sentence (quotations spanning several sentences are one sentence):

* ``SPEAKER [has|had] [also] VERB [on Wednesday] [that] CONTENT`` (forward order);
* ``CONTENT, SPEAKER VERB [on Wednesday].`` and ``"QUOTE," SPEAKER VERB.`` (inverted tail),
  also in the middle of a sentence (``The fire, police said, started at 3 a.m.``);
* ``CONTENT, VERB SPEAKER.`` and ``"QUOTE," said SPEAKER.`` (inverted verb);
* ``According to SPEAKER, CONTENT`` / ``CONTENT, according to SPEAKER[, CONTENT]``;
* ``SPEAKER did something, saying|adding [that] CONTENT`` (participle) and
  ``X cited SPEAKER as saying CONTENT``.

Verbs inside quotation marks are quoted speech, not attributions, and are skipped; so are
passives ("was said to be"), negations ("did not say"), orders ("told them to leave"),
adjectival participles ("the reported cases") and clauses whose subject stands before the
speaker ("the wall, which he said would …").  Known limits: a past participle after a
lowercase noun phrase is read as an adjective ("the research paper noted rocky planets …" is
missed), and a speaker phrase holding an adverbial clause is cut at it ("Ferrand in relaying
the news to parliament said" gives "parliament").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from briefing.sentences import sentence_spans

if TYPE_CHECKING:
    from briefing.wire import Article

__all__ = ["Claim", "MentionLike", "claims_for_article", "find_claims"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


class MentionLike(Protocol):
    """What the finder needs from an entity mention (offsets are within the part text)."""

    @property
    def part(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def entity(self) -> str: ...


@dataclass(frozen=True)
class Claim:
    part: int  # index into the parts given (only "paragraph" parts have claims)
    sentence_start: int  # the sentence holding the claim, offsets within the part text
    sentence_end: int
    # Who spoke, as a reader should see it: "the official" is the fuller description it
    # refers back to ("a high-ranking South Korean official"), and one office has one spelling
    # in the article ("South Korea's presidential office" for "The South Korean presidential
    # office").
    speaker: str
    speaker_entity: str | None  # the entity the speaker is (or is headed by)
    speaker_about: str | None  # another entity the speaker description mentions
    verb: str  # lowercased: "said", "announced", "according to", "saying"
    content: str  # what was claimed (quotation marks of a whole quotation removed)
    written: str = ""  # the speaker as written, whitespace collapsed: "the official"


# --------------------------------------------------------------------------- word lists

# Reporting verbs.  STRONG forms report speech whenever they follow a subject; WEAK forms also
# have other common senses ("added five jobs", "wrote a book", "declared a state of
# emergency") and need a complement clause (that / a quotation / a colon / a subject pronoun)
# in forward order.  BASE forms follow plural subjects ("officials say") but not "to" / "not"
# / modals.
_STRONG = _words(
    """said says say told tells tell announced announces announce stated indicated
    indicates indicate claimed warned warns warn confirmed confirms denied denies insisted
    insists insist argued argues argue acknowledged acknowledges vowed pledged stressed
    emphasized emphasised emphasizes emphasises asserted asserts alleged alleges reiterated
    reiterates tweeted predicted predicts reported noted claims"""
)
_WEAK = _words(
    """added adds wrote writes explained explains revealed reveals disclosed admitted admits
    conceded concedes commented remarked observed replied responded recalled testified
    promised maintained maintains suggested suggests claim reports notes vows pledges
    declared declares"""
)
_BASE = _words("say tell announce indicate warn insist argue claim")
# Verbs that also stand before the speaker: ``"…," said Smith`` / ``…, added the minister``.
_INVERTIBLE = _words(
    """said says added adds wrote writes explained noted continued recalled replied warned
    insisted stated argued remarked observed declared announced tweeted posted"""
)
# Of those, the ones that invert without a quotation: "…, said Smith." / "…, added Jones."
_INVERTIBLE_PLAIN = _words(
    """said says added adds wrote writes explained noted continued recalled insisted argued
    stated replied remarked observed"""
)
# Verbs that report speech only after a quotation: "“…,” Lam continued."
_TAIL_ONLY = _words("continued")
# Past participles that are also adjectives ("the reported cases", "confirmed deaths").
_ADJECTIVAL = _words(
    "reported confirmed claimed alleged stated noted announced indicated predicted"
)
_PARTICIPLES = _words(
    """saying adding noting stating warning claiming insisting arguing explaining stressing
    declaring emphasizing emphasising asserting"""
)
_ALL_VERBS = _STRONG | _WEAK | _INVERTIBLE | _TAIL_ONLY

_DETERMINERS = _words(
    """the a an this that these those its his her their our my your some many several both
    all each every another no any most few"""
)
_SUBJECT_PRONOUNS = _words("he she they it we i you")
# Prepositions that may sit inside a speaker noun phrase ("a spokesman for the ministry").
_NP_PREPOSITIONS = _words("of for at from in on with by within inside near to under")
# Prepositions that end a speaker phrase ("sanctioned Iran over alleged plots").
_OTHER_PREPOSITIONS = _words(
    """over about against despite amid among into onto upon through throughout toward
    towards without via per regarding including concerning like unlike beyond behind below
    above across along around past during following amongst amidst whilst besides
    excluding except beneath"""
)
# Nouns that take "to": "US Ambassador to Germany Richard Grenell".
_TO_NOUNS = _words(
    """adviser advisor envoy ambassador aide spokesman spokeswoman spokesperson secretary
    counsel representative assistant successor heir lawyer attorney consultant delegate
    minister"""
)
_AUXILIARIES = _words("has have had 's")
_PASSIVE = _words("is are was were be been being am")
_BLOCKERS = _words(
    "not never n't to did do does will would can could should may might must shall cannot let"
)
_ADVERBS = _words(
    """also later then reportedly previously earlier recently once initially subsequently
    further again repeatedly publicly officially separately first already now still too yet
    allegedly apparently privately originally even sometimes often always usually only
    just"""
)
_TIME_WORDS = _words(
    """today yesterday tonight tomorrow monday tuesday wednesday thursday friday saturday
    sunday morning afternoon evening night week weekend month year january february march
    april may june july august september october november december"""
)
# Words that end a speaker noun phrase when walking back from the verb.
_BOUNDARY = (
    _words(
        """and or but nor that which who whom whose where when while because as if although
        though since after before until unless so than whether what how why once whereas
        however meanwhile moreover furthermore additionally instead likewise similarly
        here there according not also then later earlier now still yet"""
    )
    | _PASSIVE
    | _AUXILIARIES
    | _BLOCKERS
    | _ALL_VERBS
    | _TIME_WORDS
    | _SUBJECT_PRONOUNS
    | _PARTICIPLES
    | _OTHER_PREPOSITIONS
)
_LEADING_TRIM = _words(
    """and but or so then yet also however meanwhile still now thus hence instead later
    earlier moreover furthermore additionally separately"""
)
_NOT_SPEAKERS = _words("this that which what who there here these those one please")
# "according to plan" is no attribution.
_NOT_SOURCES = _words(
    "plan plans schedule tradition custom law laws rule rules protocol which whom"
)
_RELATIVES = _words("who which")
# A comma segment opening like this between the speaker and the verb is an aside
# ("Cruz, in remarks to ABC, said"), not an apposition.
_ASIDE_OPENERS = _words(
    """who which whose when while in at on after before during following speaking asked
    according citing like however meanwhile though although for with under from as"""
)
# Lowercase words inside a title before a name: "Former prime minister John Major".
_TITLE_WORDS = _words(
    """former prime minister president vice secretary general chief executive deputy foreign
    interior defence defense senior spokesman spokeswoman spokesperson governor mayor leader
    director chairman chairwoman head officer police judge senator ambassador commissioner
    attorney representative founder premier chancellor king queen prince princess pope
    bishop archbishop cardinal coach captain manager lawyer professor minority majority
    state health finance regional local opposition party house speaker co-founder
    president-elect acting interim"""
)
_ENTITY_TYPES = frozenset(("person", "org", "group", "place"))

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_TIME = (
    rf"(?:(?:late|early)\s+)?(?:on\s+)?(?:(?:last|this|next|earlier\s+this|late|early)\s+)?"
    rf"(?:{_WEEKDAY}|yesterday|today|tonight|week|month|year|weekend|morning|afternoon|evening"
    rf"|night)(?:\s+(?:morning|afternoon|evening|night))?(?![\u2019'\w])"
    rf"|(?:on|in)\s+(?:(?:late|early|mid)[-\s])?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}(?:\s+\d{{1,2}})?)"
    rf"(?:,?\s+\d{{4}})?"
)
_MEDIUM = (
    r"statement|interview|press\s+release|release|post|tweet|speech|letter|address|broadcast"
    r"|report|briefing|conference|video|message|e-?mail|blog(?:\s+post)?|op-ed|column|filing"
    r"|memo|note|announcement|communiqu[ée]|remarks|comments|testimony|appearance|podcast"
)
_PLATFORM = (
    r"Twitter|X|Facebook|Instagram|Telegram|Weibo|YouTube|TikTok|social\s+media|television"
    r"|TV|radio|(?:state|national|local)\s+(?:television|TV|radio|media)|(?:its|his|her|their)"
    r"\s+(?:website|blog|account|channel)|the\s+(?:radio|phone|telephone)"
)
_AUDIENCE = (
    r"reporters|journalists|the\s+(?:press|media|public|nation|country|court|jury|audience|police"
    r"|crowd|parliament|assembly|congress|senate|committee)|(?:local|state|foreign|national"
    r"|international)\s+media|lawmakers|legislators|parliament|supporters|delegates"
)
# Adverbials between a verb and what was said: "said on Wednesday", "said in a statement".
_ADVERBIAL = re.compile(
    rf"""\s*,?\s*(?:
        (?:{_TIME})
      | in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\u2019'-]+\s+){{0,3}}?(?:{_MEDIUM})
        (?:\s+(?:on|to|with|for|from|released|issued|published|posted)
           \s+(?:the\s+)?(?:[A-Z][\w.&\u2019'-]*|{_WEEKDAY})
           (?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w.&\u2019'-]*)*)?
      | at\s+(?:a|an|the)\s+(?:[\w\u2019'-]+\s+){{0,3}}?(?:conference|briefing|meeting|rally|event
        |hearing|summit|ceremony|session|gathering)
      | (?:on|via|through|over)\s+(?:{_PLATFORM})
      | (?:to|in\s+remarks\s+to)\s+(?:{_AUDIENCE})
      | to\s+(?:the\s+)?[A-Z][\w.&\u2019'-]*(?:\s+[A-Z][\w.&\u2019'-]*)*
      | (?:through|via)\s+(?:a|an|his|her|its|their)\s+(?:spokes(?:man|woman|person)|lawyer
        |attorney|representative)
      | (?:also|further|later|repeatedly|publicly|separately|recently|previously|again|then
        |too|earlier|privately|officially|reportedly|once\s+again|then)
      | (?:after|before|during|following)\s+(?:the|his|her|its|their|a|an)\s+[\w-]+
      | [—\u2013]\s[^—\u2013"“”]{{1,80}}?\s[—\u2013]
    )(?=[\s,.;:!?"“”]|$)""",
    re.VERBOSE,
)
_TRAILING = re.compile(
    rf"""(?:\s+(?:{_TIME}
      | in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\u2019'-]+\s+){{0,3}}?(?:{_MEDIUM})
      | at\s+(?:a|an|the)\s+(?:[\w\u2019'-]+\s+){{0,3}}?(?:conference|briefing)
      | (?:on|via)\s+(?:{_PLATFORM})))+[\s,]*""",
    re.VERBOSE,
)
_ADDRESSEE = re.compile(
    rf"""\s*(?:
        (?:him|her|them|us|me|you|it)
      | (?:{_AUDIENCE})
      | (?:(?:the|a|an|his|her|its|their|our)\s+)?(?:(?!that\b)[a-z][\w\u2019'-]*\s+){{0,2}}?
        (?:reporters|journalists|press|media|public|crowd|audience|court|jury|parliament|lawmakers|legislators
        |newspaper|broadcaster|channel|station|agency|radio|television|outlet|network
        |supporters|residents|people|nation|country|delegates|students|officials
        |investigators|police|interviewer|guard|world|committee|hearing|inquiry|panel)
      | (?:[Tt]he\s+)?[A-Z][\w.&\u2019'-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w.&\u2019'-]*){{0,5}}
      | (?:the|a|an|his|her|its|their|our)\s+[a-z][\w-]*
    )(?=[\s,.;:!?"“”]|$)""",
    re.VERBOSE,
)

_OPEN_QUOTES = "“«„"
_CLOSERS = '"”\u2019»)]'
_CLOSE_QUOTES = "”»"
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|Jr|Sr|Lt|Col|Capt|Gov|Sgt|Rev)\.(?=\s+[A-Z])"
    r"|[A-Z]\.(?=\s+[A-Z])"  # an initial: "Thomas T. Cullen"
    r"|\w+(?:[-'\u2019.&]\w+)*(?:(?<=s)['\u2019](?![\w]))?"  # words, possessives
    r"|n't"
    r"|\S"
)


# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    low: str
    word: bool
    cap: bool
    quoted: bool  # inside quotation marks


def _quote_roles(text: str, start: int, end: int) -> dict[int, str]:
    """Offsets of quotation marks in text[start:end] -> "open" or "close"."""
    roles: dict[int, str] = {}
    for i in range(start, end):
        ch = text[i]
        if ch in _OPEN_QUOTES:
            roles[i] = "open"
        elif ch in _CLOSE_QUOTES:
            roles[i] = "close"
        elif ch == '"':
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            ellipsis = text[i + 1 : i + 3] == ".."
            opens = (before.isspace() or before in "([{—\u2013-/") and not (
                after.isspace() or (after in ",.;:!?)]" and not ellipsis)
            )
            roles[i] = "open" if opens else "close"
    return roles


def _tokens(text: str, start: int, end: int, roles: dict[int, str]) -> list[_Token]:
    out: list[_Token] = []
    depth = 0
    for match in _TOKEN.finditer(text, start, end):
        s, e = match.span()
        tok = match.group()
        role = roles.get(s) if len(tok) == 1 else None
        if role == "open":
            out.append(_Token(tok, s, e, tok, False, False, depth > 0))
            depth += 1
            continue
        if role == "close":
            depth = max(depth - 1, 0)
            out.append(_Token(tok, s, e, tok, False, False, depth > 0))
            continue
        word = tok[0].isalnum() or tok == "n't"
        cap = word and tok[0].isupper()
        # Acronyms keep their case so that "WHO" or "US" never read as "who" or "us".
        low = tok if len(tok) > 1 and tok.isupper() else tok.lower()
        out.append(_Token(tok, s, e, low, word, cap, depth > 0))
    return out


def _is_quote(tok: _Token, roles: dict[int, str], role: str) -> bool:
    return roles.get(tok.start) == role and len(tok.text) == 1


# --------------------------------------------------------------------------- sentences


# Bounds that keep pathological input (a 60,000-character "sentence") fast: longer parts are
# cut into pieces before sentence splitting (``sentence_spans`` is quadratic on long runs of
# "A. A. A."), and longer sentences are analysed in windows.
_MAX_PART = 8_000
_PIECE = 2_000
_MAX_SENTENCE = 3_000


def _pieces(text: str, start: int, end: int, size: int) -> list[tuple[int, int]]:
    """text[start:end] as consecutive spans of at most ``size`` characters, cut after a full
    stop or at a space where possible."""
    spans = []
    while end - start > size:
        cut = text.rfind(". ", start, start + size)
        if cut <= start:
            cut = text.rfind(" ", start, start + size)
        cut = start + size if cut <= start else cut + 1
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, with the sentences of one quotation joined into one span."""
    raw: list[tuple[int, int]] = []
    for a, b in _pieces(text, 0, len(text), _PIECE) if len(text) > _MAX_PART else [(0, len(text))]:
        piece = text[a:b]
        raw.extend((a + s, a + e) for s, e in sentence_spans(piece) if piece[s:e].strip())
    # sentence_spans leaves a closing quote after the full stop outside both sentences
    # ('… deck." Authorities …'): give it back to the sentence it closes.
    spans = []
    for start, end in raw:
        while end < len(text) and text[end] in _CLOSERS:
            end += 1
        spans.append((start, end))
    roles = _quote_roles(text, 0, len(text))
    positions = sorted(roles)

    def open_at_end(start: int, end: int) -> bool:
        depth = 0
        for i in positions[bisect_left(positions, start) : bisect_left(positions, end)]:
            depth = depth + 1 if roles[i] == "open" else max(depth - 1, 0)
        return depth > 0

    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        start, end = spans[i]
        j = i
        while open_at_end(start, end) and j + 1 < len(spans) and j - i < 8:
            j += 1
            end = spans[j][1]
        if open_at_end(start, end):
            j, end = i, spans[i][1]  # never closed: keep the sentence as it is
        out.extend(_pieces(text, start, end, _MAX_SENTENCE))
        i = j + 1
    return out


# --------------------------------------------------------------------------- finder


@dataclass(frozen=True)
class _Found:
    speaker: tuple[int, int]
    verb: str
    verb_at: int  # token index of the verb
    content: str
    content_start: int  # offset in the part (for trimming at later claims)
    forward: bool


class _Sentence:
    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.roles = _quote_roles(text, start, end)
        self.toks = _tokens(text, start, end, self.roles)

    # ----------------------------------------------------------------- helpers

    def span_text(self, start: int, end: int) -> str:
        return " ".join(self.text[start:end].split())

    def find(self) -> list[_Found]:
        found: list[_Found] = []
        toks = self.toks
        for i, tok in enumerate(toks):
            if tok.quoted or not tok.word:
                continue
            if tok.cap and i > 0 and toks[i - 1].word:
                continue  # "Qaboos bin Said": a name, not a verb
            claim: _Found | None = None
            if tok.low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
                claim = self.according(i)
            elif tok.low in _PARTICIPLES:
                claim = self.participle(i, found)
            elif (
                tok.low in _STRONG or tok.low in _WEAK or tok.low in _BASE or tok.low in _TAIL_ONLY
            ):
                claim = self.reporting(i, found)
            elif (
                tok.low in _INVERTIBLE
                and i > 0
                and (toks[i - 1].text == "," or _is_quote(toks[i - 1], self.roles, "close"))
            ):
                claim = self.inverted_verb(i, i - 1)
            if claim is not None:
                found.append(claim)
        return _trim_contents(self, found)

    # ----------------------------------------------------------------- according to

    def according(self, i: int) -> _Found | None:
        toks = self.toks
        j = i + 2
        if j >= len(toks) or not toks[j].word:
            return None
        k = j
        while (
            k < len(toks)
            and (toks[k].word or toks[k].text in "()\u2019'&-" or toks[k].start in self.roles)
            and not (k > j and toks[k].low in _RELATIVES_STOP)
        ):
            k += 1
        while k > j + 1 and toks[k - 1].low in _NP_PREPOSITIONS | _DETERMINERS | {"and", "or"}:
            k -= 1  # "according to a report in which …"
        if (
            k - j > 16
            or toks[j].low in _NOT_SOURCES
            or (toks[j].low == "the" and k > j + 1 and toks[j + 1].low in _NOT_SOURCES)
        ):
            return None
        end, resume, skipped = self.source_extensions(k)
        s_start = toks[j].start
        s_end = s_start + _trailing_adverbial(self.text[s_start : toks[end - 1].end])
        before = self.text[self.start : toks[i].start]
        after = self.text[toks[resume].start : self.end] if resume < len(toks) else ""
        before_words = [t for t in toks[:i] if t.word and t.low not in _LEADING_TRIM]
        if not before_words:
            content = after
            content_start = toks[resume].start if resume < len(toks) else self.end
        else:
            rest = after.lstrip()
            rest = rest[1:] if rest.startswith(",") and not skipped else ""
            head = before.rstrip().rstrip(",").rstrip()
            if head[-1:] in _CLOSE_QUOTES + '"' and head[:1] in _OPEN_QUOTES + '"':
                head = head[1:-1].rstrip(",")  # "“…,” according to a tweet by X."
            content = head + (" " + rest if rest.strip(" .") else "")
            content_start = self.start
        content = _clean_content(content)
        if not content or s_end <= s_start:
            return None
        return _Found((s_start, s_end), "according to", i, content, content_start, False)

    def source_extensions(self, k: int) -> tuple[int, int, bool]:
        """After "according to SOURCE" (tokens up to k): (end of the source, where the
        sentence resumes), taking in "Baytown, Texas," and "UpGuard, a security firm," and
        stepping over "X, who is …,"."""
        toks = self.toks
        end = resume = k
        skipped = False
        while resume < len(toks) and toks[resume].text == ",":
            close = resume + 1
            while close < len(toks) and toks[close].text not in (",", ";"):
                close += 1
            segment = [t for t in toks[resume + 1 : close] if t.word]
            if not segment or close >= len(toks) or toks[close].text != ",":
                break
            first = segment[0].low
            if first in _RELATIVES or first == "whose":
                resume, skipped = close, True
                continue
            place = len(segment) <= 3 and all(t.cap for t in segment) and toks[end - 1].cap
            described = first in ("a", "an") or first in _TITLE_WORDS  # "X, director of Y,"
            if place or (described and len(segment) <= 8 and toks[end - 1].cap):
                end = resume = close
                continue
            break
        return end, resume, skipped

    # ----------------------------------------------------------------- participles

    def participle(self, i: int, found: list[_Found]) -> _Found | None:
        toks = self.toks
        speaker = self.cited_as_saying(i)
        if speaker is None:
            if i == 0 or toks[i - 1].text != ",":
                return None
            earlier = [f for f in found if f.verb_at < i]
            speaker = earlier[-1].speaker if earlier else self.subject()
        if speaker is None:
            return None
        content = self.forward_content(i, weak=False)
        if content is None:
            return None
        return _Found(speaker, toks[i].low, i, content[0], content[1], True)

    def subject(self) -> tuple[int, int] | None:
        """The sentence subject if it is a pronoun or a name phrase: "President Donald Trump",
        "Former prime minister John Major", "The mayor of London, Sadiq Khan"."""
        toks = self.toks
        i = 0
        while i < len(toks) and toks[i].low in _LEADING_TRIM:
            i += 1
        # Skip an opening adverbial such as "On Thursday," or "Last week,".
        if i < len(toks) and (
            toks[i].low in _NP_PREPOSITIONS
            or toks[i].low in _TIME_WORDS
            or toks[i].low in ("last", "earlier", "later")
        ):
            for k in range(i, min(i + 8, len(toks))):
                if toks[k].text == ",":
                    i = k + 1
                    break
            else:
                return None
        if i >= len(toks) or not toks[i].word:
            return None
        if toks[i].low in _SUBJECT_PRONOUNS:
            return (toks[i].start, toks[i].end)
        if toks[i].low in _BOUNDARY or toks[i].low in _NP_PREPOSITIONS:
            return None
        k = i + 1 if toks[i].low in _DETERMINERS else i
        last_cap: int | None = None
        while k < len(toks) and toks[k].word:
            tok = toks[k]
            if tok.cap and tok.low not in _BOUNDARY:
                last_cap = k
            elif not (
                tok.low in _TITLE_WORDS
                or (
                    tok.low in ("of", "and", "the", "for") and k + 1 < len(toks) and toks[k + 1].cap
                )
            ):
                break
            k += 1
        if last_cap is None:
            return None
        end = last_cap + 1
        # "The mayor of London, Sadiq Khan, gave …": take in the name after the title.
        if end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].cap:
            close = end + 1
            while close < len(toks) and toks[close].word and toks[close].cap:
                close += 1
            if close < len(toks) and toks[close].text == ",":
                end, nxt = close, close + 1
            else:
                nxt = end
        else:
            nxt = end
        if nxt >= len(toks) or not toks[nxt].word or toks[nxt].cap:
            return None
        if toks[nxt].low in _NP_PREPOSITIONS:
            return None
        return (toks[i].start, toks[end - 1].end)

    def cited_as_saying(self, i: int) -> tuple[int, int] | None:
        """ "The BBC cited Budi Gunawan, chief of the agency, as saying …": the cited speaks."""
        toks = self.toks
        if i < 3 or toks[i - 1].low != "as":
            return None
        for j in range(i - 2, max(i - 30, -1), -1):
            if toks[j].low in ("cited", "quoted", "citing", "quoting", "cites", "quotes"):
                first, last = j + 1, i - 2
                while last > first and toks[last].text == ",":
                    last -= 1
                if last < first or not toks[first].word:
                    return None
                return (toks[first].start, toks[last].end)
            if toks[j].text in ";:" or toks[j].quoted:
                return None
        return None

    # ----------------------------------------------------------------- reporting verbs

    def reporting(self, v: int, found: list[_Found]) -> _Found | None:
        toks = self.toks
        verb = toks[v].low
        if v + 1 < len(toks) and toks[v + 1].low in ("by", "below", "above", "herein"):
            return None  # "the rate noted by the team", "the reasons stated below"
        k = v - 1
        while (
            k >= 0
            and toks[k].word
            and (
                toks[k].low in _ADVERBS
                or (
                    toks[k].low.endswith("ly")
                    and not toks[k].cap
                    and len(toks[k].low) > 4
                    and toks[k].low not in ("early", "family", "italy", "ally")
                )
            )
        ):
            k -= 1
        k = self.skip_time_back(k)
        if k >= 0 and toks[k].low in _PASSIVE | _BLOCKERS and not _name_like(toks, k):
            return None
        if k >= 0 and (toks[k].low == "never" or toks[k].low.endswith(("n't", "n\u2019t"))):
            return None
        if k >= 0 and toks[k].low in _AUXILIARIES:
            if verb in _BASE:
                return None  # "have say"
            k -= 1
            while k >= 0 and toks[k].low in _ADVERBS:
                k -= 1
            if k >= 0 and toks[k].low in ("not", "n't", "never"):
                return None
        if (
            verb in _BASE
            and k >= 0
            and toks[k].low in _BLOCKERS | _PASSIVE
            and not _name_like(toks, k)
        ):
            return None
        if k < 0:
            return None
        # Inverted verb: "…," said Smith / …, added the minister.
        if (not toks[k].word and toks[k].text in ",\u2014\u2013-") or _is_quote(
            toks[k], self.roles, "close"
        ):
            inverted = self.inverted_verb(v, k)
            if inverted is not None:
                return inverted
        speaker = self.speaker_before(k, found, v)
        if speaker is None:
            return None
        s_start, s_end = speaker
        s_end = s_start + _trailing_adverbial(self.text[s_start:s_end])  # "Trump on Twitter"
        if self.not_a_speaker(s_start, s_end, v) or self.extracted(s_start):
            return None
        relative = toks[k].low in _RELATIVES and k > 0 and toks[k - 1].text == ","
        return self.claim_after_speaker(v, s_start, s_end, relative=relative)

    def extracted(self, s_start: int) -> bool:
        """ "a wall, which he said would …" / "papers that police said were forged": the
        reported clause lacks its subject, which stands before the speaker."""
        toks = self.toks
        i = next((j for j, t in enumerate(toks) if t.start >= s_start), 0) - 1
        if i < 0:
            return False
        if toks[i].low in ("which", "what", "whom", "whose", "who"):
            return True
        return (
            toks[i].low == "that"
            and i > 0
            and toks[i - 1].word
            and toks[i - 1].low not in _ALL_VERBS | _BASE | _PARTICIPLES
        )

    def skip_time_back(self, k: int) -> int:
        """Skip "on Wednesday" / "yesterday" between a subject and its verb."""
        toks = self.toks
        if k >= 0 and toks[k].low in _TIME_WORDS and not _name_like(toks, k):
            k -= 1
            if k >= 0 and toks[k].low in ("on", "last", "this", "late", "early"):
                k -= 1
        return k

    def not_a_speaker(self, start: int, end: int, v: int) -> bool:
        toks = [t for t in self.toks if start <= t.start < end]
        words = [t for t in toks if t.word]
        if not words:
            return True
        if len(words) == 1 and words[0].low in _NOT_SPEAKERS | _DETERMINERS:
            return True
        last = words[-1].low
        if last in _DETERMINERS | _NP_PREPOSITIONS | {"and", "or"}:
            return True
        if len(words) == 1 and not words[0].cap and last.endswith(("ing", "ed")):
            return True  # "protecting alleged abusers", "… not overturned declared"
        if last.endswith(("'s", "\u2019s", "s'", "s\u2019")):
            return True  # "Trump's claims of fraud": a noun, not a verb
        verb = self.toks[v].low
        if (
            verb.endswith("s")
            and verb in _WEAK | {"claims"}
            and len(words) == 1
            and not words[0].cap
            and words[0].low not in _SUBJECT_PRONOUNS
        ):
            return True  # "insurance claims rose"
        nxt_tok = self.toks[v + 1] if v + 1 < len(self.toks) else None
        if verb == "claims" and (
            nxt_tok is None
            or not nxt_tok.word
            or nxt_tok.low
            in ("of", "and", "or", "to", "about", "by", "for", "that", "were", "are", "have")
        ):
            return True  # "claims of immunity", "(EEZ) claims and …": the noun
        if verb in _ADJECTIVAL and v + 1 < len(self.toks):
            # "the total reported casualties rose": an adjective before a noun.
            nxt = self.toks[v + 1]
            lower_np = not any(t.cap for t in words[1:]) and words[0].low in _DETERMINERS
            if (
                lower_np
                and nxt.word
                and not nxt.cap
                and nxt.low not in _DETERMINERS
                and nxt.low not in _SUBJECT_PRONOUNS
                and nxt.low not in _NP_PREPOSITIONS
                and nxt.low != "that"
                and not nxt.low[0].isdigit()
            ):
                return True
        return False

    # ----------------------------------------------------------------- speaker before verb

    def speaker_before(self, k: int, found: list[_Found], v: int) -> tuple[int, int] | None:
        toks = self.toks
        tok = toks[k]
        if tok.low in _RELATIVES:
            # "Pelosi, who has said …" / "CNN who reported …": the antecedent speaks.
            j = k - 1
            if j >= 0 and toks[j].text == ",":
                j -= 1
            return self.noun_phrase(j) if j >= 0 else None
        if tok.low in ("and", "but"):
            # "Duda … and wrote …": the subject of the earlier verb speaks.
            earlier = [f for f in found if f.verb_at < v and f.forward]
            if earlier:
                return earlier[-1].speaker
            return self.subject()
        if tok.text == ",":
            return self.apposition(k)
        if tok.word and tok.low in _BOUNDARY and tok.low not in _SUBJECT_PRONOUNS:
            return None
        return self.noun_phrase(k)

    def apposition(self, comma: int) -> tuple[int, int] | None:
        """Speaker before ", VERB": "Smith, the CEO," or "Cruz, in remarks to ABC,"."""
        toks = self.toks
        j = comma - 1
        while (
            j >= 0
            and toks[j].text != ","
            and not toks[j].quoted
            and (toks[j].word or toks[j].text in "()-'\u2019.")
        ):
            j -= 1
        if j < 0 or toks[j].text != "," or j == comma - 1:
            return None
        segment = toks[j + 1 : comma]
        if len(segment) > 24:
            return None
        head = self.noun_phrase(j - 1) if j >= 1 else None
        if head is None:
            return None
        first = segment[0]
        if first.low in _ASIDE_OPENERS or (
            first.word and not first.cap and first.low not in _DETERMINERS
        ):
            return head
        return (head[0], segment[-1].end)

    def noun_phrase(self, k: int) -> tuple[int, int] | None:
        """The noun phrase ending at token k, walking back to a clause boundary."""
        toks = self.toks
        if k < 0:
            return None
        if toks[k].word and toks[k].low in _SUBJECT_PRONOUNS:
            return (toks[k].start, toks[k].end)
        start, stop = self.walk_back(k)
        if start is None:
            return None
        # Coordination: "The committee and the Federal Security Service said".
        if stop >= 1 and toks[stop].low in ("and", "&"):
            left_end = stop - 1
            if toks[left_end].word and toks[left_end].cap and toks[left_end].low not in _BOUNDARY:
                lstart, lstop = self.walk_back(left_end, limit=8)
                if lstart is not None and (
                    lstop < 0 or not toks[lstop].word or toks[lstop].low in _CLAUSE_OPENERS
                ):
                    start = lstart  # "… but both Saudi Arabia and the United States have"
        while (
            start <= k
            and toks[start].word
            and (
                toks[start].low in _LEADING_TRIM
                or toks[start].low in _NP_PREPOSITIONS
                or (toks[start].low.isdigit() and start < k and toks[start + 1].cap)
            )
        ):
            start += 1
        if start > k:
            return None
        return (toks[start].start, toks[k].end)

    def walk_back(self, k: int, limit: int = 16) -> tuple[int | None, int]:
        """(first token of the phrase ending at k or None, index of the token that stopped)."""
        toks = self.toks
        i = k
        start: int | None = None
        count = 0
        while i >= 0:
            tok = toks[i]
            if tok.quoted:
                break
            if tok.text == ")":
                opening = next(
                    (j for j in range(i - 1, max(i - 8, -1), -1) if toks[j].text == "("), None
                )
                if opening is None:
                    break
                i = opening - 1
                start = opening
                continue
            if not tok.word:
                if tok.text in ("\u2019", "'") and i > 0 and toks[i - 1].word:
                    i -= 1
                    continue
                break
            low = tok.low if tok.text != "i" else "i."
            if low.endswith(("n't", "n\u2019t")):
                break
            if low in ("and", "&") and i > 0 and 0 < i < k and toks[i - 1].cap and toks[i + 1].cap:
                start, i, count = i, i - 1, count + 1  # "Search and Rescue Agency"
                continue
            if (
                low == "to"
                and start is not None
                and i > 0
                and (toks[i - 1].cap or toks[i - 1].low in _TO_NOUNS)
            ):
                pass  # "Ambassador to Germany Richard Grenell"
            elif low in _BOUNDARY and not _name_like(toks, i):
                break
            count += 1
            if count > limit:
                return None, i
            start = i
            if low in _DETERMINERS:
                prep = toks[i - 1].low if i >= 1 else ""
                if prep in _NP_PREPOSITIONS and toks[i - 1].word:
                    i -= 1
                    continue
                if (
                    prep in _OTHER_PREPOSITIONS
                    and i >= 2
                    and toks[i - 2].word
                    and toks[i - 2].low not in _BOUNDARY
                ):
                    start, i, count = i - 1, i - 2, count + 1  # "the judge presiding over the case"
                    continue
                return start, i - 1
            i -= 1
        return start, i

    # ----------------------------------------------------------------- after the speaker

    def claim_after_speaker(
        self, v: int, s_start: int, s_end: int, *, relative: bool = False
    ) -> _Found | None:
        toks = self.toks
        verb = toks[v].low
        rest = self.text[toks[v].end : self.end]
        tail = _skip_adverbials(rest)
        if verb in ("told", "tells", "tell"):
            tail = _skip_addressee(tail)
            tail = _skip_adverbials(tail)
        tail_stripped = tail.strip().rstrip(".!?”\"\u2019' ")
        before = self.text[self.start : s_start]
        first_speaker_tok = next(i for i, t in enumerate(toks) if t.start >= s_start)
        prev = toks[first_speaker_tok - 1] if first_speaker_tok > 0 else None
        # Right after a quotation: "“…,” he said" or, in Wikinews style, "“…”, he said".
        quote_before = first_speaker_tok > 0 and self.quote_ends_at(first_speaker_tok - 1)
        after_break = prev is not None and (
            prev.text in ",;:—\u2013-" or _is_quote(prev, self.roles, "close")
        )
        ends_clause = not tail_stripped or tail.lstrip().startswith((",", ";", "—", "\u2013"))
        if ends_clause and tail_stripped and not quote_before:
            # "When asked …, Smith told Wikinews, “Yes, …”": a quotation follows the verb.
            after_comma = tail.lstrip()[1:].lstrip()
            if after_comma[:1] in _OPEN_QUOTES + '"':
                ends_clause = False
        if not ends_clause and quote_before and not re.match(r"\s*(?:that\b|[\"“])", tail):
            # "“…,” he recalled in a 2009 retelling of the story": the quotation is the claim,
            # whatever follows the verb.
            ends_clause = True
        continues = tail.lstrip().startswith(",") and bool(tail_stripped)
        needed = 1 if continues else 2 if prev and prev.text != "," else 3
        if after_break and ends_clause and _has_words(before, needed):
            # Inverted tail: "CONTENT, SPEAKER VERB." / "CONTENT, SPEAKER VERB, CONTINUATION."
            content = self.content_before(first_speaker_tok - 1)
            if content is None:
                return None
            rest_after = tail.lstrip()
            if rest_after.startswith(","):
                cont = rest_after[1:].strip()
                first = cont.split(" ", 1)[0].lower() if cont else ""
                if cont and cont[0] in _OPEN_QUOTES + '"' and content[1]:
                    content = (content[0] + " " + _unquote(cont), True)
                elif (
                    cont
                    and first not in _PARTICIPLES
                    and first not in ("according", "citing")
                    and not content[1]
                    and first[:1].islower()
                ):
                    content = (content[0] + " " + cont, False)
            text = _clean_content(content[0])
            if not text:
                return None
            return _Found((s_start, s_end), verb, v, text, self.start, False)
        if verb in _TAIL_ONLY:
            return None
        result = self.forward_content(v, weak=verb in _WEAK)
        if result is None and quote_before:
            # "“…,” Crystal C'Bearing told those gathered to watch": the quotation is the claim.
            quoted = self.content_before(first_speaker_tok - 1)
            text = _clean_content(quoted[0]) if quoted and quoted[1] else ""
            return _Found((s_start, s_end), verb, v, text, self.start, False) if text else None
        if result is None:
            return None
        text, content_start = result
        if relative:
            # "Toronto Police, which indicated X, face allegations": the clause ends at a comma.
            text = _clean_content(text.split(",", 1)[0]) or text
        return _Found((s_start, s_end), verb, v, text, content_start, True)

    def quote_ends_at(self, i: int) -> bool:
        """Does a quotation end at token i (or at the token before a comma at i)?"""
        toks = self.toks
        if _is_quote(toks[i], self.roles, "close"):
            return True
        return toks[i].text == "," and i > 0 and _is_quote(toks[i - 1], self.roles, "close")

    def content_before(self, end_tok: int) -> tuple[str, bool] | None:
        """Text before the token end_tok ("," or a closing quote); (text, was_quote)."""
        toks = self.toks
        j = end_tok
        while j >= 0 and not toks[j].word and not _is_quote(toks[j], self.roles, "close"):
            j -= 1
        if j < 0:
            return None
        if _is_quote(toks[j], self.roles, "close"):
            opening = next(
                (
                    i
                    for i in range(j - 1, -1, -1)
                    if _is_quote(toks[i], self.roles, "open") and not toks[i].quoted
                ),
                None,
            )
            if opening is not None:
                return self.text[toks[opening].end : toks[j].start], True
        start = self.start
        for i in range(j, -1, -1):
            if toks[i].text == ";" and not toks[i].quoted:
                start = toks[i].end
                break
        return self.text[start : toks[j].end], False

    def forward_content(self, v: int, *, weak: bool) -> tuple[str, int] | None:
        """What follows the forward verb at token v: (content, start offset in the part)."""
        toks = self.toks
        verb = toks[v].low
        offset = toks[v].end
        # A semicolon outside quotation marks ends the reported clause.
        stop = next((t.start for t in toks[v + 1 :] if t.text == ";" and not t.quoted), self.end)
        rest = self.text[offset:stop]
        tail = _skip_adverbials(rest)
        if verb in ("told", "tells", "tell"):
            tail = _skip_adverbials(_skip_addressee(tail))
        # A quotation after a short lead-in: "told a guard at the door, in French, “…”".
        quote_at = _first_open_quote(tail)
        lead = tail[:quote_at] if quote_at is not None else ""
        complement = False
        stripped = tail.lstrip()
        if re.match(r"that\b", stripped):
            stripped = stripped[4:].lstrip()
            complement = True
        elif quote_at is not None and (
            not lead.strip() or (lead.rstrip().endswith((",", ":")) and len(lead.split()) <= 12)
        ):
            stripped = tail[quote_at:]
            complement = True
        elif stripped.startswith((":", ",")):
            stripped = stripped[1:].lstrip()
            complement = stripped[:1] in _OPEN_QUOTES + '"' or stripped.startswith(":")
        if stripped.startswith(","):
            stripped = stripped[1:].lstrip()
        first_word = stripped.split(" ", 1)[0].lower() if stripped else ""
        if not complement and first_word in _CLAUSE_WORDS - {"that", "to"}:
            return None  # "the countries they said were involved": the subject is elsewhere
        if (
            verb in ("told", "tells", "tell")
            and not complement
            and re.match(
                r"(?:(?!(?:it|he|she|they|we|i|you|there|this)\b)[a-z][\w\u2019'-]*\s+){0,3}?to\s+[a-z]",
                stripped,
            )
        ):
            return None  # "told passengers to take another route": an order, not a claim
        if weak and not complement:
            first = stripped.split(" ", 1)[0].lower() if stripped else ""
            if first not in _SUBJECT_PRONOUNS and first != "there":
                return None
        quoted = stripped[:1] in _OPEN_QUOTES + '"'
        content = _clean_content(_unquote(stripped) if quoted else stripped)
        if not content or not any(c.isalpha() for c in content):
            return None
        start = offset + len(rest) - len(stripped)
        return content, start

    # ----------------------------------------------------------------- verb before speaker

    def inverted_verb(self, v: int, k: int) -> _Found | None:
        """``"…," said Smith`` / ``…, added the minister, …``."""
        toks = self.toks
        verb = toks[v].low
        if verb not in _INVERTIBLE or v + 1 >= len(toks):
            return None
        after_quote = _is_quote(toks[k], self.roles, "close") or (
            k >= 1 and _is_quote(toks[k - 1], self.roles, "close")
        )
        first = toks[v + 1]
        if not first.word or first.low in ("to", "that", "by") or first.low in _BOUNDARY:
            return None
        if not (first.cap or first.low in _DETERMINERS or after_quote):
            return None
        if not after_quote and verb not in _INVERTIBLE_PLAIN:
            return None
        end = v + 1
        while end < len(toks) and (toks[end].word or toks[end].text in "()-'\u2019"):
            low = toks[end].low
            if end > v + 1 and toks[end].word and low in _BOUNDARY | {"that"}:
                if low in ("and", "&") and end + 1 < len(toks) and toks[end + 1].cap:
                    end += 1
                    continue
                if low in _CLAUSE_WORDS and not _name_like(toks, end):
                    return None  # "…, said the attack had killed twelve": a clause
                break
            end += 1
        # An apposition after a comma: "said his father, Abdullah Kurdi, after the ceremony".
        while end + 1 < len(toks) and toks[end].text == "," and self.appositive(end + 1):
            nxt = end + 1
            while nxt < len(toks) and toks[nxt].word:
                nxt += 1
            end = nxt
        if end - (v + 1) > 18:
            return None
        s_start = toks[v + 1].start
        s_end = toks[end - 1].end
        speaker_text = self.text[s_start:s_end]
        cut = _trailing_adverbial(speaker_text)
        s_end = s_start + cut
        content = self.content_before(k)
        if content is None:
            return None
        text, quoted = content
        if not quoted and not _has_words(text, 3):
            return None
        # "“…,” he said, “…”": the quotation goes on after the attribution.
        after = self.text[toks[end - 1].end : self.end].lstrip()
        if quoted and after.startswith(","):
            cont = after[1:].lstrip()
            if cont[:1] in _OPEN_QUOTES + '"':
                text = text + " " + _unquote(cont)
        cleaned = _clean_content(text)
        if not cleaned or s_end <= s_start:
            return None
        return _Found((s_start, s_end), verb, v, cleaned, self.start, False)

    def appositive(self, i: int) -> bool:
        """Do the words from token i to the next comma or the end describe a speaker?

        "his father, Abdullah Kurdi" / "Smith, spokesperson for the governor" — but not
        "Smith, adding that …", "Smith, who …" or "Smith, after the ceremony".
        """
        toks = self.toks
        first = toks[i]
        if not first.word or first.low in _BOUNDARY or first.low in _NP_PREPOSITIONS:
            return False
        if not first.cap and first.low.endswith("ing"):
            return False
        j = i
        while j < len(toks) and toks[j].word:
            if toks[j].low in _CLAUSE_WORDS and not _name_like(toks, j):
                return False
            j += 1
        return j - i <= 12 and (j >= len(toks) or toks[j].text in ",.;!?)")


def _name_like(toks: Sequence[_Token], i: int) -> bool:
    """A capitalised word that is usually a function word, inside a name: "Theresa May"."""
    if not (toks[i].cap and i > 0 and toks[i - 1].cap and toks[i - 1].word):
        return False
    prev = toks[i - 1].low
    return prev not in _BOUNDARY and prev not in _NP_PREPOSITIONS and prev not in _DETERMINERS


_CLAUSE_OPENERS = _words("and but while whereas although though because so yet however")
_CLAUSE_WORDS = _PASSIVE | _AUXILIARIES | _BLOCKERS | _ALL_VERBS | {"that"}

_RELATIVES_STOP = _words(
    "who which that because while when as but if after before since whose where"
)


# --------------------------------------------------------------------------- text helpers


def _skip_adverbials(text: str) -> str:
    while True:
        match = _ADVERBIAL.match(text)
        if not match or not match.group().strip(" ,"):
            return text
        text = text[match.end() :]


def _skip_addressee(text: str) -> str:
    stripped = text.lstrip()
    if re.match(r"that\b", stripped) or stripped[:1] in _OPEN_QUOTES + '",:':
        return text
    match = _ADDRESSEE.match(text)
    if not match:
        return text
    rest = text[match.end() :]
    # "told him to leave": an order, but keep the text — the finder reports what follows.
    return rest


def _trailing_adverbial(speaker: str) -> int:
    """Length of the speaker text before a trailing "on Tuesday" / "in a statement"."""
    for match in re.finditer(r"\s+", speaker):
        rest = speaker[match.start() :]
        if re.search(r"(?<![A-Z])[a-z]+ed$", speaker[: match.start()]):
            continue  # "videos posted on social media": the adverbial belongs to the noun
        if _TRAILING.fullmatch(rest) or re.match(
            r"\s+(?:after|during|as|before|following|when|while)\b", rest
        ):
            return match.start()
    return len(speaker.rstrip(" ,"))


def _first_open_quote(text: str) -> int | None:
    for i, ch in enumerate(text):
        if ch in _OPEN_QUOTES:
            return i
        if ch == '"':
            before = text[i - 1] if i > 0 else " "
            if before.isspace() or before in "([{—\u2013-:,":
                return i
    return None


def _unquote(text: str) -> str:
    """The inside of the quotation ``text`` opens with (to its end if never closed)."""
    body = text[1:]
    close = None
    for i, ch in enumerate(body):
        if ch in _CLOSE_QUOTES:
            close = i
            break
        if ch == '"' and (i + 1 >= len(body) or not body[i + 1].isalnum()):
            close = i
            break
    return body if close is None else body[:close]


def _clean_content(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"^(?:that\b\s*)?[,:;—\u2013-]?\s*", "", text)
    text = re.sub(r"(?:\s*\[[.,;:]\])+$", "", text)
    text = text.rstrip(" .,;:—\u2013-")
    marks = _OPEN_QUOTES + _CLOSE_QUOTES + '"'
    if text[:1] in _OPEN_QUOTES + '"':
        inner = text[1:]
        if inner[-1:] in _CLOSE_QUOTES + '"' and not any(c in marks for c in inner[:-1]):
            text = inner[:-1].rstrip(" .,;:")  # one whole quotation
        elif not any(c in marks for c in inner):
            text = inner.lstrip()  # a quotation left open
    return text.strip()


def _trim_speaker(text: str, start: int, end: int) -> int:
    """End of the speaker without a trailing aside: "Sadiq Khan (no relation)" -> "Sadiq Khan"."""
    match = re.search(r"\s*\(\s*[a-z][^()]*\)$", text[start:end])
    return start + match.start() if match and match.start() > 0 else end


def _has_words(text: str, n: int) -> bool:
    return len(re.findall(r"\w+", text)) >= n


_CLAUSE_JOIN = re.compile(r"(?:,?\s*(?:and|but|while|whereas|although|though)|;)\s*$")
_PARTICIPLE_JOIN = re.compile(r"(?:,|,?\s*(?:and|but|while|whereas|although|though)|;)\s*$")


def _trim_contents(sentence: _Sentence, found: list[_Found]) -> list[_Found]:
    """Cut a forward claim's content where a later claim's clause begins.

    "Duda said X, while Brudziński wrote Y": the first content ends before "while";
    "X said Y, adding Z": the first content ends before ", adding".
    """
    marks = sorted(
        {
            (p, other.verb in _PARTICIPLES)
            for other in found
            for p in (other.speaker[0], sentence.toks[other.verb_at].start)
        }
    )
    positions = [p for p, _ in marks]
    out: list[_Found] = []
    for claim in found:
        if claim.forward:
            first = bisect_right(positions, claim.content_start)
            for p, participle in marks[first : first + 30]:
                if p > sentence.end:
                    break
                window = max(claim.content_start, p - 40)
                join = (_PARTICIPLE_JOIN if participle else _CLAUSE_JOIN).search(
                    sentence.text, window, p
                )
                if join:
                    cut = _clean_content(sentence.text[claim.content_start : join.start()])
                    if cut and len(cut) < len(claim.content) and claim.content.startswith(cut):
                        claim = replace(claim, content=cut)
                    break
        out.append(claim)
    return out


# --------------------------------------------------------------------------- entities


def _name_forms(mentions: Iterable[MentionLike]) -> dict[str, str]:
    """Surface forms of the article's named mentions -> entity, when unambiguous.

    The model misses some repeated mentions ("Pelosi told the public"); a speaker written
    exactly like a form found elsewhere in the article still names that entity.  A person's
    last name counts as a form too.
    """
    forms: dict[str, set[str]] = {}
    for m in mentions:
        if m.type not in _ENTITY_TYPES:
            continue
        name = " ".join(m.text.split())
        keys = {name}
        if m.type == "person" and " " in name:
            keys.add(name.rsplit(" ", 1)[1])
        for key in keys:
            forms.setdefault(key, set()).add(m.entity)
    return {k: next(iter(v)) for k, v in forms.items() if len(v) == 1 and len(k) > 1}


def _speaker_entities(
    text: str,
    start: int,
    end: int,
    mentions: Iterable[MentionLike],
    forms: dict[str, str] | None = None,
) -> tuple[str | None, str | None]:
    """(speaker_entity, speaker_about) for the speaker text[start:end]."""
    inside = sorted(
        (
            m
            for m in mentions
            if m.type in _ENTITY_TYPES and start <= m.start and m.end <= end and m.start < m.end
        ),
        key=lambda m: m.start,
    )
    head: MentionLike | None = None
    # The head of each comma segment is its last word; a mention ending there is the speaker.
    seg_start = start
    for seg_end in [*(i for i in range(start, end) if text[i] == ","), end]:
        segment = text[seg_start:seg_end]
        core_end = seg_start + len(segment.rstrip(" .,)"))
        for m in inside:
            if m.start >= seg_start and _same_end(text, m.end, core_end):
                lead = text[seg_start : m.start].lower()
                if not re.search(r"\b(?:of|for|at|from|in|on|with|by|to|under)\b", lead):
                    head = m
                    break
        if head is not None:
            break
        seg_start = seg_end + 1
    entity = head.entity if head else None
    if entity is None and forms:
        entity = _entity_by_form(text[start:end], forms, inside)
    about = next((m.entity for m in inside if m.entity != entity), None)
    return entity, about


def _entity_by_form(
    speaker: str, forms: dict[str, str], inside: Sequence[MentionLike]
) -> str | None:
    """The entity whose known form ends a comma segment of the speaker ("President Erdogan")."""
    for segment in speaker.split(","):
        core = " ".join(segment.split()).rstrip(" .)")
        if re.search(r"\b(?:of|for|at|from|in|on|with|by|to|under)\b", core.lower()):
            continue
        for form, entity in forms.items():
            if core == form or core.endswith(" " + form):
                lead = core[: len(core) - len(form)]
                # Only titles may precede: capitalised words ("President", "Chancellor").
                if all(w[:1].isupper() for w in lead.split()) and not any(
                    m.entity != entity and m.type == "person" for m in inside
                ):
                    return entity
    return None


def _same_end(text: str, mention_end: int, core_end: int) -> bool:
    if mention_end == core_end:
        return True
    # A bracketed abbreviation after the name: "the Federal Security Service (FSB)".
    between = text[mention_end:core_end]
    return bool(re.fullmatch(r"\s*\([^()]*\)?", between)) and core_end > mention_end


# --------------------------------------------------------------------------- API


def find_claims(parts: Sequence[tuple[str, str]], mentions: Sequence[MentionLike]) -> list[Claim]:
    """Attributed statements in the "paragraph" parts, given as (kind, text) pairs.

    ``mentions`` index ``parts`` with offsets inside the part text; they only name speakers.
    """
    by_part: dict[int, list[MentionLike]] = {}
    for mention in mentions:
        by_part.setdefault(mention.part, []).append(mention)
    forms = _name_forms(mentions)
    claims: list[Claim] = []
    for index, (kind, text) in enumerate(parts):
        if kind != "paragraph" or not text.strip():
            continue
        for start, end in _sentences(text):
            sentence = _Sentence(text, start, end)
            seen: set[tuple[tuple[int, int], str, str]] = set()
            for found in sentence.find():
                key = (found.speaker, found.verb, found.content)
                if key in seen:
                    continue
                seen.add(key)
                s_start, s_end = found.speaker
                s_end = _trim_speaker(text, s_start, s_end)
                entity, about = _speaker_entities(
                    text, s_start, s_end, by_part.get(index, []), forms
                )
                written = sentence.span_text(s_start, s_end)
                claims.append(
                    Claim(
                        part=index,
                        sentence_start=start,
                        sentence_end=end,
                        speaker=written,
                        speaker_entity=entity,
                        speaker_about=about,
                        verb=found.verb,
                        content=found.content,
                        written=written,
                    )
                )
    return resolve_speakers(parts, claims)


# --------------------------------------------------------------------------- speakers

# "the official", "The spokesman", "the senior official": a definite description without a
# name, which refers back to an earlier, fuller one.
_BACK_REFERENCE = re.compile(r"(?i:the)\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)")
_FULLER = r"\b(?:[Aa]n?|[Oo]ne)\s+((?:[\w\u2019'-]+\s+){{0,5}}?{head})\b"
_POSSESSIVE = re.compile(r"(.+?)(?:\u2019s|'s)\s+(.+)")


def resolve_speakers(parts: Sequence[tuple[str, str]], claims: Sequence[Claim]) -> list[Claim]:
    """Speakers as a reader should see them, within one article.

    A bare definite description ("the official") takes the latest earlier fuller description
    with the same head noun, from an earlier claim or the text before it ("a high-ranking
    South Korean official"), with its entities. Two spellings of one office ("South Korea's
    presidential office", "The South Korean presidential office") are one speaker, shown as
    first written.
    """
    resolved: list[Claim] = []
    offices: dict[str, Claim] = {}
    for claim in claims:
        claim = _refer_back(parts, claim, resolved)
        key = office_key(claim.speaker)
        if key is not None:
            first = offices.setdefault(key, claim)
            if first is not claim:
                claim = replace(
                    claim,
                    speaker=first.speaker,
                    speaker_entity=claim.speaker_entity or first.speaker_entity,
                    speaker_about=first.speaker_about,
                )
        resolved.append(claim)
    return resolved


def _refer_back(parts: Sequence[tuple[str, str]], claim: Claim, earlier: list[Claim]) -> Claim:
    match = _BACK_REFERENCE.fullmatch(claim.written)
    if match is None or claim.speaker_entity is not None:
        return claim
    head = match.group(1).split()[-1]
    for before in reversed(earlier):
        words = before.written.split()
        if (
            words[-1] == head
            and len(words) > len(claim.written.split())
            and not (_BACK_REFERENCE.fullmatch(before.written))
        ):
            return replace(
                claim,
                speaker=before.speaker,
                speaker_entity=before.speaker_entity,
                speaker_about=before.speaker_about,
            )
    # The fuller description may not be a claim of its own: "A senior official, who asked
    # not to be named, ..." earlier in the article.
    pattern = re.compile(_FULLER.format(head=re.escape(head)))
    text_before = [text for _, text in parts[: claim.part]]
    text_before.append(parts[claim.part][1][: claim.sentence_start])
    found = None
    for text in text_before:
        for hit in pattern.finditer(text):
            found = hit.group(0)
    if found is None:
        return claim
    return replace(claim, speaker=" ".join(found.split()))


def office_key(speaker: str) -> str | None:
    """ "South Korea's presidential office" and "the South Korean presidential office" ->
    "south korea presidential office": a country's body, however its country is written."""
    from briefing.nlp.variants import demonym_country, lookup

    text = " ".join(speaker.split())
    text = re.sub(r"^(?:the|The)\s+", "", text)
    possessive = _POSSESSIVE.fullmatch(text)
    if possessive is not None:
        variant = lookup(possessive.group(1))
        rest = possessive.group(2)
        if variant is not None and rest.islower():
            return f"{variant.name} {rest}".casefold()
        return None
    words = text.split()
    for cut in range(min(3, len(words) - 1), 0, -1):
        found = demonym_country(" ".join(words[:cut]))
        rest = " ".join(words[cut:])
        if found is not None and rest.islower():
            variant = lookup(found[1])
            return f"{variant.name if variant else found[1]} {rest}".casefold()
    return None


def claims_for_article(article: Article, mentions: Sequence[MentionLike]) -> list[Claim]:
    """:func:`find_claims` over ``article.parts`` (mention ``part`` indexes those parts)."""
    return find_claims([(p.kind, p.text) for p in article.parts], mentions)
