"""Attributed statements ("claims") in article paragraphs: who said what.

A claim is a reported statement with a speaker: ``South Korea's presidential office announced
…``, ``According to the official, …``, ``"…," Pelosi told the public``, ``…, police said``,
``…, said Smith``. Modules, one job each: ``model`` (what goes in and out), ``lexicon``,
``adverbials`` and ``quotes`` (word lists and patterns), ``tokens`` and ``sentences`` (the
text as the finder reads it), ``finder`` with ``phrases`` and ``contents`` (statements in one
sentence), ``speakers`` (who spoke) and ``article`` (a whole article).
"""

from briefing.nlp.claims.article import claims_for_article, find_claims
from briefing.nlp.claims.model import Claim, MentionLike
from briefing.nlp.claims.speakers import office_key

__all__ = ["Claim", "MentionLike", "claims_for_article", "find_claims", "office_key"]
