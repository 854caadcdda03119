"""Finding attributed statements in one sentence: the patterns, tried at each verb.

The finder works on tokens of each sentence with small word lists of English reporting
verbs, determiners and clause boundaries; it needs no parser and no model. Patterns
recognised, per sentence (quotations spanning several sentences are one sentence):

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
from bisect import bisect_right
from dataclasses import replace

from briefing.nlp.claims.adverbials import trailing_adverbial
from briefing.nlp.claims.contents import Contents, has_words
from briefing.nlp.claims.lexicon import (
    ADVERBS,
    AUXILIARIES,
    BASE,
    BLOCKERS,
    BOUNDARY,
    CLAUSE_WORDS,
    DETERMINERS,
    INVERTIBLE,
    INVERTIBLE_PLAIN,
    LEADING_TRIM,
    NOT_SOURCES,
    NP_PREPOSITIONS,
    PARTICIPLES,
    PASSIVE,
    RELATIVES,
    RELATIVES_STOP,
    STRONG,
    TAIL_ONLY,
    TITLE_WORDS,
    WEAK,
)
from briefing.nlp.claims.phrases import SpeakerPhrases
from briefing.nlp.claims.quotes import CLOSE_QUOTES, OPEN_QUOTES, clean_content, unquote
from briefing.nlp.claims.tokens import Found, is_quote, name_like


class Sentence(SpeakerPhrases, Contents):
    """One sentence, and the statements attributed in it."""

    def find(self) -> list[Found]:
        found: list[Found] = []
        toks = self.toks
        for i, tok in enumerate(toks):
            if tok.quoted or not tok.word:
                continue
            if tok.cap and i > 0 and toks[i - 1].word:
                continue  # "Qaboos bin Said": a name, not a verb
            claim: Found | None = None
            if tok.low == "according" and i + 1 < len(toks) and toks[i + 1].low == "to":
                claim = self.according(i)
            elif tok.low in PARTICIPLES:
                claim = self.participle(i, found)
            elif tok.low in STRONG or tok.low in WEAK or tok.low in BASE or tok.low in TAIL_ONLY:
                claim = self.reporting(i, found)
            elif (
                tok.low in INVERTIBLE
                and i > 0
                and (toks[i - 1].text == "," or is_quote(toks[i - 1], self.roles, "close"))
            ):
                claim = self.inverted_verb(i, i - 1)
            if claim is not None:
                found.append(claim)
        return _trim_contents(self, found)

    # ----------------------------------------------------------------- according to

    def according(self, i: int) -> Found | None:
        toks = self.toks
        j = i + 2
        if j >= len(toks) or not toks[j].word:
            return None
        k = j
        while (
            k < len(toks)
            and (toks[k].word or toks[k].text in "()\u2019'&-" or toks[k].start in self.roles)
            and not (k > j and toks[k].low in RELATIVES_STOP)
        ):
            k += 1
        while k > j + 1 and toks[k - 1].low in NP_PREPOSITIONS | DETERMINERS | {"and", "or"}:
            k -= 1  # "according to a report in which …"
        if (
            k - j > 16
            or toks[j].low in NOT_SOURCES
            or (toks[j].low == "the" and k > j + 1 and toks[j + 1].low in NOT_SOURCES)
        ):
            return None
        end, resume, skipped = self.source_extensions(k)
        s_start = toks[j].start
        s_end = s_start + trailing_adverbial(self.text[s_start : toks[end - 1].end])
        before = self.text[self.start : toks[i].start]
        after = self.text[toks[resume].start : self.end] if resume < len(toks) else ""
        before_words = [t for t in toks[:i] if t.word and t.low not in LEADING_TRIM]
        if not before_words:
            content = after
            content_start = toks[resume].start if resume < len(toks) else self.end
        else:
            rest = after.lstrip()
            rest = rest[1:] if rest.startswith(",") and not skipped else ""
            head = before.rstrip().rstrip(",").rstrip()
            if head[-1:] in CLOSE_QUOTES + '"' and head[:1] in OPEN_QUOTES + '"':
                head = head[1:-1].rstrip(",")  # "“…,” according to a tweet by X."
            content = head + (" " + rest if rest.strip(" .") else "")
            content_start = self.start
        content = clean_content(content)
        if not content or s_end <= s_start:
            return None
        return Found((s_start, s_end), "according to", i, content, content_start, False)

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
            if first in RELATIVES or first == "whose":
                resume, skipped = close, True
                continue
            place = len(segment) <= 3 and all(t.cap for t in segment) and toks[end - 1].cap
            described = first in ("a", "an") or first in TITLE_WORDS  # "X, director of Y,"
            if place or (described and len(segment) <= 8 and toks[end - 1].cap):
                end = resume = close
                continue
            break
        return end, resume, skipped

    # ----------------------------------------------------------------- participles

    def participle(self, i: int, found: list[Found]) -> Found | None:
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
        return Found(speaker, toks[i].low, i, content[0], content[1], True)

    # ----------------------------------------------------------------- reporting verbs

    def reporting(self, v: int, found: list[Found]) -> Found | None:
        toks = self.toks
        verb = toks[v].low
        if v + 1 < len(toks) and toks[v + 1].low in ("by", "below", "above", "herein"):
            return None  # "the rate noted by the team", "the reasons stated below"
        k = v - 1
        while (
            k >= 0
            and toks[k].word
            and (
                toks[k].low in ADVERBS
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
        if k >= 0 and toks[k].low in PASSIVE | BLOCKERS and not name_like(toks, k):
            return None
        if k >= 0 and (toks[k].low == "never" or toks[k].low.endswith(("n't", "n\u2019t"))):
            return None
        if k >= 0 and toks[k].low in AUXILIARIES:
            if verb in BASE:
                return None  # "have say"
            k -= 1
            while k >= 0 and toks[k].low in ADVERBS:
                k -= 1
            if k >= 0 and toks[k].low in ("not", "n't", "never"):
                return None
        if verb in BASE and k >= 0 and toks[k].low in BLOCKERS | PASSIVE and not name_like(toks, k):
            return None
        if k < 0:
            return None
        # Inverted verb: "…," said Smith / …, added the minister. Not after a name and its
        # apposition ("Sen. Robert Dale, R-Kan., said", "Ann Lee, the chairwoman, said"):
        # there the speaker comes before the verb.
        if (
            (not toks[k].word and toks[k].text in ",\u2014\u2013-")
            or is_quote(toks[k], self.roles, "close")
        ) and not self.named_apposition(k):
            inverted = self.inverted_verb(v, k)
            if inverted is not None:
                return inverted
        speaker = self.speaker_before(k, found, v)
        if speaker is None:
            return None
        s_start, s_end = speaker
        s_end = s_start + trailing_adverbial(self.text[s_start:s_end])  # "Trump on Twitter"
        if self.not_a_speaker(s_start, s_end, v) or self.extracted(s_start):
            return None
        relative = toks[k].low in RELATIVES and k > 0 and toks[k - 1].text == ","
        return self.claim_after_speaker(v, s_start, s_end, relative=relative)

    def named_apposition(self, comma: int) -> bool:
        """Whether ", VERB" at ``comma`` closes "NAME, APPOSITIVE": a capitalised phrase, a
        comma, then a phrase that opens with a capital or a determiner."""
        toks = self.toks
        if toks[comma].text != ",":
            return False
        found = self.apposition(comma)
        if found is None:
            return False
        head = next((t for t in toks if t.start == found[0]), None)
        opening = next((i for i in range(comma - 1, -1, -1) if toks[i].text == ","), None)
        if head is None or not head.cap or opening is None or opening + 1 >= comma:
            return False
        first = toks[opening + 1]
        return first.cap or first.low in DETERMINERS

    # ----------------------------------------------------------------- verb before speaker

    def inverted_verb(self, v: int, k: int) -> Found | None:
        """``"…," said Smith`` / ``…, added the minister, …``."""
        toks = self.toks
        verb = toks[v].low
        if verb not in INVERTIBLE or v + 1 >= len(toks):
            return None
        after_quote = is_quote(toks[k], self.roles, "close") or (
            k >= 1 and is_quote(toks[k - 1], self.roles, "close")
        )
        first = toks[v + 1]
        if not first.word or first.low in ("to", "that", "by") or first.low in BOUNDARY:
            return None
        if not (first.cap or first.low in DETERMINERS or after_quote):
            return None
        if not after_quote and verb not in INVERTIBLE_PLAIN:
            return None
        end = v + 1
        while end < len(toks) and (toks[end].word or toks[end].text in "()-'\u2019"):
            low = toks[end].low
            if end > v + 1 and toks[end].word and low in BOUNDARY | {"that"}:
                if low in ("and", "&") and end + 1 < len(toks) and toks[end + 1].cap:
                    end += 1
                    continue
                if low in CLAUSE_WORDS and not name_like(toks, end):
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
        cut = trailing_adverbial(speaker_text)
        s_end = s_start + cut
        content = self.content_before(k)
        if content is None:
            return None
        text, quoted = content
        if not quoted and not has_words(text, 3):
            return None
        # "“…,” he said, “…”": the quotation goes on after the attribution.
        after = self.text[toks[end - 1].end : self.end].lstrip()
        if quoted and after.startswith(","):
            cont = after[1:].lstrip()
            if cont[:1] in OPEN_QUOTES + '"':
                text = text + " " + unquote(cont)
        cleaned = clean_content(text)
        if not cleaned or s_end <= s_start:
            return None
        return Found((s_start, s_end), verb, v, cleaned, self.start, False)


_CLAUSE_JOIN = re.compile(r"(?:,?\s*(?:and|but|while|whereas|although|though)|;)\s*$")
_PARTICIPLE_JOIN = re.compile(r"(?:,|,?\s*(?:and|but|while|whereas|although|though)|;)\s*$")


def _trim_contents(sentence: Sentence, found: list[Found]) -> list[Found]:
    """Cut a forward claim's content where a later claim's clause begins.

    "Duda said X, while Brudziński wrote Y": the first content ends before "while";
    "X said Y, adding Z": the first content ends before ", adding".
    """
    marks = sorted(
        {
            (p, other.verb in PARTICIPLES)
            for other in found
            for p in (other.speaker[0], sentence.toks[other.verb_at].start)
        }
    )
    positions = [p for p, _ in marks]
    out: list[Found] = []
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
                    cut = clean_content(sentence.text[claim.content_start : join.start()])
                    if cut and len(cut) < len(claim.content) and claim.content.startswith(cut):
                        claim = replace(claim, content=cut)
                    break
        out.append(claim)
    return out
