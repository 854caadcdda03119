"""Post-transforms for a collected page: the cross-reference resolvers, not the whole set.

A collected page's doctree (``collected.page_doctree``) holds docutils' basic nodes, listing
placeholders and cross-references, nothing else: of the two dozen post-transforms Sphinx and
the extensions register (code highlighting, images, sphinx-design's components, the theme's
link shortener, C and C++ aliases, ...) only the resolvers act on it. Each of the others still
walks the doctree, and over thousands of small pages that cost about a second a hundred
articles. The listings drawn at ``doctree-resolved`` come after every post-transform anyway,
on both paths.
"""

from __future__ import annotations

from copy import deepcopy

from docutils import nodes
from sphinx.environment import BuildEnvironment
from sphinx.transforms import SphinxTransformer

#: Modules whose post-transforms a collected page needs: Sphinx's reference resolver (with
#: its cheap companions for ``only`` and signature nodes), MyST's and the extension's own.
_RESOLVER_MODULES = ("sphinx.transforms.post_transforms", "myst_parser.", "briefing.")


def _resolves_references(transform: type) -> bool:
    module = transform.__module__
    return module == _RESOLVER_MODULES[0] or module.startswith(_RESOLVER_MODULES[1:])


def resolve_collected(env: BuildEnvironment, doctree: nodes.document, docname: str) -> None:
    """``env.apply_post_transforms`` with the resolvers alone, then ``doctree-resolved``."""
    backup = env.current_document
    current = deepcopy(backup)
    current.docname = docname
    try:
        env.current_document = current
        transformer = SphinxTransformer(doctree)
        transformer.set_environment(env)
        transforms = env._registry.get_post_transforms()
        transformer.add_transforms([t for t in transforms if _resolves_references(t)])
        transformer.apply_transforms()
    finally:
        env.current_document = backup
    env.events.emit("doctree-resolved", doctree, docname)
