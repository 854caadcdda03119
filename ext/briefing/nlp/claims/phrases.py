"""The speaker phrase: walking from a reporting verb back (or on) to who spoke.

A sentence's subject, the noun phrase before a verb up to a clause boundary, appositions
("Smith, the CEO,"), antecedents of "who", coordinated speakers, and the tests that refuse a
phrase which cannot be a speaker ("this", "insurance claims", a clause whose subject stands
before the speaker).
"""

from __future__ import annotations

from briefing.nlp.claims.lexicon import (
    ADJECTIVAL,
    ALL_VERBS,
    ASIDE_OPENERS,
    BASE,
    BOUNDARY,
    CLAUSE_OPENERS,
    CLAUSE_WORDS,
    DETERMINERS,
    LEADING_TRIM,
    NOT_SPEAKERS,
    NP_PREPOSITIONS,
    OTHER_PREPOSITIONS,
    PARTICIPLES,
    RELATIVES,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    TITLE_WORDS,
    TO_NOUNS,
    WEAK,
)
from briefing.nlp.claims.tokens import Found, TokenisedSentence, name_like


class SpeakerPhrases(TokenisedSentence):
    """The steps that find the speaker phrase in a sentence."""

    # ----------------------------------------------------------------- subjects

    def subject(self) -> tuple[int, int] | None:
        """The sentence subject if it is a pronoun or a name phrase: "President Donald Trump",
        "Former prime minister John Major", "The mayor of London, Sadiq Khan"."""
        toks = self.toks
        i = 0
        while i < len(toks) and toks[i].low in LEADING_TRIM:
            i += 1
        # Skip an opening adverbial such as "On Thursday," or "Last week,".
        if i < len(toks) and (
            toks[i].low in NP_PREPOSITIONS
            or toks[i].low in TIME_WORDS
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
        if toks[i].low in SUBJECT_PRONOUNS:
            return (toks[i].start, toks[i].end)
        if toks[i].low in BOUNDARY or toks[i].low in NP_PREPOSITIONS:
            return None
        k = i + 1 if toks[i].low in DETERMINERS else i
        last_cap: int | None = None
        while k < len(toks) and toks[k].word:
            tok = toks[k]
            if tok.cap and tok.low not in BOUNDARY:
                last_cap = k
            elif not (
                tok.low in TITLE_WORDS
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
        if toks[nxt].low in NP_PREPOSITIONS:
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

    # ----------------------------------------------------------------- not speakers

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
            and toks[i - 1].low not in ALL_VERBS | BASE | PARTICIPLES
        )

    def skip_time_back(self, k: int) -> int:
        """Skip "on Wednesday" / "yesterday" between a subject and its verb."""
        toks = self.toks
        if k >= 0 and toks[k].low in TIME_WORDS and not name_like(toks, k):
            k -= 1
            if k >= 0 and toks[k].low in ("on", "last", "this", "late", "early"):
                k -= 1
        return k

    def not_a_speaker(self, start: int, end: int, v: int) -> bool:
        toks = [t for t in self.toks if start <= t.start < end]
        words = [t for t in toks if t.word]
        if not words:
            return True
        if len(words) == 1 and words[0].low in NOT_SPEAKERS | DETERMINERS:
            return True
        last = words[-1].low
        if last in DETERMINERS | NP_PREPOSITIONS | {"and", "or"}:
            return True
        if len(words) == 1 and not words[0].cap and last.endswith(("ing", "ed")):
            return True  # "protecting alleged abusers", "… not overturned declared"
        if last.endswith(("'s", "\u2019s", "s'", "s\u2019")):
            return True  # "Trump's claims of fraud": a noun, not a verb
        verb = self.toks[v].low
        if (
            verb.endswith("s")
            and verb in WEAK | {"claims"}
            and len(words) == 1
            and not words[0].cap
            and words[0].low not in SUBJECT_PRONOUNS
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
        if verb in ADJECTIVAL and v + 1 < len(self.toks):
            # "the total reported casualties rose": an adjective before a noun.
            nxt = self.toks[v + 1]
            lower_np = not any(t.cap for t in words[1:]) and words[0].low in DETERMINERS
            if (
                lower_np
                and nxt.word
                and not nxt.cap
                and nxt.low not in DETERMINERS
                and nxt.low not in SUBJECT_PRONOUNS
                and nxt.low not in NP_PREPOSITIONS
                and nxt.low != "that"
                and not nxt.low[0].isdigit()
            ):
                return True
        return False

    # ----------------------------------------------------------------- speaker before verb

    def speaker_before(self, k: int, found: list[Found], v: int) -> tuple[int, int] | None:
        toks = self.toks
        tok = toks[k]
        if tok.low in RELATIVES:
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
        if tok.word and tok.low in BOUNDARY and tok.low not in SUBJECT_PRONOUNS:
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
        if first.low in ASIDE_OPENERS or (
            first.word and not first.cap and first.low not in DETERMINERS
        ):
            return head
        return (head[0], segment[-1].end)

    def noun_phrase(self, k: int) -> tuple[int, int] | None:
        """The noun phrase ending at token k, walking back to a clause boundary."""
        toks = self.toks
        if k < 0:
            return None
        if toks[k].word and toks[k].low in SUBJECT_PRONOUNS:
            return (toks[k].start, toks[k].end)
        start, stop = self.walk_back(k)
        if start is None:
            return None
        # Coordination: "The committee and the Federal Security Service said".
        if stop >= 1 and toks[stop].low in ("and", "&"):
            left_end = stop - 1
            if toks[left_end].word and toks[left_end].cap and toks[left_end].low not in BOUNDARY:
                lstart, lstop = self.walk_back(left_end, limit=8)
                if lstart is not None and (
                    lstop < 0 or not toks[lstop].word or toks[lstop].low in CLAUSE_OPENERS
                ):
                    start = lstart  # "… but both Saudi Arabia and the United States have"
        while (
            start <= k
            and toks[start].word
            and (
                toks[start].low in LEADING_TRIM
                or toks[start].low in NP_PREPOSITIONS
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
                and (toks[i - 1].cap or toks[i - 1].low in TO_NOUNS)
            ):
                pass  # "Ambassador to Germany Richard Grenell"
            elif low in BOUNDARY and not name_like(toks, i):
                break
            count += 1
            if count > limit:
                return None, i
            start = i
            if low in DETERMINERS:
                prep = toks[i - 1].low if i >= 1 else ""
                if prep in NP_PREPOSITIONS and toks[i - 1].word:
                    i -= 1
                    continue
                if (
                    prep in OTHER_PREPOSITIONS
                    and i >= 2
                    and toks[i - 2].word
                    and toks[i - 2].low not in BOUNDARY
                ):
                    start, i, count = i - 1, i - 2, count + 1  # "the judge presiding over the case"
                    continue
                return start, i - 1
            i -= 1
        return start, i

    def appositive(self, i: int) -> bool:
        """Do the words from token i to the next comma or the end describe a speaker?

        "his father, Abdullah Kurdi" / "Smith, spokesperson for the governor" — but not
        "Smith, adding that …", "Smith, who …" or "Smith, after the ceremony".
        """
        toks = self.toks
        first = toks[i]
        if not first.word or first.low in BOUNDARY or first.low in NP_PREPOSITIONS:
            return False
        if not first.cap and first.low.endswith("ing"):
            return False
        j = i
        while j < len(toks) and toks[j].word:
            if toks[j].low in CLAUSE_WORDS and not name_like(toks, j):
                return False
            j += 1
        return j - i <= 12 and (j >= len(toks) or toks[j].text in ",.;!?)")
