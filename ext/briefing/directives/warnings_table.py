"""``brief:warnings``: the table of warning subtypes, built from :mod:`briefing.checks.subtypes`."""

from __future__ import annotations

import re

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from briefing.checks.subtypes import Subtype

_CODE = re.compile(r"`([^`]+)`")
COLUMNS = ("warning", "what is wrong", "how to fix it")


def with_code(text: str) -> nodes.paragraph:
    """A paragraph whose backquoted parts are shown as code."""
    paragraph = nodes.paragraph()
    for index, part in enumerate(_CODE.split(text)):
        if index % 2:
            paragraph += nodes.literal(part, part)
        elif part:
            paragraph += nodes.Text(part)
    return paragraph


def _row(cells: list[nodes.Element]) -> nodes.row:
    row = nodes.row()
    for cell in cells:
        entry = nodes.entry()
        entry += cell
        row += entry
    return row


class WarningsDirective(SphinxDirective):
    """Every subtype with its meaning and fix, in the order of the table."""

    def run(self) -> list[nodes.Node]:
        group = nodes.tgroup(cols=len(COLUMNS))
        group.extend(nodes.colspec(colwidth=1) for _ in COLUMNS)
        head = nodes.thead()
        head += _row([nodes.paragraph(text=name) for name in COLUMNS])
        body = nodes.tbody()
        for kind in Subtype:
            name = f"briefing.{kind.value}"
            label = nodes.paragraph()
            label += nodes.literal(name, name)
            body += _row([label, with_code(kind.meaning), with_code(kind.fix)])
        group += [head, body]
        table = nodes.table(classes=["briefing-warnings"])
        table += group
        return [table]
