"""The facts the ``brief`` domain stores per document, and the entity kinds.

Plain frozen dataclasses, comparable and picklable: reading stores them, the derived views
read them, and view data carries them (so fingerprints compare them by value).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Entities with a glossary page; figures and dates live in their article's key-figures panel.
GLOSSARY_TYPES = ("person", "org", "place", "group")
#: Objects with a page of their own, exported as standard labels for other sites to cite.
EXPORTED_TYPES = (*GLOSSARY_TYPES, "topic", "source")
ENTITY_LABELS = {
    "person": "Person",
    "org": "Organisation",
    "place": "Place",
    "group": "Group",
    "figure": "Figure",
    "date": "Date",
}


@dataclass(frozen=True)
class EntityTarget:
    """Where an entity's glossary entry stands, and what hovering a link to it shows."""

    docname: str
    anchor: str
    name: str
    type: str
    summary: str


@dataclass(frozen=True)
class SectionFact:
    """A stretch of an article under one subhead (or the lead, titled by the headline)."""

    anchor: str
    title: str
    subhead: bool  # False for the lead, which has no subhead of its own
    text: str  # the section's paragraphs, joined by blank lines
    paragraph: str  # anchor of its first paragraph
    entities: tuple[str, ...]
    figures: tuple[str, ...]
    # Relative dates of the text, resolved against the article's date:
    # (the date as shown, "Wednesday, 6 Nov 2024" or "October 2024"; the wire's phrase; anchor).
    events: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class CreditFacts:
    text: str
    agencies: tuple[str, ...]
    mode: str  # "inputs" | "wholly" | "staff"
    reporters: tuple[str, ...]
    editors: tuple[str, ...]


@dataclass(frozen=True)
class ArticleFacts:
    slug: str
    title: str
    lead: str
    source: str
    date: str | None
    url: str | None = None
    credit: CreditFacts | None = None
    anchors: tuple[str, ...] = ()  # paragraph and section anchors a note may annotate
    sections: tuple[SectionFact, ...] = ()
    entities: tuple[str, ...] = ()  # glossary entities mentioned, most mentioned first


@dataclass(frozen=True)
class ClaimFact:
    anchor: str  # the paragraph's anchor
    speaker: str
    speaker_entity: str | None
    speaker_about: str | None
    verb: str
    content: str
    sentence: str


@dataclass(frozen=True)
class NoteFact:
    """An editor's note: what its front matter and body say it is about."""

    title: str
    date: str | None
    author: str | None
    excerpt: str
    topics: tuple[tuple[str, int], ...]  # (id, front-matter line)
    entities: tuple[tuple[str, int], ...]
    mentioned: tuple[str, ...]  # ids the body links to with roles or MyST links
    article: tuple[str, str, int] | None  # (article slug, paragraph anchor, line)
    about_line: int

    def about(self) -> set[str]:
        """Every entity and topic id the note touches."""
        return {i for i, _ in self.topics} | {i for i, _ in self.entities} | set(self.mentioned)


@dataclass(frozen=True)
class TopicFact:
    """An editor's topic: what it gathers, and where it is defined."""

    id: str
    title: str
    summary: str
    docname: str
    line: int
    sections: tuple[str, ...]  # "<article slug>#<section anchor>"
    entities: tuple[str, ...]
    keywords: tuple[str, ...]
    option_lines: tuple[tuple[str, int], ...] = ()  # (option name, its line), for warnings


@dataclass(frozen=True)
class MentionFact:
    entity: str
    anchor: str  # the paragraph's anchor
    sentence: str
    alias: str


@dataclass(frozen=True)
class RegistryFact:
    entity: str
    line: int
