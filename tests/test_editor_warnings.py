"""Editors' warnings: one table of subtypes, and each mistake reported where it was made."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from sphinx.testing.util import SphinxTestApp

from briefing.checks.subtypes import Subtype

from conftest import REPO, BuildFactory, copy_root, html, warnings

EXT = REPO / "ext" / "briefing"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
SUBTYPE_LITERAL = re.compile(r"(seed|unknown|bad|duplicate|placeholder)_[a-z_]+")


def briefing_warnings(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The extension's warnings, one per line, without terminal colours."""
    plain = ANSI.sub("", warnings(app))
    return [line for line in plain.splitlines() if "[briefing." in line]


def test_readme_lists_every_subtype_of_the_table() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Warnings") :]
    listed = re.findall(r"`([a-z_]+)`", section[section.index("Subtypes:") :])
    assert listed == [kind.value for kind in Subtype]


def test_every_subtype_in_the_code_is_in_the_table() -> None:
    """Subtypes the seed parser records as text must be the table's, and each one is used."""
    used: set[str] = set()
    for path in EXT.rglob("*.py"):
        if path.name == "subtypes.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if SUBTYPE_LITERAL.fullmatch(node.value):
                    used.add(node.value)
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "Subtype"
                and node.attr.isupper()
            ):
                used.add(Subtype[node.attr].value)
    table = {kind.value for kind in Subtype}
    assert used - table == set()
    assert table - used == set()
    for kind in Subtype:
        assert kind.meaning and kind.fix, kind


def test_guide_and_reference_show_the_generated_table(built: BuildFactory) -> None:
    guide = (REPO / "docs" / "guide.md").read_text(encoding="utf-8")
    assert "```{brief:warnings}\n```" in guide
    app = built("editors")
    page = html(app, "warnings")
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", page, re.S)
    assert len(rows) == len(Subtype) + 1  # the head and one row per subtype
    for kind, row in zip(Subtype, rows[1:], strict=True):
        assert f"briefing.{kind.value}" in row
        plain = unescape(re.sub(r"<[^>]+>", "", row)).replace("’", "'")
        assert kind.meaning.replace("`", "") in plain
        assert kind.fix.replace("`", "") in plain


def test_warnings_name_a_table_subtype(built: BuildFactory) -> None:
    app = built("editors")
    table = {kind.value for kind in Subtype}
    for line in briefing_warnings(app):
        found = re.search(r"\[briefing\.([a-z_]+)\]", line)
        assert found and found.group(1) in table, line
        assert re.match(r"\S+\.(md|txt|json):\d+: ", line), line


def test_pages_build_despite_the_mistakes(built: BuildFactory) -> None:
    app = built("editors")
    assert "Right ones" in html(app, "notes/refs")
    assert Path(app.outdir, "warnings.html").is_file()


#: (line in notes/refs.md, subtype, the id as written, the suggestion)
REFERENCE_MISTAKES = [
    (6, "unknown_entity", "'person.yoon-suk-yeo'", "(did you mean person.yoon-suk-yeol?)"),
    (6, "unknown_entity", "'yoon-suk-yeo'", "(did you mean person.yoon-suk-yeol?)"),
    (8, "unknown_entity", "'ukrain'", "(did you mean place.ukraine?)"),
    (8, "unknown_entity", "'place.north-kore'", "(did you mean place.north-korea or"),
    (10, "unknown_topic", "'korea-ukrane'", "(did you mean topic.korea-ukraine?)"),
    (10, "unknown_source", "'source.reuter'", "(did you mean source.reuters?)"),
    (12, "unknown_article", "'000_ffec9fcf535a1e0'", "(did you mean 000_ffec9fcf535a1e0c?)"),
    (13, "unknown_anchor", "'p-40'", "(did you mean p-4?)"),
    (16, "unknown_entity", "'person.yoon-suk-yeo'", "(did you mean person.yoon-suk-yeol?)"),
    (17, "unknown_topic", "'topic.korea-ukrane'", "(did you mean topic.korea-ukraine?)"),
]


def test_every_reference_form_gets_a_suggestion_at_its_own_line(
    built: BuildFactory,
) -> None:
    app = built("editors")
    log = [line for line in briefing_warnings(app) if "notes/refs.md:" in line]
    for line, subtype, written, hint in REFERENCE_MISTAKES:
        found = [
            w
            for w in log
            if f"notes/refs.md:{line}: " in w
            and w.endswith(f"[briefing.{subtype}]")
            and written in w
            and hint in w
        ]
        assert len(found) == 1, (line, subtype, written, log)
    assert len(log) == len(REFERENCE_MISTAKES), log
    # MyST's own message would repeat ours, without the suggestion and a line off; nor is a
    # link to an entity ambiguous with the standard label exported under the same id.
    assert "[myst." not in warnings(app)
    page = html(app, "notes/refs")
    # Links that resolve still work, including an article paragraph and a MyST link.
    assert 'href="../articles/000_ffec9fcf535a1e0c.html#p-4"' in page
    assert re.search(
        r'<a class="briefing-previewed reference internal" '
        r'href="../glossary/person.yoon-suk-yeol.html'
        r'#person.yoon-suk-yeol"[^>]*><span class="xref myst">Yoon</span></a>',
        page,
    )
    # A broken MyST link keeps its words.
    assert "the president</span> in a MyST link" in page


ARTICLE = "articles/000_ffec9fcf535a1e0c"


def note_position(page: str, note: str) -> int:
    return page.index(f'notes/{note}.html"')


@pytest.fixture
def direct_build(tmp_path: Path, ner_cache: Path) -> Iterator[BuildFactory]:
    """Like ``make_build``, with the test application's own options (``warningiserror``...)."""
    apps: list[SphinxTestApp] = []

    def build(root: str, **options: Any) -> SphinxTestApp:
        srcdir = copy_root(root, tmp_path / f"direct-{len(apps)}")
        confoverrides = {"briefing_cache_dir": str(ner_cache)}
        app = SphinxTestApp("html", srcdir=srcdir, confoverrides=confoverrides, **options)
        apps.append(app)
        app.build()
        return app

    yield build
    for app in apps:
        app.cleanup()


@pytest.mark.parametrize("mode", ["plain", "warnings-as-errors", "parallel"])
def test_note_on_a_missing_paragraph_stays_at_the_article_end(
    make_build: BuildFactory, direct_build: BuildFactory, mode: str
) -> None:
    if mode == "warnings-as-errors":  # as with sphinx-build -W: every page is still written
        app = direct_build("editors", warningiserror=True)
        assert app.statuscode == 1
    else:
        app = make_build("editors", parallel=2 if mode == "parallel" else 0)
    page = html(app, ARTICLE)
    last_paragraph = page.index('id="p-5"')
    after_p4 = page[page.index('id="p-4"') : last_paragraph]
    assert 'notes/placed.html"' in after_p4
    for note in ("unplaced", "whole"):
        assert note_position(page, note) > last_paragraph, note
    assert page.index('class="briefing-credit') < note_position(page, "unplaced")
    assert page.count("briefing-note-unplaced") == 1
    assert "Not placed: this article has no paragraph p-40." in page
    byline = html(app, "notes/unplaced")
    assert 'href="../articles/000_ffec9fcf535a1e0c.html"' in byline
    assert "#p-40" not in byline and "not placed" in byline
    [warning] = [w for w in briefing_warnings(app) if "notes/unplaced.md" in w]
    assert "notes/unplaced.md:4: " in warning and "(did you mean p-4?)" in warning


def test_build_prints_one_line_per_phase_and_no_myst_configuration(
    built: BuildFactory, direct_build: BuildFactory
) -> None:
    status = built("editors").status.getvalue()
    ours = [line for line in status.splitlines() if line.startswith("briefing:")]
    assert len(ours) == 2, ours
    assert ours[0].startswith("briefing: 1 articles, ")
    assert ours[1] == "briefing: checked 4 notes, 1 topics and 0 registry entries"
    assert "MdParserConfig" not in status
    verbose = direct_build("editors", verbosity=1).status.getvalue()
    assert "MdParserConfig(" in verbose  # still there for whoever asks for it


#: One of each mistake in the guide's table (besides the references above):
#: (file, line, subtype, what the message must say: the suggestion or the fix).
MISTAKES = [
    ("seeds/empty.txt", 1, "seed_empty", "put the headline on the first line"),
    ("seeds/binary.txt", 1, "seed_binary", "save the article as UTF-8 plain text"),
    ("seeds/latin1.txt", 3, "seed_encoding", "byte offset 13 (line 3, byte 0xe9)"),
    ("seeds/unreadable.txt", 1, "seed_unreadable", "cannot read the file"),
    ("seeds/Same.txt", 1, "seed_name", "differ only in case"),
    ("seeds/headline.txt", 1, "seed_format", "a headline but no body paragraphs"),
    ("seeds/noblank.txt", 2, "seed_format", "leave a blank line after the headline"),
    ("seeds/credit.txt", 5, "seed_credit", "write '(With inputs from AGENCY)'"),
    ("seeds/dated.meta.json", 2, "seed_metadata", 'use e.g. "2024-11-06"'),
    ("notes/bad.md", 3, "bad_front_matter", "write it as YYYY-MM-DD"),
    ("notes/bad.md", 4, "bad_front_matter", "'entites' (did you mean entities?)"),
    ("pages.md", 3, "unknown_article", "(did you mean 000_ffec9fcf535a1e0c?)"),
    ("pages.md", 6, "unknown_source", "(did you mean source.reuters?)"),
    ("pages.md", 9, "unknown_entity", "(did you mean place.ukraine?)"),
    ("entities/two.md", 5, "duplicate_entity", "entities/one.md:3, "),
    ("topics/broken.md", 5, "unknown_section", "(did you mean 000_ffec9fcf535a1e0c#s-3"),
    ("topics/broken.md", 6, "unknown_entity", "(did you mean place.south-korea"),
    ("entities/badid.md", 3, "bad_id", "must start with a letter or a digit"),
    ("articles/taken.md", 1, "page_collision", "would replace articles/taken.md"),
    ("notes/raw.md", 8, "raw_html", "briefing_allow_raw_html = True"),
]
#: Made by tests/test_safety.py and tests/test_hostile.py, each needing a site of its own.
ELSEWHERE = {"placeholder_note", "seed_symlink", "config", "cache"}


def mistakes_site(dest: Path) -> Path:
    """The mistakes root, with the seeds a repository should not hold made on the spot."""
    srcdir = copy_root("mistakes", dest)
    seeds = srcdir / "seeds"
    (seeds / "binary.txt").write_bytes(b"Headline\x00\x01\x02")
    (seeds / "latin1.txt").write_bytes("Headline\n\nCafé au lait.\n".encode("latin-1"))
    (seeds / "Same.txt").write_text("Same name\n\nOne.\n", encoding="utf-8")
    (seeds / "same.txt").write_text("Same name\n\nTwo.\n", encoding="utf-8")
    # A file the system refuses to read (reading /proc/self/mem from its start fails).
    (seeds / "unreadable.txt").symlink_to("/proc/self/mem")
    return srcdir


def test_every_mistake_warns_at_its_file_and_line(make_build: BuildFactory, tmp_path: Path) -> None:
    # The unreadable seed is a link outside the project: allowed here, refused in test_hostile.
    app = make_build(mistakes_site(tmp_path), briefing_follow_outside_links=True)
    log = [line.replace(str(app.srcdir) + "/", "") for line in briefing_warnings(app)]
    for path, line, subtype, says in MISTAKES:
        found = [
            w
            for w in log
            if w.startswith(f"{path}:{line}: ") and w.endswith(f"[briefing.{subtype}]")
        ]
        assert len(found) == 1 and says in found[0], (path, line, subtype, log)
    assert len(log) == len(MISTAKES), log
    covered = {subtype for _, _, subtype, _ in MISTAKES}
    covered |= {subtype for _, subtype, _, _ in REFERENCE_MISTAKES} | ELSEWHERE
    assert covered == {kind.value for kind in Subtype}  # placeholder_note: tests/test_cli.py
