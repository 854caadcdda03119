"""The tokens of one sentence, as every step of the finder reads them.

A token is a word (abbreviations, initials and possessives kept whole) or a mark, with its
offsets, its lowercase form (acronyms keep their case) and whether it stands inside quotation
marks. :class:`TokenisedSentence` holds one sentence's tokens; :class:`Found` is what a step
of the finder records for a statement before its speaker is named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.nlp.claims.lexicon import BOUNDARY, DETERMINERS, NP_PREPOSITIONS
from briefing.nlp.claims.quotes import quote_roles

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|Jr|Sr|Lt|Col|Capt|Gov|Sgt|Rev)\.(?=\s+[A-Z])"
    r"|[A-Z]\.(?=\s+[A-Z])"  # an initial: "Thomas T. Cullen"
    r"|\w+(?:[-'\u2019.&]\w+)*(?:(?<=s)['\u2019](?![\w]))?"  # words, possessives
    r"|n't"
    r"|\S"
)


@dataclass(frozen=True)
class Token:
    """A word or a mark of a sentence."""

    text: str
    start: int
    end: int
    low: str
    word: bool
    cap: bool
    quoted: bool  # inside quotation marks


def _tokens(text: str, start: int, end: int, roles: dict[int, str]) -> list[Token]:
    out: list[Token] = []
    depth = 0
    for match in _TOKEN.finditer(text, start, end):
        s, e = match.span()
        tok = match.group()
        role = roles.get(s) if len(tok) == 1 else None
        if role == "open":
            out.append(Token(tok, s, e, tok, False, False, depth > 0))
            depth += 1
            continue
        if role == "close":
            depth = max(depth - 1, 0)
            out.append(Token(tok, s, e, tok, False, False, depth > 0))
            continue
        word = tok[0].isalnum() or tok == "n't"
        cap = word and tok[0].isupper()
        # Acronyms keep their case so that "WHO" or "US" never read as "who" or "us".
        low = tok if len(tok) > 1 and tok.isupper() else tok.lower()
        out.append(Token(tok, s, e, low, word, cap, depth > 0))
    return out


def is_quote(tok: Token, roles: dict[int, str], role: str) -> bool:
    return roles.get(tok.start) == role and len(tok.text) == 1


def name_like(toks: Sequence[Token], i: int) -> bool:
    """A capitalised word that is usually a function word, inside a name: "Theresa May"."""
    if not (toks[i].cap and i > 0 and toks[i - 1].cap and toks[i - 1].word):
        return False
    prev = toks[i - 1].low
    return prev not in BOUNDARY and prev not in NP_PREPOSITIONS and prev not in DETERMINERS


@dataclass(frozen=True)
class Found:
    """A statement one step of the finder found, with its speaker as offsets."""

    speaker: tuple[int, int]
    verb: str
    verb_at: int  # token index of the verb
    content: str
    content_start: int  # offset in the part (for trimming at later claims)
    forward: bool


class TokenisedSentence:
    """One sentence of a part: its text and bounds, its quotation marks and its tokens."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.roles = quote_roles(text, start, end)
        self.toks = _tokens(text, start, end, self.roles)

    def span_text(self, start: int, end: int) -> str:
        return " ".join(self.text[start:end].split())
