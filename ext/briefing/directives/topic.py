"""``brief:topic`` (an editor's topic), ``brief:topics`` and ``brief:topic-cards`` listings."""

from __future__ import annotations

import re

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from briefing.directives.listing import note_listing
from briefing.domain.access import get_domain
from briefing.domain.facts import EntityTarget, TopicFact
from briefing.domain.nodes import listing
from briefing.domain.registry import split_aliases
from briefing.nlp.entities import slug

SUMMARY_LENGTH = 200
_OPTION = re.compile(r"\s*:([\w-]+):")


def split_list(value: str | None) -> tuple[str, ...]:
    """Items separated by ``;``, commas or new lines."""
    text = (value or "").replace("\n", ";").replace(",", ";")
    return split_aliases(text)


class TopicDirective(SphinxDirective):
    """A topic: a summary, and the article sections, entities or keywords it gathers."""

    required_arguments = 1
    final_argument_whitespace = True
    has_content = True
    option_spec = {  # noqa: RUF012 - docutils API
        "id": directives.unchanged_required,
        "sections": directives.unchanged,
        "entities": directives.unchanged,
        "keywords": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        title = self.arguments[0]
        topic_id = self.options.get("id") or f"topic.{slug(title)}"
        if not topic_id.startswith("topic."):
            topic_id = f"topic.{topic_id}"
        section = nodes.section(ids=[topic_id], classes=["briefing-topic"])
        section += nodes.title(text=title)
        summary = nodes.container(classes=["briefing-summary"])
        self.state.nested_parse(self.content, self.content_offset, summary)
        section += summary
        section += listing(f"topic:{topic_id}")
        note_listing(self, f"topic:{topic_id}")
        plain = summary.astext().strip()
        domain = get_domain(self.env)
        domain.topics.setdefault(self.env.docname, []).append(
            TopicFact(
                id=topic_id,
                title=title,
                summary=plain,
                docname=self.env.docname,
                line=self.lineno,
                sections=split_list(self.options.get("sections")),
                entities=split_list(self.options.get("entities")),
                keywords=split_list(self.options.get("keywords")),
                option_lines=self._option_lines(),
            )
        )
        domain.add_entity(
            topic_id,
            EntityTarget(self.env.docname, topic_id, title, "topic", plain[:SUMMARY_LENGTH]),
        )
        return [section]

    def _option_lines(self) -> tuple[tuple[str, int], ...]:
        """The line of each option given, so that a warning about it names that line."""
        found = []
        for offset, text in enumerate(self.block_text.splitlines()):
            match = _OPTION.match(text)
            if match and match.group(1) in self.option_spec:
                found.append((match.group(1), self.lineno + offset))
        return tuple(found)


def one_title(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``: a topic under a page heading of the same words keeps one of them.

    (Before Sphinx collects the page's contents, so "On this page" shows the title once.)
    """
    for topic in list(doctree.findall(nodes.section)):
        if "briefing-topic" not in topic["classes"] or not isinstance(topic.parent, nodes.section):
            continue
        own, page = topic.next_node(nodes.title), topic.parent.next_node(nodes.title)
        if own is None or page is None or own.astext() != page.astext():
            continue
        body = nodes.container(ids=topic["ids"], classes=topic["classes"])
        body.extend(child.deepcopy() for child in topic.children if child is not own)
        topic.replace_self(body)
