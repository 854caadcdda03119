"""Publishing pays only for what changed: the Pages workflow restores the last build folder and
the generated stubs from its cache into a fresh checkout, and
``.github/scripts/mark-changed-sources.sh`` dates every unchanged file in the past. The build
that follows must read only what changed and give the same site as a clean build."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from sphinx.testing.util import SphinxTestApp

from conftest import REPO, copy_root
from test_correctness import COMPARED, differences, outputs, plain_status, search_index

SCRIPT = REPO / ".github" / "scripts" / "mark-changed-sources.sh"
CACHED = ("_build", "articles", "glossary", "sources")  # what the workflow's cache holds
NEW_SEED = "0031_new_article.txt"


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=Desk", "-c", "user.email=desk@example.org", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


def build(srcdir: Path, ner_cache: Path) -> SphinxTestApp:
    app = SphinxTestApp("html", srcdir=srcdir, confoverrides={"briefing_cache_dir": str(ner_cache)})
    app.build()
    return app


def record_commit(checkout: Path) -> None:
    """What the workflow does after ``make site``."""
    (checkout / "_build" / ".built-commit").write_text(git(checkout, "rev-parse", "HEAD"))


def fresh_checkout(origin: Path, dest: Path) -> Path:
    git(origin.parent, "clone", "-q", str(origin), str(dest))
    return dest


def test_a_build_from_the_restored_cache_equals_a_clean_build(
    tmp_path: Path, ner_cache: Path
) -> None:
    origin = copy_root("corpus", tmp_path)
    (origin / ".gitignore").write_text("_build/\narticles/\nglossary/\nsources/\n")
    git(origin, "init", "-q", "-b", "main")
    git(origin, "add", "-A")
    git(origin, "commit", "-q", "-m", "twenty articles")

    # The last publish: a clean build in a checkout, then saved to the cache. The runner checks
    # out at the same path every time.
    first = fresh_checkout(origin, tmp_path / "work")
    build(first, ner_cache).cleanup()
    record_commit(first)
    cache = tmp_path / "cache"
    for name in CACHED:
        shutil.copytree(first / name, cache / name, symlinks=True)  # copy2 keeps mtimes

    # One article is pushed.
    seeds = origin / "seeds"
    added = seeds / NEW_SEED
    added.write_text(
        "Harbour reopens after storm\n\n"
        "The port of Valletta reopened on Monday, the Maltese transport ministry said.\n",
        encoding="utf-8",
    )
    git(origin, "add", "-A")
    git(origin, "commit", "-q", "-m", "one more article")

    # The next publish: a fresh checkout, the cache restored, unchanged files dated back.
    shutil.rmtree(first)
    second = fresh_checkout(origin, tmp_path / "work")
    for name in CACHED:
        shutil.copytree(cache / name, second / name, symlinks=True)
    marked = subprocess.run(
        ["bash", str(SCRIPT), "_build"], cwd=second, check=True, capture_output=True, text=True
    )
    assert "files changed since" in marked.stdout
    incremental = build(second, ner_cache)

    read = [line for line in plain_status(incremental).splitlines() if "reading sources" in line]
    assert read, plain_status(incremental)
    # Only the new article's page (and the pages its entities gave or changed) are read.
    assert "articles/0031_new_article" in "\n".join(read)
    assert "articles/0005_catalonia" not in "\n".join(read)

    clean = build(fresh_checkout(origin, tmp_path / "clean"), ner_cache)
    got = outputs(incremental, *COMPARED[1:])
    want = outputs(clean, *COMPARED[1:])
    assert got == want, differences(got, want)
    assert search_index(Path(incremental.outdir)) == search_index(Path(clean.outdir))
    incremental.cleanup()
    clean.cleanup()


def test_without_a_record_the_restored_build_is_dropped(tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    git(checkout, "init", "-q")
    (checkout / "_build").mkdir()
    (checkout / "_build" / "stale.html").write_text("old")
    marked = subprocess.run(
        ["bash", str(SCRIPT), "_build"], cwd=checkout, check=True, capture_output=True, text=True
    )
    assert "building clean" in marked.stdout
    assert not (checkout / "_build").exists()
