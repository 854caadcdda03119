"""Pages that hold only wire text skip the smart-quotes transform altogether.

Wire text is reproduced exactly, so the article, entity and source sections are marked
``support_smartquotes = False``. Sphinx's transform still walks every text node of such a
page and asks each whether an ancestor opts out; for a page whose every part opts out (a
generated article stub holds one article and a comment), the document-wide switch Sphinx
offers extensions (``settings.smart_quotes = False``) gives the same text without the walk.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.transforms import SphinxSmartQuotes, SphinxTransform

#: Nodes whose text smart quotes never change (a stub's comment is MyST's raw HTML).
_UNCHANGED = (
    nodes.raw,
    nodes.comment,
    nodes.docinfo,
    nodes.meta,
    nodes.target,
    nodes.substitution_definition,
)


class VerbatimPages(SphinxTransform):
    # Just before the smart-quotes transform.
    default_priority = SphinxSmartQuotes.default_priority - 1

    def apply(self, **kwargs: Any) -> None:
        children = self.document.children
        if children and all(_opts_out(child) for child in children):
            self.document.settings.smart_quotes = False


def _opts_out(node: nodes.Node) -> bool:
    return isinstance(node, _UNCHANGED) or (
        isinstance(node, nodes.Element) and node.get("support_smartquotes") is False
    )
