"""Hostile input: markup, HTML, control characters, huge and odd text never crash a build, are
shown verbatim, and never reach the HTML as markup (no script, event handler or javascript:)."""

from __future__ import annotations

import html
import itertools
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sphinx.testing.util import SphinxTestApp

from briefing import wire
from briefing.prepass.corpus import page_names, slug_for

from conftest import BuildFactory, copy_root, warnings

# -- what the HTML may contain ---------------------------------------------------------------
DANGEROUS_TAGS = frozenset(
    [
        "iframe",
        "img",
        "svg",
        "math",
        "object",
        "embed",
        "base",
        "frame",
        "frameset",
        "applet",
        "audio",
        "video",
        "source",
        "style",
        "template",
        "noscript",
        "textarea",
        "marquee",
        "xmp",
        "plaintext",
        "meta",
        "link",
        "form",
        "input",
        "button",
    ]
)
HEAD_TAGS = frozenset({"meta", "link"})
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "data", "xlink:href", "poster"})
BAD_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
_IGNORED_IN_URLS = re.compile(r"[\x00-\x20\x7f]+")


class TagStream(HTMLParser):
    """Every start tag of a page with its attributes, and every script with its content."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]], bool]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_head = False
        self._script: dict[str, str | None] | None = None
        self._script_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self._in_head = True
        if tag == "body":
            self._in_head = False
        self.tags.append((tag, attrs, self._in_head))
        if tag == "script":
            self._script, self._script_text = dict(attrs), []

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self._in_head = False
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._script_text)))
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script_text.append(data)


def tag_stream(page: str) -> TagStream:
    parser = TagStream()
    parser.feed(page)
    parser.close()
    return parser


Signature = tuple[str, tuple[tuple[str, str], ...], str]


def signature(tag: str, attrs: list[tuple[str, str | None]], content: str = "") -> Signature:
    """A tag by name, attributes (relative prefix and cache-busting query removed), content."""
    cleaned = tuple(
        (name, re.sub(r"^(\.\./)+", "", (value or "").split("?v=")[0])) for name, value in attrs
    )
    return tag, cleaned, content


def theme_furniture(outdir: Path) -> set[Signature]:
    """Scripts, forms and the like of the theme itself: those of pages no input reaches."""
    found: set[Signature] = set()
    for baseline in ("genindex.html", "search.html"):
        stream = tag_stream((outdir / baseline).read_text(encoding="utf-8"))
        found |= {signature(tag, attrs) for tag, attrs, _ in stream.tags if tag in DANGEROUS_TAGS}
        found |= {signature("script", list(a.items()), text) for a, text in stream.scripts}
    return found


def own_pictures() -> set[Signature]:
    """The extension's own inline SVG (entity and topic pictures): no input reaches a single
    attribute of their ``<svg>`` tags, so any other ``<svg>`` is still a violation."""
    xmlns = ("xmlns", "http://www.w3.org/2000/svg")
    return {
        signature(
            "svg",
            [("class", css), ("viewbox", box), ("role", role), ("aria-labelledby", label), xmlns],
        )
        for css, box, role, label in (
            ("briefing-over-time", "0 0 360 120", "img", "over-time-chart-caption"),
            ("briefing-together", "0 0 360 270", "group", "together-network-caption"),
        )
    }


def violations(name: str, page: str, furniture: set[Signature]) -> list[str]:
    """Markup in ``page`` that no seed, note or registry entry may ever produce."""
    found: list[str] = []
    stream = tag_stream(page)
    allowed = furniture | own_pictures()
    for tag, attrs, in_head in stream.tags:
        if in_head and tag in HEAD_TAGS:
            pass  # the theme's own <meta> and <link> (next, prev, description) vary by page
        elif tag in DANGEROUS_TAGS and signature(tag, attrs) not in allowed:
            found.append(f"{name}: <{tag} {attrs}>")
        for attr, value in attrs:
            if attr.startswith("on"):
                found.append(f"{name}: <{tag}> has the event handler {attr}={value!r}")
            cleaned = _IGNORED_IN_URLS.sub("", html.unescape(value or "")).lower()
            if attr in URL_ATTRIBUTES and cleaned.startswith(BAD_SCHEMES):
                found.append(f"{name}: <{tag}> has {attr}={value!r}")
    for attrs, content in stream.scripts:
        if attrs.get("type") == "application/ld+json":
            try:
                json.loads(content)
            except ValueError:
                found.append(f"{name}: JSON-LD that is not JSON: {content[:200]!r}")
        elif signature("script", list(attrs.items()), content) not in furniture:
            found.append(f"{name}: a script that is not the theme's: {attrs} {content[:200]!r}")
    return found


def all_violations(app: SphinxTestApp) -> list[str]:
    outdir = Path(app.outdir)
    furniture = theme_furniture(outdir)
    found: list[str] = []
    for path in sorted(outdir.rglob("*.html")):
        page = path.read_text(encoding="utf-8")
        found += violations(path.relative_to(outdir).as_posix(), page, furniture)
    return found


TAG = re.compile(r"<[^>]*>")


def main_text(page: str) -> str:
    """The page body's text as a reader sees it: tags removed, entities decoded, spaces as one."""
    start = page.index('<div class="body" role="main">')
    end = page.index('<div class="sphinxsidebar"', start)
    return normalised(html.unescape(TAG.sub("", page[start:end])))


def normalised(text: str) -> str:
    return " ".join(text.split())


# -- generated seeds --------------------------------------------------------------------------
MARKUP = [
    *"*_`|{}[]()<>&#:!\\$",
    "**",
    "``",
    "::",
    ":::",
    "```",
    "~~~",
    "$$",
    "{{",
    "}}",
    "{%",
    "%}",
    "<!--",
    "-->",
    "]]>",
    "&amp;",
    "&#60;",
    "&lt;b&gt;",
    "{brief:person}`x`",
    ".. raw:: html",
    "[link](javascript:alert(1))",
    "[^1]",
    "---",
    "| a | b |",
    "> quote",
    "# Heading",
    "* item",
    "1. item",
    "\\n",
    "%",
    "@",
    "'",
    '"',
]
HTML = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    '<a href="javascript:alert(1)">x</a>',
    "<svg onload=alert(1)>",
    "</p></div><script>",
    '"><script>alert(1)</script>',
    "' onmouseover='alert(1)",
    "<iframe src=javascript:x>",
    "</script>",
    "<style>body{}</style>",
    "<!DOCTYPE html>",
    "<b>bold</b>",
    "</section>",
    "&#x3C;script&#x3E;",
    "<scr<script>ipt>",
    "JaVaScRiPt:alert(1)",
    "\\u003cscript",
]
CONTROL = [
    "\x01",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b[31m",
    "\x7f",
    "\u200b",
    "\u200e",
    "\u202e",
    "\ufeff",
    "\u2028",
    "\x85",
    "\xa0",
    "\t",
    "\x1f",
]
SCRIPTS = [
    "Москва",
    "Владимир Путин",
    "東京",
    "李克强",
    "القاهرة",
    "नई दिल्ली",
    "서울",
    "Αθήνα",
    "ירושלים",
    "กรุงเทพ",
    "😀🔥",
    "Zürich",
    "İstanbul",
    "Straße",
    "e\u0301",
    "𝕏",
    "ﷺ",
]
WORDS = [
    "the",
    "said",
    "officials",
    "on",
    "Tuesday",
    "President",
    "Yoon",
    "Reuters",
    "troops",
    "cost",
    "Seoul",
    "Washington",
    "Dr.",
    "U.S.",
    "5",
    "$5 billion",
    "2024-11-06",
    "Kim",
    "Jong-un",
    "according",
    "to",
    "a",
    "spokesman",
    "(With inputs from Reuters)",
    "SEOUL (Reuters) -",
    "“quoted”",
    "—",
]

token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(MARKUP),
    st.sampled_from(HTML),
    st.sampled_from(SCRIPTS),
    st.sampled_from(CONTROL),
    st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=4),
)
separator = st.sampled_from([" ", " ", " ", "", "\n", "  ", "\t"])
line = st.lists(st.tuples(token, separator), min_size=1, max_size=15).map(
    lambda parts: "".join(t + s for t, s in parts)
)
# Very long lines are rare and a few kB long: every distinct text goes through the NER model.
long_line = st.builds(lambda t, n: (t + " ") * n, token, st.integers(60, 250))
paragraph = st.one_of(line, line, line, line, line, line, line, line, line, long_line)
blank = st.sampled_from(["\n\n", "\n\n", "\n \n", "\n\n\n\n\n\n", "\n\t\n", "\n" * 40, "\r\n\r\n"])
headline = line.filter(lambda s: bool(s.strip()))
article = st.tuples(headline, st.lists(st.tuples(blank, paragraph), max_size=5))

Article = tuple[str, list[tuple[str, str]]]


def variants(drawn: Article) -> list[str]:
    """Five seeds from one drawn article: as drawn, then in the shapes wire copy comes in.

    Hypothesis can only draw a few dozen articles per example (its buffer is 8 kB of choices),
    so each is written five ways."""
    head, body = drawn
    text = head + "".join(sep + para for sep, para in body) + "\n"
    paras = [para for _, para in body]
    dateline = "SEOUL (Reuters) - " + (paras[0] if paras else "")
    subhead = "\n\n".join([*paras[:1], "Hostile <b>Subhead</b> & `Co`", *paras[1:]])
    return [
        text,
        "\ufeff" + text.replace("\n", "\r\n"),  # BOM and CRLF
        "\n\n\n" + head + "\n\n" + dateline + "\n\n(With inputs from Reuters)\n",
        head + "\n\n" + subhead + "\n\n(Reporting by <i>Jane</i>; Editing by Joe & Co)\n",
        # No blank lines at all: one hard-wrapped paragraph (without the long lines, for speed).
        head + "\n" + "\n".join(p.replace("\n", " ") for p in paras if len(p) < 500),
    ]


ARTICLES = 34  # drawn per build, written five ways: 170 seeds; 3 builds make 510 seeds
_examples = itertools.count()


@settings(
    max_examples=3,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],  # a failing build of ~150 seeds is not shrunk
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
@given(drawn=st.lists(article, min_size=ARTICLES, max_size=ARTICLES))
def test_generated_seeds_build_verbatim_and_escaped(
    make_build: BuildFactory, tmp_path: Path, drawn: list[Article]
) -> None:
    srcdir = copy_root("hostile", tmp_path / f"example-{next(_examples)}")
    seeds = [text for one in drawn for text in variants(one)]
    names = {}
    for number, text in enumerate(seeds):
        name = f"fuzz_{number:03d}"
        (srcdir / "seeds" / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
        names[name] = text
    app = make_build(srcdir)
    outdir = Path(app.outdir)
    found = all_violations(app)
    assert not found, "\n".join(found[:20])
    for name, text in names.items():
        page = (outdir / "articles" / f"{slug_for(Path(name))}.html").read_text(encoding="utf-8")
        shown = main_text(page)
        try:
            article = wire.parse_article(wire.decode_seed(text.encode("utf-8")))
        except wire.SeedError:
            assert "could not be shown" in shown, name
            continue
        # Every part the parser found (tests/test_wire.py proves the parts hold every
        # character of the seed) is on the page, verbatim.
        for part in article.parts:
            assert normalised(part.text) in shown, (name, part.text[:300], shown[:600])


# -- hand-written hostile input: registry, notes, sidecar ------------------------------------
def test_names_front_matter_and_sidecar_markup_is_escaped(make_build: BuildFactory) -> None:
    """Entity names and aliases, a note's front matter, a seed's sidecar: all HTML-laden."""
    app = make_build("hostile")
    found = all_violations(app)
    assert not found, "\n".join(found)
    outdir = Path(app.outdir)
    entity = main_text((outdir / "glossary" / "person.yoon-suk-yeol.html").read_text("utf-8"))
    assert "Yoon <script>alert('name')</script> Suk Yeol" in entity
    registry = main_text((outdir / "entities" / "hostile.html").read_text(encoding="utf-8"))
    # Names and aliases on a registry card are data, verbatim (straight quotes included).
    assert "<img src=x onerror=alert('alias')>; javascript:alert('alias')" in registry
    note = main_text((outdir / "notes" / "hostile.html").read_text(encoding="utf-8"))
    assert "A note <script>alert('title')</script> <img src=x onerror=alert('title')>" in note
    assert "<svg onload=alert('author')>" in note
    # A preview card is a call with JSON, ASCII only: the name is data, whole, in a string.
    script = (outdir / "_previews" / "person.yoon-suk-yeol.js").read_text(encoding="ascii")
    assert script.startswith("briefingPreview({") and script.endswith("});\n")
    card = json.loads(script[len("briefingPreview(") : -len(");\n")])
    assert card["name"] == "Yoon <script>alert('name')</script> Suk Yeol"
    assert card["url"] == "glossary/person.yoon-suk-yeol.html#person.yoon-suk-yeol"


HOSTILE_DESCRIPTIONS = """\
# Descriptions

:::{brief:entity} Donald Trump
:type: person

Raw HTML: <script>alert('description')</script> and <b onmouseover="alert('b')">bold</b>
and <a href="javascript:alert('a')">an anchor</a>.
:::
"""


def test_registry_description_html_is_escaped(make_build: BuildFactory, tmp_path: Path) -> None:
    """A description is MyST, yet a registry entry must not put markup on the site."""
    srcdir = copy_root("hostile", tmp_path)
    (srcdir / "entities" / "descriptions.md").write_text(HOSTILE_DESCRIPTIONS, encoding="utf-8")
    app = make_build(srcdir)
    found = all_violations(app)
    assert not found, "\n".join(found)


# -- names as long as the file system allows -------------------------------------------------
def test_longest_seed_file_name_builds(make_build: BuildFactory, tmp_path: Path) -> None:
    """A seed file name of 255 bytes, the most a file system allows: its page (and sidecar,
    source copy) are named after it, yet the build must neither crash nor lose the article."""
    srcdir = copy_root("hostile", tmp_path)
    stem = ("a_very_long_wire_story_name_" * 10)[: 255 - len(".txt")]
    (srcdir / "seeds" / f"{stem}.txt").write_text(
        "Long Name Story\n\nThe body of a story saved under a very long file name.\n",
        encoding="utf-8",
    )
    app = make_build(srcdir)
    shown = [main_text(p.read_text("utf-8")) for p in Path(app.outdir).glob("articles/*.html")]
    assert any("The body of a story saved under a very long file name." in t for t in shown)


def test_long_entity_name_builds(make_build: BuildFactory, tmp_path: Path) -> None:
    """A 400-character name: the entity's id (and so its page's file name) must stay short."""
    srcdir = copy_root("hostile", tmp_path)
    name = "Grand Duke " + " ".join(["Maximilian"] * 35)
    (srcdir / "entities" / "long.md").write_text(
        f"# Long\n\n:::{{brief:entity}} {name}\n:type: person\n\nA long name.\n:::\n",
        encoding="utf-8",
    )
    app = make_build(srcdir)
    pages = [main_text(p.read_text("utf-8")) for p in Path(app.outdir).glob("glossary/*.html")]
    assert any(name in text for text in pages)


# -- a 5 MB seed -----------------------------------------------------------------------------
def test_five_megabyte_seed_builds(make_build: BuildFactory, tmp_path: Path) -> None:
    """A pasted dump: normal paragraphs, then one 5 MB line (no paragraph breaks at all)."""
    srcdir = copy_root("hostile", tmp_path)
    words = "the officials said <b>costs</b> & 東京 would rise again "
    lead = "Five Megabytes\n\nPresident Yoon Suk Yeol spoke in Seoul on Tuesday.\n\n"
    dump = (words * (5_000_000 // len(words))).strip()
    (srcdir / "seeds" / "huge.txt").write_text(lead + dump + "\n", encoding="utf-8")
    app = make_build(srcdir)
    page = (Path(app.outdir) / "articles" / "huge.html").read_text(encoding="utf-8")
    assert len(page) > 5_000_000
    assert "<b>costs</b>" not in page and "&lt;b&gt;costs&lt;/b&gt; &amp; 東京" in page
    assert html.escape(dump[-200:], quote=False) in page
    assert normalised(html.unescape(TAG.sub("", page))).count(normalised(words)) > 1000


# -- ids and file names: validated before they become paths or page names -------------------
BAD_IDS = [
    "../index",
    "../../../outside/pwned",
    "person/with-slash",
    "person.x';alert('id');'",
    "person.with space",
    "person.a&b",
    "person.a#b",
    "person.a?b",
    ".hidden",
]


def files_under(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_registry_ids_never_become_paths_outside_their_folder(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    srcdir = copy_root("hostile", tmp_path / "project")
    absolute = tmp_path / "absolute" / "pwned"
    entries = [*BAD_IDS, str(absolute)]
    text = "# Bad ids\n\n" + "".join(
        f":::{{brief:entity}} Bad Id {n}\n:type: person\n:id: {entry}\n\nA bad id.\n:::\n\n"
        for n, entry in enumerate(entries)
    )
    (srcdir / "entities" / "bad.md").write_text(text, encoding="utf-8")
    before = files_under(srcdir)
    app = make_build(srcdir)
    log = warnings(app)
    after = files_under(srcdir)
    # Nothing an editor wrote changed, and nothing was written outside the source folder.
    assert {name: after[name] for name in before} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project"]
    assert not absolute.parent.exists()
    assert all(
        name.startswith(("_build/", "articles/", "glossary/", "sources/"))
        for name in after.keys() - before.keys()
    )
    for number, entry in enumerate(entries):
        line = 3 + 7 * number
        expected = f"entities/bad.md:{line}: WARNING: the entity id {entry!r} is not used"
        assert expected in log, (entry, log)
    assert "briefing.bad_id" in log
    found = all_violations(app)
    assert not found, "\n".join(found)


def test_a_page_name_unsafe_in_scripts_is_left_out(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    """A note saved as ``it's.md`` would put its quote into the theme's inline script."""
    srcdir = copy_root("hostile", tmp_path)
    for name in ("it's", "a&b", "x';alert('note');'"):
        (srcdir / "notes" / f"{name}.md").write_text(
            f"---\ntitle: {name}\n---\n\nA note.\n", encoding="utf-8"
        )
    app = make_build(srcdir)
    log = warnings(app)
    for name in ("it's", "a&b", "x';alert('note');'"):
        assert f"the page name {f'notes/{name}'!r} is not safe" in log
        assert not (Path(app.outdir) / "notes" / f"{name}.html").exists()
    assert (Path(app.outdir) / "notes" / "hostile.html").exists()


SCRIPT_NAMES = {
    "Москва": "Moscow Talks Resume",
    "東京": "Tokyo Markets Rally",
    "서울": "Seoul Hosts Summit",
    "😀": "Emoji Named Story",
    "analysis": "The Original Analysis",
    "Analysis": "An Upper Case Copy",
    "analysis-duplicate": "A Story Really Named Duplicate",
    "a b": "Spaced Name",
    "a-b": "Hyphenated Name",
}


def test_every_seed_gets_its_own_page_whatever_its_name(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    """File names in any script keep their letters; names that give one page name each get
    a distinct, stable one and a warning naming both files."""
    srcdir = copy_root("hostile", tmp_path)
    paths = []
    for stem, headline in SCRIPT_NAMES.items():
        path = srcdir / "seeds" / f"{stem}.txt"
        path.write_text(f"{headline}\n\nThe body of {headline}.\n", encoding="utf-8")
        paths.append(path)
    app = make_build(srcdir)
    outdir = Path(app.outdir)
    names = page_names(paths)
    assert len({name for name, _ in names.values()}) == len(SCRIPT_NAMES)
    assert names[srcdir / "seeds" / "Москва.txt"] == ("москва", None)
    assert names[srcdir / "seeds" / "analysis.txt"] == ("analysis", None)
    assert names[srcdir / "seeds" / "analysis-duplicate.txt"] == ("analysis-duplicate", None)
    copy, owner = names[srcdir / "seeds" / "Analysis.txt"]
    assert owner == srcdir / "seeds" / "analysis.txt" and re.fullmatch(
        r"analysis-[0-9a-f]{8}", copy
    )
    for path, (name, _) in names.items():
        page = main_text((outdir / "articles" / f"{name}.html").read_text(encoding="utf-8"))
        assert SCRIPT_NAMES[path.stem] in page, (path.name, name)
    log = warnings(app)
    clash = [line for line in log.splitlines() if "briefing.seed_name" in line]
    assert len(clash) == 2, clash
    assert any("'analysis.txt' and 'Analysis.txt' differ only in case" in c for c in clash)
    assert any("'a b.txt'" in c and "'a-b.txt'" in c for c in clash)


def test_deep_sidecar_is_refused_without_recursion_error(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    srcdir = copy_root("hostile", tmp_path)
    (srcdir / "seeds" / "000_ffec9fcf535a1e0c.meta.json").write_text("[" * 1000, "utf-8")
    app = make_build(srcdir)
    log = warnings(app)
    assert (
        "000_ffec9fcf535a1e0c.meta.json:1: WARNING: 000_ffec9fcf535a1e0c.meta.json: nested" in log
    )
    page = (Path(app.outdir) / "articles" / "000_ffec9fcf535a1e0c.html").read_text("utf-8")
    assert "Yoon" in main_text(page)


# -- the trust model: raw HTML in editors' pages is off by default ---------------------------
RAW_NOTE = """\
---
title: Raw markup
---

<script>alert('raw-block')</script>

Inline <b onmouseover="alert('raw-inline')">bold</b> text.

```{eval-rst}
.. raw:: html

   <script>alert('eval-rst')</script>
```

:::{raw} html
<img src=x onerror="alert('raw-directive')">
:::

<!-- a comment is not shown and not warned about -->
"""


def build_with_note(
    make_build: BuildFactory, tmp_path: Path, note: str, **conf: object
) -> SphinxTestApp:
    """The hostile root with one more note, ``notes/raw.md``."""
    srcdir = copy_root("hostile", tmp_path)
    (srcdir / "notes" / "raw.md").write_text(note, encoding="utf-8")
    return make_build(srcdir, **conf)


def test_raw_html_in_notes_is_shown_as_text(make_build: BuildFactory, tmp_path: Path) -> None:
    app = build_with_note(make_build, tmp_path, RAW_NOTE)
    found = all_violations(app)
    assert not found, "\n".join(found)
    shown = main_text((Path(app.outdir) / "notes" / "raw.html").read_text(encoding="utf-8"))
    for text in ("<script>alert('raw-block')</script>", "<script>alert('eval-rst')</script>"):
        assert text in shown
    assert "<img src=x onerror=\"alert('raw-directive')\">" in shown
    raw_warnings = [line for line in warnings(app).splitlines() if "briefing.raw_html" in line]
    assert len(raw_warnings) == 5, raw_warnings  # block, two inline tags, two directives
    assert all("notes/raw.md:" in line for line in raw_warnings)
    assert "a comment is not shown" not in shown


def test_raw_html_can_be_turned_on(make_build: BuildFactory, tmp_path: Path) -> None:
    app = build_with_note(make_build, tmp_path, RAW_NOTE, briefing_allow_raw_html=True)
    page = (Path(app.outdir) / "notes" / "raw.html").read_text(encoding="utf-8")
    assert "<script>alert('raw-block')</script>" in page
    assert "briefing.raw_html" not in warnings(app)


# -- seeds are files inside the project --------------------------------------------------------
def test_seed_links_outside_the_project_are_refused(
    make_build: BuildFactory, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("outside")
    secret = outside / "credentials.txt"
    secret.write_text("Secret Credentials\n\ntoken=hunter2\n", encoding="utf-8")
    (outside / "meta.json").write_text('{"byline": "Outside Byline"}', encoding="utf-8")
    srcdir = copy_root("hostile", tmp_path)
    inside = tmp_path / "shared.txt"  # inside the project folder (the source folder's parent)
    inside.write_text("Shared Story\n\nA story kept beside the docs.\n", encoding="utf-8")
    seeds = srcdir / "seeds"
    (seeds / "secret.txt").symlink_to(secret)
    (seeds / "shared.txt").symlink_to(inside)
    (seeds / "000_ffec9fcf535a1e0c.meta.json").unlink()
    (seeds / "000_ffec9fcf535a1e0c.meta.json").symlink_to(outside / "meta.json")
    app = make_build(srcdir)
    outdir = Path(app.outdir)
    log = warnings(app)
    assert not (outdir / "articles" / "secret.html").exists()
    assert "hunter2" not in "".join(p.read_text("utf-8") for p in outdir.rglob("*.html"))
    assert f"seeds/secret.txt:1: WARNING: the seed is a link to {secret}" in log
    assert "briefing.seed_symlink" in log
    assert "Shared Story" in main_text((outdir / "articles" / "shared.html").read_text("utf-8"))
    korea = (outdir / "articles" / "000_ffec9fcf535a1e0c.html").read_text("utf-8")
    assert "Outside Byline" not in korea
    assert "000_ffec9fcf535a1e0c.meta.json is a link to" in log


def test_seed_links_outside_can_be_allowed(
    make_build: BuildFactory, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("outside")
    (outside / "story.txt").write_text("Linked Story\n\nFrom a shared folder.\n", "utf-8")
    srcdir = copy_root("hostile", tmp_path)
    (srcdir / "seeds" / "story.txt").symlink_to(outside / "story.txt")
    app = make_build(srcdir, briefing_follow_outside_links=True)
    page = (Path(app.outdir) / "articles" / "story.html").read_text("utf-8")
    assert "Linked Story" in main_text(page)
    assert "briefing.seed_symlink" not in warnings(app)


CASE_TWINS = """\
# Case twins

:::{brief:entity} Acme Upper
:type: org
:id: org.Acme

Upper case.
:::

:::{brief:entity} Acme Lower
:type: org
:id: org.acme

Lower case.
:::
"""


def test_ids_that_differ_only_in_case_are_reported(
    make_build: BuildFactory, tmp_path: Path
) -> None:
    srcdir = copy_root("hostile", tmp_path)
    (srcdir / "entities" / "twins.md").write_text(CASE_TWINS, encoding="utf-8")
    app = make_build(srcdir)
    found = [line for line in warnings(app).splitlines() if "briefing.page_collision" in line]
    assert len(found) == 1, found
    assert "'org.Acme'" in found[0] and "'org.acme'" in found[0] and "only in case" in found[0]
    assert "entities/twins.md:" in found[0]
