"""sphinx-design building blocks made as nodes, for content created in code."""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes
from sphinx_design.shared import create_component


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
