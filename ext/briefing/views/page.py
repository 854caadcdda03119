"""The page a view is drawn on: where it is, for relative links.

Renderers get their data and a :class:`Page`; links to articles and entities are made here,
so every link looks the same and every entity link is marked for its preview card.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.builders import Builder

from briefing import dates
from briefing.views.refs import ArticleRef, EntityRef

#: Links that get a preview card (loaded and shown by ``briefing-preview.js``).
PREVIEWED = "briefing-previewed"


class Page:
    def __init__(self, builder: Builder, docname: str, doctree: nodes.document) -> None:
        self.builder = builder
        self.docname = docname
        self.doctree = doctree
        self.resolved: dict[str, EntityRef] = {}  # what the page's roles and mentions link to
        self._relative: dict[str, str] = {}  # target docname -> URI relative to this page

    def uri(self, to: str, anchor: str = "") -> str:
        # An entity page links each article once per quote: Sphinx's relative URI once each.
        uri = self._relative.get(to)
        if uri is None:
            uri = self._relative[to] = self.builder.get_relative_uri(self.docname, to)
        return f"{uri}#{anchor}" if anchor else uri

    def link(self, to: str, anchor: str, text: str, title: str = "") -> nodes.reference:
        ref = nodes.reference("", text, internal=True, refuri=self.uri(to, anchor))
        if title:
            ref["reftitle"] = title
        return ref

    def article_link(self, article: ArticleRef, anchor: str = "", text: str = "") -> nodes.Node:
        return self.link(article.docname, anchor, text or article.title)

    def dated_article(self, article: ArticleRef) -> nodes.paragraph:
        """ "Headline · 6 Nov 2024", the headline linked."""
        line = nodes.paragraph()
        line += self.article_link(article)
        line += nodes.Text(" · ")
        line += dates.date_node(article.date)
        return line

    def entity_link(self, ref: EntityRef | None, text: str = "", fallback: str = "") -> nodes.Node:
        """A link to an entity's page with its preview card; plain text when it has no page."""
        if ref is None:
            return nodes.Text(text or fallback)
        if not ref.previewed:
            return self.link(ref.docname, ref.anchor, text or ref.name, ref.summary)
        link = self.link(ref.docname, ref.anchor, text or ref.name)
        link["classes"].append(PREVIEWED)
        return link
