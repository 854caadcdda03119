"""``brief:article``: one wire article rendered from its seed, with every mention linked."""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.util.docutils import SphinxDirective
from sphinx_design.shared import create_component

from briefing import wire
from briefing.corpus import SeedRecord
from briefing.domain import GLOSSARY_TYPES, ArticleFacts, EntityTarget, MentionFact, get_domain
from briefing.nlp.resolve import Mention
from briefing.prepare import remember_input
from briefing.report import warn
from briefing.sentences import first_sentence, sentence_at

LINKED_TYPES = frozenset(GLOSSARY_TYPES)
FIGURE_TYPES = ("figure", "date")


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
                "unknown_article",
                f"no seed is named {slug!r}: check the file exists in the seeds folder",
                *self.get_source_info(),
            )
            return []
        self.env.note_dependency(str(record.path))
        sidecar = wire.sidecar_path(record.path)
        if sidecar.is_file():  # a missing dependency would make Sphinx re-read every time
            self.env.note_dependency(str(sidecar))
        for issue in record.issues:
            where = sidecar if issue.subtype == "seed_metadata" else record.path
            warn(issue.subtype, issue.message, where, issue.line)
        if record.article is None:
            remember_input(self.env)
            return self._failed(record)
        return [ArticleBuilder(self, record, record.article).build()]

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
        self.record = record
        self.article = article
        self.by_part: dict[int, list[Mention]] = {}
        for mention in record.mentions:
            self.by_part.setdefault(mention.part, []).append(mention)
        self.part_index = {id(part): index for index, part in enumerate(article.parts)}
        self.paragraph_count = 0
        self.facts: list[MentionFact] = []
        self.figures: list[tuple[Mention, str]] = []  # figure or date, paragraph anchor

    def build(self) -> nodes.section:
        article = self.article
        root = nodes.section(ids=[f"article-{self.record.slug}"], classes=["briefing-article"])
        # Wire text is reproduced exactly: no typographic quotes, dashes or ellipses.
        root["support_smartquotes"] = False
        root += nodes.title(text=article.headline.text)
        root += self._wire_banner()
        figures_at = len(root.children)
        for number, section in enumerate(article.sections, start=1):
            if section.title is None:
                self._add_paragraphs(root, section.paragraphs)
                continue
            sub = nodes.section(ids=[f"s-{number}"], names=[f"s-{number}"])
            sub += nodes.title(text=section.title.text)
            self._add_paragraphs(sub, section.paragraphs)
            root += sub
        if article.credit is not None:
            root += nodes.paragraph(text=article.credit.text, classes=["briefing-credit"])
        if self.figures:
            root.insert(figures_at, self._key_figures())
        self._store_facts()
        return root

    def _wire_banner(self) -> nodes.Element:
        credit = self.article.credit
        agency = " and ".join(credit.agencies) if credit and credit.agencies else None
        text = f"Wire copy from {agency}" if agency else "Wire copy; no credit line in the source"
        banner = nodes.paragraph(classes=["briefing-wire-banner"])
        banner += nodes.inline(text=text, classes=["briefing-source"])
        if self.record.metadata.date:
            banner += nodes.Text(" · ")
            banner += nodes.inline(text=self.record.metadata.date, classes=["briefing-date"])
        return banner

    def _add_paragraphs(self, parent: nodes.Element, paragraphs: Sequence[wire.Part]) -> None:
        for part in paragraphs:
            self.paragraph_count += 1
            anchor = paragraph_anchor(self.paragraph_count)
            para = nodes.paragraph(ids=[anchor], classes=["briefing-para"])
            mentions = self.by_part.get(self.part_index[id(part)], [])
            para.extend(self._linked_text(part.text, mentions, anchor))
            para += nodes.reference(
                "",
                "¶",
                refuri=f"#{anchor}",
                classes=["headerlink"],
                reftitle="Link to this paragraph",
            )
            parent += para

    def _linked_text(self, text: str, mentions: list[Mention], anchor: str) -> list[nodes.Node]:
        out: list[nodes.Node] = []
        cursor = 0
        for mention in sorted(mentions, key=lambda m: m.start):
            if mention.type in FIGURE_TYPES:
                self.figures.append((mention, anchor))
            if mention.start < cursor or mention.type not in LINKED_TYPES:
                continue
            out.append(nodes.Text(text[cursor : mention.start]))
            out.append(self._mention_ref(mention))
            start, end = sentence_at(text, mention.start)
            self.facts.append(
                MentionFact(mention.entity, anchor, text[start:end].strip(), mention.text)
            )
            cursor = mention.end
        out.append(nodes.Text(text[cursor:]))
        return [node for node in out if not isinstance(node, nodes.Text) or node.astext()]

    def _key_figures(self) -> nodes.Element:
        """The article's figures, then its dates, each linked to the paragraph it is in."""
        card = create_component("card", ["sd-card", "sd-sphinx-override", "sd-mb-3"])
        card["classes"].append("briefing-key-figures")
        header = create_component("card-header", ["sd-card-header"])
        header += nodes.paragraph(text="Key figures", classes=["sd-card-text"])
        card += header
        body = create_component("card-body", ["sd-card-body"])
        items = nodes.bullet_list()
        ordered = sorted(self.figures, key=lambda f: FIGURE_TYPES.index(f[0].type))
        domain = get_domain(self.directive.env)
        seen: set[str] = set()
        for mention, anchor in ordered:
            if mention.entity in seen:
                continue
            seen.add(mention.entity)
            domain.add_entity(
                mention.entity,
                EntityTarget(
                    self.directive.env.docname, mention.entity, mention.text, mention.type, ""
                ),
            )
            item = nodes.paragraph(ids=[mention.entity])
            item += nodes.strong(mention.text, mention.text)
            item += nodes.Text(" ")
            item += nodes.reference(
                "",
                f"¶{anchor.removeprefix('p-')}",
                refuri=f"#{anchor}",
                reftitle="Read the paragraph",
                classes=["briefing-figure-link"],
            )
            items += nodes.list_item("", item, classes=[f"briefing-{mention.type}"])
        body += items
        card += body
        return card

    def _mention_ref(self, mention: Mention) -> pending_xref:
        ref = pending_xref(
            "",
            refdomain="brief",
            reftype="entity",
            reftarget=mention.entity,
            refexplicit=True,
            refwarn=True,
        )
        ref += nodes.inline(mention.text, mention.text, classes=["briefing-mention", mention.type])
        return ref  # type: ignore[no-any-return]

    def _store_facts(self) -> None:
        domain = get_domain(self.directive.env)
        docname = self.directive.env.docname
        article = self.article
        credit = article.credit
        domain.articles[docname] = ArticleFacts(
            slug=self.record.slug,
            title=article.headline.text,
            lead=first_sentence(article.paragraphs[0].text) if article.paragraphs else "",
            source=", ".join(credit.agencies) if credit and credit.agencies else "",
            date=self.record.metadata.date,
        )
        domain.mentions[docname] = self.facts
        domain.listings[docname] = sorted({f"target:{fact.entity}" for fact in self.facts})
        remember_input(self.directive.env)
