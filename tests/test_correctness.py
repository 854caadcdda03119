"""The correctness contract: incremental = clean, no-op is free, parallel = serial, determinism,
and bad input does not cost good input (ARCHITECTURE.md, "Correctness contract")."""

from __future__ import annotations

import difflib
import json
import os
import pickle
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from briefing.domain.corpus import Corpus, SeedRecord
from briefing.nlp.resolve import EntityInfo

from conftest import BuildFactory, build_as_new_process, copy_root, copy_shared_root_files, warnings

GENERATED = ("articles", "glossary", "sources")  # stub folders the extension writes
FEED = ("atom.xml",)

Edit = Callable[[Path], None]


# -- helpers --------------------------------------------------------------------------------
def outputs(app: SphinxTestApp, *extra: str) -> dict[str, bytes]:
    """Every HTML file of the build (and ``extra`` files), by path relative to outdir."""
    outdir = Path(app.outdir)
    found = {p.relative_to(outdir).as_posix(): p.read_bytes() for p in outdir.rglob("*.html")}
    for name in extra:
        found[name] = (outdir / name).read_bytes()
    return found


def differences(left: dict[str, bytes], right: dict[str, bytes], limit: int = 40) -> str:
    """A readable report of what differs between two builds ("" when they are identical)."""
    report: list[str] = []
    for name in sorted(left.keys() - right.keys()):
        report.append(f"only in the first build: {name}")
    for name in sorted(right.keys() - left.keys()):
        report.append(f"only in the second build: {name}")
    for name in sorted(left.keys() & right.keys()):
        if left[name] == right[name]:
            continue
        diff = difflib.unified_diff(
            left[name].decode("utf-8", "replace").splitlines(),
            right[name].decode("utf-8", "replace").splitlines(),
            f"first/{name}",
            f"second/{name}",
            n=1,
            lineterm="",
        )
        report.extend(list(diff)[:limit])
    return "\n".join(report)


def search_index(outdir: Path) -> bytes:
    """searchindex.js without the terms no page contains any more.

    When documents go, Sphinx's ``IndexBuilder.prune`` empties their terms' document sets but
    keeps the terms, so an incremental index holds ``"term": []`` entries a clean one has not.
    That is Sphinx's own (harmless) behaviour; everything else must match."""
    text = (outdir / "searchindex.js").read_text(encoding="utf-8")
    data = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    for key in ("terms", "titleterms"):
        data[key] = {term: docs for term, docs in data[key].items() if docs != []}
    return json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")


def fresh_sources(srcdir: Path, dest: Path) -> Path:
    """A clean checkout of ``srcdir``: no build folder, no generated (git-ignored) stubs."""
    ignore = shutil.ignore_patterns("_build", *GENERATED)
    shutil.copytree(
        srcdir, dest, ignore=lambda d, names: ignore(d, names) if d == str(srcdir) else []
    )
    copy_shared_root_files(dest.parent)
    return dest


def leaked_paths(app: SphinxTestApp, pages: dict[str, bytes]) -> list[str]:
    """Pages that contain an absolute path of the source folder."""
    needle = str(Path(app.srcdir)).encode()
    return sorted(name for name, data in pages.items() if needle in data)


# -- the edits ------------------------------------------------------------------------------
NEW_SEED = """\
Seoul and Tokyo Hold Talks on Troop Costs

SEOUL (Reuters) - President Yoon Suk Yeol met Japanese Prime Minister Shigeru Ishiba in Seoul \
on Friday to discuss the cost of hosting American troops, his office said.

Shared Concerns

Both leaders said North Korea remained the main threat, according to a joint statement.

(Reporting by Hyonhee Shin; Editing by Ed Davies)
"""

KOREA = "seeds/000_ffec9fcf535a1e0c.txt"


def add_seed(src: Path) -> None:
    (src / "seeds" / "seoul_tokyo.txt").write_text(NEW_SEED, encoding="utf-8")
    (src / "seeds" / "seoul_tokyo.meta.json").write_text('{"date": "2024-11-09"}', "utf-8")


def edit_seed(src: Path) -> None:
    """The Korea article gains Japan and Shigeru Ishiba and loses Ukraine (its last section)."""
    path = src / KOREA
    text = path.read_text(encoding="utf-8")
    start = text.index("South Korea Considers Sending Monitoring Team")
    end = text.index("(With Inputs from Reuters)")
    gained = (
        "Japan Watches Closely\n\n"
        "Japanese Prime Minister Shigeru Ishiba said Tokyo would follow the talks in Seoul.\n\n"
    )
    path.write_text(text[:start] + gained + text[end:], encoding="utf-8")


def delete_seed(src: Path) -> None:
    (src / "seeds" / "us_japan.txt").unlink()
    (src / "seeds" / "us_japan.meta.json").unlink()


PAGE = """\
# Trump and the cost of troops

{brief:person}`person.donald-trump` once asked {brief:place}`south-korea` for far more;
{brief:person}`person.yoon-suk-yeol` agreed a plan with {brief:entity}`org.us-government`.
"""


def add_page(src: Path) -> None:
    """An ordinary page (not a note) using the roles; the glob toctree picks it up."""
    (src / "pages" / "trump.md").write_text(PAGE, encoding="utf-8")


def edit_page(src: Path) -> None:
    path = src / "pages" / "briefing.md"
    text = path.read_text(encoding="utf-8")
    text = text.replace("{brief:place}`south-korea`", "{brief:place}`north-korea`")
    path.write_text(text + "\nAlso {brief:person}`person.donald-trump`.\n", encoding="utf-8")


def delete_page(src: Path) -> None:
    (src / "pages" / "briefing.md").unlink()


NOTE = """\
---
title: Trump and the cost of troops
date: 2024-11-10
author: Briefing desk
entities: [person.donald-trump]
topics: [alliance-costs]
article: 000_ffec9fcf535a1e0c#p-3
---

{brief:person}`person.donald-trump` once asked {brief:place}`south-korea` for far more;
{brief:person}`person.yoon-suk-yeol` agreed a plan with {brief:entity}`org.us-government`.
"""


def add_note(src: Path) -> None:
    (src / "notes" / "trump.md").write_text(NOTE, encoding="utf-8")


def edit_note(src: Path) -> None:
    """New title, date, entities and article paragraph; a role swapped in the body."""
    path = src / "notes" / "yoon.md"
    _replace(path, "title: Yoon and the alliance", "title: Yoon, the alliance and the North")
    _replace(path, "date: 2024-11-07", "date: 2024-11-05")
    _replace(path, "  - place.south-korea\n", "  - place.north-korea\n")
    _replace(path, "#p-1", "#p-2")
    _replace(path, "{brief:place}`south-korea`", "{brief:place}`north-korea`")


def delete_note(src: Path) -> None:
    (src / "notes" / "yoon.md").unlink()


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


REGISTRY = "entities/curated.md"


def _edit_registry(src: Path, old: str, new: str) -> None:
    _replace(src / REGISTRY, old, new)


def add_entry(src: Path) -> None:
    path = src / REGISTRY
    path.write_text(
        path.read_text(encoding="utf-8")
        + "\n:::{brief:entity} Donald Trump\n:type: person\n:aliases: Trump\n\n"
        "Former and future President of the United States.\n:::\n",
        encoding="utf-8",
    )


def edit_entry_alias(src: Path) -> None:
    _edit_registry(src, ":aliases: Yoon\n", ":aliases: Yoon; Seoul\n")


def edit_entry_type(src: Path) -> None:
    _edit_registry(src, ":type: org\n:id: org.us-government", ":type: place\n:id: place.dc")


def edit_entry_description(src: Path) -> None:
    _edit_registry(src, "President of South Korea.", "The *elected* President of South Korea.")


def delete_entry(src: Path) -> None:
    _edit_registry(
        src,
        ":::{brief:entity} Yoon Suk Yeol\n:type: person\n:aliases: Yoon\n\n"
        "President of South Korea.\n:::\n",
        "",
    )


def add_topic(src: Path) -> None:
    (src / "topics" / "ukraine.md").write_text(
        "# Ukraine\n\n:::{brief:topic} Ukraine monitoring\n:entities: place.ukraine\n\n"
        "Seoul weighs a monitoring team.\n:::\n",
        encoding="utf-8",
    )


def edit_topic(src: Path) -> None:
    """The topic drops a section, gains an entity rule and a new summary."""
    path = src / "topics" / "alliance.md"
    _replace(path, ", us_japan#s-2", "\n:entities: person.donald-trump")
    _replace(path, "Who pays", "Who pays, and how much,")


def delete_topic(src: Path) -> None:
    (src / "topics" / "alliance.md").unlink()


EDITS: dict[str, Edit] = {
    "add-seed": add_seed,
    "edit-seed": edit_seed,
    "delete-seed": delete_seed,
    "add-page": add_page,
    "edit-page": edit_page,
    "delete-page": delete_page,
    "add-note": add_note,
    "edit-note": edit_note,
    "delete-note": delete_note,
    "add-entry": add_entry,
    "edit-entry-alias": edit_entry_alias,
    "edit-entry-type": edit_entry_type,
    "edit-entry-description": edit_entry_description,
    "delete-entry": delete_entry,
    "add-topic": add_topic,
    "edit-topic": edit_topic,
    "delete-topic": delete_topic,
}


# -- 1. incremental = clean ------------------------------------------------------------------
@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, ner_cache: Path) -> tuple[Path, Path]:
    """(work folder, snapshot): the incremental root built once in the work folder, saved.

    Sphinx rebuilds everything when the source folder moves, so every case restores the
    snapshot to the same work folder and starts from an up-to-date built site."""
    base = tmp_path_factory.mktemp("built-site")
    work = copy_root("incremental", base)
    app = SphinxTestApp("html", srcdir=work, confoverrides={"briefing_cache_dir": str(ner_cache)})
    try:
        build_as_new_process(app)
        assert warnings(app) == "", warnings(app)
    finally:
        app.cleanup()
    snapshot = base / "snapshot"
    shutil.copytree(work, snapshot, symlinks=True)
    return work, snapshot


def restored(site: tuple[Path, Path]) -> Path:
    work, snapshot = site
    shutil.rmtree(work)
    shutil.copytree(snapshot, work, symlinks=True)  # copy2 keeps the modification times
    return work


@pytest.mark.parametrize("edit", list(EDITS), ids=list(EDITS))
def test_incremental_build_equals_clean_build(
    make_build: BuildFactory, tmp_path: Path, built_site: tuple[Path, Path], edit: str
) -> None:
    srcdir = restored(built_site)
    EDITS[edit](srcdir)
    incremental = make_build(srcdir)
    clean = make_build(fresh_sources(srcdir, tmp_path / "clean"))
    got, want = outputs(incremental, *FEED), outputs(clean, *FEED)
    assert not leaked_paths(incremental, got) and not leaked_paths(clean, want)
    assert search_index(Path(incremental.outdir)) == search_index(Path(clean.outdir))
    objects = "objects.inv"
    assert (Path(incremental.outdir) / objects).read_bytes() == (
        Path(clean.outdir) / objects
    ).read_bytes()
    both = got.keys() & want.keys()
    same_pages = {n: got[n] for n in both}, {n: want[n] for n in both}
    assert same_pages[0] == same_pages[1], differences(*same_pages)
    # Pages of removed documents must go too ("delete it and its page goes", README).
    assert got.keys() == want.keys(), differences(got, want)


# -- 2. no-op is free ------------------------------------------------------------------------
def written_pages(app: SphinxTestApp) -> set[str]:
    """Docnames the HTML builder wrote, from its "writing output..." status lines."""
    status = plain_status(app)
    found: set[str] = set()
    for line in status.splitlines():
        if line.startswith("writing output... "):
            found.update(re.findall(r"\]\s+(\S+)", line))
    return found


def plain_status(app: SphinxTestApp) -> str:
    """The status log without terminal control sequences.

    Where Sphinx thinks the terminal takes colour (``CI=true`` makes it think so), progress
    lines start with "erase line" (ESC [2K) and end in a carriage return: strip every such
    sequence, not only colours, or no progress line would be recognised."""
    return re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", app.status.getvalue())


def assert_free(app: SphinxTestApp) -> None:
    """Nothing read, no document page written, no NER run."""
    status = plain_status(app)
    assert "0 added, 0 changed, 0 removed" in status
    # Sphinx always prints the "reading sources... " heading; a document read adds "[nn%] name".
    assert not re.search(r"reading sources\.\.\. \[", status), status
    assert written_pages(app) <= {"genindex", "search", "py-modindex"}, status
    assert app.env.domains["brief"].corpus.ner_misses == 0


def test_rebuild_without_change_reads_writes_and_analyses_nothing(
    make_build: BuildFactory,
) -> None:
    first = make_build("incremental")
    assert_free(make_build(Path(first.srcdir)))


def test_rebuild_without_change_computes_no_view_data(
    make_build: BuildFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing read, same corpus and configuration: every fingerprint is the stored one, so
    none is computed, nor any preview card; after an edit they are."""
    import briefing.views.preview_files as preview_files
    import briefing.views.registry as registry

    srcdir = Path(make_build(copy_root("incremental", tmp_path / "site")).srcdir)
    computed: list[str] = []
    view_data, card = registry.view_data, preview_files.card

    def counted(domain, derived, key):  # type: ignore[no-untyped-def]
        computed.append(key)
        return view_data(domain, derived, key)

    def counted_card(app, derived, entity_id):  # type: ignore[no-untyped-def]
        computed.append(f"card:{entity_id}")
        return card(app, derived, entity_id)

    monkeypatch.setattr(registry, "view_data", counted)
    monkeypatch.setattr(preview_files, "card", counted_card)
    assert_free(make_build(srcdir))
    assert computed == []
    edit_note(srcdir)
    assert written_pages(make_build(srcdir))
    assert any(key.startswith("card:") for key in computed)
    assert any(not key.startswith("card:") for key in computed)
    computed.clear()
    make_build(srcdir, briefing_mentions_shown=3)  # another configuration
    assert computed
    # Another release of the extension draws pages differently: a no-op looks at them all.
    import briefing.views.unchanged as unchanged

    computed.clear()
    assert_free(make_build(srcdir, briefing_mentions_shown=3))
    assert computed == []
    monkeypatch.setattr(unchanged, "extension_digest", lambda: "another release")
    make_build(srcdir, briefing_mentions_shown=3)
    assert computed


REUSED = "as the last build left them: no input changed"


def test_a_build_with_the_same_inputs_takes_the_last_corpus(make_build: BuildFactory) -> None:
    """The pre-pass is skipped when every seed, sidecar and registry byte is as last time,
    whatever the files' dates; one byte more, or another setting, and it runs again."""
    first = make_build("incremental")
    srcdir = Path(first.srcdir)
    assert REUSED not in plain_status(first)
    seed = srcdir / "seeds" / "us_japan.txt"
    os.utime(seed, (1_000_000_000, 1_000_000_000))  # a checkout dates files as it likes
    again = make_build(srcdir)
    assert REUSED in plain_status(again)
    assert len(again.env.domains["brief"].corpus.seeds) == 2
    assert_free(again)
    # Same size and date, one letter different: read again, and the page shows it.
    text = seed.read_text(encoding="utf-8")
    assert "Nakatani" in text
    seed.write_text(text.replace("Nakatani", "Nakatany", 1), encoding="utf-8")
    os.utime(seed, (1_000_000_000, 1_000_000_000))
    edited = make_build(srcdir)
    assert REUSED not in plain_status(edited)
    page = (Path(edited.outdir) / "articles" / "us_japan.html").read_text(encoding="utf-8")
    assert "Nakatany" in page
    assert REUSED not in plain_status(make_build(srcdir, briefing_mentions_shown=3))


def test_an_added_seed_is_the_only_one_parsed_again(
    make_build: BuildFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seeds of the same bytes keep their parse from the last build's corpus."""
    import briefing.prepass.corpus as prepass

    first = make_build("incremental")
    srcdir = Path(first.srcdir)
    read: list[str] = []
    read_seed = prepass.read_seed

    def counted(path: Path, slug: str, project: Path | None = None) -> SeedRecord:
        read.append(path.name)
        return read_seed(path, slug, project)

    monkeypatch.setattr(prepass, "read_seed", counted)
    add_seed(srcdir)
    added = make_build(srcdir)
    assert read == ["seoul_tokyo.txt"]
    assert "seoul_tokyo" in added.env.domains["brief"].corpus.seeds


def test_the_corpus_rides_only_in_the_environment_of_its_own_process() -> None:
    """A parallel reader's pickled environment carries an empty corpus back; the environment
    the main process saves carries all of it."""
    corpus = Corpus(stamp="inputs", identity="glossary", owner_pid=os.getpid())
    corpus.entities["person.x"] = EntityInfo(id="person.x", name="X", type="person")
    kept = pickle.loads(pickle.dumps(corpus))
    assert (kept.stamp, kept.identity, list(kept.entities)) == ("inputs", "glossary", ["person.x"])
    corpus.owner_pid = os.getpid() + 1  # as in a forked reader
    sent = pickle.loads(pickle.dumps(corpus))
    assert (sent.stamp, sent.entities) == ("", {})


def test_a_parallel_build_saves_the_corpus_for_the_next(make_build: BuildFactory) -> None:
    first = make_build("incremental", parallel=2)
    again = make_build(Path(first.srcdir))
    assert REUSED in plain_status(again)
    assert_free(again)


def test_rebuild_after_an_incremental_build_is_free(
    make_build: BuildFactory, built_site: tuple[Path, Path]
) -> None:
    """Fingerprints are stored as they are compared: the build after an edit settles."""
    srcdir = restored(built_site)
    for edit in (edit_seed, edit_note, edit_entry_type, add_topic, delete_page):
        edit(srcdir)
    incremental = make_build(srcdir)
    assert len(written_pages(incremental)) > 5  # the status parser sees written pages
    assert_free(make_build(srcdir))


# -- 3. parallel = serial --------------------------------------------------------------------
def corpus_root(dest: Path) -> Path:
    """Twenty real Wikinews articles, shipped in ``tests/roots/test-corpus`` (CC-BY 2.5, see its
    ATTRIBUTION.md), so a clean clone proves serial = parallel on text nobody here wrote."""
    return copy_root("corpus", dest)


COMPARED = ("searchindex.js", "objects.inv", *FEED)
# Parallel reading shows chunks of documents: "reading sources... [ 50%] articles/a .. glossary/b"
CHUNK_READ = re.compile(r"reading sources\.\.\. \[[^]]*\] \S+ \.\. \S+")
# Entity and source pages (no documents) are shared among the processes too.
COLLECTED_IN_PARALLEL = re.compile(r"writing \d+ collected pages in 2 processes")


@pytest.mark.slow
def test_parallel_build_equals_serial_build(make_build: BuildFactory, tmp_path: Path) -> None:
    serial = make_build(corpus_root(tmp_path / "serial"))
    parallel = make_build(corpus_root(tmp_path / "parallel"), parallel=2)
    assert "not safe for parallel" not in warnings(parallel)
    assert CHUNK_READ.search(plain_status(parallel))
    assert COLLECTED_IN_PARALLEL.search(plain_status(parallel))
    got, want = outputs(parallel, *COMPARED), outputs(serial, *COMPARED)
    assert got == want, differences(got, want)


# -- 4. deterministic ------------------------------------------------------------------------
def test_two_clean_builds_in_different_folders_are_identical(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    one = make_build(copy_root("incremental", tmp_path / "one"))
    two = make_build(copy_root("incremental", tmp_path / "two"))
    got, want = outputs(one, *COMPARED), outputs(two, *COMPARED)
    assert not leaked_paths(one, got)
    assert got == want, differences(got, want)


# -- 6. bad input does not cost good input ---------------------------------------------------
BROKEN_TOPIC = "# Broken\n\n:::{brief:topic}\n:sections: nowhere#s-1\n:::\n"
BROKEN_ENTRY = "\n:::{brief:entity} Japan\n:type: country\n:aliases: Tokyo\n\nBad type.\n:::\n"


def break_inputs(src: Path) -> None:
    (src / "seeds" / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (src / "seeds" / "latin1.txt").write_bytes(
        "Caf\xe9 News\n\nA caf\xe9 in Paris.\n".encode("latin-1")
    )
    path = src / REGISTRY
    path.write_text(path.read_text(encoding="utf-8") + BROKEN_ENTRY, encoding="utf-8")
    (src / "topics" / "broken.md").write_text(BROKEN_TOPIC, encoding="utf-8")


BROKEN_PAGES = ("articles/binary.html", "articles/latin1.html", "topics/broken.html")
BROKEN_LINK = re.compile(
    r'<li[^>]*><a [^>]*href="(?:articles/(?:binary|latin1)|topics/broken)\.html"[^\n]*</li>\n'
)
BROKEN_CARD = re.compile(
    r'<div class="sd-card sd-mb-3 briefing-registry-entry docutils container">\n'
    r"(?:(?!briefing-registry-entry).)*?<p>Bad type\.</p>\n</div>\n</div>\n",
    re.S,
)


def without_broken(page: bytes) -> bytes:
    """A page of the broken build with the broken items' own entries taken out of it."""
    text = BROKEN_CARD.sub("", BROKEN_LINK.sub("", page.decode("utf-8")))
    return text.encode("utf-8")


def test_broken_inputs_leave_other_pages_unchanged(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    good = make_build(copy_root("incremental", tmp_path / "good"))
    bad_src = copy_root("incremental", tmp_path / "bad")
    break_inputs(bad_src)
    bad = make_build(bad_src)
    log = warnings(bad)
    for subtype in ("seed_binary", "seed_encoding"):
        assert f"briefing.{subtype}" in log
    assert "myst.directive_option" in log and "1 argument(s) required" in log
    got = outputs(bad, *FEED)
    for name in BROKEN_PAGES:
        assert name in got
        del got[name]
    got = {name: without_broken(page) for name, page in got.items()}
    want = outputs(good, *FEED)
    assert got == want, differences(got, want)


# -- 7. static files ------------------------------------------------------------------------
STYLESHEET_LINK = re.compile(rb'href="_static/briefing\.css\?v=[0-9a-f]{8}"')


def test_static_files_are_linked_alike_by_clean_and_incremental_builds(
    make_build: BuildFactory, tmp_path: Path, built_site: tuple[Path, Path]
) -> None:
    """The stylesheet is in ``_static`` before a clean build writes its first page, so a page
    the incremental build rewrites links it exactly as the clean build's page does."""
    srcdir = restored(built_site)
    edit_page(srcdir)
    incremental = make_build(srcdir)
    assert "pages/briefing" in written_pages(incremental)
    clean = make_build(fresh_sources(srcdir, tmp_path / "clean"))
    got = (Path(incremental.outdir) / "pages" / "briefing.html").read_bytes()
    want = (Path(clean.outdir) / "pages" / "briefing.html").read_bytes()
    assert got == want, differences({"briefing.html": got}, {"briefing.html": want})
    assert re.search(rb'href="\.\./_static/briefing\.css\?v=[0-9a-f]{8}"', want)
    index = (Path(clean.outdir) / "index.html").read_bytes()
    assert STYLESHEET_LINK.search(index)
    assert re.search(rb'src="_static/briefing-preview\.js\?v=[0-9a-f]{8}"', index)
