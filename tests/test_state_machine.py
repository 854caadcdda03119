"""A stateful proof of incremental builds: random sequences of edits to a small site, and after
every edit the incremental build is compared with a clean build of the same sources, file by
file (ARCHITECTURE.md, "Correctness contract").

The site is a model (seeds with their sidecars, registry entries, topics, notes) rendered to
files; only files whose text changes are written, as an editor's save would. Every text is
drawn from small pools, so the shared NER cache soon holds every paragraph and a build costs
seconds. The sequences the machine once found are replayed by the regression tests at the end.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sphinx.testing.util import SphinxTestApp

from conftest import ROOTS, build_as_new_process, copy_shared_root_files
from test_correctness import differences, fresh_sources, search_index

# -- the pools every text comes from ----------------------------------------------------------
HEADLINES = (
    "U.S. and Japan Review Troop Costs",
    "Seoul and Tokyo Hold Talks on Troop Costs",
    "Allies Weigh the *Cost* of `Troops` <b>Abroad</b>",
)
# Each has a subhead (followed by a long paragraph), so topics gather sections ("#s-2").
BODIES = (
    # Quoted statements: the sources page lists them, entity pages show them.
    "TOKYO (Reuters) - Japan and the United States began talks on Tuesday over the cost of "
    "hosting American troops, officials said.\n\nCost-Sharing Talks Begin\n\nDefence Minister "
    "Gen Nakatani told reporters that Japan would pay its fair share of the cost of the troops "
    "stationed in Okinawa.",
    "SEOUL (Reuters) - President Yoon Suk Yeol met Japanese Prime Minister Shigeru Ishiba in "
    'Seoul on Friday. "We stand together," Yoon said.\n\nShared Concerns\n\nNorth Korea '
    "remained the main threat to both countries and to the American troops based in the "
    "region, according to a joint statement.",
    # No statements at all: the sources page shows the article only through its credit.
    "WASHINGTON - The United States and South Korea agreed a five-year plan for the cost of "
    "American troops.\n\nThe Plan in Numbers\n\nSeoul will pay more each year until 2030, "
    "and the rise will follow the country's inflation rate over the five years of the plan.",
)
CREDITS = (
    "(Reporting by Kantaro Komiya; Editing by Ed Davies)",
    "(With Inputs from Reuters)",
    "(Reporting by Hyonhee Shin; Writing by Josh Smith; Editing by Ed Davies)",
    "",  # no credit line
)
DATES = (None, "2024-11-06", "2024-11-08", "2024-12-01")
URLS = (None, "https://example.com/troops", "https://example.com/troops?id=2")
BYLINES = (None, "Wire staff", "Kantaro Komiya")
SEED_NAMES = ("alpha", "beta", "gamma", "delta")
ENTRIES = {
    "yoon": "Yoon Suk Yeol\n:type: person\n:aliases: Yoon",
    "washington": "Washington\n:type: org\n:id: org.us-government",
    "japan": "Japan\n:type: place\n:aliases: Tokyo",
    "nakatani": "Gen Nakatani\n:type: person",
}
DESCRIPTIONS = ("", "A name the wire uses.", "The *elected* office holder.")
TOPIC_TITLES = ("Alliance costs", "Troops abroad", "North Korea")
TOPIC_RULES = (
    ":sections: alpha#s-2",
    ":sections: alpha, beta#s-2",
    ":entities: place.japan",
    ":keywords: troops",
)
NOTE_TITLES = ("Yoon and the alliance", "Who pays for troops")
NOTE_ABOUT = ("person.yoon-suk-yeol", "place.japan", "org.us-government")


@dataclass(frozen=True)
class Seed:
    headline: int = 0
    body: int = 0
    credit: int = 0
    date: str | None = "2024-11-06"
    url: str | None = None
    byline: str | None = None

    def text(self) -> str:
        parts = [HEADLINES[self.headline], BODIES[self.body], CREDITS[self.credit]]
        return "\n\n".join(p for p in parts if p) + "\n"

    def sidecar(self) -> str | None:
        fields = {"date": self.date, "url": self.url, "byline": self.byline}
        found = {key: value for key, value in fields.items() if value is not None}
        return json.dumps(found) if found else None


@dataclass(frozen=True)
class Topic:
    title: int = 0
    rule: int = 0


@dataclass(frozen=True)
class Note:
    title: int = 0
    date: str | None = "2024-11-07"
    about: int = 0
    article: str | None = "alpha#p-1"


@dataclass
class Site:
    """What the editors wrote; :meth:`files` renders it as the site's source files."""

    seeds: dict[str, Seed] = field(default_factory=dict)
    entries: dict[str, int] = field(default_factory=dict)  # entry -> description
    topics: dict[str, Topic] = field(default_factory=dict)
    notes: dict[str, Note] = field(default_factory=dict)

    def files(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for name, seed in self.seeds.items():
            found[f"seeds/{name}.txt"] = seed.text()
            if (sidecar := seed.sidecar()) is not None:
                found[f"seeds/{name}.meta.json"] = sidecar
        cards = [
            f":::{{brief:entity}} {ENTRIES[key]}\n\n{DESCRIPTIONS[description]}\n:::\n"
            for key, description in sorted(self.entries.items())
        ]
        found["entities/curated.md"] = "# Curated entries\n\n" + "\n".join(cards)
        for name, topic in self.topics.items():
            title = TOPIC_TITLES[topic.title]
            found[f"topics/{name}.md"] = (
                f"# {title}\n\n:::{{brief:topic}} {title}\n:id: {name}\n"
                f"{TOPIC_RULES[topic.rule]}\n\nWho pays for American troops.\n:::\n"
            )
        for name, note in self.notes.items():
            about = NOTE_ABOUT[note.about]
            head = [f"title: {NOTE_TITLES[note.title]}", "author: Briefing desk"]
            head += [f"date: {note.date}"] if note.date else []
            head += [f"entities: [{about}]", "topics: [costs]"]
            head += [f"article: {note.article}"] if note.article else []
            found[f"notes/{name}.md"] = (
                "---\n" + "\n".join(head) + f"\n---\n\nSee {{brief:entity}}`{about}`.\n"
            )
        return found


def initial_site() -> Site:
    return Site(
        seeds={"alpha": Seed(), "beta": Seed(headline=1, body=2, credit=1, date="2024-11-08")},
        entries={"yoon": 1, "washington": 0},
        topics={"costs": Topic()},
        notes={"yoon": Note()},
    )


#: The pages around the model's files: index, glossary, sources, topics and notes listings.
FIXED_PAGES = ("conf.py", "index.md", "glossary.md", "sources.md", "all-topics.md")


def write_fixed_pages(srcdir: Path) -> None:
    base = ROOTS / "test-incremental"
    copy_shared_root_files(srcdir.parent)
    for name in FIXED_PAGES:
        shutil.copy(base / name, srcdir / name)
    shutil.copytree(base / "_templates", srcdir / "_templates")
    (srcdir / "pages").mkdir()
    (srcdir / "notes").mkdir()
    shutil.copy(base / "notes" / "index.md", srcdir / "notes" / "index.md")


# -- comparing builds ----------------------------------------------------------------------
def every_file(outdir: Path) -> dict[str, bytes]:
    """Every output file, with ``searchindex.js`` as data (see ``search_index``)."""
    found = {
        p.relative_to(outdir).as_posix(): p.read_bytes() for p in outdir.rglob("*") if p.is_file()
    }
    found["searchindex.js"] = search_index(outdir)
    return found


class IncrementalBuilds(RuleBasedStateMachine):
    """Edits a site in place; after each edit, incremental build == clean build."""

    def __init__(self, workdir: Path, ner_cache: Path) -> None:
        super().__init__()
        self.workdir = workdir
        self.ner_cache = ner_cache
        self.srcdir = workdir / "site"
        self.site = initial_site()
        self.builds = 0

    # -- building ----------------------------------------------------------------------------
    def build(self, srcdir: Path) -> Path:
        app = SphinxTestApp(
            "html", srcdir=srcdir, confoverrides={"briefing_cache_dir": str(self.ner_cache)}
        )
        try:
            build_as_new_process(app)
        finally:
            app.cleanup()
        return Path(app.outdir)

    def sync(self) -> None:
        """Write the files whose text changed; delete the files the site no longer has."""
        wanted = self.site.files()
        for folder in ("seeds", "entities", "topics", "notes"):
            for path in (self.srcdir / folder).glob("*.*"):
                name = path.relative_to(self.srcdir).as_posix()
                if name not in wanted and name != "notes/index.md":
                    path.unlink()
        for name, text in wanted.items():
            path = self.srcdir / name
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")

    @initialize()
    def first_build(self) -> None:
        if self.srcdir.exists():
            shutil.rmtree(self.srcdir)
        self.srcdir.mkdir(parents=True)
        write_fixed_pages(self.srcdir)
        self.sync()
        self.build(self.srcdir)

    @invariant()
    def incremental_build_equals_clean_build(self) -> None:
        if not self.srcdir.exists():
            return  # not initialised yet
        self.sync()
        incremental = self.build(self.srcdir)
        self.builds += 1
        clean_src = fresh_sources(self.srcdir, self.workdir / f"clean-{self.builds}")
        try:
            clean = self.build(clean_src)
            got, want = every_file(incremental), every_file(clean)
            assert got == want, differences(got, want)
        finally:
            shutil.rmtree(clean_src)

    # -- seeds and sidecars ------------------------------------------------------------------
    def _pick(self, names: dict[str, object], index: int) -> str:
        return sorted(names)[index % len(names)]

    @precondition(lambda self: len(self.site.seeds) < len(SEED_NAMES))
    @rule(index=st.integers(0, 3), body=st.integers(0, 2), headline=st.integers(0, 2))
    def add_seed(self, index: int, body: int, headline: int) -> None:
        name = next(n for n in SEED_NAMES[index:] + SEED_NAMES if n not in self.site.seeds)
        self.site.seeds[name] = Seed(headline=headline, body=body, date="2024-12-01")

    @precondition(lambda self: self.site.seeds)
    @rule(index=st.integers(0, 3))
    def delete_seed(self, index: int) -> None:
        del self.site.seeds[self._pick(self.site.seeds, index)]

    @precondition(lambda self: self.site.seeds and len(self.site.seeds) < len(SEED_NAMES))
    @rule(index=st.integers(0, 3))
    def rename_seed(self, index: int) -> None:
        old = self._pick(self.site.seeds, index)
        new = next(n for n in SEED_NAMES if n not in self.site.seeds)
        self.site.seeds[new] = self.site.seeds.pop(old)

    @precondition(lambda self: self.site.seeds)
    @rule(index=st.integers(0, 3), headline=st.integers(0, len(HEADLINES) - 1))
    def edit_headline(self, index: int, headline: int) -> None:
        self._edit_seed(index, headline=headline)

    @precondition(lambda self: self.site.seeds)
    @rule(index=st.integers(0, 3), body=st.integers(0, len(BODIES) - 1))
    def edit_body(self, index: int, body: int) -> None:
        self._edit_seed(index, body=body)

    @precondition(lambda self: self.site.seeds)
    @rule(index=st.integers(0, 3), credit=st.integers(0, len(CREDITS) - 1))
    def edit_credit_line(self, index: int, credit: int) -> None:
        self._edit_seed(index, credit=credit)

    @precondition(lambda self: self.site.seeds)
    @rule(
        index=st.integers(0, 3),
        date=st.sampled_from(DATES),
        url=st.sampled_from(URLS),
        byline=st.sampled_from(BYLINES),
    )
    def edit_sidecar(
        self, index: int, date: str | None, url: str | None, byline: str | None
    ) -> None:
        self._edit_seed(index, date=date, url=url, byline=byline)

    def _edit_seed(self, index: int, **changes: object) -> None:
        name = self._pick(self.site.seeds, index)
        self.site.seeds[name] = replace(self.site.seeds[name], **changes)  # type: ignore[arg-type]

    # -- the registry --------------------------------------------------------------------------
    @rule(entry=st.sampled_from(sorted(ENTRIES)), description=st.integers(0, 2))
    def add_or_edit_entry(self, entry: str, description: int) -> None:
        self.site.entries[entry] = description

    @precondition(lambda self: self.site.entries)
    @rule(index=st.integers(0, 3))
    def delete_entry(self, index: int) -> None:
        del self.site.entries[self._pick(self.site.entries, index)]

    # -- topics --------------------------------------------------------------------------------
    @rule(
        name=st.sampled_from(("costs", "troops")), title=st.integers(0, 2), rules=st.integers(0, 3)
    )
    def add_or_edit_topic(self, name: str, title: int, rules: int) -> None:
        self.site.topics[name] = Topic(title=title, rule=rules)

    @precondition(lambda self: self.site.topics)
    @rule(index=st.integers(0, 1))
    def delete_topic(self, index: int) -> None:
        del self.site.topics[self._pick(self.site.topics, index)]

    # -- notes ---------------------------------------------------------------------------------
    @rule(
        name=st.sampled_from(("yoon", "costs")),
        title=st.integers(0, 1),
        date=st.sampled_from(DATES),
        about=st.integers(0, len(NOTE_ABOUT) - 1),
        article=st.sampled_from((None, "alpha#p-1", "beta#p-2")),
    )
    def add_or_edit_note(
        self, name: str, title: int, date: str | None, about: int, article: str | None
    ) -> None:
        self.site.notes[name] = Note(title=title, date=date, about=about, article=article)

    @precondition(lambda self: self.site.notes)
    @rule(index=st.integers(0, 1))
    def delete_note(self, index: int) -> None:
        del self.site.notes[self._pick(self.site.notes, index)]


#: Small sites and short sequences: each step is two builds (a few seconds with a warm cache).
MACHINE_SETTINGS = settings(
    max_examples=int(os.environ.get("BRIEFING_STATE_EXAMPLES", "6")),
    stateful_step_count=6,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.mark.slow
def test_random_edits_keep_incremental_equal_to_clean(
    tmp_path_factory: pytest.TempPathFactory, ner_cache: Path
) -> None:
    def machine() -> IncrementalBuilds:
        return IncrementalBuilds(tmp_path_factory.mktemp("machine"), ner_cache)

    run_state_machine_as_test(machine, settings=MACHINE_SETTINGS)


# -- the regression set: sequences that once went stale -------------------------------------
def replay(workdir: Path, ner_cache: Path, *steps: tuple[str, dict[str, object]]) -> None:
    """Run the machine through ``steps`` (rule name, arguments), comparing after each."""
    machine = IncrementalBuilds(workdir, ner_cache)
    machine.first_build()
    for name, arguments in steps:
        getattr(machine, name)(**arguments)
        machine.incremental_build_equals_clean_build()
    machine.teardown()


def test_sidecar_date_change_reaches_topic_pages(tmp_path: Path, ner_cache: Path) -> None:
    """The topic page shows each gathered section's article date."""
    new_date = {"index": 0, "date": "2024-12-01", "url": None, "byline": None}
    replay(tmp_path, ner_cache, ("edit_sidecar", new_date))


def test_headline_of_a_seed_without_statements_reaches_sources_page(
    tmp_path: Path, ner_cache: Path
) -> None:
    """``beta`` has no quoted statements: the sources page names it only by its credit."""
    replay(tmp_path, ner_cache, ("edit_headline", {"index": 1, "headline": 2}))


def test_deleted_entry_takes_its_page_source_copy_along(tmp_path: Path, ner_cache: Path) -> None:
    """Found by the machine: the entity page went, its ``_sources/*.md.txt`` copy stayed."""
    replay(tmp_path, ner_cache, ("delete_entry", {"index": 0}))


def test_rewritten_pages_link_static_files_as_a_clean_build_does(
    tmp_path: Path, ner_cache: Path
) -> None:
    """The stylesheet was ``briefing.css?v=…`` on pages an incremental build rewrote and
    ``briefing.css`` on a clean build's: every file is compared byte for byte."""
    replay(tmp_path, ner_cache, ("edit_body", {"index": 0, "body": 1}))


def test_an_added_article_reaches_generated_descriptions_and_cards(
    tmp_path: Path, ner_cache: Path
) -> None:
    """Preview cards on every page that links an entity show how many articles name it, as
    entity pages' generated lines do: an added article must reach every such page (fails when
    the cards are left out of the pages' fingerprints)."""
    replay(tmp_path, ner_cache, ("add_seed", {"index": 2, "body": 0, "headline": 1}))
