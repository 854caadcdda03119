"""Checks across documents: duplicate registry ids, and unknown ids with suggestions.

Roles are checked by Sphinx when it resolves them (``warn-missing-reference``), MyST links to
``#<id>`` by :class:`EntityLinkChecker` just before MyST resolves them, and the ids in notes'
front matter and topics' options after reading (``env-updated``). All of them are reported by
:func:`briefing.checks.unresolved.unresolved`, at the line of the reference itself.
"""

from __future__ import annotations

from typing import Any, cast

from docutils import nodes
from docutils.utils import get_source_line
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.domains import Domain
from sphinx.environment import BuildEnvironment
from sphinx.transforms.post_transforms import SphinxPostTransform

from briefing.checks.report import warn
from briefing.checks.subtypes import Subtype, suggestion
from briefing.checks.unresolved import kind_of, own_line, resolves_article, unresolved
from briefing.directives.note import ID_PREFIXES
from briefing.domain.access import get_domain
from briefing.domain.brief import BriefingDomain


def check_registry(domain: BriefingDomain) -> None:
    """Warn once per duplicated registry id, naming every place that defines it."""
    places: dict[str, list[tuple[str, int]]] = {}
    for docname, facts in sorted(domain.registry.items()):
        for fact in facts:
            places.setdefault(fact.entity, []).append((docname, fact.line))
    env = domain.env
    for entity_id, found in sorted(places.items()):
        if len(found) < 2:
            continue
        where = ", ".join(f"{env.doc2path(d)}:{line}" for d, line in found)
        (first_doc, _), (doc, line) = found[0], found[1]
        warn(
            Subtype.DUPLICATE_ENTITY,
            f"the entity id {entity_id!r} is defined more than once ({where}); the first one "
            f"({env.doc2path(first_doc)}) is used: remove or rename the others",
            env.doc2path(doc),
            line,
        )


def _reference_location(
    env: BuildEnvironment, node: nodes.Element, needle: str
) -> tuple[str, int | None]:
    source, line = get_source_line(node)
    path = source or str(env.doc2path(node.get("refdoc", env.docname)))
    return path, own_line(path, line, needle)


def warn_missing_reference(app: Sphinx, domain: Domain, node: pending_xref) -> bool | None:
    """Replace Sphinx's generic message for our roles with one that suggests known ids."""
    if domain is None or domain.name != "brief":
        return None
    target = str(node["reftarget"])
    problem = unresolved(get_domain(app.env), str(node["reftype"]), target)
    path, line = _reference_location(app.env, node, f"`{target}`")
    warn(problem.subtype, problem.message, path, line)
    return True


class EntityLinkChecker(SphinxPostTransform):
    """MyST links to ``#person.x`` that name nothing: our warning, at the link's line.

    Runs just before MyST's resolver (priority 9), which would only say "target not found" at
    the paragraph's first line; the link is left as plain text, as Sphinx does for roles.
    """

    default_priority = 8

    def run(self, **kwargs: Any) -> None:
        domain = get_domain(self.env)
        for node in list(self.document.findall(pending_xref)):
            target = str(node.get("reftarget", ""))
            if node.get("reftype") != "myst" or not target.startswith(ID_PREFIXES):
                continue
            if target in domain.entities:
                # Resolved here, with the entity's description as the hover text: MyST would
                # also find the standard label of the same name, and call the link ambiguous.
                node.replace_self(self._entity_link(domain, node, target))
                continue
            problem = unresolved(domain, kind_of(target), target)
            path, line = _reference_location(self.env, node, f"(#{target}")
            warn(problem.subtype, problem.message, path, line)
            node.replace_self(node.children or nodes.Text(target))

    def _entity_link(self, domain: BriefingDomain, node: pending_xref, target: str) -> nodes.Node:
        contnode = cast("nodes.Element", node[0].deepcopy()) if node.children else None
        if contnode is None or not contnode.astext():
            contnode = nodes.inline(target, target)
            node["refexplicit"] = False
        # The builder as Sphinx's own reference resolver reaches it (``self.app`` is deprecated).
        builder = self.env._app.builder
        ref = domain.resolve_xref(
            self.env,
            node.get("refdoc", self.env.docname),
            builder,
            "entity",
            target,
            node,
            contnode,
        )
        return ref if ref is not None else contnode


def check_topics(domain: BriefingDomain) -> None:
    """A topic naming an article section or entity that does not exist warns at its line."""
    sections = {
        f"{facts.slug}#{section.anchor}"
        for facts in domain.articles.values()
        for section in facts.sections
    }
    slugs = {facts.slug for facts in domain.articles.values()}
    for docname, topics in sorted(domain.topics.items()):
        path = domain.env.doc2path(docname)
        for topic in topics:
            lines = dict(topic.option_lines)
            for ref in topic.sections:
                if ref not in sections and ref not in slugs:
                    hint = suggestion(ref, sorted(sections | slugs))
                    warn(
                        Subtype.UNKNOWN_SECTION,
                        f"topic {topic.id!r} names the article section {ref!r}, which does not "
                        f"exist{hint}: write <article>#<section anchor>, e.g. an anchor from the "
                        "article page's headings",
                        path,
                        lines.get("sections", topic.line),
                    )
            for entity_id in topic.entities:
                if entity_id not in domain.entities:
                    problem = unresolved(
                        domain, kind_of(entity_id), entity_id, f"topic {topic.id!r}"
                    )
                    warn(problem.subtype, problem.message, path, lines.get("entities", topic.line))


def check_notes(domain: BriefingDomain) -> None:
    """Front-matter ids that name nothing warn at their line, with the nearest valid value."""
    for docname, note in sorted(domain.notes.items()):
        path = domain.env.doc2path(docname)
        for entity_id, line in note.entities:
            target = domain.entities.get(entity_id)
            if target is None or target.type in ("topic", "source"):
                problem = unresolved(domain, "entity", entity_id, "the note")
                warn(problem.subtype, problem.message, path, line)
        for topic_id, line in note.topics:
            target = domain.entities.get(topic_id)
            if target is None or target.type != "topic":
                problem = unresolved(domain, "topic", topic_id, "the note")
                warn(problem.subtype, problem.message, path, line)
        if note.article is not None:
            slug, anchor, line = note.article
            reference = f"{slug}#{anchor}" if anchor else slug
            if not resolves_article(domain, reference):
                problem = unresolved(domain, "article", reference, "the note")
                warn(problem.subtype, problem.message, path, line)
