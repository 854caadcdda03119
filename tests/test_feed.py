"""The Atom feed is valid RFC 4287 in every case (checked against the RFC's RELAX NG schema and
its two Schematron rules) and reads back with feedparser, newest first, never dated 1970."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest
import rnc2rng
from lxml import etree

from conftest import BuildFactory, copy_root

SCHEMA = Path(__file__).parent / "data" / "atom.rnc"
ATOM = {"atom": "http://www.w3.org/2005/Atom"}
# RFC 4287's Schematron rules, which RELAX NG leaves out: (context, XPath test).
RULES = (
    ("/atom:feed", "atom:author or not(atom:entry[not(atom:author)])"),
    ("//atom:entry", "atom:link[@rel='alternate'] or atom:link[not(@rel)] or atom:content"),
    ("//atom:entry", "atom:author or ../atom:author or atom:source/atom:author"),
)


@pytest.fixture(scope="module")
def atom_schema() -> etree.RelaxNG:
    rng = rnc2rng.dumps(rnc2rng.load(str(SCHEMA)))
    # The converter declares the empty "local" prefix, which XML namespaces forbid; the
    # schema names no-namespace attributes with ns="" and does not need it.
    rng = rng.replace(' xmlns:local=""', "").replace('xmlns:local=""', "")
    return etree.RelaxNG(etree.fromstring(rng.encode()))


def check_atom(path: Path, schema: etree.RelaxNG) -> feedparser.FeedParserDict:
    tree = etree.parse(str(path))
    assert schema.validate(tree), schema.error_log
    for context, test in RULES:
        for node in tree.xpath(context, namespaces=ATOM):
            assert node.xpath(f"boolean({test})", namespaces=ATOM), (context, test)
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.version == "atom10"
    return parsed


def test_feed_with_an_author_less_note_and_an_undated_article_is_valid_atom(
    built: BuildFactory, atom_schema: etree.RelaxNG
) -> None:
    # test-notes: the shipped seed has no date; a note has no author.
    app = built("notes")
    parsed = check_atom(Path(app.outdir) / "atom.xml", atom_schema)
    assert parsed.feed.author  # a feed author, for entries that have none
    updated = [entry.updated_parsed for entry in parsed.entries]
    assert all(u.tm_year >= 2000 for u in updated), updated  # never 1970
    ids = [entry.id for entry in parsed.entries]
    assert len(set(ids)) == len(ids)
    dated = [u for u in updated]
    assert dated == sorted(dated, reverse=True)  # newest first


def test_feed_of_a_site_without_any_date_is_valid_atom(
    make_build: BuildFactory, atom_schema: etree.RelaxNG, tmp_path: Path
) -> None:
    srcdir = copy_root("seed", tmp_path)
    parsed = check_atom(Path(make_build(srcdir).outdir) / "atom.xml", atom_schema)
    assert parsed.entries and parsed.feed.updated_parsed.tm_year >= 2000


def test_feed_with_base_url_is_valid_atom(built: BuildFactory, atom_schema: etree.RelaxNG) -> None:
    app = built("topics", briefing_base_url="https://example.org/briefing/")
    parsed = check_atom(Path(app.outdir) / "atom.xml", atom_schema)
    links = [entry.link for entry in parsed.entries]
    assert links[0] == "https://example.org/briefing/articles/us_japan.html"  # 8 Nov, newest
    assert all(link.startswith("https://example.org/briefing/") for link in links)
