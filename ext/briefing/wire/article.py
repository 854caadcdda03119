"""Normalised seed text to an :class:`~briefing.wire.model.Article`.

A seed is a UTF-8 text file. The first non-blank line is the headline. The rest is a sequence
of blocks separated by blank lines: subheads and paragraphs (see :mod:`briefing.wire.blocks`)
and a final credit block (see :mod:`briefing.wire.credit`); a dateline such as ``SEOUL
(Reuters) - ...`` opening the first paragraph is also read as a credit, but that paragraph
stays a paragraph. What is odd about the seed becomes a :class:`ParseIssue` that says how to
fix it; the article is parsed all the same.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.wire.blocks import Block, classify, group_sections, split_blocks, split_lines
from briefing.wire.credit import find_dateline, merge_dateline, parse_dateline, take_credit
from briefing.wire.decode import SeedError
from briefing.wire.model import Article, ParseIssue


def parse_article(text: str) -> Article:
    """Parse normalised seed text into an :class:`Article`."""
    blocks = split_blocks(split_lines(text))
    if not blocks:
        raise SeedError("seed_empty")
    first = blocks[0]
    headline = Block(first.lines[:1]).part("headline")
    issues: list[ParseIssue] = []
    body = blocks[1:]
    if not first.single:
        body.insert(0, Block(first.lines[1:]))
        issues.append(_no_blank_after_headline(first.lines[1].number))
    body, credit = take_credit(body)
    if credit is None and body and _looks_like_credit(body[-1]):
        issues.append(_unrecognised_credit(body[-1].lines[0].number))
    sections = group_sections(body, classify(body))
    paragraphs = [p for s in sections for p in s.paragraphs]
    found = None
    if paragraphs:
        found = find_dateline(paragraphs[0].text)
        dateline = parse_dateline(paragraphs[0].text)
        if dateline is not None:
            dateline = replace(dateline, part=paragraphs[0])
        credit = merge_dateline(credit, dateline)
    else:
        issues.append(_no_body(headline.line))
    return Article(headline, sections, credit, tuple(issues), found)


_CREDIT_WORDS = re.compile(r"\b(?:reporting|editing|writing|inputs?|contributed|compiled)\b", re.I)


def _looks_like_credit(block: Block) -> bool:
    """A last block wholly in brackets that speaks of reporting or inputs, yet did not parse."""
    text = block.text.strip()
    return (
        block.single
        and len(text) <= 200
        and text.startswith("(")
        and text.endswith(")")
        and bool(_CREDIT_WORDS.search(text))
    )


def _unrecognised_credit(line: int) -> ParseIssue:
    return ParseIssue(
        "seed_credit",
        line,
        "the last line looks like a credit line but is not a form we recognise, so it is shown "
        "as a paragraph: write '(With inputs from AGENCY)', '(Reporting by NAME; Editing by "
        "NAME)', or start the first paragraph with a dateline 'CITY (AGENCY) -'",
    )


def _no_blank_after_headline(line: int) -> ParseIssue:
    return ParseIssue(
        "seed_format",
        line,
        "the headline is followed directly by more text: leave a blank line after the "
        "headline (the text was read as the first paragraph)",
    )


def _no_body(line: int) -> ParseIssue:
    return ParseIssue(
        "seed_format",
        line,
        "the article has a headline but no body paragraphs: add paragraphs separated by "
        "blank lines below the headline",
    )
