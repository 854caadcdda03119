"""Markup shared by the pictures: escaping, and the figure that holds an SVG and its text."""

from __future__ import annotations

from html import escape

from docutils import nodes

from briefing.html.components import NOT_SEARCHED


def esc(value: object) -> str:
    """Any value from the data, safe as SVG/HTML text and inside double-quoted attributes."""
    return escape(str(value), quote=True)


def number(value: float) -> str:
    """A coordinate rounded to one decimal, written the same way on every machine."""
    text = f"{round(value, 1):.1f}"
    return "0.0" if text == "-0.0" else text


def figure(
    picture_id: str, svg: str, caption: str, alternative: str, summary: str
) -> nodes.Element:
    """``<figure>``: the SVG, its caption, and the same numbers as text in a ``<details>``.

    The pictures repeat what the page lists, so they stay out of the search index.
    """
    markup = (
        f'<figure class="briefing-picture" id="{esc(picture_id)}">'
        f"{svg}"
        f'<figcaption id="{esc(picture_id)}-caption">{esc(caption)}</figcaption>'
        f'<details class="briefing-picture-text"><summary>{esc(summary)}</summary>'
        f"{alternative}</details></figure>"
    )
    box = nodes.container(classes=["briefing-picture-box", NOT_SEARCHED])
    box += nodes.raw("", markup, format="html")
    return box
