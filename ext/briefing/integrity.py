"""Checks across documents: duplicate registry ids, and unknown ids with suggestions."""

from __future__ import annotations

import difflib

from docutils.utils import get_source_line
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.domains import Domain

from briefing.domain import ArticleFacts, BriefingDomain, get_domain
from briefing.report import warn
from briefing.subtypes import Subtype


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


def warn_missing_reference(app: Sphinx, domain: Domain, node: pending_xref) -> bool | None:
    """Replace Sphinx's generic message for our roles with one that suggests known ids."""
    if domain is None or domain.name != "brief":
        return None
    target = node["reftarget"]
    hints = get_domain(app.env).suggestions(target)
    hint = f" (did you mean {' or '.join(hints)}?)" if hints else ""
    source, line = get_source_line(node)
    warn(
        Subtype.UNKNOWN_ENTITY,
        f"unknown {node['reftype']} id {target!r}{hint}: use an id from the glossary, "
        "or add the entity to the registry",
        source or app.env.doc2path(node.get("refdoc", app.env.docname)),
        line,
    )
    return True


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
            for ref in topic.sections:
                if ref not in sections and ref not in slugs:
                    hint = _did_you_mean(ref, sorted(sections | slugs))
                    warn(
                        Subtype.UNKNOWN_SECTION,
                        f"topic {topic.id!r} names the article section {ref!r}, which does not "
                        f"exist{hint}: write <article>#<section anchor>, e.g. an anchor from the "
                        "article page's headings",
                        path,
                        topic.line,
                    )
            for entity_id in topic.entities:
                if entity_id not in domain.entities:
                    hint = _did_you_mean(entity_id, domain.suggestions(entity_id))
                    warn(
                        Subtype.UNKNOWN_ENTITY,
                        f"topic {topic.id!r} names the unknown entity {entity_id!r}{hint}: "
                        "use an id from the glossary",
                        path,
                        topic.line,
                    )


def _did_you_mean(target: str, known: list[str]) -> str:
    close = difflib.get_close_matches(target, known, n=3, cutoff=0.6)
    return f" (did you mean {' or '.join(close)}?)" if close else ""


def check_notes(domain: BriefingDomain) -> None:
    """Front-matter ids that name nothing warn at their line, with the nearest valid value."""
    slugs = {facts.slug: facts for facts in domain.articles.values()}
    for docname, note in sorted(domain.notes.items()):
        path = domain.env.doc2path(docname)
        for entity_id, line in note.entities:
            target = domain.entities.get(entity_id)
            if target is None or target.type in ("topic", "source"):
                hint = _did_you_mean(entity_id, domain.suggestions(entity_id))
                warn(
                    Subtype.UNKNOWN_ENTITY,
                    f"the note names the unknown entity {entity_id!r}{hint}: use an id from the "
                    "glossary",
                    path,
                    line,
                )
        topics = sorted(e for e, t in domain.entities.items() if t.type == "topic")
        for topic_id, line in note.topics:
            if topic_id not in topics:
                hint = _did_you_mean(topic_id, topics)
                warn(
                    Subtype.UNKNOWN_TOPIC,
                    f"the note names the unknown topic {topic_id!r}{hint}: use a topic id from "
                    "the topics pages",
                    path,
                    line,
                )
        if note.article is not None:
            _check_note_article(note.article, slugs, path)


def _check_note_article(
    article: tuple[str, str, int], slugs: dict[str, ArticleFacts], path: object
) -> None:
    slug, anchor, line = article
    facts = slugs.get(slug)
    if facts is None:
        hint = _did_you_mean(slug, sorted(slugs))
        warn(
            Subtype.UNKNOWN_ANCHOR,
            f"the note annotates the unknown article {slug!r}{hint}: write "
            "'article: <article name>#p-<paragraph number>'",
            str(path),
            line,
        )
    elif anchor and anchor not in facts.anchors:
        hint = _did_you_mean(anchor, list(facts.anchors))
        warn(
            Subtype.UNKNOWN_ANCHOR,
            f"the article {slug!r} has no paragraph {anchor!r}{hint}: its paragraphs are "
            f"p-1 to p-{sum(a.startswith('p-') for a in facts.anchors)}",
            str(path),
            line,
        )
