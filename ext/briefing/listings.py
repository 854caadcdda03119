"""Write-time expansion of listing placeholders: article cards, glossary, entity backlinks."""

from __future__ import annotations

from collections import Counter, defaultdict

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.builders import Builder
from sphinx.util.osutil import relative_uri
from sphinx_design.shared import create_component

from briefing import dates
from briefing.components import NOT_SEARCHED, grid, quote
from briefing.derive import Derived, derived_views, in_the_news
from briefing.describe import generated
from briefing.domain import (
    GLOSSARY_TYPES,
    BriefingDomain,
    ClaimFact,
    EntityTarget,
    SectionFact,
    get_domain,
)
from briefing.feed import FEED_NAME
from briefing.nodes import briefing_listing
from briefing.page_toc import written_section
from briefing.pictures import data as picture_data
from briefing.pictures.over_time import OverTime, over_time_figure
from briefing.pictures.timeline import ARTICLE, EVENT, Entry, topic_timeline
from briefing.pictures.together import Network, together_figure
from briefing.previews import preview_cards
from briefing.sentences import first_sentence

RELATED_LIMIT = 12
# A topic's key figures: the first few of each section it gathers, newest sections first.
FIGURES_PER_SECTION = 3
TOPIC_FIGURES = 15
PLURAL_LABELS = {
    "person": "People",
    "org": "Organisations",
    "place": "Places",
    "group": "Groups",
}


def expand_listings(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    placeholders = list(doctree.findall(briefing_listing))
    if not placeholders:
        return
    domain = get_domain(app.env)
    derived = derived_views(domain, app.config.briefing_mentions_shown)
    render = ListingRenderer(app.builder, domain, derived, docname)
    for node in placeholders:
        if node["key"] == "article-notes":
            # Notes go after their paragraphs; the rest stay here, at the article's end.
            node.replace_self(render.weave_article_notes(doctree))
            continue
        if node["key"].startswith("previews:"):
            node.replace_self(preview_cards(app.builder, domain, derived, docname, doctree))
            continue
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
        ref = nodes.reference("", text, internal=True, refuri=uri)
        if title:
            ref["reftitle"] = title
        return ref

    def render(self, key: str) -> list[nodes.Node]:
        kind, _, name = key.partition(":")
        if kind == "articles":
            return self.article_cards(int(name) if name else None)
        if kind == "archive":
            return self.archive()
        if kind == "in-the-news":
            return self.in_the_news(int(name))
        if kind == "glossary":
            return self.glossary()
        if kind == "description":
            line = generated(self.domain, self.derived, name)
            return [nodes.paragraph(line, line, classes=["briefing-generated"])]
        if kind == "entity":
            return self.entity_page(name)
        if kind == "topic":
            return self.topic_page(name) + self.notes_section(name)
        if kind == "notes":
            return self.notes_index(int(name) if name else None)
        if kind == "note":
            return [self.note_byline(name)]
        if kind == "topics":
            return self.all_topics()
        if kind == "topic-cards":
            return [self.topic_cards()]
        if kind == "sources":
            return self.sources_index()
        if kind == "source":
            return self.source_page(name)
        return []

    def target_link(self, entity_id: str, text: str | None = None) -> nodes.Node:
        """A link to an entity, topic or source by id; plain text when it has no page."""
        target = self.domain.entities.get(entity_id)
        if target is None:
            return nodes.Text(text or entity_id)
        return self.link(target.docname, target.anchor, text or target.name, target.summary)

    # -- notes ----------------------------------------------------------------------------
    def note_summary(self, docname: str) -> nodes.Element:
        note = self.domain.notes[docname]
        box = create_component(
            "card", ["sd-card", "sd-sphinx-override", "sd-mb-3", "briefing-editorial"]
        )
        body = create_component("card-body", ["sd-card-body"])
        title = nodes.paragraph(classes=["sd-card-title", "sd-font-weight-bold"])
        title += self.link(docname, "", note.title)
        body += title
        when = dates.display(note.date) if note.date else None
        byline = " · ".join(x for x in ("Editor's note", note.author, when) if x)
        body += nodes.paragraph(byline, byline, classes=["briefing-byline"])
        if note.excerpt:
            body += nodes.paragraph(note.excerpt, note.excerpt, classes=["sd-card-text"])
        box += body
        return box

    def notes_section(self, target: str) -> list[nodes.Node]:
        docnames = self.derived.notes_about.get(target, [])
        if not docnames:
            return []
        cards = [self.note_summary(d) for d in docnames]
        return [written_section("notes", f"Editors' notes ({len(docnames)})", *cards)]

    def notes_index(self, latest: int | None = None) -> list[nodes.Node]:
        if not self.derived.note_order:
            return [nodes.paragraph(text="No notes yet.")]
        return [self.note_summary(d) for d in self.derived.note_order[:latest]]

    def note_byline(self, docname: str) -> nodes.Element:
        note = self.domain.notes[docname]
        box = nodes.container(classes=["briefing-byline", "briefing-editorial"])
        when = dates.display(note.date) if note.date else None
        line = " · ".join(x for x in ("Editor's note, not wire copy", note.author, when) if x)
        box += nodes.paragraph(line, line)
        about = [i for i in sorted(note.about()) if i in self.domain.entities]
        if about:
            para = nodes.paragraph()
            para += nodes.Text("About: ")
            for index, target in enumerate(about):
                if index:
                    para += nodes.Text(", ")
                para += self.target_link(target)
            box += para
        if note.article is not None:
            slug, anchor, _ = note.article
            found = [(d, f) for d, f in self.domain.articles.items() if f.slug == slug]
            if found:
                docname_, facts = found[0]
                para = nodes.paragraph()
                para += nodes.Text("Annotates: ")
                placed = anchor in facts.anchors
                label = facts.title + (f", ¶{anchor.removeprefix('p-')}" if placed else "")
                para += self.link(docname_, anchor if placed else "", label)
                if anchor and not placed:
                    para += nodes.Text(f" (it has no paragraph {anchor}: not placed)")
                box += para
        return box

    def weave_article_notes(self, doctree: nodes.document) -> list[nodes.Node]:
        """Put each note that annotates a paragraph right after that paragraph.

        A note on the whole article, or on a paragraph the article does not have (warned
        about at the note's line), is returned to be shown at the article's end: never above
        the wire text. The latter is flagged as not placed.
        """
        at = self.derived.notes_at.get(self.docname, [])
        by_id = {
            node_id: node
            for node in doctree.findall(nodes.Element)
            for node_id in node.get("ids", [])
        }
        anchors = self.domain.articles[self.docname].anchors if at else ()
        whole: list[nodes.Node] = []
        unplaced: list[nodes.Node] = []
        for anchor, note in reversed(at):
            target = by_id.get(anchor) if anchor in anchors else None
            aside = self.note_summary(note)
            aside["classes"].append("briefing-note-aside")
            if not anchor:
                whole.insert(0, aside)
            elif target is None or target.parent is None:
                aside["classes"].append("briefing-note-unplaced")
                text = f"Not placed: this article has no paragraph {anchor}."
                aside.insert(0, nodes.paragraph(text, text, classes=["briefing-unplaced"]))
                unplaced.insert(0, aside)
            elif isinstance(target, nodes.section):
                target.insert(1, aside)
            else:
                target.parent.insert(target.parent.index(target) + 1, aside)
        if not whole and not unplaced:
            return []
        return [nodes.rubric(text="Editors' notes on this article"), *whole, *unplaced]

    # -- topics ---------------------------------------------------------------------------
    def section_quote(self, docname: str, section: SectionFact) -> nodes.Element:
        """A section as a block: its title linked to the article, its opening quoted."""
        facts = self.domain.articles[docname]
        block = nodes.container(classes=["briefing-section-quote"])
        heading = nodes.paragraph(classes=["briefing-section-title"])
        heading += self.link(docname, section.anchor, section.title)
        if section.subhead:
            heading += nodes.Text(" — ")
            heading += self.link(docname, "", facts.title)
        heading += nodes.Text(" · ")
        heading += dates.date_node(facts.date)
        block += heading
        opening = first_sentence(section.text)
        quote = nodes.block_quote()
        para = nodes.paragraph()
        para += nodes.Text(opening + " ")
        para += self.link(docname, section.paragraph, "Read on", "Read the section")
        quote += para
        block += quote
        return block

    def topic_page(self, topic_id: str) -> list[nodes.Node]:
        placed = self.derived.topic_sections.get(topic_id, [])
        if placed:
            listed: list[nodes.Node] = [self.section_quote(d, s) for d, s in placed]
        else:
            listed = [nodes.paragraph(text="No article section belongs to this topic yet.")]
        out: list[nodes.Node] = [
            *self.topic_pictures(topic_id),
            written_section("article-sections", f"Article sections ({len(placed)})", *listed),
        ]
        figures = [
            (docname, figure)
            for docname, section in placed
            for figure in section.figures[:FIGURES_PER_SECTION]
        ][:TOPIC_FIGURES]
        if figures:
            items = nodes.bullet_list(classes=["briefing-topic-figures"])
            for docname, figure in figures:
                facts = self.domain.articles[docname]
                item = nodes.paragraph()
                item += nodes.strong(figure, figure)
                item += nodes.Text(" — ")
                item += self.link(docname, "", facts.title)
                item += nodes.Text(" · ")
                item += dates.date_node(facts.date)
                items += nodes.list_item("", item)
            out.append(written_section("key-figures", "Key figures", items))
        timeline = self.timeline(topic_id)
        if timeline is not None:
            out.append(timeline)
        entities = Counter(e for _, section in placed for e in section.entities)
        if entities:
            line = nodes.paragraph(classes=["briefing-related"])
            ranked = sorted(entities.items(), key=lambda kv: (-kv[1], kv[0]))[:RELATED_LIMIT]
            for index, (entity_id, count) in enumerate(ranked):
                if index:
                    line += nodes.Text(" · ")
                line += self.target_link(entity_id)
                line += nodes.Text(f" ({count})")
            out.append(written_section("key-entities", "Key entities", line))
        return out

    def timeline(self, topic_id: str) -> nodes.section | None:
        placed = self.derived.topic_sections.get(topic_id, [])
        months = topic_timeline(self.domain, placed, self.derived.notes_about.get(topic_id, []))
        if not months:
            return None
        out: list[nodes.Node] = []
        for key, entries in months:
            out.append(
                nodes.rubric(text=dates.month_label(key), classes=["briefing-timeline-month"])
            )
            items = nodes.bullet_list(classes=["briefing-timeline"])
            items.extend(nodes.list_item("", self.timeline_entry(e)) for e in entries)
            out.append(items)
        return written_section("timeline", "Timeline", *out)

    def timeline_entry(self, entry: Entry) -> nodes.paragraph:
        line = nodes.paragraph(classes=[f"briefing-timeline-{entry.kind}"])
        when = nodes.inline(text=entry.when, classes=["briefing-date"])
        if not entry.sort:
            when["classes"].append("briefing-undated")
        line += when
        line += nodes.Text(" · ")
        if entry.kind == ARTICLE:
            line += self.link(entry.docname, "", self.domain.articles[entry.docname].title)
            subheads = [s for s in entry.sections if s.subhead]
            for index, section in enumerate(subheads):
                line += nodes.Text(": " if index == 0 else "; ")
                line += self.link(entry.docname, section.anchor, section.title)
        elif entry.kind == EVENT:
            line += quote(f"“{entry.phrase}”")
            line += nodes.Text(" in ")
            title = self.domain.articles[entry.docname].title
            line += self.link(entry.docname, entry.anchor, title, "Read the paragraph")
        else:
            line += nodes.Text("Editor's note: ")
            line += self.link(entry.docname, "", self.domain.notes[entry.docname].title)
        return line

    def all_topics(self) -> list[nodes.Node]:
        out: list[nodes.Node] = [self.topic_cards()]
        if self.derived.unclaimed:
            out.append(nodes.rubric(text="Sections under their own subheads"))
            out.extend(self.section_quote(d, s) for d, s in self.derived.unclaimed)
        return out

    def topic_cards(self) -> nodes.Element:
        if not self.derived.topics:
            return nodes.paragraph(text="No editor topics yet: add them under topics/.")
        cards = []
        for topic in self.derived.topics:
            count = len(self.derived.topic_sections.get(topic.id, ()))
            cards.append(
                self.card(
                    self.link(topic.docname, topic.id, topic.title),
                    first_sentence(topic.summary) if topic.summary else "",
                    f"{count} article section{'s' if count != 1 else ''}",
                )
            )
        return grid(cards, 3, "briefing-cards")

    def card(self, title_link: nodes.Node, text: str, footer_text: str) -> nodes.Element:
        card = create_component(
            "card", ["sd-card", "sd-sphinx-override", "sd-w-100", "sd-shadow-sm", "sd-card-hover"]
        )
        body = create_component("card-body", ["sd-card-body"])
        title = create_component("card-title", ["sd-card-title", "sd-font-weight-bold"])
        title += nodes.paragraph("", "", title_link)
        body += title
        if text:
            body += nodes.paragraph(text, text, classes=["sd-card-text", NOT_SEARCHED])
        card += body
        footer = create_component("card-footer", ["sd-card-footer"])
        footer += nodes.paragraph(footer_text, footer_text, classes=["sd-card-text"])
        card += footer
        return card

    # -- sources and claims ---------------------------------------------------------------
    def claim_item(self, docname: str, claim: ClaimFact, with_speaker: bool) -> nodes.list_item:
        item = nodes.paragraph()
        if with_speaker:
            if claim.speaker_entity:
                item += self.target_link(claim.speaker_entity, claim.speaker)
            else:
                item += nodes.inline(claim.speaker, claim.speaker, classes=["briefing-speaker"])
            item += nodes.Text(f" ({claim.verb}): ")
        else:
            item += nodes.Text(f"{claim.verb.capitalize()}: ")
        item += quote(claim.content)
        item += nodes.Text(" — ")
        item += self.link(docname, claim.anchor, self.domain.articles[docname].title)
        return nodes.list_item("", item)

    def claims_by_speaker(self, claims: list[tuple[str, ClaimFact]]) -> list[nodes.Node]:
        groups: defaultdict[str, list[tuple[str, ClaimFact]]] = defaultdict(list)
        for docname, claim in claims:
            key = claim.speaker_entity or claim.speaker.casefold().removeprefix("the ")
            groups[key].append((docname, claim))
        out: list[nodes.Node] = []
        for key in sorted(groups, key=lambda k: (self.speaker_name(groups[k][0][1]).casefold(), k)):
            first = groups[key][0][1]
            heading = nodes.paragraph(classes=["briefing-speaker-heading"])
            if first.speaker_entity:
                heading += nodes.strong("", "", self.target_link(first.speaker_entity))
            else:
                heading += nodes.strong(first.speaker, first.speaker)
            items = nodes.bullet_list(classes=["briefing-claims"])
            items.extend(self.claim_item(d, c, False) for d, c in groups[key])
            out += [heading, items]
        return out

    def speaker_name(self, claim: ClaimFact) -> str:
        target = self.domain.entities.get(claim.speaker_entity or "")
        return target.name if target else claim.speaker.removeprefix("the ").removeprefix("The ")

    def sources_index(self) -> list[nodes.Node]:
        out: list[nodes.Node] = []
        if not self.derived.source_articles:
            out.append(nodes.paragraph(text="No article carries a recognised credit line."))
        for source, docs in sorted(self.derived.source_articles.items()):
            out.append(nodes.rubric("", "", self.target_link(source)))
            out.append(self.article_list(docs))
        uncredited = [d for d in self.derived.article_order if not self.domain.articles[d].credit]
        if uncredited:
            out.append(nodes.rubric(text="Articles without a credit line"))
            out.append(self.article_list(uncredited))
        if self.derived.claims:
            out.append(nodes.rubric(text="Who said what, by speaker"))
            out.extend(self.claims_by_speaker(self.derived.claims))
        return out

    def article_list(self, docnames: list[str]) -> nodes.bullet_list:
        """Articles (given newest first), each with its date."""
        listing = nodes.bullet_list(classes=["briefing-article-list"])
        for docname in docnames:
            facts = self.domain.articles[docname]
            item = nodes.paragraph()
            item += self.link(docname, "", facts.title)
            item += nodes.Text(" · ")
            item += dates.date_node(facts.date)
            listing += nodes.list_item("", item)
        return listing

    def source_page(self, source: str) -> list[nodes.Node]:
        docs = self.derived.source_articles.get(source, [])
        out: list[nodes.Node] = [
            nodes.rubric(text=f"Articles ({len(docs)})"),
            self.article_list(docs),
        ]
        claims = [(d, c) for d in docs for c in self.domain.claims.get(d, ())]
        if claims:
            out.append(nodes.rubric(text=f"Statements in these articles ({len(claims)})"))
            out.extend(self.claims_by_speaker(claims))
        return out

    # -- home page ------------------------------------------------------------------------
    def article_cards(self, latest: int | None = None) -> list[nodes.Node]:
        """Cards with date, headline and lead, newest first; ``latest``: only the newest."""
        if not self.derived.article_order:
            text = "No articles yet: add plain-text files to the seeds folder."
            return [nodes.paragraph(text=text)]
        cards = []
        for docname in self.derived.article_order[:latest]:
            facts = self.domain.articles[docname]
            footer = dates.display(facts.date)
            if facts.source:  # (an uncredited article says so on its page, not on every card)
                footer += f" · Wire: {facts.source}"
            cards.append(self.card(self.link(docname, "", facts.title), facts.lead, footer))
        out: list[nodes.Node] = [grid(cards, 2, "briefing-cards")]
        if latest is not None:
            out.append(self.more_line(len(self.derived.article_order)))
        return out

    def more_line(self, total: int) -> nodes.paragraph:
        """Where the rest is: the archive by month (when the site has one) and the feed."""
        line = nodes.paragraph(classes=["briefing-more"])
        archive = self.archive_page()
        if archive is not None:
            line += self.link(archive, "", f"Every article by month ({total})")
            line += nodes.Text(" · ")
        feed = relative_uri(self.builder.get_target_uri(self.docname), FEED_NAME)
        line += nodes.reference("", "Atom feed", refuri=feed)
        return line

    def archive_page(self) -> str | None:
        shown = sorted(d for d, keys in self.domain.listings.items() if "archive" in keys)
        return shown[0] if shown else None

    def archive(self) -> list[nodes.Node]:
        """Months newest first, each a section of titles with dates: no cards, no quotes."""
        if not self.derived.article_order:
            return [nodes.paragraph(text="No articles yet.")]
        months: dict[str, list[str]] = {}
        for docname in self.derived.article_order:
            months.setdefault(dates.month_key(self.domain.articles[docname].date), []).append(
                docname
            )
        out: list[nodes.Node] = []
        for key, docnames in months.items():
            title = f"{dates.month_label(key)} ({len(docnames)})"
            out.append(written_section(f"month-{key}", title, self.article_list(docnames)))
        return out

    def in_the_news(self, articles: int) -> list[nodes.Node]:
        ranked = in_the_news(self.domain, self.derived, articles)
        if not ranked:
            return [nodes.paragraph(text="No entity is named in the newest articles yet.")]
        line = nodes.paragraph(classes=["briefing-related", "briefing-in-the-news"])
        for index, (entity_id, count) in enumerate(ranked):
            if index:
                line += nodes.Text(" · ")
            line += self.target_link(entity_id)
            line += nodes.Text(f" ({count})")
        newest = min(articles, len(self.derived.article_order))
        note = f"Counted over the {newest} newest article{'s' if newest != 1 else ''}."
        return [line, nodes.paragraph(note, note, classes=["briefing-more"])]

    # -- glossary index -------------------------------------------------------------------
    def glossary(self) -> list[nodes.Node]:
        by_type: defaultdict[str, list[str]] = defaultdict(list)
        for entity_id, target in self.domain.entities.items():
            by_type[target.type].append(entity_id)
        if not by_type:
            return [nodes.paragraph(text="The glossary is empty.")]
        out: list[nodes.Node] = []
        for kind in GLOSSARY_TYPES:
            label = PLURAL_LABELS[kind]
            ids = sorted(
                by_type.get(kind, ()), key=lambda e: self.domain.entities[e].name.casefold()
            )
            if not ids:
                continue
            heading = nodes.rubric(text=f"{label} ({len(ids)})", ids=[f"type-{kind}"])
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

    @staticmethod
    def quote_with_alias(sentence: str, alias: str) -> nodes.inline:
        """The sentence in italics, the words that name the entity in bold."""
        before, found, after = sentence.partition(alias)
        if not found:
            return quote(sentence)
        return quote(before, nodes.strong(alias, alias), after)

    # -- entity page ----------------------------------------------------------------------
    # -- pictures -------------------------------------------------------------------------
    def uri_of(self, target: EntityTarget) -> str:
        return self.builder.get_relative_uri(self.docname, target.docname) + "#" + target.anchor

    def pictures(
        self, subject: str, over_time: OverTime, network: Network | None, unit: str
    ) -> list[nodes.Node]:
        out: list[nodes.Node] = [
            written_section(
                "in-the-news-over-time",
                "In the news over time",
                over_time_figure(over_time, subject),
            )
        ]
        if network is not None:
            out.append(
                written_section(
                    "who-appears-with-whom", "Who appears with whom", together_figure(network, unit)
                )
            )
        return out

    def entity_pictures(self, entity_id: str) -> list[nodes.Node]:
        if not self.builder.config.briefing_pictures:
            return []
        target = self.domain.entities.get(entity_id)
        name = target.name if target else entity_id
        over_time = picture_data.entity_over_time(self.domain, self.derived, entity_id)
        network = picture_data.entity_network(self.domain, self.derived, entity_id, self.uri_of)
        return self.pictures(name, over_time, network, "shared paragraphs and sentences")

    def topic_pictures(self, topic_id: str) -> list[nodes.Node]:
        if not self.builder.config.briefing_pictures:
            return []
        topic = next((t for t in self.derived.topics if t.id == topic_id), None)
        name = topic.title if topic else topic_id
        over_time = picture_data.topic_over_time(self.domain, self.derived, topic_id)
        network = picture_data.topic_network(self.domain, self.derived, topic_id, self.uri_of)
        return self.pictures(name, over_time, network, "the topic's sections naming them")

    def entity_page(self, entity_id: str) -> list[nodes.Node]:
        out = [*self.entity_pictures(entity_id), self.entity_mentions(entity_id)]
        claims = self.derived.claims_by_entity.get(entity_id, [])
        if claims:
            items = nodes.bullet_list(classes=["briefing-claims"])
            items.extend(self.claim_item(docname, claim, False) for docname, claim in claims)
            out.append(written_section("statements", f"Statements ({len(claims)})", items))
        related = self.related_line(entity_id)
        if related is not None:
            out.append(written_section("related", "Related entities", related))
        out.extend(self.notes_section(entity_id))
        return out

    def entity_mentions(self, entity_id: str) -> nodes.section:
        """Quotes grouped under their article, newest first, each sentence once."""
        mentions = self.derived.mentions.get(entity_id, [])
        articles = self.derived.articles_of.get(entity_id, [])
        title = "In the articles"
        if not mentions:
            empty = "No article names it yet."
            return written_section("in-the-articles", title, nodes.paragraph(empty, empty))
        shown = mentions[: self.derived.mentions_shown]
        groups: dict[str, dict[tuple[str, str], tuple[str, str]]] = {}
        for docname, fact in shown:
            quotes = groups.setdefault(docname, {})
            quotes.setdefault((fact.anchor, fact.sentence), (fact.sentence, fact.alias))
        intro = f"Named in {len(articles)} article{'s' if len(articles) != 1 else ''}, newest first"
        if len(shown) < len(mentions):
            intro += f"; quoting the {len(shown)} newest of {len(mentions)} mentions"
        out: list[nodes.Node] = [
            nodes.paragraph(intro + ".", intro + ".", classes=["briefing-more"])
        ]
        for docname, quotes in groups.items():
            facts = self.domain.articles[docname]
            heading = nodes.paragraph(classes=["briefing-quote-source"])
            heading += self.link(docname, "", facts.title)
            heading += nodes.Text(" · ")
            heading += dates.date_node(facts.date)
            items = nodes.bullet_list(classes=["briefing-mentions"])
            for (anchor, _), (sentence, alias) in quotes.items():
                item = nodes.paragraph()
                item += self.quote_with_alias(sentence, alias)
                item += nodes.Text(" ")
                number = f"¶{anchor.removeprefix('p-')}"
                item += self.link(docname, anchor, number, "Read the paragraph")
                items += nodes.list_item("", item)
            out += [heading, items]
        rest = [docname for docname in articles if docname not in groups]
        if rest:
            # A page quoting thousands of sentences helps no reader and costs every rebuild.
            out.append(nodes.rubric(text=f"Earlier articles ({len(rest)})"))
            out.append(self.article_list(rest))
        return written_section("in-the-articles", title, *out)

    def related_line(self, entity_id: str) -> nodes.paragraph | None:
        related = [
            (e, n) for e, n in self.derived.related.get(entity_id, []) if e in self.domain.entities
        ][:RELATED_LIMIT]
        if not related:
            return None
        line = nodes.paragraph(classes=["briefing-related"])
        for index, (other, count) in enumerate(related):
            target = self.domain.entities[other]
            if index:
                line += nodes.Text(" · ")
            line += self.link(target.docname, target.anchor, target.name, target.summary)
            line += nodes.Text(f" ({count})")
        return line
