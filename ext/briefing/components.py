"""sphinx-design building blocks made as nodes, for content created in code."""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes
from sphinx_design.shared import create_component

# Sphinx leaves elements with this class out of the search index. Quotes of article text shown
# on other pages (entity mentions, statements, card leads) carry it, so a search finds the
# article itself rather than every page that quotes it.
NOT_SEARCHED = "no-search"


def quote(*parts: str | nodes.Node) -> nodes.inline:
    """Article text quoted outside its paragraph: shown, not indexed for search again."""
    children = [nodes.Text(part) if isinstance(part, str) else part for part in parts]
    return nodes.inline("", "", *children, classes=["briefing-quote", NOT_SEARCHED])


def grid(items: Sequence[nodes.Element], columns: int, *classes: str) -> nodes.Element:
    """Items in ``columns`` columns on wide screens, stacked on narrow ones."""
    row = create_component(
        "grid-row", ["sd-row", "sd-row-cols-1", f"sd-row-cols-md-{columns}", "sd-g-3", *classes]
    )
    for item in items:
        column = create_component("grid-item", ["sd-col", "sd-d-flex-row"])
        column += item
        row += column
    container = create_component("grid-container", ["sd-container-fluid", "sd-mb-3"])
    container += row
    return container
