"""The ``brief`` domain: glossary entities and articles as cross-referenceable objects.

Reading stores only facts about the document being read, keyed by docname (``clear_doc`` and
``merge_domaindata`` work per docname). Cross-document views live in :mod:`briefing.views`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set
from typing import Any, cast

from docutils import nodes
from docutils.nodes import Element
from sphinx.addnodes import pending_xref
from sphinx.builders import Builder
from sphinx.domains import Domain, ObjType
from sphinx.domains.std import StandardDomain
from sphinx.environment import BuildEnvironment
from sphinx.roles import XRefRole
from sphinx.util.nodes import make_refnode

from briefing.directives.article import ArticleDirective
from briefing.directives.entity import EntityEntryDirective, EntityPageDirective
from briefing.directives.example import ExampleDirective
from briefing.directives.listing import (
    ArchiveDirective,
    ArticlesDirective,
    GlossaryDirective,
    InTheNewsDirective,
    NotesDirective,
    SourcesDirective,
    TopicCardsDirective,
    TopicsDirective,
)
from briefing.directives.source import SourcePageDirective
from briefing.directives.topic import TopicDirective
from briefing.directives.warnings_table import WarningsDirective
from briefing.domain.corpus import Corpus
from briefing.domain.facts import (
    ENTITY_LABELS,
    EXPORTED_TYPES,
    ArticleFacts,
    ClaimFact,
    EntityTarget,
    MentionFact,
    NoteFact,
    RegistryFact,
    TopicFact,
)
from briefing.html.components import OPTIONAL
from briefing.nlp.resolve import ENTITY_TYPES

PER_DOC_KEYS = (
    "defines",
    "articles",
    "mentions",
    "registry",
    "listings",
    "inputs",
    "claims",
    "topics",
    "notes",
)


class BriefingDomain(Domain):
    name = "brief"
    label = "Briefing"
    object_types = {  # noqa: RUF012 - Sphinx API
        **{kind: ObjType(label, kind, "entity") for kind, label in ENTITY_LABELS.items()},
        "article": ObjType("Article", "article"),
        "source": ObjType("Source", "source", "entity"),
        "topic": ObjType("Topic", "topic", "entity"),
    }
    roles = {  # noqa: RUF012 - Sphinx API
        **{kind: XRefRole() for kind in (*ENTITY_TYPES, "entity", "article", "source", "topic")},
    }
    directives = {  # noqa: RUF012 - Sphinx API
        "article": ArticleDirective,
        "entity": EntityEntryDirective,
        "entity-page": EntityPageDirective,
        "articles": ArticlesDirective,
        "archive": ArchiveDirective,
        "in-the-news": InTheNewsDirective,
        "glossary": GlossaryDirective,
        "notes": NotesDirective,
        "example": ExampleDirective,
        "source-page": SourcePageDirective,
        "sources": SourcesDirective,
        "topic": TopicDirective,
        "topics": TopicsDirective,
        "topic-cards": TopicCardsDirective,
        "warnings": WarningsDirective,
    }
    initial_data = {  # noqa: RUF012 - Sphinx API
        "entities": {},  # entity id -> EntityTarget
        "defines": {},  # docname -> ids of the entities, topics and sources it defines
        "articles": {},  # docname -> ArticleFacts
        "mentions": {},  # docname -> list[MentionFact]
        "registry": {},  # docname -> list[RegistryFact]
        "listings": {},  # docname -> sorted list of listing keys the page shows
        "inputs": {},  # docname -> fingerprint of the pre-pass data the page was read from
        "claims": {},  # docname -> list[ClaimFact]
        "topics": {},  # docname -> list[TopicFact]
        "notes": {},  # docname -> NoteFact
    }
    data_version = 5

    # -- stored facts ---------------------------------------------------------------------
    @property
    def entities(self) -> dict[str, EntityTarget]:
        return cast("dict[str, EntityTarget]", self.data["entities"])

    @property
    def articles(self) -> dict[str, ArticleFacts]:
        return cast("dict[str, ArticleFacts]", self.data["articles"])

    @property
    def mentions(self) -> dict[str, list[MentionFact]]:
        return cast("dict[str, list[MentionFact]]", self.data["mentions"])

    @property
    def registry(self) -> dict[str, list[RegistryFact]]:
        return cast("dict[str, list[RegistryFact]]", self.data["registry"])

    @property
    def listings(self) -> dict[str, list[str]]:
        return cast("dict[str, list[str]]", self.data["listings"])

    @property
    def claims(self) -> dict[str, list[ClaimFact]]:
        return cast("dict[str, list[ClaimFact]]", self.data["claims"])

    @property
    def topics(self) -> dict[str, list[TopicFact]]:
        return cast("dict[str, list[TopicFact]]", self.data["topics"])

    @property
    def notes(self) -> dict[str, NoteFact]:
        return cast("dict[str, NoteFact]", self.data["notes"])

    @property
    def inputs(self) -> dict[str, str]:
        return cast("dict[str, str]", self.data["inputs"])

    @property
    def corpus(self) -> Corpus:
        """The pre-pass result: set in the main process before reading, never merged."""
        found = self.data.get("corpus")
        return found if isinstance(found, Corpus) else Corpus()

    def set_corpus(self, corpus: Corpus) -> None:
        self.data["corpus"] = corpus

    def add_entity(self, entity_id: str, target: EntityTarget) -> None:
        self.entities[entity_id] = target
        self.data["defines"].setdefault(target.docname, []).append(entity_id)
        if target.type in EXPORTED_TYPES:
            self._add_standard_label(entity_id, target)

    def _add_standard_label(self, entity_id: str, target: EntityTarget) -> None:
        """The entity as a ``std:label`` too, named by its id: other Sphinx sites can then cite
        it through intersphinx (``:ref:`person.x```) without this extension. Sphinx's standard
        domain forgets and merges its labels per document, as this domain does."""
        std: StandardDomain = self.env.domains.standard_domain
        if entity_id not in std.labels:  # an editor's own label of that name wins
            std.labels[entity_id] = (target.docname, target.anchor, target.name)
            std.anonlabels[entity_id] = (target.docname, target.anchor)

    def clear_doc(self, docname: str) -> None:
        # By the document's own list: scanning every entity for each document read would make
        # a full build quadratic in the number of pages.
        for entity_id in self.data["defines"].get(docname, ()):
            target = self.entities.get(entity_id)
            if target is not None and target.docname == docname:
                del self.entities[entity_id]
        for key in PER_DOC_KEYS:
            self.data[key].pop(docname, None)

    def clear_collected(self, docname: str) -> None:
        """Forget a collected page (no document, so nothing but this domain names it): its
        entities and the standard labels made for them. Sphinx's own ``clear_doc`` scans every
        label of the site for each page, which made forgetting 3,000 pages take seconds."""
        std: StandardDomain = self.env.domains.standard_domain
        for entity_id in self.data["defines"].get(docname, ()):
            if std.labels.get(entity_id, ("",))[0] == docname:
                del std.labels[entity_id]
                std.anonlabels.pop(entity_id, None)
        self.clear_doc(docname)

    def forget_documents_read_elsewhere(self) -> None:
        """Empty every per-document table; the pre-pass corpus and build state stay."""
        self.data["entities"] = {}
        for key in PER_DOC_KEYS:
            self.data[key] = {}

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        for docname in docnames:
            for entity_id in otherdata["defines"].get(docname, ()):
                target = otherdata["entities"].get(entity_id)
                if target is not None and target.docname == docname:
                    self.entities[entity_id] = target
        for key in PER_DOC_KEYS:
            for docname, value in otherdata[key].items():
                if docname in docnames:
                    self.data[key][docname] = value

    # -- cross-references -----------------------------------------------------------------
    def find_entity(self, typ: str, target: str) -> tuple[str, EntityTarget] | None:
        """Look ``target`` up as an id, a type-less slug for a typed role, or a unique name."""
        candidates = [target]
        if typ not in ("entity", "any", "article") and not target.startswith(typ + "."):
            candidates.append(f"{typ}.{target}")
        for candidate in candidates:
            found = self.entities.get(candidate)
            if found is not None and (typ in ("entity", "any") or found.type == typ):
                return candidate, found
        by_name = [
            (entity_id, t)
            for entity_id, t in self.entities.items()
            if t.name.casefold() == target.casefold() and typ in ("entity", "any", t.type)
        ]
        return by_name[0] if len(by_name) == 1 else None

    def resolve_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        typ: str,
        target: str,
        node: pending_xref,
        contnode: Element,
    ) -> nodes.reference | None:
        if typ == "article":
            return self._resolve_article(fromdocname, builder, target, contnode)
        found = self.find_entity(typ, target)
        if found is None:
            if not node.get(OPTIONAL):
                return None
            # A dateline's place links only when the glossary has it: its text stands alone.
            return nodes.Text(contnode.astext())  # type: ignore[return-value]
        _, where = found
        if not node.get("refexplicit"):
            # A bare role shows the entity's name, not its id.
            contnode = nodes.inline(where.name, where.name, classes=["briefing-mention"])
        return make_refnode(
            builder, fromdocname, where.docname, where.anchor, contnode, where.summary
        )

    def _resolve_article(
        self, fromdocname: str, builder: Builder, target: str, contnode: Element
    ) -> nodes.reference | None:
        # "<article>#p-4" links to the paragraph, when the article has it.
        name, _, anchor = target.partition("#")
        for docname, facts in self.articles.items():
            if name in (facts.slug, docname) and (not anchor or anchor in facts.anchors):
                return make_refnode(builder, fromdocname, docname, anchor, contnode, facts.title)
        return None

    def resolve_any_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        target: str,
        node: pending_xref,
        contnode: Element,
    ) -> list[tuple[str, nodes.reference]]:
        found = self.entities.get(target)
        if found is None:
            return []
        ref = make_refnode(
            builder, fromdocname, found.docname, found.anchor, contnode, found.summary
        )
        return [(f"brief:{found.type}", ref)]

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        for entity_id, target in sorted(self.entities.items()):
            # An object with a page of its own is found in the search by that page's title;
            # listing it again as an object would show it twice (-1: inventory only).
            own_page = target.anchor == entity_id and target.type not in ("figure", "date")
            yield (
                entity_id,
                target.name,
                target.type,
                target.docname,
                target.anchor,
                (-1 if own_page else 1),
            )
        for docname, facts in sorted(self.articles.items()):
            # The article's own section id: with no anchor, the search would link "#<title>".
            yield (
                f"article.{facts.slug}",
                facts.title,
                "article",
                docname,
                f"article-{facts.slug}",
                1,
            )

    def get_full_qualified_name(self, node: Element) -> str | None:
        return cast("str | None", node.get("reftarget"))

    def mentions_in(self, docnames: Iterable[str]) -> Iterator[tuple[str, MentionFact]]:
        for docname in docnames:
            for fact in self.mentions.get(docname, ()):
                yield docname, fact
