"""``brief:article``: one wire article rendered from its seed, with every mention linked."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.util.docutils import SphinxDirective

from briefing import dates, wire
from briefing.checks.report import warn
from briefing.checks.subtypes import Subtype, suggestion
from briefing.directives import panels
from briefing.domain.access import get_domain, remember_input
from briefing.domain.corpus import SeedRecord, source_id
from briefing.domain.facts import (
    GLOSSARY_TYPES,
    ArticleFacts,
    ClaimFact,
    CreditFacts,
    EntityTarget,
    MentionFact,
    SectionFact,
)
from briefing.domain.nodes import listing
from briefing.html.components import xref, xref_if_any
from briefing.nlp.entities import entity_id
from briefing.nlp.figures import is_key_date, is_relative_date, resolve_relative_date
from briefing.nlp.resolve import Mention
from briefing.wire.sentences import first_sentence, sentence_at

LINKED_TYPES = frozenset(GLOSSARY_TYPES)


def paragraph_anchor(number: int) -> str:
    return f"p-{number}"


class ArticleDirective(SphinxDirective):
    """Render the seed named by its slug. Generated stubs call it; editors never need to."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        slug = self.arguments[0]
        record = get_domain(self.env).corpus.seeds.get(slug)
        if record is None:
            warn(
                Subtype.UNKNOWN_ARTICLE,
                f"no seed is named {slug!r}{suggestion(slug, sorted(self._seeds()))}: check "
                "the file exists in the seeds folder",
                *self.get_source_info(),
            )
            return []
        self.env.note_dependency(str(record.path))
        sidecar = wire.sidecar_path(record.path)
        if wire.sidecar_exists(record.path):  # a missing dependency means a re-read every time
            self.env.note_dependency(str(sidecar))
        for issue in record.issues:
            where = sidecar if issue.subtype == "seed_metadata" else record.path
            warn(issue.subtype, issue.message, where, issue.line)
        remember_input(self.env)
        if record.article is None:
            return self._failed(record)
        return [ArticleBuilder(self, record, record.article).build()]

    def _seeds(self) -> list[str]:
        return list(get_domain(self.env).corpus.seeds)

    def _failed(self, record: SeedRecord) -> list[nodes.Node]:
        failure = record.failure
        assert failure is not None
        warn(failure.subtype, failure.message, record.path, failure.line)
        section = nodes.section(ids=[f"article-{record.slug}"], support_smartquotes=False)
        section += nodes.title(text=record.path.name)
        section += nodes.paragraph(
            text=f"This article could not be shown: {failure.message}.",
            classes=["briefing-unreadable"],
        )
        return [section]


class ArticleBuilder:
    """Turns one parsed article and its mentions into a docutils section."""

    def __init__(self, directive: SphinxDirective, record: SeedRecord, article: wire.Article):
        self.directive = directive
        self.env = directive.env
        self.record = record
        self.article = article
        self.by_part: dict[int, list[Mention]] = {}
        for mention in record.mentions:
            self.by_part.setdefault(mention.part, []).append(mention)
        self.part_index = {id(part): index for index, part in enumerate(article.parts)}
        self.anchor_of_part: dict[int, str] = {}
        self.paragraph_count = 0
        self.facts: list[MentionFact] = []
        self.figures: list[tuple[Mention, str]] = []  # figure or date, paragraph anchor
        self.events: list[tuple[str, str, str]] = []  # resolved date, phrase, paragraph anchor
        self.sentences: dict[str, str] = {}  # each sentence text once
        self.sections: list[SectionFact] = []
        self.link_every = directive.config.briefing_link_mentions == "every"
        self.linked: set[str] = set()  # entities linked in the current section

    @property
    def root_id(self) -> str:
        return f"article-{self.record.slug}"

    def build(self) -> nodes.section:
        article = self.article
        root = nodes.section(ids=[self.root_id], classes=["briefing-article"])
        # Wire text is reproduced exactly: no typographic quotes, dashes or ellipses.
        root["support_smartquotes"] = False
        root += nodes.title(text=article.headline.text)
        root += self._meta_line()
        for number, section in enumerate(article.sections, start=1):
            if section.title is None:
                self._add_section(root, section.paragraphs, self.root_id, article.headline, False)
                continue
            anchor = f"s-{number}"
            sub = nodes.section(ids=[anchor], names=[anchor])
            sub += nodes.title(text=section.title.text)
            self._add_section(sub, section.paragraphs, anchor, section.title, True)
            root += sub
        if article.credit is not None:
            root += nodes.paragraph(text=article.credit.text, classes=["briefing-credit"])
        claims = self._claims()
        if claims:
            root += panels.claims_panel(claims)
        credit = self._credit()
        boxes = [panels.source_box(credit, self.record.metadata.url)]
        boxes = [box for box in boxes if box is not None]
        if self.figures:
            boxes.append(panels.key_figures(self._figure_rows()))
        self._insert_after_lead(root, panels.aside(boxes))
        root += listing(f"article-notes:{self.env.docname}")
        root += listing(f"previews:{self.env.docname}")
        self._store_facts(credit, claims)
        return root

    @property
    def date(self) -> str | None:
        return dates.article_date(self.record.metadata, self.article)

    @property
    def written(self) -> dt.date | None:
        return dates.parse_iso(self.date)

    def _meta_line(self) -> nodes.Element:
        """Dateline place and date, byline, agency: one quiet line under the headline."""
        credit = self.article.credit
        items: list[list[nodes.Node]] = []
        when: list[nodes.Node] = []
        dateline = self._dateline()
        if dateline is not None:
            when += [dateline, nodes.Text(", ")]
        when.append(dates.date_node(self.date))
        items.append(when)
        byline = (self.record.metadata.byline or "").strip()
        if byline:
            text = byline if byline.casefold().startswith("by ") else f"By {byline}"
            items.append([nodes.inline(text=text, classes=["briefing-author"])])
        if credit is not None and credit.agencies:
            agencies: list[nodes.Node] = [nodes.Text("Wire copy from ")]
            for index, agency in enumerate(credit.agencies):
                if index:
                    agencies.append(nodes.Text(" and "))
                agencies.append(xref("source", source_id(agency), agency))
            items.append([nodes.inline("", "", *agencies, classes=["briefing-source"])])
        else:
            items.append([nodes.inline(text="Wire source not stated", classes=["briefing-source"])])
        line = nodes.paragraph(classes=["briefing-meta-line"])
        for index, item in enumerate(items):
            if index:
                line += nodes.Text(" · ")
            line.extend(item)
        return line

    def _dateline(self) -> nodes.inline | None:
        """Where the article was filed, its place linked to the glossary's page of that name
        when some article's text names it (the dateline itself is no mention)."""
        dateline = self.article.dateline
        if dateline is None or not dateline.place_name:
            place = dates.dateline_place(self.article)  # the credit line's, as written
            return nodes.inline(text=place, classes=["briefing-dateline"]) if place else None
        line = nodes.inline(classes=["briefing-dateline"])
        name = dateline.place_name
        line += xref_if_any("place", entity_id("place", name), name)
        if dateline.region_name:
            line += nodes.Text(f", {dateline.region_name}")
        return line

    def _insert_after_lead(self, root: nodes.section, aside: nodes.Element) -> None:
        """The side panel follows the first paragraph: beside the text on wide screens, under
        the lead on phones, so the story comes first either way."""
        first = next(iter(root.findall(panels.is_article_paragraph)), None)
        if first is None or first.parent is None:
            root.insert(2, aside)
            return
        first.parent.insert(first.parent.index(first) + 1, aside)

    def _add_section(
        self,
        parent: nodes.Element,
        paragraphs: Sequence[wire.Part],
        anchor: str,
        title: wire.Part,
        subhead: bool,
    ) -> None:
        first = self.paragraph_count + 1
        self.linked = set()
        mentioned_before = len(self.facts)
        figures_before = len(self.figures)
        events_before = len(self.events)
        for part in paragraphs:
            parent += self._paragraph(part)
        if not paragraphs:
            return
        self.sections.append(
            SectionFact(
                anchor=anchor,
                title=title.text,
                subhead=subhead,
                text="\n\n".join(part.text for part in paragraphs),
                paragraph=paragraph_anchor(first),
                entities=tuple(sorted({f.entity for f in self.facts[mentioned_before:]})),
                # Amounts and counts; dates place a story but are no key figure of a topic.
                figures=tuple(
                    m.text for m, _ in self.figures[figures_before:] if m.type == "figure"
                ),
                events=tuple(self.events[events_before:]),
            )
        )

    def _paragraph(self, part: wire.Part) -> nodes.paragraph:
        self.paragraph_count += 1
        anchor = paragraph_anchor(self.paragraph_count)
        index = self.part_index[id(part)]
        self.anchor_of_part[index] = anchor
        para = nodes.paragraph(ids=[anchor], classes=["briefing-para"])
        para.extend(self._linked_text(part.text, self.by_part.get(index, []), anchor))
        para += nodes.reference(
            "", "¶", refuri=f"#{anchor}", classes=["headerlink"], reftitle="Link to this paragraph"
        )
        return para

    def _linked_text(self, text: str, mentions: list[Mention], anchor: str) -> list[nodes.Node]:
        out: list[nodes.Node] = []
        cursor = 0
        for mention in sorted(mentions, key=lambda m: m.start):
            relative = mention.type == "date" and is_relative_date(mention.text)
            if mention.type == "figure" or (mention.type == "date" and is_key_date(mention.text)):
                self.figures.append((mention, anchor))
            if relative and mention.start >= cursor and self.written is not None:
                resolved = resolve_relative_date(mention.text, self.written)
                if resolved:  # "Wednesday" (Wednesday, 6 Nov 2024): the wire text stays as is
                    out.append(nodes.Text(text[cursor : mention.end]))
                    out.append(panels.resolved_date(resolved))
                    self.events.append((resolved, mention.text, anchor))
                    cursor = mention.end
                continue
            if mention.start < cursor or mention.type not in LINKED_TYPES:
                continue
            out.append(nodes.Text(text[cursor : mention.start]))
            if self.link_every or mention.entity not in self.linked:
                out.append(self._mention_ref(mention))
                self.linked.add(mention.entity)
            else:  # one link per entity and section is enough; the rest read as text
                out.append(nodes.Text(mention.text))
            start, end = sentence_at(text, mention.start)
            # One string per sentence, however many mentions it holds: pickled once.
            sentence = text[start:end].strip()
            sentence = self.sentences.setdefault(sentence, sentence)
            self.facts.append(MentionFact(mention.entity, anchor, sentence, mention.text))
            cursor = mention.end
        out.append(nodes.Text(text[cursor:]))
        return [node for node in out if not isinstance(node, nodes.Text) or node.astext()]

    def _mention_ref(self, mention: Mention) -> pending_xref:
        ref = xref("entity", mention.entity, mention.text)
        ref[0]["classes"] = ["briefing-mention", mention.type]
        return ref

    def _figure_rows(self) -> list[tuple[str, str, str, str]]:
        """Figures then dates, once each, registered as objects pointing at their row."""
        domain = get_domain(self.env)
        rows: list[tuple[str, str, str, str]] = []
        ordered = sorted(self.figures, key=lambda f: panels.FIGURE_TYPES.index(f[0].type))
        for mention, anchor in ordered:
            if any(row[0] == mention.entity for row in rows):
                continue
            rows.append((mention.entity, mention.text, mention.type, anchor))
            domain.add_entity(
                mention.entity,
                EntityTarget(
                    self.env.docname,
                    panels.figure_anchor(mention.entity),
                    mention.text,
                    mention.type,
                    "",
                ),
            )
        return rows

    def _claims(self) -> list[ClaimFact]:
        claims: list[ClaimFact] = []
        for claim in self.record.claims:
            part = self.article.parts[claim.part]
            anchor = self.anchor_of_part.get(claim.part)
            if anchor is None:
                continue
            claims.append(
                ClaimFact(
                    anchor=anchor,
                    speaker=claim.speaker,
                    speaker_entity=claim.speaker_entity,
                    speaker_about=claim.speaker_about,
                    verb=claim.verb,
                    content=claim.content,
                    sentence=part.text[claim.sentence_start : claim.sentence_end].strip(),
                )
            )
        return claims

    def _credit(self) -> CreditFacts | None:
        credit = self.article.credit
        if credit is None:
            return None
        return CreditFacts(
            credit.text, credit.agencies, credit.mode, credit.reporters, credit.editors
        )

    def _store_facts(self, credit: CreditFacts | None, claims: list[ClaimFact]) -> None:
        domain = get_domain(self.env)
        docname = self.env.docname
        article = self.article
        counts = Counter(fact.entity for fact in self.facts)
        domain.articles[docname] = ArticleFacts(
            slug=self.record.slug,
            title=article.headline.text,
            lead=first_sentence(article.paragraphs[0].text) if article.paragraphs else "",
            source=", ".join(credit.agencies) if credit else "",
            date=self.date,
            url=self.record.metadata.url,
            credit=credit,
            sections=tuple(self.sections),
            anchors=tuple(
                [paragraph_anchor(n) for n in range(1, self.paragraph_count + 1)]
                + [section.anchor for section in self.sections if section.subhead]
            ),
            entities=tuple(e for e, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        )
        domain.mentions[docname] = self.facts
        domain.claims[docname] = claims
        # Links to entities and sources are tracked by briefing.domain.references.
        domain.listings[docname] = [f"article-notes:{docname}", f"previews:{docname}"]
