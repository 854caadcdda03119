"""The pictures of entity and topic pages: what they count, where they link, that they are
escaped, the same bytes on every build, and drawn again when their numbers change."""

from __future__ import annotations

import dataclasses
import html as htmllib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from xml.etree import ElementTree

from briefing.pictures.data import other_edges
from briefing.pictures.layouts import FOLDER, MAX_AGE_DAYS, LayoutCache
from briefing.pictures.over_time import counts_over_time
from briefing.pictures.together import (
    HEIGHT,
    WIDTH,
    Network,
    Node,
    laid_out,
    layout,
    layout_key,
    network_svg,
    strength,
)

from conftest import BuildFactory, copy_root, html

FIGURE = re.compile(r'<figure class="briefing-picture" id="([^"]+)">.*?</figure>', re.S)
SVG = "{http://www.w3.org/2000/svg}"
ENTITY = "glossary/place.united-states"
TOPIC = "topics/alliance"


def figures(page: str) -> dict[str, ElementTree.Element]:
    """Each picture of a page, parsed as XML: markup that does not parse is a failure."""
    return {m.group(1): ElementTree.fromstring(m.group(0)) for m in FIGURE.finditer(page)}


def all_figures(outdir: Path) -> dict[str, str]:
    return {
        f"{page.relative_to(outdir)}#{m.group(1)}": m.group(0)
        for page in sorted(outdir.rglob("*.html"))
        for m in FIGURE.finditer(page.read_text(encoding="utf-8"))
    }


def bars(figure: ElementTree.Element) -> list[ElementTree.Element]:
    return list(figure.iter(f"{SVG}rect"))


def test_entity_page_charts_its_articles_and_its_company(built: BuildFactory) -> None:
    app = built("topics")
    page = html(app, ENTITY)
    found = figures(page)
    assert set(found) == {"over-time-chart", "together-network"}
    chart = found["over-time-chart"]
    # Both articles (6 and 8 Nov 2024) fall in one week: one bar, marked latest.
    assert [b.get("class") for b in bars(chart)] == ["b-bar b-latest"]
    assert "latest 8 Nov 2024" in "".join(chart.itertext())
    cells = [td.text for td in chart.iter("td")]
    assert cells == ["Week of 4 Nov 2024", "2"]
    network = found["together-network"]
    links = [a.get("href") for a in network.iter(f"{SVG}a")]
    listed = [a.get("href") for a in network.iter("a")]
    assert 3 <= len(links) <= 12 and links == listed  # the list repeats the drawing
    assert len(list(network.iter(f"{SVG}circle"))) == len(links) + 1  # and the page's own
    outdir = Path(app.outdir)
    for href in links:
        assert href is not None
        path, _, anchor = href.partition("#")
        target = (outdir / "glossary" / path).resolve()
        assert f'id="{anchor}"' in target.read_text(encoding="utf-8"), href


def test_topic_page_charts_its_articles_and_entities(built: BuildFactory) -> None:
    app = built("topics")
    found = figures(html(app, TOPIC))
    assert set(found) == {"over-time-chart", "together-network"}
    counts = [td.text for td in found["over-time-chart"].iter("td")][1::2]
    assert counts and all(c and c.isdigit() for c in counts)
    subject = list(found["together-network"].iter(f"{SVG}g"))
    assert len(subject) == 1 and "b-topic" in subject[0][1].get("class", "")


def test_undated_articles_are_counted_apart() -> None:
    data = counts_over_time(["2024-11-06", None, "not a date", "2025-03-01"])
    assert data.undated == 2 and data.dated == 2
    assert data.unit == "week" and data.bins[0][0] == "2024-11-04"
    assert not any(start.startswith("1970") for start, _ in data.bins)
    assert counts_over_time(["2020-01-01", "2024-12-31"]).unit == "month"
    assert counts_over_time(["2001-01-01", "2024-12-31"]).unit == "year"
    assert counts_over_time([None]).bins == ()


def test_hostile_names_stay_text() -> None:
    hostile = "<script>alert(\"x\")</script> & 'quotes'"
    subject = Node("person.a", hostile, "person", "", 0)
    other = Node("org.b", "</svg><b>B&amp;", "org", 'b.html#x" onclick="alert(1)', 3)
    svg = network_svg(Network(subject, (other,), ()), 'cap"><script>')
    tree = ElementTree.fromstring(svg)
    assert not list(tree.iter("script")) and not list(tree.iter("b"))
    texts = "".join(tree.itertext())
    assert hostile in texts and "</svg><b>B&amp;" in texts
    (link,) = tree.iter(f"{SVG}a")
    assert link.get("href") == 'b.html#x" onclick="alert(1)' and link.get("onclick") is None


def test_hostile_registry_names_are_escaped_in_the_pictures(built: BuildFactory) -> None:
    app = built("hostile")
    pictures = all_figures(Path(app.outdir))
    assert pictures
    for key, markup in pictures.items():
        tree = ElementTree.fromstring(markup)  # well formed: nothing spliced in raw
        assert not list(tree.iter("script")) and not list(tree.iter(f"{SVG}script")), key
        assert "onload=" not in "".join(
            f"{k}={v}" for e in tree.iter() for k, v in e.attrib.items()
        ), key
    joined = "".join(htmllib.unescape(m) for m in pictures.values())
    assert "Yoon <script>alert('name')</script> Suk Yeol" in joined


def test_pictures_are_the_same_bytes_clean_twice_and_in_parallel(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    one = all_figures(Path(make_build(copy_root("topics", tmp_path / "one")).outdir))
    two = all_figures(Path(make_build(copy_root("topics", tmp_path / "two")).outdir))
    par = all_figures(Path(make_build(copy_root("topics", tmp_path / "par"), parallel=2).outdir))
    assert len(one) > 10
    assert one == two == par


def test_an_edit_that_changes_a_count_redraws_the_chart(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    srcdir = copy_root("topics", tmp_path / "site")
    before = figures(html(make_build(srcdir), ENTITY))["over-time-chart"]
    assert len(bars(before)) == 1
    (srcdir / "seeds" / "us_japan.meta.json").write_text('{"date": "2024-12-20"}', "utf-8")
    incremental = make_build(srcdir)
    after = figures(html(incremental, ENTITY))["over-time-chart"]
    assert len(bars(after)) == 7  # weeks of 4 Nov to 16 Dec 2024
    assert [b.get("class") for b in bars(after)][-1] == "b-bar b-latest"
    clean_src = srcdir.parent / "clean"
    shutil.copytree(srcdir, clean_src, ignore=shutil.ignore_patterns("_build"))
    clean = figures(html(make_build(clean_src), ENTITY))["over-time-chart"]
    assert ElementTree.tostring(after) == ElementTree.tostring(clean)


def test_topic_timeline_puts_articles_and_resolved_events_in_month_order(
    built: BuildFactory,
) -> None:
    page = html(built("topics"), TOPIC)
    start = page.index('id="timeline"')
    timeline = page[start : page.index("</section>", start)]
    months = re.findall(r'<p class="briefing-timeline-month rubric">([^<]+)</p>', timeline)
    assert months == ["October 2024", "November 2024"]  # "last month", then the articles
    entries = re.findall(
        r'<p class="briefing-timeline-(\w+)"><span class="[^"]*">([^<]+)', timeline
    )
    assert entries == [
        ("event", "October 2024"),
        ("event", "October 2024"),
        ("article", "6 Nov 2024"),
        ("article", "8 Nov 2024"),
    ]
    assert "“last month”</span> in <a" in timeline and 'us_japan.html#p-2"' in timeline
    assert 'href="../articles/us_japan.html#s-2">Cost-Sharing Talks Begin</a>' in timeline


def test_pictures_can_be_turned_off(built: BuildFactory) -> None:
    app = built("topics", briefing_pictures=False)
    assert figures(html(app, ENTITY)) == {} and figures(html(app, TOPIC)) == {}
    assert 'id="in-the-articles"' in html(app, ENTITY)  # the lists stay
    assert 'id="timeline"' in html(app, TOPIC)


def test_an_event_named_twice_in_an_article_is_one_timeline_entry(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    srcdir = copy_root("topics", tmp_path / "site")
    seed = srcdir / "seeds" / "us_japan.txt"
    text = seed.read_text(encoding="utf-8")
    again = "Nakatani said the two sides had also met last month."
    seed.write_text(text.replace("fair share.", f"fair share.\n\n{again}"), encoding="utf-8")
    page = html(make_build(srcdir), TOPIC)
    timeline = page[page.index('id="timeline"') :]
    timeline = timeline[: timeline.index("</section>")]
    assert "“last month”</span> in <a" in timeline
    assert timeline.count("us_japan.html#p-2") == 1
    assert "us_japan.html#p-4" not in timeline  # the same "last month" again: no new entry


def small_network(layouts: LayoutCache | None = None) -> Network:
    others = tuple(Node(f"person.p{i}", f"P{i}", "person", f"p{i}.html#x", 9 - i) for i in range(7))
    edges = (("person.p0", "person.p3", 2), ("person.p1", "person.p5", 1))
    return Network(Node("org.s", "S", "org", "", 0), others, edges, layouts)


def test_a_cached_layout_draws_the_same_bytes_as_a_computed_one(tmp_path: Path) -> None:
    cache = LayoutCache(tmp_path, WIDTH, HEIGHT)
    computed = network_svg(small_network(), "c")
    first = network_svg(small_network(cache), "c")  # a miss: laid out, then stored
    (entry,) = (tmp_path / FOLDER).rglob("*.json")
    assert entry.stem == layout_key(small_network())
    second = network_svg(small_network(cache), "c")  # a hit
    assert computed == first == second
    # The stored entry is what the drawing uses: a valid one with other positions moves it.
    payload = json.loads(entry.read_text(encoding="utf-8"))
    payload["positions"] = [[node, 100.0, 100.0] for node, _, _ in payload["positions"]]
    entry.write_text(json.dumps(payload), encoding="utf-8")
    assert set(layout(small_network(cache)).values()) == {(100.0, 100.0)}


def test_the_layout_key_follows_what_decides_the_layout() -> None:
    network = small_network()
    key = layout_key(network)
    renamed = dataclasses.replace(network.others[0], name="Other name", uri="elsewhere.html")
    assert layout_key(dataclasses.replace(network, others=(renamed, *network.others[1:]))) == key
    heavier = dataclasses.replace(network.others[0], weight=99)
    assert layout_key(dataclasses.replace(network, others=(heavier, *network.others[1:]))) != key
    assert layout_key(dataclasses.replace(network, edges=network.edges[:1])) != key
    reordered = (network.others[1], network.others[0], *network.others[2:])
    assert layout_key(dataclasses.replace(network, others=reordered)) != key


def test_lines_between_the_others_keep_their_class_until_a_weight_doubles() -> None:
    assert [strength(w) for w in (1, 2, 3, 4, 7, 8, 15, 16, 500)] == [1, 2, 2, 3, 3, 4, 4, 5, 5]
    others = ["org.a", "org.b", "org.c", "place.d"]
    together = {
        "org.a": {"org.b": 40, "org.c": 3, "place.d": 1},
        "org.b": {"org.a": 40, "place.d": 9},
        "org.c": {"org.a": 3},
        "place.d": {"org.a": 1, "org.b": 9},
    }
    edges = other_edges(others, together)
    assert edges == (("org.a", "org.b", 5), ("org.a", "org.c", 2), ("org.a", "place.d", 1),
                     ("org.b", "place.d", 4))  # fmt: skip
    # One more article naming two busy others together: the same picture, page unwritten.
    together["org.a"]["org.b"] = together["org.b"]["org.a"] = 41
    together["org.b"]["place.d"] = together["place.d"]["org.b"] = 10
    assert other_edges(others, together) == edges
    # A class that does change redraws the line, and leaves the dots' sizes (the subject's
    # own scale) as they are.
    network = small_network()
    stronger = ((*network.edges[0][:2], network.edges[0][2] + 2), *network.edges[1:])
    before, after = (
        network_svg(network, "c"),
        network_svg(dataclasses.replace(network, edges=stronger), "c"),
    )
    assert after != before
    radii = re.compile(r'<circle[^>]* r="([^"]+)"')
    assert radii.findall(after) == radii.findall(before)


def test_a_bad_layout_entry_is_laid_out_again(tmp_path: Path) -> None:
    cache = LayoutCache(tmp_path, WIDTH, HEIGHT)
    network = small_network(cache)
    expected = laid_out(network)
    key = layout_key(network)
    entry = cache.path(key)
    rows = [[n, x, y] for n, (x, y) in sorted(expected.items())]
    good = {"format": 1, "key": key, "positions": rows}
    bad: list[object] = [
        {**good, "format": 2},
        {**good, "key": "0" * 64},
        {**good, "extra": 1},
        {**good, "positions": rows[1:]},  # a node missing
        {**good, "positions": [*rows[:-1], ["person.stranger", 50.0, 50.0]]},
        {**good, "positions": [*rows[:-1], [rows[-1][0], 50.04, 50.0]]},  # not rounded
        {**good, "positions": [*rows[:-1], [rows[-1][0], -5.0, 50.0]]},  # off the drawing
        {**good, "positions": [*rows[:-1], [rows[-1][0], 50, 50.0]]},  # not a float
        {**good, "positions": [*rows[:-1], [rows[-1][0], 50.0]]},
        [rows],
    ]
    entry.parent.mkdir(parents=True)
    for payload in bad:
        entry.write_text(json.dumps(payload), encoding="utf-8")
        assert cache.get(key, set(expected)) is None, payload
        assert layout(network) == expected
        assert json.loads(entry.read_text(encoding="utf-8")) == good  # written again, whole
    for junk in (b"", b"{not json", b"\xff\xfe", b'"NaN"'):
        entry.write_bytes(junk)
        assert layout(network) == expected
    assert json.loads(entry.read_text(encoding="utf-8")) == good


def test_a_build_with_a_filled_layout_cache_gives_the_same_pictures(
    make_build: BuildFactory, ner_cache: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"  # the session's NER entries, without its layouts
    shutil.copytree(ner_cache, cache, ignore=shutil.ignore_patterns(FOLDER))

    def build(name: str) -> dict[str, str]:
        srcdir = copy_root("topics", tmp_path / name)
        return all_figures(Path(make_build(srcdir, briefing_cache_dir=str(cache)).outdir))

    empty = build("empty")
    networks = [key for key in empty if key.endswith("#together-network")]
    entries = sorted((cache / FOLDER).rglob("*.json"))
    assert len(networks) > 5 and len(entries) == len(networks)
    written = {entry: entry.stat().st_ino for entry in entries}
    assert build("filled") == empty
    # Every layout came from the cache: a miss would have replaced its file.
    assert {entry: entry.stat().st_ino for entry in entries} == written
    for index, entry in enumerate(entries):
        entry.write_bytes(b"{broken" if index % 2 else b'{"format": 1, "key": "x"}')
    assert build("corrupt") == empty
    for entry in entries:
        assert set(json.loads(entry.read_text(encoding="utf-8"))) == {"format", "key", "positions"}


def test_layouts_unused_for_a_month_are_pruned(tmp_path: Path) -> None:
    cache = LayoutCache(tmp_path, WIDTH, HEIGHT)
    used, unused = small_network(cache), dataclasses.replace(small_network(cache), edges=())
    old = time.time() - (MAX_AGE_DAYS + 1) * 86_400
    for network in (used, unused):
        layout(network)
        os.utime(cache.path(layout_key(network)), (old, old))
    stranger = tmp_path / FOLDER / "00" / "notes.json"  # not a layout: never removed
    stranger.parent.mkdir(exist_ok=True)
    stranger.write_text("{}", encoding="utf-8")
    os.utime(stranger, (old, old))
    layout(used)  # drawn by this build: marked as used
    cache.prune()
    assert cache.path(layout_key(used)).is_file() and stranger.is_file()
    assert not cache.path(layout_key(unused)).exists()
    LayoutCache(tmp_path / "never-built", WIDTH, HEIGHT).prune()  # nothing there: no error


def test_a_build_removes_layouts_unused_for_a_month(
    make_build: BuildFactory, ner_cache: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    shutil.copytree(ner_cache, cache, ignore=shutil.ignore_patterns(FOLDER))
    stale = cache / FOLDER / "ab" / ("ab" + "0" * 62 + ".json")
    stale.parent.mkdir(parents=True)
    stale.write_text("{}", encoding="utf-8")
    old = time.time() - (MAX_AGE_DAYS + 1) * 86_400
    os.utime(stale, (old, old))
    make_build(copy_root("topics", tmp_path / "site"), briefing_cache_dir=str(cache))
    assert not stale.exists()
    assert any((cache / FOLDER).rglob("*.json"))  # this build's own layouts stay


# --- labels: clear of each other, of other nodes, and inside the drawing ------------------------
LONG_NAMES = [
    "House of Representatives", "United States", "Democratic Party", "Republican Party",
    "Volodymyr Zelensky", "John R. Bolton", "Joe Biden", "Bernie Sanders", "White House",
    "Twitter", "Congress", "Ukrainian",
]  # fmt: skip


def dense_network() -> Network:
    """The busiest entity page of the 280-article site, in shape: twelve long names, one
    heavy neighbour and several lines between the others."""
    others = tuple(
        Node(f"person.n{i}", name, "person", f"n{i}.html#x", 40 - 3 * i)
        for i, name in enumerate(LONG_NAMES)
    )
    edges = tuple(
        (f"person.n{a}", f"person.n{b}", 5 - (a + b) % 5)
        for a, b in [(0, 1), (0, 2), (1, 2), (1, 3), (2, 6), (3, 6), (4, 11), (6, 7), (1, 8)]
    )
    return Network(Node("person.s", "Donald Trump", "person", "", 0), others, edges)


def label_boxes(svg: str) -> list[tuple[str, tuple[float, float, float, float]]]:
    from briefing.pictures.labels import Spot, text_box

    root = ElementTree.fromstring(svg)
    return [
        (text.text or "", text_box(Spot(float(text.get("x", 0)), float(text.get("y", 0)),
                                         text.get("text-anchor", "start")), text.text or ""))
        for text in root.iter(f"{SVG}text")
    ]  # fmt: skip


def test_network_labels_overlap_neither_each_other_nor_the_edges_of_the_drawing() -> None:
    boxes = label_boxes(network_svg(dense_network(), "c"))
    assert len(boxes) == 13
    for name, (left, top, right, bottom) in boxes:
        assert left >= 0 and right <= WIDTH and top >= 0 and bottom <= HEIGHT, name
    for index, (name, a) in enumerate(boxes):
        for other, b in boxes[index + 1 :]:
            apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
            assert apart, (name, other)


def test_the_subject_keeps_a_long_name_that_a_neighbour_would_lose() -> None:
    network = dense_network()
    long_name = "Organisation for Economic Co-operation"  # 38 characters
    subject = dataclasses.replace(network.subject, name=long_name)
    neighbour = dataclasses.replace(network.others[5], name=long_name)
    svg = network_svg(
        dataclasses.replace(network, subject=subject, others=(*network.others[:5], neighbour)),
        "c",
    )
    texts = [text for text, _ in label_boxes(svg)]
    assert texts[0] == long_name
    assert texts[6] == "Organisation for Econ…"


def test_placing_a_label_avoids_a_placed_one() -> None:
    from briefing.pictures.labels import Mark, place_labels, text_box

    # Two nodes one above the other: the lower one's label may not go above it.
    marks = [Mark(180, 100, 5, "Upper name"), Mark(180, 130, 5, "Lower name")]
    upper, lower = place_labels(marks, WIDTH, HEIGHT)
    assert upper.y < 100  # above, away from the middle
    a, b = text_box(upper, "Upper name"), text_box(lower, "Lower name")
    assert a[3] <= b[1] or b[3] <= a[1] or a[2] <= b[0] or b[2] <= a[0]


def test_the_latest_bar_is_marked_inside_its_own_column() -> None:
    from briefing.pictures.over_time import bars_svg

    counts = [2, 7, 1, 1, 0, 0, 6, 1]  # January to August: months
    data = counts_over_time([f"2024-{m:02d}-01" for m, n in enumerate(counts, 1) for _ in range(n)])
    assert data.unit == "month"
    root = ElementTree.fromstring(bars_svg(data, "c"))
    rects = list(root.iter(f"{SVG}rect"))
    assert rects[-1].get("class") == "b-bar b-latest"
    (mark,) = root.iter(f"{SVG}path")
    numbers = [float(v) for v in re.findall(r"-?[0-9.]+", mark.get("d", ""))]
    left = float(rects[-1].get("x", 0))
    right = left + float(rects[-1].get("width", 0))
    # M x y h w L x y: absolute x's, then the width; the triangle stays over its bar.
    start, _, width, tip, _ = numbers
    assert left <= start and start + width <= right and left <= tip <= right
    assert "latest" not in "".join(root.itertext()).replace("(latest)", "")


def test_a_short_span_gets_one_axis_label_not_two_on_top_of_each_other() -> None:
    from briefing.pictures.over_time import bars_svg

    data = counts_over_time(["2024-01-03", "2024-01-10"])  # two weeks: 80 units of bars
    texts = [t.text for t in ElementTree.fromstring(bars_svg(data, "c")).iter(f"{SVG}text")]
    assert "1 Jan – 8 Jan" in texts
    assert "1 Jan" not in texts


# --- glossary rows: sparklines on the corpus's one axis ----------------------------------------
def test_sparklines_share_the_corpus_axis_and_skip_what_says_nothing() -> None:
    from briefing.pictures.sparkline import corpus_axis, sparkline, sparkline_svg

    axis = corpus_axis(["2024-01-10", None, "2024-12-20", "2024-06-01"])
    assert axis is not None and axis[0].isoformat() == "2024-01-10"
    line = sparkline(["2024-03-02", "2024-03-30", "2024-09-09"], axis)
    assert line is not None and line.unit == "month" and len(line.bins) == 12  # Jan to Dec
    assert line.text == "Articles per month: March 2024: 2, September 2024: 1"
    svg = ElementTree.fromstring(sparkline_svg(line))
    assert svg.get("role") == "img" and svg.get("aria-label") == line.text
    assert len(re.findall("z", svg[0].get("d", ""))) == 2  # a bar for each month with articles
    assert sparkline(["2024-03-02", "2024-03-30"], axis) is None  # two articles: the count says it
    assert sparkline(["2024-03-02", "2024-03-10", "2024-03-30"], axis) is None  # one month
    assert sparkline(["2024-03-02"] * 3, None) is None  # no dated article in the corpus


def test_glossary_rows_of_entities_often_in_the_news_get_a_sparkline(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    srcdir = copy_root("topics", tmp_path)
    seeds = srcdir / "seeds"
    for stem, date in (("us_talks_apr", "2025-04-14"), ("us_talks_jun", "2025-06-18")):
        (seeds / f"{stem}.txt").write_text(
            "U.S. Talks Go On\n\nTOKYO (Reuters) - Japan and the United States held more talks "
            "on Tuesday, officials said.\n",
            encoding="utf-8",
        )
        (seeds / f"{stem}.meta.json").write_text(json.dumps({"date": date}), encoding="utf-8")
    app = make_build(srcdir)
    page = html(app, "glossary")
    rows = {
        m.group(1): m.group(0)
        for m in re.finditer(r'href="glossary/[^"]*#([^"]+)".*?</li>', page, re.S)
    }
    # The United States is in all four articles, Japan in three of them.
    for entity, november in (("place.united-states", 2), ("place.japan", 1)):
        line = re.search(
            r'<svg class="briefing-row-sparkline"[^>]*aria-label="([^"]*)"', rows[entity]
        )
        assert line, entity
        assert line.group(1) == (
            f"Articles per month: November 2024: {november}, April 2025: 1, June 2025: 1"
        ), entity
    # Seoul is named in one article: no sparkline.
    assert "briefing-row-sparkline" not in rows["place.seoul"]
    off = make_build(copy_root("topics", tmp_path / "off"), briefing_pictures=False)
    assert "briefing-row-sparkline" not in html(off, "glossary")


def test_loading_the_extension_leaves_the_layout_library_unloaded() -> None:
    # networkx (and numpy) cost a third of a second to import: builds that compute no new
    # layout, such as a no-op, must not pay it.
    probe = (
        "import sys, briefing, briefing.html.collected, briefing.pictures.together as t;"
        "assert t._LAYOUT_CODE; print(sorted(m for m in ('networkx', 'numpy') if m in sys.modules))"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "ext")}
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
