"""Write-time expansion of listing placeholders: article cards, glossary, entity backlinks."""

from __future__ import annotations

from collections import defaultdict

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.builders import Builder
from sphinx_design.shared import create_component

from briefing.derive import Derived, derive
from briefing.domain import ENTITY_LABELS, GLOSSARY_TYPES, BriefingDomain, get_domain
from briefing.nodes import briefing_listing

RELATED_LIMIT = 12


def expand_listings(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    placeholders = list(doctree.findall(briefing_listing))
    if not placeholders:
        return
    domain = get_domain(app.env)
    derived = domain.data.get("derived")
    if not isinstance(derived, Derived):
        derived = derive(domain)
    render = ListingRenderer(app.builder, domain, derived, docname)
    for node in placeholders:
        node.replace_self(render.render(node["key"]))


class ListingRenderer:
    def __init__(self, builder: Builder, domain: BriefingDomain, derived: Derived, docname: str):
        self.builder = builder
        self.domain = domain
        self.derived = derived
        self.docname = docname

    def link(self, to: str, anchor: str, text: str, title: str = "") -> nodes.reference:
        uri = self.builder.get_relative_uri(self.docname, to)
        if anchor:
            uri += "#" + anchor
        return nodes.reference("", text, internal=True, refuri=uri, reftitle=title)

    def render(self, key: str) -> list[nodes.Node]:
        kind, _, name = key.partition(":")
        if kind == "articles":
            return [self.article_cards()]
        if kind == "glossary":
            return self.glossary()
        if kind == "entity":
            return self.entity_backlinks(name)
        return []

    # -- home page ------------------------------------------------------------------------
    def article_cards(self) -> nodes.Element:
        order = self.derived.article_order
        if not order:
            return nodes.paragraph(
                text="No articles yet: add plain-text files to the seeds folder."
            )
        row = create_component(
            "grid-row",
            ["sd-row", "sd-row-cols-1", "sd-row-cols-md-2", "sd-g-3", "briefing-cards"],
        )
        for docname in order:
            column = create_component("grid-item", ["sd-col", "sd-d-flex-row"])
            column += self.article_card(docname)
            row += column
        grid = create_component("grid-container", ["sd-container-fluid", "sd-mb-4"])
        grid += row
        return grid

    def article_card(self, docname: str) -> nodes.Element:
        facts = self.domain.articles[docname]
        card = create_component(
            "card", ["sd-card", "sd-sphinx-override", "sd-w-100", "sd-shadow-sm", "sd-card-hover"]
        )
        body = create_component("card-body", ["sd-card-body"])
        title = create_component("card-title", ["sd-card-title", "sd-font-weight-bold"])
        title += nodes.paragraph("", "", self.link(docname, "", facts.title))
        body += title
        body += nodes.paragraph(facts.lead, facts.lead, classes=["sd-card-text"])
        card += body
        footer = create_component("card-footer", ["sd-card-footer"])
        source = f"Wire: {facts.source}" if facts.source else "No wire credit"
        footer += nodes.paragraph(
            "",
            "",
            nodes.Text(source + (f" · {facts.date}" if facts.date else "")),
            classes=["sd-card-text"],
        )
        card += footer
        return card

    # -- glossary index -------------------------------------------------------------------
    def glossary(self) -> list[nodes.Node]:
        by_type: defaultdict[str, list[str]] = defaultdict(list)
        for entity_id, target in self.domain.entities.items():
            by_type[target.type].append(entity_id)
        if not by_type:
            return [nodes.paragraph(text="The glossary is empty.")]
        out: list[nodes.Node] = []
        for kind in GLOSSARY_TYPES:
            label = ENTITY_LABELS[kind]
            ids = sorted(
                by_type.get(kind, ()), key=lambda e: self.domain.entities[e].name.casefold()
            )
            if not ids:
                continue
            heading = nodes.rubric(text=f"{label}s ({len(ids)})", ids=[f"type-{kind}"])
            entries = nodes.bullet_list(classes=["briefing-glossary"])
            for entity_id in ids:
                target = self.domain.entities[entity_id]
                count = len(self.derived.mentions.get(entity_id, ()))
                item = nodes.paragraph()
                item += self.link(target.docname, target.anchor, target.name, target.summary)
                item += nodes.inline(text=f" {count}", classes=["sd-badge", "sd-bg-light"])
                entries += nodes.list_item("", item)
            out += [heading, entries]
        return out

    # -- entity page ----------------------------------------------------------------------
    def entity_backlinks(self, entity_id: str) -> list[nodes.Node]:
        out: list[nodes.Node] = []
        mentions = self.derived.mentions.get(entity_id, [])
        out.append(nodes.rubric(text=f"Mentions ({len(mentions)})"))
        quotes = nodes.bullet_list(classes=["briefing-mentions"])
        for docname, fact in mentions:
            item = nodes.paragraph()
            item += nodes.inline(text=fact.sentence, classes=["briefing-quote"])
            item += nodes.Text(" — ")
            title = self.domain.articles[docname].title
            item += self.link(docname, fact.anchor, title, "Read the paragraph")
            quotes += nodes.list_item("", item)
        out.append(quotes if mentions else nodes.paragraph(text="No mentions in the articles."))
        articles = self.derived.articles_of.get(entity_id, [])
        if articles:
            out.append(nodes.rubric(text=f"Articles ({len(articles)})"))
            listing = nodes.bullet_list()
            for docname in articles:
                item = nodes.paragraph()
                item += self.link(docname, "", self.domain.articles[docname].title)
                listing += nodes.list_item("", item)
            out.append(listing)
        related = [
            (e, n) for e, n in self.derived.related.get(entity_id, []) if e in self.domain.entities
        ][:RELATED_LIMIT]
        if related:
            out.append(nodes.rubric(text="Related entities"))
            line = nodes.paragraph(classes=["briefing-related"])
            for index, (other, count) in enumerate(related):
                target = self.domain.entities[other]
                if index:
                    line += nodes.Text(" · ")
                line += self.link(target.docname, target.anchor, target.name, target.summary)
                line += nodes.Text(f" ({count})")
            out.append(line)
        return out
