"""The pre-pass's result as the domain holds it: every seed by slug, what the pre-pass
learned about it, and the glossary its mentions resolve to. Built by
:mod:`briefing.prepass.corpus`; plain picklable data."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from briefing import wire
from briefing.domain.registry import RegistryEntry
from briefing.nlp.claims import Claim
from briefing.nlp.entities import slug
from briefing.nlp.resolve import EntityInfo, Mention


@dataclass(frozen=True)
class SeedFailure:
    subtype: str
    line: int
    message: str


@dataclass
class SeedRecord:
    """One seed file and everything the pre-pass learned about it."""

    slug: str
    path: Path
    article: wire.Article | None = None
    failure: SeedFailure | None = None
    metadata: wire.SeedMetadata = field(default_factory=wire.SeedMetadata)
    issues: tuple[wire.ParseIssue, ...] = ()
    mentions: tuple[Mention, ...] = ()
    claims: tuple[Claim, ...] = ()

    @property
    def agencies(self) -> tuple[str, ...]:
        credit = self.article.credit if self.article else None
        return credit.agencies if credit else ()


@dataclass
class Corpus:
    """All seeds by slug, plus the glossary that their mentions resolve to."""

    seeds: dict[str, SeedRecord] = field(default_factory=dict)
    entities: dict[str, EntityInfo] = field(default_factory=dict)
    registry: dict[str, RegistryEntry] = field(default_factory=dict)
    rejected: list[tuple[RegistryEntry, str]] = field(default_factory=list)  # (entry, problem)
    ner_hits: int = 0
    ner_misses: int = 0
    resolved_hits: int = 0  # articles taken whole from the resolved cache, with no NER lookup
    cache_problem: str | None = None  # why the caches could not be written, if they could not
    identity: str = ""  # the glossary's key: every article's resolved key, in seed order

    stamp: str = ""  # a digest of every input the pre-pass read (prepass/reuse.py)
    # Seed digest -> the seed as parsed (before the corpus-wide checks) and its texts as the
    # model reads them: what a later pre-pass reuses for a seed of the same bytes.
    parsed: dict[str, tuple[SeedRecord, tuple[tuple[str, str], ...]]] = field(default_factory=dict)
    owner_pid: int = 0  # the process that made or took it: the one whose environment it rides

    # The corpus travels only in the environment the main process saves, where the next build
    # takes it whole when its inputs are the same. A parallel reader pickles its environment
    # back to the main process, which has the corpus already: from there it carries an empty
    # one instead of megabytes of articles.
    def __getstate__(self) -> dict[str, object]:
        return dict(self.__dict__) if os.getpid() == self.owner_pid else {}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__()  # type: ignore[misc]
        self.__dict__.update(state)

    def sources(self) -> dict[str, str]:
        """Source id -> agency name, for every agency credited by an article."""
        return {
            source_id(agency): agency
            for record in self.seeds.values()
            for agency in record.agencies
        }


def source_id(agency: str) -> str:
    return f"source.{slug(agency)}"
