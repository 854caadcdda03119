"""A page that holds only wire text skips the smart-quotes transform (``VerbatimPages``); a
page with anything else keeps it. (That wire text is shown verbatim on the built pages is
``tests/test_site.py``'s.)"""

from __future__ import annotations

from docutils import nodes
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Parser

from briefing.directives.verbatim import VerbatimPages


def document(*children: nodes.Node) -> nodes.document:
    doc = nodes.document(get_default_settings(Parser), reporter=None)  # type: ignore[arg-type]
    doc.settings.smart_quotes = True
    doc.extend(children)
    return doc


def wire_section() -> nodes.section:
    section = nodes.section(support_smartquotes=False)
    section += nodes.paragraph(text='He said "yes" -- twice...')
    return section


def test_a_page_of_wire_text_alone_skips_smart_quotes() -> None:
    doc = document(nodes.raw("", "<!-- generated -->", format="html"), wire_section())
    VerbatimPages(doc).apply()
    assert doc.settings.smart_quotes is False


def test_a_page_with_an_editors_text_keeps_smart_quotes() -> None:
    doc = document(wire_section(), nodes.paragraph(text='The desk says "no".'))
    VerbatimPages(doc).apply()
    assert doc.settings.smart_quotes is True
