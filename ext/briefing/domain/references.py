"""Which cross-references each page makes, so its links are re-written when targets change.

A role such as {brief:person}`person.yoon-suk-yeol` is resolved when the page is written, to
the entity's page and its description. When a registry edit moves or re-describes the entity,
every page that links to it must be written again; recording each reference as a listing key
(``ref:<role>:<target>``) lets :mod:`briefing.views` see that.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx

from briefing.directives.note import ID_PREFIXES
from briefing.domain.access import get_domain


def reference_keys(doctree: nodes.document) -> set[str]:
    keys: set[str] = set()
    for ref in doctree.findall(pending_xref):
        target = str(ref.get("reftarget", ""))
        if ref.get("refdomain") == "brief":
            keys.add(f"ref:{ref['reftype']}:{target}")
        elif target.lstrip("#").startswith(ID_PREFIXES):
            keys.add(f"ref:any:{target.lstrip('#')}")
    return keys


def note_references(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``: add the page's reference keys to the listings it depends on."""
    keys = reference_keys(doctree)
    if not keys:
        return
    listings = get_domain(app.env).listings
    docname = app.env.docname
    listings[docname] = sorted(set(listings.get(docname, ())) | keys)
