"""Building blocks made as nodes, for content created in code: sphinx-design cards, grids,
panels and badges; quotes; field lists; cross-references to the ``brief`` domain."""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes
from sphinx.addnodes import pending_xref
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


def card(title: nodes.Node, text: str, footer_text: str) -> nodes.Element:
    """A card in a grid: a linked title, a line of text (not searched), a footer."""
    box = create_component(
        "card", ["sd-card", "sd-sphinx-override", "sd-w-100", "sd-shadow-sm", "sd-card-hover"]
    )
    body = create_component("card-body", ["sd-card-body"])
    heading = create_component("card-title", ["sd-card-title", "sd-font-weight-bold"])
    heading += nodes.paragraph("", "", title)
    body += heading
    if text:
        body += nodes.paragraph(text, text, classes=["sd-card-text", NOT_SEARCHED])
    box += body
    footer = create_component("card-footer", ["sd-card-footer"])
    footer += nodes.paragraph(footer_text, footer_text, classes=["sd-card-text"])
    box += footer
    return box


def panel(title: str, classes: Sequence[str]) -> tuple[nodes.Element, nodes.Element]:
    """A card with a header (an article's side panels); returns (card, body) to fill."""
    box = create_component("card", ["sd-card", "sd-sphinx-override", "sd-mb-3", *classes])
    header = create_component("card-header", ["sd-card-header"])
    header += nodes.paragraph(text=title, classes=["sd-card-text", "sd-font-weight-bold"])
    box += header
    body = create_component("card-body", ["sd-card-body"])
    box += body
    return box, body


def badge(text: str) -> nodes.inline:
    """A count in a pill, readable in light and dark themes (background and text as a pair)."""
    return nodes.inline(text=text, classes=["sd-badge", "sd-bg-secondary", "sd-bg-text-secondary"])


#: A pending_xref attribute: the target may be missing, and the text then stands alone.
OPTIONAL = "briefing_optional"


def xref(reftype: str, target: str, text: str) -> pending_xref:
    """A ``brief`` role in code: resolved (or warned about) like one an editor wrote."""
    ref = pending_xref(
        "", refdomain="brief", reftype=reftype, reftarget=target, refexplicit=True, refwarn=True
    )
    ref += nodes.inline(text, text)
    return ref  # type: ignore[no-any-return]


def xref_if_any(reftype: str, target: str, text: str) -> pending_xref:
    """A link to ``target`` when the glossary has it, else ``text`` alone, with no warning
    (``resolve_xref`` of the ``brief`` domain returns the text)."""
    ref = xref(reftype, target, text)
    ref["refwarn"] = False
    ref[OPTIONAL] = True
    return ref


def field_list(rows: Sequence[tuple[str, Sequence[nodes.Node]]]) -> nodes.field_list:
    """Label and value rows ("Type: Person")."""
    fields = nodes.field_list(classes=["briefing-facts"])
    for name, body in rows:
        paragraph = nodes.paragraph()
        paragraph.extend(body)
        fields += nodes.field("", nodes.field_name(name, name), nodes.field_body("", paragraph))
    return fields
