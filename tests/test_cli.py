"""Editor commands on real sites: ``check``, ``new-note`` and ``entities`` match the build."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, BuildFactory, copy_root, html, seeds_folder, warnings

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def site_copy(root: str, dest: Path, ner_cache: Path) -> Path:
    """A private copy of a test root sharing the session's NER cache, as the tests' builds do."""
    srcdir = copy_root(root, dest)
    with (srcdir / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(f"\nbriefing_cache_dir = {str(ner_cache)!r}\n")
    return srcdir


def briefing(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
    )


def warning_lines(text: str, srcdir: Path) -> list[str]:
    """Warnings with the site's folder left out, so two copies of a site compare equal."""
    plain = ANSI.sub("", text).replace(str(srcdir) + "/", "")
    return sorted(line for line in plain.splitlines() if ": WARNING: " in line)


def test_check_passes_on_the_shipped_docs(tmp_path: Path) -> None:
    result = briefing("check", str(REPO / "docs"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "no problems" in result.stdout
    assert "WARNING" not in result.stderr


@pytest.mark.parametrize("root", ["editors", "mistakes", "notes", "topics", "bad-registry", "bad"])
def test_check_fails_with_the_builds_warnings(
    make_build: BuildFactory, tmp_path: Path, ner_cache: Path, root: str
) -> None:
    built = make_build(site_copy(root, tmp_path / "build", ner_cache))
    expected = warning_lines(warnings(built), Path(built.srcdir))
    assert expected
    checked_site = site_copy(root, tmp_path / "check", ner_cache)
    result = briefing("check", str(checked_site), cwd=tmp_path)
    assert result.returncode == 1
    assert warning_lines(result.stderr, checked_site) == expected
    assert f"{len(expected)} problem(s)" in result.stderr
    # Nothing was written but the generated stubs: no HTML.
    assert not list(checked_site.rglob("*.html"))


def test_check_in_parallel_gives_the_same_warnings(tmp_path: Path, ner_cache: Path) -> None:
    serial_site = site_copy("editors", tmp_path / "serial", ner_cache)
    parallel_site = site_copy("editors", tmp_path / "parallel", ner_cache)
    serial = briefing("check", str(serial_site), cwd=tmp_path)
    parallel = briefing("check", "-j", "2", str(parallel_site), cwd=tmp_path)
    assert serial.returncode == parallel.returncode == 1
    expected = warning_lines(serial.stderr, serial_site)
    assert expected and warning_lines(parallel.stderr, parallel_site) == expected


def test_check_finds_the_site_from_the_current_folder(tmp_path: Path, ner_cache: Path) -> None:
    srcdir = site_copy("notes", tmp_path, ner_cache)
    result = briefing("check", cwd=srcdir / "notes")
    assert result.returncode == 1
    assert "notes/bad-values.md:8: WARNING:" in result.stderr


def test_new_note_validates_every_id_with_suggestions(tmp_path: Path, ner_cache: Path) -> None:
    srcdir = site_copy("editors", tmp_path, ner_cache)
    bad = briefing(
        "new-note",
        "Typos",
        "--entity",
        "place.ukrain",
        "--topic",
        "korea-ukrane",
        "--article",
        "000_ffec9fcf535a1e0c#p-40",
        cwd=srcdir,
    )
    assert bad.returncode == 1
    lines = bad.stderr.splitlines()
    assert len(lines) == 3, lines
    assert "'place.ukrain' (did you mean place.ukraine?)" in lines[0]
    assert lines[0].endswith("[briefing.unknown_entity]")
    assert "'korea-ukrane' (did you mean topic.korea-ukraine?)" in lines[1]
    assert "'p-40' (did you mean p-4?)" in lines[2]
    assert not (srcdir / "notes" / "typos.md").exists()
    wrong_article = briefing("new-note", "Typos", "--article", "000_ffec9fcf535a1e", cwd=srcdir)
    assert "(did you mean 000_ffec9fcf535a1e0c?)" in wrong_article.stderr
    assert "[briefing.unknown_article]" in wrong_article.stderr


def test_new_note_is_flagged_until_its_body_is_written(
    make_build: BuildFactory, tmp_path: Path, ner_cache: Path
) -> None:
    srcdir = site_copy("notes", tmp_path, ner_cache)
    for bad in ("bad-yaml", "no-title", "bad-values"):
        (srcdir / "notes" / f"{bad}.md").unlink()
    # The site is found from the notes folder given.
    result = briefing(
        "new-note",
        "On the monitoring team",
        "--entity",
        "place.ukraine",
        "--topic",
        "korea-ukraine",
        "--article",
        "000_ffec9fcf535a1e0c#p-4",
        "--date",
        "2024-11-10",
        "--notes-dir",
        str(srcdir / "notes"),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    note = srcdir / "notes" / "on-the-monitoring-team.md"
    assert result.stdout.strip() == str(note)
    text = note.read_text(encoding="utf-8")
    assert 'article: "000_ffec9fcf535a1e0c#p-4"' in text
    body_line = text.splitlines().index(next(x for x in text.splitlines() if "Replace" in x)) + 1
    check = briefing("check", str(srcdir), cwd=tmp_path)
    assert check.returncode == 1
    [flagged] = [line for line in check.stderr.splitlines() if "WARNING" in line]
    assert f"notes/on-the-monitoring-team.md:{body_line}: WARNING:" in flagged
    assert flagged.endswith("[briefing.placeholder_note]")
    app = make_build(srcdir)
    assert "placeholder_note" in warnings(app)
    page = html(app, "articles/000_ffec9fcf535a1e0c")
    assert "notes/on-the-monitoring-team.html" in page[page.index('id="p-4"') :]

    note.write_text(text.replace(text.splitlines()[body_line - 1], "The team."), "utf-8")
    assert briefing("check", str(srcdir), cwd=tmp_path).returncode == 0


def test_entities_shares_the_builds_analysis(
    make_build: BuildFactory, tmp_path: Path, ner_cache: Path
) -> None:
    srcdir = site_copy("topics", tmp_path, ner_cache)
    # Run from elsewhere: the site (and its conf.py) is found from the seed.
    result = briefing("entities", str(srcdir / "seeds" / "us_japan.txt"), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    listed = [(m["start"], m["end"], m["entity"]) for m in json.loads(result.stdout)]
    app = make_build(srcdir)
    record = app.env.domains["brief"].corpus.seeds["us_japan"]
    assert record.article is not None
    parts = record.article.parts
    built = [
        (parts[m.part].start + m.start, parts[m.part].start + m.end, m.entity)
        for m in record.mentions
    ]
    assert listed == built
    # The dateline "TOKYO (Reuters) -" is the agency's: not an entity of the story.
    assert not {"org.reuters", "place.tokyo"} & {entity for _, _, entity in listed}


def test_entities_uses_the_sites_registry_unless_told(tmp_path: Path, ner_cache: Path) -> None:
    srcdir = site_copy("registry", tmp_path, ner_cache)
    # The root shares its seed from a folder beside it, so the site is named.
    seed = [str(seeds_folder(srcdir) / "000_ffec9fcf535a1e0c.txt"), "--site", str(srcdir)]
    curated = json.loads(briefing("entities", *seed, "--json", cwd=tmp_path).stdout)
    raw_run = briefing("entities", *seed, "--json", "--no-registry", cwd=tmp_path)
    raw = json.loads(raw_run.stdout)
    washington = {m["entity"] for m in curated if m["text"] == "Washington"}
    assert washington == {"org.us-government"}
    assert {m["entity"] for m in raw if m["text"] == "Washington"} == {"place.washington"}


def test_entities_reports_an_unreadable_seed(tmp_path: Path) -> None:
    result = briefing("entities", str(tmp_path / "missing.txt"), cwd=tmp_path)
    assert result.returncode == 1 and "missing.txt" in result.stderr
