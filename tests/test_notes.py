"""Issue 5: editors' notes woven into entity, topic and article pages; feed; bad input."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import ROOTS, BuildFactory, copy_root, html, warnings

ATOM = "{http://www.w3.org/2005/Atom}"
NOTE_LINK = "notes/monitoring.html"
GOOD_NOTE = (ROOTS / "test-notes" / "notes" / "monitoring.md").read_text(encoding="utf-8")


def note_links(page: str, name: str = "monitoring") -> int:
    return page.count(f'notes/{name}.html"')


def only_good_note(srcdir: Path) -> None:
    for bad in ("bad-yaml", "no-title", "bad-values"):
        (srcdir / "notes" / f"{bad}.md").unlink()


def test_note_is_woven_into_entity_topic_and_article_pages(built: BuildFactory) -> None:
    app = built("notes")
    for page in ("glossary/place.ukraine", "glossary/place.north-korea"):
        assert note_links(html(app, page)) == 1, page
    # A topic page shows the note among its notes and, by its date, in the topic's timeline.
    topic = html(app, "topics/ukraine")
    timeline = topic[topic.index('class="briefing-timeline') :]
    timeline = timeline[: timeline.index("</ul>")]
    assert note_links(topic) == 2 and note_links(timeline) == 1
    article = html(app, "articles/000_ffec9fcf535a1e0c")
    after_p4 = article[article.index('id="p-4"') : article.index('id="p-5"')]
    assert "briefing-note-aside" in after_p4 and NOTE_LINK in after_p4
    assert note_links(html(app, "glossary/place.south-korea")) == 0
    # The body's role counts as a reference too.
    assert note_links(html(app, "glossary/person.yoon-suk-yeol")) == 1


def test_note_page_and_index_escape_front_matter(built: BuildFactory) -> None:
    app = built("notes")
    page = html(app, "notes/monitoring")
    assert "<h1>Monitoring: &lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page
    assert "Desk &lt;b&gt;editor&lt;/b&gt;" in page and "<b>editor</b>" not in page
    assert "Editor&#39;s note, not wire copy" in page or "Editor's note, not wire copy" in page
    index = html(app, "notes/index")
    titles = index.count('class="sd-card-title')
    assert titles == 4
    # Newest first: the dated notes lead, undated ones follow.
    assert index.index("no-title.html") < index.index("monitoring.html")
    assert "<script>alert(1)" not in index


def test_feed_is_atom_with_articles_and_notes(built: BuildFactory) -> None:
    app = built("notes", briefing_base_url="https://example.org/briefing")
    root = ET.parse(Path(app.outdir) / "atom.xml").getroot()
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{required}") is not None
    entries = root.findall(f"{ATOM}entry")
    links = [e.find(f"{ATOM}link").get("href") for e in entries]  # type: ignore[union-attr]
    assert "https://example.org/briefing/articles/000_ffec9fcf535a1e0c.html" in links
    assert f"https://example.org/briefing/{NOTE_LINK}" in links
    for entry in entries:
        for required in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{required}") is not None
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    assert "Monitoring: <script>alert(1)</script> & more" in titles
    head = html(app, "index")
    assert 'type="application/atom+xml"' in head
    assert 'href="https://example.org/briefing/atom.xml"' in head


def test_bad_front_matter_warns_with_file_and_line(built: BuildFactory) -> None:
    app = built("notes")
    log = [line for line in warnings(app).splitlines() if "[briefing." in line]
    expected = [
        ("bad-yaml.md:3", "not valid YAML"),
        ("no-title.md:2", "no 'title:'"),
        ("bad-values.md:3", "'last Tuesday' is not a date"),
        ("bad-values.md:5", "did you mean topic.korea-ukraine?"),
        ("bad-values.md:7", "did you mean place.ukraine?"),
        ("bad-values.md:8", "did you mean p-4?"),
    ]
    for where, what in expected:
        assert [line for line in log if where in line and what in line], (where, what, log)
    assert len(log) == len(expected)
    # Each note still builds as far as it is valid.
    assert "<h1>No title" in html(app, "notes/no-title")
    assert "A note whose values are all slightly wrong." in html(app, "notes/bad-values")


def test_new_note_command_writes_a_note_that_builds(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    srcdir = copy_root("notes", tmp_path)
    only_good_note(srcdir)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "briefing.cli",
            "new-note",
            "Ukraine: the *next* step",
            "--entity",
            "place.ukraine",
            "--topic",
            "korea-ukraine",
            "--date",
            "2024-11-09",
            "--notes-dir",
            str(srcdir / "notes"),
        ],
        check=True,
    )
    app = make_build(srcdir)
    # The one warning: the body is still the placeholder the command wrote.
    [warning] = warnings(app).splitlines()
    assert "ukraine-the-next-step.md:" in warning and "[briefing.placeholder_note]" in warning
    assert "ukraine-the-next-step.html" in html(app, "glossary/place.ukraine")
    assert "<h1>Ukraine: the *next* step" in html(app, "notes/ukraine-the-next-step")


def clean_copy(srcdir: Path, dest: Path) -> Path:
    shutil.copytree(srcdir, dest, ignore=shutil.ignore_patterns("_build"))
    return dest


def same_pages(incremental, clean, pages: list[str]) -> None:  # type: ignore[no-untyped-def]
    for page in pages:
        assert html(incremental, page) == html(clean, page), page


def test_note_add_edit_delete_incrementally(make_build: BuildFactory, tmp_path: Path) -> None:
    srcdir = copy_root("notes", tmp_path)
    only_good_note(srcdir)
    note = srcdir / "notes" / "monitoring.md"
    note.unlink()
    make_build(srcdir)
    pages = [
        "glossary/place.ukraine",
        "glossary/place.north-korea",
        "glossary/place.seoul",
        "topics/ukraine",
        "notes/index",
        "articles/000_ffec9fcf535a1e0c",
    ]

    note.write_text(GOOD_NOTE, encoding="utf-8")  # add
    added = make_build(srcdir)
    assert note_links(html(added, "glossary/place.ukraine")) == 1
    same_pages(added, make_build(clean_copy(srcdir, tmp_path / "clean-1")), pages)

    note.write_text(GOOD_NOTE.replace("place.north-korea", "place.seoul"), encoding="utf-8")
    edited = make_build(srcdir)  # edit: North Korea loses the note, Seoul gains it
    assert note_links(html(edited, "glossary/place.north-korea")) == 0
    assert note_links(html(edited, "glossary/place.seoul")) == 1
    same_pages(edited, make_build(clean_copy(srcdir, tmp_path / "clean-2")), pages)

    note.unlink()  # delete: gone everywhere
    deleted = make_build(srcdir)
    for page in pages:
        assert note_links(html(deleted, page)) == 0, page
    same_pages(deleted, make_build(clean_copy(srcdir, tmp_path / "clean-3")), pages)
