"""The claimed words: what follows a forward verb, or the text or quotation before a tail.

After "SPEAKER said" the content is the complement clause or quotation, past adverbials and
addressees ("told reporters on Monday that ..."); in the inverted order it is the clause or
quotation before "…, SPEAKER said" and any continuation after it. Orders ("told them to
leave") and clauses missing their subject give no content.
"""

from __future__ import annotations

import re

from briefing.nlp.claims.adverbials import skip_addressee, skip_adverbials
from briefing.nlp.claims.lexicon import CLAUSE_WORDS, PARTICIPLES, SUBJECT_PRONOUNS, TAIL_ONLY, WEAK
from briefing.nlp.claims.quotes import OPEN_QUOTES, clean_content, first_open_quote, unquote
from briefing.nlp.claims.tokens import Found, TokenisedSentence, is_quote


class Contents(TokenisedSentence):
    """The steps that find what a speaker claimed in a sentence."""

    def claim_after_speaker(
        self, v: int, s_start: int, s_end: int, *, relative: bool = False
    ) -> Found | None:
        toks = self.toks
        verb = toks[v].low
        rest = self.text[toks[v].end : self.end]
        tail = skip_adverbials(rest)
        if verb in ("told", "tells", "tell"):
            tail = skip_addressee(tail)
            tail = skip_adverbials(tail)
        tail_stripped = tail.strip().rstrip(".!?”\"\u2019' ")
        before = self.text[self.start : s_start]
        first_speaker_tok = next(i for i, t in enumerate(toks) if t.start >= s_start)
        prev = toks[first_speaker_tok - 1] if first_speaker_tok > 0 else None
        # Right after a quotation: "“…,” he said" or, in Wikinews style, "“…”, he said".
        quote_before = first_speaker_tok > 0 and self.quote_ends_at(first_speaker_tok - 1)
        after_break = prev is not None and (
            prev.text in ",;:—\u2013-" or is_quote(prev, self.roles, "close")
        )
        ends_clause = not tail_stripped or tail.lstrip().startswith((",", ";", "—", "\u2013"))
        if ends_clause and tail_stripped and not quote_before:
            # "When asked …, Smith told Wikinews, “Yes, …”": a quotation follows the verb.
            after_comma = tail.lstrip()[1:].lstrip()
            if after_comma[:1] in OPEN_QUOTES + '"':
                ends_clause = False
        if not ends_clause and quote_before and not re.match(r"\s*(?:that\b|[\"“])", tail):
            # "“…,” he recalled in a 2009 retelling of the story": the quotation is the claim,
            # whatever follows the verb.
            ends_clause = True
        continues = tail.lstrip().startswith(",") and bool(tail_stripped)
        needed = 1 if continues else 2 if prev and prev.text != "," else 3
        if after_break and ends_clause and has_words(before, needed):
            # Inverted tail: "CONTENT, SPEAKER VERB." / "CONTENT, SPEAKER VERB, CONTINUATION."
            content = self.content_before(first_speaker_tok - 1)
            if content is None:
                return None
            rest_after = tail.lstrip()
            if rest_after.startswith(","):
                cont = rest_after[1:].strip()
                first = cont.split(" ", 1)[0].lower() if cont else ""
                if cont and cont[0] in OPEN_QUOTES + '"' and content[1]:
                    content = (content[0] + " " + unquote(cont), True)
                elif (
                    cont
                    and first not in PARTICIPLES
                    and first not in ("according", "citing")
                    and not content[1]
                    and first[:1].islower()
                ):
                    content = (content[0] + " " + cont, False)
            text = clean_content(content[0])
            if not text:
                return None
            return Found((s_start, s_end), verb, v, text, self.start, False)
        if verb in TAIL_ONLY:
            return None
        result = self.forward_content(v, weak=verb in WEAK)
        if result is None and quote_before:
            # "“…,” Crystal C'Bearing told those gathered to watch": the quotation is the claim.
            quoted = self.content_before(first_speaker_tok - 1)
            text = clean_content(quoted[0]) if quoted and quoted[1] else ""
            return Found((s_start, s_end), verb, v, text, self.start, False) if text else None
        if result is None:
            return None
        text, content_start = result
        if relative:
            # "Toronto Police, which indicated X, face allegations": the clause ends at a comma.
            text = clean_content(text.split(",", 1)[0]) or text
        return Found((s_start, s_end), verb, v, text, content_start, True)

    def quote_ends_at(self, i: int) -> bool:
        """Does a quotation end at token i (or at the token before a comma at i)?"""
        toks = self.toks
        if is_quote(toks[i], self.roles, "close"):
            return True
        return toks[i].text == "," and i > 0 and is_quote(toks[i - 1], self.roles, "close")

    def content_before(self, end_tok: int) -> tuple[str, bool] | None:
        """Text before the token end_tok ("," or a closing quote); (text, was_quote)."""
        toks = self.toks
        j = end_tok
        while j >= 0 and not toks[j].word and not is_quote(toks[j], self.roles, "close"):
            j -= 1
        if j < 0:
            return None
        if is_quote(toks[j], self.roles, "close"):
            opening = next(
                (
                    i
                    for i in range(j - 1, -1, -1)
                    if is_quote(toks[i], self.roles, "open") and not toks[i].quoted
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
        tail = skip_adverbials(rest)
        if verb in ("told", "tells", "tell"):
            tail = skip_adverbials(skip_addressee(tail))
        # A quotation after a short lead-in: "told a guard at the door, in French, “…”".
        quote_at = first_open_quote(tail)
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
            complement = stripped[:1] in OPEN_QUOTES + '"' or stripped.startswith(":")
        if stripped.startswith(","):
            stripped = stripped[1:].lstrip()
        first_word = stripped.split(" ", 1)[0].lower() if stripped else ""
        if not complement and first_word in CLAUSE_WORDS - {"that", "to"}:
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
            if first not in SUBJECT_PRONOUNS and first != "there":
                return None
        quoted = stripped[:1] in OPEN_QUOTES + '"'
        content = clean_content(unquote(stripped) if quoted else stripped)
        if not content or not any(c.isalpha() for c in content):
            return None
        start = offset + len(rest) - len(stripped)
        return content, start


def has_words(text: str, n: int) -> bool:
    return len(re.findall(r"\w+", text)) >= n
