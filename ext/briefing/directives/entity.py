"""``brief:entity`` (an editor's registry entry) and ``brief:entity-page`` (a glossary page)."""

from __future__ import annotations

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.util.docutils import SphinxDirective

from briefing.checks.report import warn
from briefing.checks.subtypes import Subtype, suggestion
from briefing.domain.access import get_domain, remember_input
from briefing.domain.corpus import Corpus
from briefing.domain.facts import ENTITY_LABELS, EntityTarget, RegistryFact
from briefing.domain.nodes import listing
from briefing.domain.registry import EntityOptions, RegistryEntry, curated_entry
from briefing.html.components import field_list, xref
from briefing.nlp.resolve import EntityInfo
from briefing.views.describe import distinct_roles

SUMMARY_LENGTH = 200


def type_badge(kind: str) -> nodes.inline:
    label = ENTITY_LABELS.get(kind, kind)
    classes = ["sd-badge", "sd-bg-secondary", "sd-bg-text-secondary", "briefing-type"]
    return nodes.inline(label, label, classes=classes)


def escape_raw(tree: nodes.Element) -> None:
    """Show raw HTML an editor typed in a registry entry as text: entries are data."""
    for raw in list(tree.findall(nodes.raw)):
        text = raw.astext()
        inline = isinstance(raw.parent, nodes.TextElement)
        raw.replace_self(nodes.Text(text) if inline else nodes.paragraph(text, text))


def joined(items: list[str]) -> list[nodes.Node]:
    return [nodes.Text("; ".join(items))]


def entity_facts(corpus: Corpus, info: EntityInfo) -> nodes.field_list:
    """The facts block of an entity page: type, other spellings, titles, country."""
    rows: list[tuple[str, list[nodes.Node]]] = [("Type", [type_badge(info.type)])]
    aliases = sorted(alias for alias in info.aliases if alias != info.name)
    if aliases:
        rows.append(("Also written", joined(aliases)))
    if info.roles and info.type == "person":
        rows.append(("Titles in the text", joined(distinct_roles(info.roles))))
    place = corpus.entities.get(info.related_place or "")
    if place is not None:  # the country has a page only when some article names it
        rows.append(("Country", [xref("entity", place.id, place.name)]))
    return field_list(rows)


class EntityEntryDirective(SphinxDirective, EntityOptions):
    """A curated registry entry. Shown on the registry page; its page is in the glossary."""

    def run(self) -> list[nodes.Node]:
        entry = curated_entry(self.arguments[0], dict(self.options))
        docname = self.env.docname
        get_domain(self.env).registry.setdefault(docname, []).append(
            RegistryFact(entry.id, self.lineno)
        )
        card = nodes.container(classes=["sd-card", "sd-mb-3", "briefing-registry-entry"])
        body = nodes.container(classes=["sd-card-body"])
        # The name and aliases are data: no typographic quotes or dashes, as on entity pages.
        title = nodes.paragraph(classes=["sd-card-title"], support_smartquotes=False)
        title += xref("entity", entry.id, entry.name)
        title += nodes.Text(" ")
        title += type_badge(entry.type)
        body += title
        rows: list[tuple[str, list[nodes.Node]]] = [("Id", [nodes.literal(entry.id, entry.id)])]
        if entry.aliases:
            rows.append(("Aliases", joined(list(entry.aliases))))
        if entry.suppress:
            rows = [("Suppressed", [nodes.Text("never shown as an entity")])]
            title.clear()
            title += [nodes.Text(entry.name + " "), type_badge(entry.type)]
        elif entry.id not in get_domain(self.env).corpus.registry:
            # The pre-scan rejected the entry (an invalid option, warned about at its line):
            # it is not in the glossary, so its card neither links nor claims a type.
            rows = [("Not applied", [nodes.Text("fix the warning at this entry's line")])]
            title.clear()
            title += nodes.Text(entry.name)
        fields = field_list(rows)
        fields["support_smartquotes"] = False
        body += fields
        if self.content:
            self.state.nested_parse(self.content, self.content_offset, body)
            escape_raw(body)
        card += body
        return [card]


def entity_page_section(
    corpus: Corpus, info: EntityInfo, generated: bool
) -> tuple[nodes.section, nodes.container]:
    """An entity page's section: title, facts, a description box (``generated``: drawn from
    the corpus when the page is written; else left for the editors' words), its listing."""
    section = nodes.section(ids=[info.id], classes=["briefing-entity"])
    # Names and aliases are quoted from the wire: no typographic quotes or dashes.
    section += nodes.title(text=info.name, support_smartquotes=False)
    facts = entity_facts(corpus, info)
    facts["support_smartquotes"] = False
    section += facts
    description = nodes.container(classes=["briefing-description"])
    if generated:
        description += listing(f"description:{info.id}")
    section += description
    section += listing(f"entity:{info.id}")
    return section, description


class EntityPageDirective(SphinxDirective):
    """The glossary page of one entity; generated stubs call it with the entity id."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        entity_id = self.arguments[0]
        corpus = get_domain(self.env).corpus
        info = corpus.entities.get(entity_id)
        if info is None:
            warn(
                Subtype.UNKNOWN_ENTITY,
                f"no entity has the id {entity_id!r}"
                f"{suggestion(entity_id, sorted(corpus.entities), 0.8)}; the page is left empty",
                *self.get_source_info(),
            )
            return []
        curated = corpus.registry.get(entity_id)
        section, description = entity_page_section(corpus, info, generated=curated is None)
        if curated is not None:
            self.env.note_dependency(str(curated.path))
            self._parse_description(curated, description)
        keys = (
            [f"entity:{entity_id}"]
            if curated
            else [f"entity:{entity_id}", f"description:{entity_id}"]
        )
        get_domain(self.env).listings[self.env.docname] = keys
        remember_input(self.env)
        get_domain(self.env).add_entity(
            entity_id,
            EntityTarget(
                docname=self.env.docname,
                anchor=entity_id,
                name=info.name,
                type=info.type,
                summary=description.astext().strip()[:SUMMARY_LENGTH] if curated else "",
            ),
        )
        return [section]

    def _parse_description(self, curated: RegistryEntry, into: nodes.Element) -> None:
        source = str(curated.path)
        lines = StringList(
            list(curated.body),
            items=[(source, curated.body_line - 1 + i) for i in range(len(curated.body))],
        )
        self.state.nested_parse(lines, 0, into)
        escape_raw(into)
