"""Never lose an editor's file, and caches that only ever cost a recomputation: generated
folders, caches shared by concurrent builds, damaged or crafted cache entries, -E rebuilds."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from briefing.prepass.resolved_cache import KEEP_CONTEXTS

from conftest import REPO, BuildFactory, copy_root, html, warnings

EDITORS_PAGE = "# Analysis\n\nAn editor's own page, written by hand.\n"
STORY = "Analysis Of The Talks\n\nThe talks in Seoul went on for a second day.\n"


def collision_lines(app: SphinxTestApp) -> list[str]:
    return [line for line in warnings(app).splitlines() if "briefing.page_collision" in line]


# -- generated files are the extension's alone ----------------------------------------------
@pytest.mark.parametrize(
    ("folder", "stem"),
    [
        ("articles", "analysis"),
        ("glossary", "person.yoon-suk-yeol"),
        ("sources", "source.reuters"),
    ],
)
def test_an_editors_file_in_a_generated_folder_is_kept(
    make_build: BuildFactory, tmp_path: Path, folder: str, stem: str
) -> None:
    srcdir = copy_root("hostile", tmp_path)
    (srcdir / "seeds" / "analysis.txt").write_text(STORY, encoding="utf-8")
    page = srcdir / folder / f"{stem}.md"
    page.parent.mkdir(exist_ok=True)
    page.write_text(EDITORS_PAGE, encoding="utf-8")
    app = make_build(srcdir)
    assert page.read_text(encoding="utf-8") == EDITORS_PAGE
    assert "own page, written by hand" in html(app, f"{folder}/{stem}")
    found = collision_lines(app)
    assert len(found) == 1 and str(page) in found[0], found
    if folder == "articles":
        assert "seeds/analysis.txt" in found[0]
    if folder == "glossary":
        assert "entities/hostile.md:3" in found[0]
    # The input goes (the seed, here): the editor's file still stays.
    (srcdir / "seeds" / "analysis.txt").unlink()
    make_build(srcdir)
    assert page.read_text(encoding="utf-8") == EDITORS_PAGE


def test_an_edited_stub_is_the_editors_and_is_kept(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    srcdir = copy_root("hostile", tmp_path)
    (srcdir / "seeds" / "analysis.txt").write_text(STORY, encoding="utf-8")
    make_build(srcdir)
    stub = srcdir / "articles" / "analysis.md"
    umask = os.umask(0o022)
    os.umask(umask)
    assert stub.stat().st_mode & 0o777 == 0o666 & ~umask  # written like any new file
    edited = stub.read_text(encoding="utf-8") + "\nAn editor's addition.\n"
    stub.write_text(edited, encoding="utf-8")
    (srcdir / "seeds" / "analysis.txt").unlink()
    make_build(srcdir)
    assert stub.read_text(encoding="utf-8") == edited
    # An unchanged stub of a deleted seed is the extension's own: it goes.
    (srcdir / "seeds" / "again.txt").write_text(STORY, encoding="utf-8")
    make_build(srcdir)
    assert (srcdir / "articles" / "again.md").exists()
    (srcdir / "seeds" / "again.txt").unlink()
    make_build(srcdir)
    assert not (srcdir / "articles" / "again.md").exists()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("briefing_glossary_dir", "articles"),
        ("briefing_articles_dir", "notes"),
        ("briefing_articles_dir", "entities"),
        ("briefing_sources_dir", "."),
        ("briefing_sources_dir", "../elsewhere"),
    ],
)
def test_a_generated_folder_may_not_overlap_another(
    make_build: BuildFactory, tmp_path: Path, name: str, value: str
) -> None:
    srcdir = copy_root("hostile", tmp_path)
    before = {p: p.read_bytes() for p in srcdir.rglob("*.md")}
    app = make_build(srcdir, **{name: value})
    after = {p: p.read_bytes() for p in srcdir.rglob("*.md")}
    assert {p: after.get(p) for p in before} == before
    assert f"{name} = {value!r} is not used" in warnings(app)
    assert "briefing.config" in warnings(app)
    assert not (tmp_path / "elsewhere").exists()
    if name != "briefing_articles_dir":
        assert (Path(app.outdir) / "articles" / "000_ffec9fcf535a1e0c.html").exists()


def test_after_a_fresh_build_pages_of_deleted_seeds_are_gone(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    srcdir = copy_root("hostile", tmp_path)
    (srcdir / "seeds" / "analysis.txt").write_text(STORY, encoding="utf-8")
    app = make_build(srcdir)
    page = Path(app.outdir) / "articles" / "analysis.html"
    assert page.exists()
    (srcdir / "seeds" / "analysis.txt").unlink()
    app = _fresh_build(srcdir, str(app.config.briefing_cache_dir))
    assert not page.exists()
    assert (Path(app.outdir) / "articles" / "000_ffec9fcf535a1e0c.html").exists()


def _fresh_build(srcdir: Path, cache: str) -> SphinxTestApp:
    """``sphinx-build -E``: a new environment that knows nothing of the old documents."""
    overrides = {"briefing_cache_dir": cache}
    app = SphinxTestApp("html", srcdir=srcdir, freshenv=True, confoverrides=overrides)
    try:
        app.build()
    finally:
        app.cleanup()
    return app


# -- caches hold data, shared safely -------------------------------------------------------
CACHE_KINDS = ("resolved", "glossary", "layouts")  # and NER entries, in folders of their own


def cache_entries(cache: Path, kind: str) -> list[Path]:
    """The JSON entries of one kind of cache: ``resolved``, ``glossary``, ``layouts`` or
    ``ner`` (every other entry)."""

    def kind_of(path: Path) -> str:
        return next((k for k in CACHE_KINDS if k in path.relative_to(cache).parts), "ner")

    return sorted(p for p in cache.rglob("*.json") if kind_of(p) == kind)


def pages(app: SphinxTestApp) -> dict[str, bytes]:
    outdir = Path(app.outdir)
    return {p.relative_to(outdir).as_posix(): p.read_bytes() for p in outdir.rglob("*.html")}


def assert_rebuilt_as_clean(
    make_build: BuildFactory, tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    """A clean build fills a cache; ``damage`` spoils it; a build from it gives the same pages."""
    cache = tmp_path / "cache"
    clean = make_build(copy_root("hostile", tmp_path / "clean"), briefing_cache_dir=str(cache))
    expected = pages(clean)
    damage(cache)
    again = make_build(copy_root("hostile", tmp_path / "again"), briefing_cache_dir=str(cache))
    assert pages(again) == expected


@pytest.mark.parametrize(
    "damage",
    [
        "{not json",
        '{"format": 1}',
        "[]",
        '{"format": 1, "key": "x", "mentions": [], "entities": [], "claims": []}',
        "pickle",
    ],
)
def test_a_bad_resolved_entry_is_only_a_miss(
    make_build: BuildFactory, tmp_path: Path, damage: str
) -> None:
    entries: list[Path] = []

    def damage_entries(cache: Path) -> None:
        entries.extend(cache_entries(cache, "resolved"))
        assert entries
        for entry in entries:
            if damage == "pickle":
                # A crafted pickle that would create a file if it were ever unpickled.
                marker = tmp_path / "pwned"
                payload = f"cos\nsystem\n(S'touch {marker}'\ntR.".encode()
                entry.with_suffix(".pickle").write_bytes(payload)
                entry.write_bytes(payload)
            else:
                entry.write_text(damage, encoding="utf-8")

    assert_rebuilt_as_clean(make_build, tmp_path, damage_entries)
    assert not (tmp_path / "pwned").exists()
    # Each bad entry was resolved again and rewritten as a valid one.
    for entry in entries:
        assert json.loads(entry.read_text(encoding="utf-8"))["format"] == 1


@pytest.mark.parametrize(
    "damage",
    [
        "{not json",
        '{"format": 1}',
        '{"format": 1, "key": "KEY", "remap": {"a": {"x": "person.nobody"}}, "entities": []}',
        "pickle",
    ],
)
def test_a_bad_glossary_entry_is_only_a_miss(
    make_build: BuildFactory, tmp_path: Path, damage: str
) -> None:
    entries: list[Path] = []

    def damage_entry(cache: Path) -> None:
        (entry,) = cache_entries(cache, "glossary")
        entry.write_text(damage.replace("KEY", entry.stem), encoding="utf-8")
        entries.append(entry)

    assert_rebuilt_as_clean(make_build, tmp_path, damage_entry)
    # The bad entry was joined again and rewritten as a valid one.
    (entry,) = entries
    assert json.loads(entry.read_text(encoding="utf-8"))["key"] == entry.stem


def test_an_unchanged_corpus_takes_its_glossary_from_the_cache(
    make_build: BuildFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.prepass.corpus as corpus_module

    cache = tmp_path / "cache"
    clean = make_build(copy_root("hostile", tmp_path / "clean"), briefing_cache_dir=str(cache))
    joined: list[int] = []
    unify = corpus_module.unify

    def counted(articles, *rest):  # type: ignore[no-untyped-def]
        joined.append(len(articles))
        return unify(articles, *rest)

    monkeypatch.setattr(corpus_module, "unify", counted)
    again = make_build(copy_root("hostile", tmp_path / "again"), briefing_cache_dir=str(cache))
    assert joined == [] and pages(again) == pages(clean)
    edited = copy_root("hostile", tmp_path / "edited")
    seed = sorted((edited / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nSeoul said so.\n", encoding="utf-8")
    make_build(edited, briefing_cache_dir=str(cache))
    assert len(joined) == 1  # an edited article: the glossary is joined again


def test_a_glossary_that_drops_a_common_word_is_taken_from_the_cache(tmp_path: Path) -> None:
    """A mention joined to no entity (a common word) is remapped to DROPPED: still a hit."""
    from briefing.nlp.entities import EntityInfo
    from briefing.nlp.glossary import DROPPED
    from briefing.prepass.glossary_cache import GlossaryCache

    glossaries = GlossaryCache(tmp_path)
    key = glossaries.key("context", [("a", "key-a")])
    remap = {"a": {"person.attendance": DROPPED, "person.ann-lee": "person.ann-lee"}}
    entities = {"person.ann-lee": EntityInfo("person.ann-lee", "Ann Lee", "person", {"Ann Lee"})}
    glossaries.put(key, remap, entities)
    assert glossaries.problem is None
    assert glossaries.get(key) == (remap, entities)
    remap["a"]["person.ann-lee"] = "person.nobody"  # an id the glossary lacks: a miss
    glossaries.put(key, remap, entities)
    assert glossaries.get(key) is None


def test_a_well_formed_ner_entry_of_the_wrong_shape_is_a_miss(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    def reshape_entries(cache: Path) -> None:
        shutil.rmtree(cache / "resolved")
        for entry in cache_entries(cache, "ner"):
            payload = json.loads(entry.read_text(encoding="utf-8"))
            wrong = {"not": "a list"} if len(entry.name) % 2 else [[0, 3, "xyz", "GPE"]]
            payload["mentions"] = wrong
            entry.write_text(json.dumps(payload), encoding="utf-8")

    assert_rebuilt_as_clean(make_build, tmp_path, reshape_entries)


def test_an_unwritable_cache_means_building_without_it(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    reference = make_build(copy_root("hostile", tmp_path / "reference"))
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    app = make_build(copy_root("hostile", tmp_path / "blocked"), briefing_cache_dir=str(blocked))
    assert pages(app) == pages(reference)
    found = [line for line in warnings(app).splitlines() if "briefing.cache" in line]
    assert len(found) == 1 and "building without it" in found[0], found


def test_old_cache_contexts_are_pruned(make_build: BuildFactory, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    stale = []
    for number in range(KEEP_CONTEXTS + 2):
        folder = cache / "resolved" / f"{number:016x}"
        (folder / "ab").mkdir(parents=True)
        (folder / "ab" / "entry.json").write_text("{}", encoding="utf-8")
        os.utime(folder, (1_000_000 + number, 1_000_000 + number))
        stale.append(folder)
    make_build(copy_root("hostile", tmp_path), briefing_cache_dir=str(cache))
    kept = sorted(p.name for p in (cache / "resolved").iterdir())
    assert len(kept) == KEEP_CONTEXTS
    # The newest stale contexts stay (a registry edit undone is cheap); the oldest went.
    assert not stale[0].exists() and not stale[1].exists() and stale[-1].exists()


def concurrent_builds(builds: list[tuple[Path, Path]], cache: Path) -> list[dict[Path, bytes]]:
    """Run ``sphinx-build`` for every (source, output) pair at once; their HTML pages."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "ext")}
    runs = []
    for srcdir, outdir in builds:
        command = [
            sys.executable, "-m", "sphinx", "-b", "html", "-q", "-d", str(outdir / ".doctrees"),
            "-D", f"briefing_cache_dir={cache}", str(srcdir), str(outdir),
        ]  # fmt: skip
        runs.append((outdir, subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)))
    outputs = []
    for outdir, process in runs:
        _, errors = process.communicate(timeout=600)
        assert process.returncode == 0, errors
        assert "Traceback" not in errors, errors
        outputs.append({p.relative_to(outdir): p.read_bytes() for p in outdir.rglob("*.html")})
    assert not list(cache.rglob(".tmp-*"))
    return outputs


def test_two_concurrent_builds_sharing_a_cache_both_succeed_identically(tmp_path: Path) -> None:
    builds = []
    for name in ("one", "two"):
        srcdir = copy_root("incremental", tmp_path / name)
        builds.append((srcdir, srcdir / "_build" / "html"))
    first, second = concurrent_builds(builds, tmp_path / "cache")
    assert first and first == second


def test_two_builds_of_one_folder_at_once_after_a_registry_edit(tmp_path: Path) -> None:
    srcdir = copy_root("incremental", tmp_path)
    cache = tmp_path / "cache"
    concurrent_builds([(srcdir, tmp_path / "before")], cache)
    registry = srcdir / "entities" / "curated.md"
    registry.write_text(
        registry.read_text(encoding="utf-8")
        + "\n:::{brief:entity} Donald Trump\n:type: person\n\nA new entry.\n:::\n",
        encoding="utf-8",
    )
    first, second = concurrent_builds([(srcdir, tmp_path / "a"), (srcdir, tmp_path / "b")], cache)
    assert first and first == second


def test_ner_entries_unused_for_a_month_are_pruned(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    make_build(copy_root("hostile", tmp_path / "first"), briefing_cache_dir=str(cache))
    live = cache_entries(cache, "ner")
    old = time.time() - 60 * 86_400
    for entry in live:
        os.utime(entry, (old, old))  # unchanged articles, not looked up for two months
    stale = cache / "ab" / ("ab" + "0" * 62 + ".json")
    stale.parent.mkdir(exist_ok=True)
    stale.write_text("{}", encoding="utf-8")
    os.utime(stale, (old, old))
    (cache / ".pruned").unlink()
    shutil.rmtree(cache / "resolved")  # so that the second build looks NER up again
    app = make_build(copy_root("hostile", tmp_path / "second"), briefing_cache_dir=str(cache))
    assert not stale.exists()
    assert all(entry.exists() for entry in live)
    assert "NER cache: " in app._status.getvalue() and " 0 misses" in app._status.getvalue()
