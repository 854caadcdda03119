"""A country or nationality in a headline needs no body mention to be linked: the
gazetteers vouch for it. Other headline spans still need the body."""

from __future__ import annotations

from briefing.nlp.resolve import resolve_article

from nlp_support import raw_spans


def test_a_nationality_only_in_the_headline_is_kept_and_a_stray_name_is_not() -> None:
    headline = "Tongan government ends curfew as Marlow Quints celebrate"
    body = "The curfew imposed in March was lifted on Friday, officials said."
    parts = [("headline", headline), ("paragraph", body)]
    raw = [raw_spans(headline, [("Tongan", "NORP"), ("Marlow Quints", "ORG")]), []]
    mentions, _ = resolve_article(parts, raw, [])
    named = [(m.text, m.entity) for m in mentions if m.type not in ("figure", "date")]
    assert named == [("Tongan", "group.tongan")]
