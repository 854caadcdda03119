"""Unit tests for the plain-text wire-article parser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.wire import (
    Article,
    Credit,
    SeedError,
    SeedMetadata,
    decode_seed,
    load_sidecar,
    parse_article,
    parse_credit,
    parse_dateline,
    sidecar_path,
)

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_ffec9fcf535a1e0c.txt"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews"

LONG = (
    "The ministry said on Tuesday that the talks would resume next week, adding that "
    "both sides had agreed to keep the details of the draft confidential until then."
)


def article(*blocks: str) -> Article:
    return parse_article("\n\n".join(blocks) + "\n")


def kinds(art: Article) -> list[str]:
    return [p.kind for p in art.parts]


def squeeze(text: str) -> str:
    return "".join(text.split())


def assert_offsets(text: str, art: Article) -> None:
    for part in art.parts:
        first_line = part.text.split("\n")[0]
        assert text[part.start : part.start + len(first_line)] == first_line
        assert text.count("\n", 0, part.start) + 1 == part.line
        if "\n" not in part.text:
            assert text[part.start : part.start + len(part.text)] == part.text


# --------------------------------------------------------------------------- real seed


def test_real_seed() -> None:
    text = decode_seed(SEED.read_bytes())
    art = parse_article(text)
    assert art.headline.text == (
        "South Korea Vows \u2018Perfect Security Partnership\u2019 With New US President"
    )
    assert art.headline.line == 1 and art.headline.start == 0
    assert [s.title.text if s.title else None for s in art.sections] == [
        None,
        "U.S.-South Korea Alliance: A Regional Stronghold",
        "South Korea Considers Sending Monitoring Team To Ukraine",
    ]
    assert [len(s.paragraphs) for s in art.sections] == [1, 2, 2]
    assert len(art.paragraphs) == 5
    assert [p.line for p in art.parts] == [1, 3, 5, 7, 9, 11, 13, 15, 17]
    assert kinds(art) == ["headline", "paragraph", "subhead", "paragraph", "paragraph",
                          "subhead", "paragraph", "paragraph", "credit"]  # fmt: skip
    assert art.credit is not None
    assert art.credit.text == "(With Inputs from Reuters)"
    assert art.credit.agencies == ("Reuters",)
    assert art.credit.mode == "inputs"
    assert art.credit.part is art.parts[-1]
    assert art.issues == ()
    assert_offsets(text, art)


# --------------------------------------------------------------------------- text handling


def test_crlf_bom_trailing_spaces_and_no_final_newline() -> None:
    raw = (
        "\ufeffHeadline here  \r\n\r\n"
        "  First \u201cquoted\u201d paragraph.\t \r\n"
        "continues here *markup* <b>.\r\r"
        "Last paragraph."
    ).encode()
    text = decode_seed(raw)
    assert text.startswith("Headline") and "\r" not in text
    art = parse_article(text)
    assert art.headline.text == "Headline here"
    first, last = art.paragraphs
    assert first.text == "First \u201cquoted\u201d paragraph.\ncontinues here *markup* <b>."
    assert (first.line, first.start) == (3, text.index("First"))
    assert (last.line, last.text) == (6, "Last paragraph.")
    assert_offsets(text, art)


def test_hard_wrapped_paragraphs_are_one_part() -> None:
    art = article(
        "Headline",
        "A paragraph that was\nhard-wrapped over\nthree lines.",
        "Short line one\nShort line two",
        "Another paragraph.",
    )
    assert kinds(art) == ["headline", "paragraph", "paragraph", "paragraph"]
    assert art.paragraphs[0].text == "A paragraph that was\nhard-wrapped over\nthree lines."
    assert art.paragraphs[1].line == 7


def test_headline_followed_directly_by_text() -> None:
    art = parse_article("Headline\nFirst paragraph.\n\nSecond paragraph.\n")
    assert [p.text for p in art.paragraphs] == ["First paragraph.", "Second paragraph."]
    assert [(i.subtype, i.line) for i in art.issues] == [("seed_format", 2)]


def test_headline_only_gives_issue() -> None:
    art = parse_article("\n\n  Just a headline  \n\n")
    assert art.headline.text == "Just a headline"
    assert art.headline.line == 3
    assert art.sections == () and art.paragraphs == ()
    (issue,) = art.issues
    assert (issue.subtype, issue.line) == ("seed_format", 3)
    assert "no body paragraphs" in issue.message and "blank lines" in issue.message


@pytest.mark.parametrize("text", ["", " ", "\n\n\t \n"])
def test_parse_blank_raises_seed_empty(text: str) -> None:
    with pytest.raises(SeedError) as err:
        parse_article(text)
    assert err.value.subtype == "seed_empty"


# --------------------------------------------------------------------------- subheads


def test_subhead_rules() -> None:
    art = article(
        "Headline",
        LONG,
        "Markets React Calmly",  # subhead
        LONG,
        '"We will not back down"',  # pull quote
        LONG,
        "\u2014Jane Doe, minister",  # quote attribution
        LONG,
        "the talks went on",  # lower-case start
        LONG,
        "Other issues included:",  # ends with a colon
        LONG,
        "Protesters at the march. Image: A. Person",  # caption
        LONG,
        "Final Thoughts",  # last block
    )
    assert [s.title.text for s in art.sections if s.title] == ["Markets React Calmly"]
    assert art.paragraphs[-1].text == "Final Thoughts"


def test_subhead_needs_a_full_paragraph_after_it() -> None:
    art = article("Headline", LONG, "Gallery", "Tony Stark", "Hobbits", "A caption.", LONG)
    assert all(s.title is None for s in art.sections)
    art = article("Headline", LONG, "Outlook", "Short sentence.", LONG)
    assert all(s.title is None for s in art.sections)


def test_subhead_not_before_credit_and_not_first() -> None:
    art = article("Headline", "Opening Title", LONG, "Closing Title", "(With inputs from AFP)")
    assert kinds(art) == ["headline", "paragraph", "paragraph", "paragraph", "credit"]


def test_non_latin_subhead() -> None:
    art = article("Заголовок", LONG, "Реакция рынков", LONG)
    assert art.sections[1].title is not None
    assert art.sections[1].title.text == "Реакция рынков"


# --------------------------------------------------------------------------- credits


@pytest.mark.parametrize(
    ("text", "agencies", "mode", "reporters", "editors"),
    [
        ("(With Inputs from Reuters)", ("Reuters",), "inputs", (), ()),
        ("(With inputs from Reuters and AFP)", ("Reuters", "AFP"), "inputs", (), ()),
        ("With inputs from agencies.", ("agencies",), "inputs", (), ()),
        ("(Reporting by Ann Lee and Bo Kim; Editing by Carl Roe)", (), "staff",
         ("Ann Lee", "Bo Kim"), ("Carl Roe",)),
        ("(Reporting by Ann Lee in Seoul; Additional reporting by Bo Kim; "
         "Writing by Cy Dunn; Editing by Di Fox)", (), "staff",
         ("Ann Lee", "Bo Kim", "Cy Dunn"), ("Di Fox",)),
        ("Reporting by Ann Lee; Editing by Carl Roe and Eve Ray", (), "staff",
         ("Ann Lee",), ("Carl Roe", "Eve Ray")),
        ("Reporting by Reuters", ("Reuters",), "wholly", (), ()),
        ("(Reporting by Ann Lee for Reuters; Editing by Carl Roe.)", ("Reuters",), "wholly",
         ("Ann Lee",), ("Carl Roe",)),
        ("\u2014 Reuters", ("Reuters",), "wholly", (), ()),
        ("-- AP", ("AP",), "wholly", (), ()),
        ("(Reuters)", ("Reuters",), "wholly", (), ()),
        ("(Reporting by\nAnn Lee; Editing\nby Carl Roe)", (), "staff", ("Ann Lee",),
         ("Carl Roe",)),
    ],
)  # fmt: skip
def test_parse_credit_variants(
    text: str,
    agencies: tuple[str, ...],
    mode: str,
    reporters: tuple[str, ...],
    editors: tuple[str, ...],
) -> None:
    credit = parse_credit(text)
    assert credit is not None
    assert credit.text == " ".join(text.split())
    assert (credit.agencies, credit.mode) == (agencies, mode)
    assert (credit.reporters, credit.editors) == (reporters, editors)
    assert credit.part is None and credit.dateline is None


@pytest.mark.parametrize(
    "text",
    [
        "(This story has been corrected to fix a date.)",
        "(Additional context below)",
        "Reporting by the BBC showed that prices fell.",
        "Editing by Hand Is Back",
        "\u2014Natasha Gownaris",
        "-- The end",
        "",
    ],
)
def test_parse_credit_rejects(text: str) -> None:
    assert parse_credit(text) is None


def test_final_non_credit_parenthesis_stays_paragraph() -> None:
    art = article("Headline", LONG, "(This story has been corrected.)")
    assert art.credit is None
    assert kinds(art) == ["headline", "paragraph", "paragraph"]


def test_sign_off_on_last_line_of_paragraph() -> None:
    text = f"Headline\n\n{LONG}\n\u2014 Reuters\n"
    art = parse_article(text)
    assert [p.text for p in art.paragraphs] == [LONG]
    assert art.credit is not None and art.credit.part is not None
    assert (art.credit.part.text, art.credit.part.line) == ("\u2014 Reuters", 4)
    assert art.credit.mode == "wholly"
    assert_offsets(text, art)


def test_multiline_credit_block() -> None:
    art = article("Headline", LONG, "(Reporting by Ann Lee;\nEditing by Carl Roe)")
    assert art.credit is not None and art.credit.part is not None
    assert art.credit.part.text == "(Reporting by Ann Lee;\nEditing by Carl Roe)"
    assert art.credit.text == "(Reporting by Ann Lee; Editing by Carl Roe)"


# --------------------------------------------------------------------------- datelines


def test_dateline_with_place() -> None:
    art = article("Headline", f"SEOUL (Reuters) - {LONG}", LONG)
    credit = art.credit
    assert credit is not None
    assert (credit.agencies, credit.mode, credit.dateline) == (("Reuters",), "wholly", "SEOUL")
    assert credit.text == "SEOUL (Reuters) -"
    assert credit.part is art.paragraphs[0]
    assert kinds(art) == ["headline", "paragraph", "paragraph"]


def test_dateline_without_place() -> None:
    credit = parse_dateline("(Reuters) - South Korea said on Wednesday...")
    assert credit is not None
    assert (credit.agencies, credit.dateline) == (("Reuters",), None)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("SEOUL, Nov 6 (Reuters) - text", "SEOUL"),
        ("KYIV, Ukraine (AP) \u2014 text", "KYIV"),
        ("NEW YORK (AFP) -- text", "NEW YORK"),
    ],
)
def test_dateline_forms(text: str, place: str) -> None:
    credit = parse_dateline(text)
    assert credit is not None and credit.dateline == place


@pytest.mark.parametrize(
    "text",
    ["In Seoul (Reuters) - text", "SEOUL (the capital) - text", "SEOUL (Reuters)-text"],
)
def test_not_a_dateline(text: str) -> None:
    assert parse_dateline(text) is None


def test_dateline_merges_with_final_credit() -> None:
    art = article("Headline", f"SEOUL (Reuters) - {LONG}", "(Reporting by Ann Lee)")
    credit = art.credit
    assert credit is not None and credit.part is not None
    assert credit.part.kind == "credit"
    assert (credit.agencies, credit.mode, credit.dateline) == (("Reuters",), "wholly", "SEOUL")
    assert credit.reporters == ("Ann Lee",)


# --------------------------------------------------------------------------- decoding


def test_decode_invalid_utf8_names_byte_offset_and_line() -> None:
    with pytest.raises(SeedError) as err:
        decode_seed(b"Headline\r\nab\xffc\n")
    assert (err.value.subtype, err.value.line) == ("seed_encoding", 2)
    assert "byte offset 12" in err.value.message and "UTF-8" in err.value.message
    assert str(err.value) == err.value.message


def test_decode_invalid_utf8_after_bom_and_lone_cr() -> None:
    with pytest.raises(SeedError) as err:
        decode_seed(b"\xef\xbb\xbfA\rB\rC\xc3(")
    assert err.value.line == 3
    assert "byte offset 8" in err.value.message


@pytest.mark.parametrize(
    "data", [b"Head\x00line\n", "Headline".encode("utf-16"), bytes(range(1, 32)) * 10]
)
def test_decode_binary(data: bytes) -> None:
    with pytest.raises(SeedError) as err:
        decode_seed(data)
    assert (err.value.subtype, err.value.line) == ("seed_binary", 1)


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b" \n\t\r\n  "])
def test_decode_empty(data: bytes) -> None:
    with pytest.raises(SeedError) as err:
        decode_seed(data)
    assert (err.value.subtype, err.value.line) == ("seed_empty", 1)
    assert "headline" in err.value.message


def test_decode_keeps_text() -> None:
    assert decode_seed("Tête\r\n\r\n“Ça” va.".encode()) == "Tête\n\n“Ça” va."


# --------------------------------------------------------------------------- sidecar


def write_sidecar(tmp_path: Path, content: str) -> Path:
    seed = tmp_path / "001_story.txt"
    seed.write_text("Headline\n\nBody.\n", encoding="utf-8")
    sidecar_path(seed).write_text(content, encoding="utf-8")
    return seed


def test_sidecar_path() -> None:
    assert sidecar_path(Path("seeds/000_x.txt")) == Path("seeds/000_x.meta.json")


def test_sidecar_missing(tmp_path: Path) -> None:
    assert load_sidecar(tmp_path / "none.txt") == (SeedMetadata(None, None, None, None), [])


def test_sidecar_good(tmp_path: Path) -> None:
    data = {"date": "2024-11-06", "url": "https://example.com/a", "byline": "Jane Doe"}
    meta, issues = load_sidecar(write_sidecar(tmp_path, json.dumps(data)))
    assert issues == []
    assert meta == SeedMetadata("2024-11-06", "https://example.com/a", "Jane Doe", None)


def test_sidecar_bad_fields(tmp_path: Path) -> None:
    content = (
        "{\n"
        '  "date": "06/11/2024",\n'
        '  "url": "ftp://example.com/a",\n'
        '  "byline": "Jane Doe",\n'
        '  "author": "X"\n'
        "}\n"
    )
    meta, issues = load_sidecar(write_sidecar(tmp_path, content))
    assert meta == SeedMetadata(None, None, "Jane Doe", None)
    assert [(i.subtype, i.line) for i in issues] == [("seed_metadata", n) for n in (2, 3, 5)]
    assert "YYYY-MM-DD" in issues[0].message
    assert "http" in issues[1].message
    assert "author" in issues[2].message


def test_sidecar_impossible_date(tmp_path: Path) -> None:
    _, issues = load_sidecar(write_sidecar(tmp_path, '{"date": "2024-02-30"}'))
    assert len(issues) == 1


@pytest.mark.parametrize(
    ("content", "line"), [('{\n  "date": "2024-11-06",\n}', 3), ("[1, 2]", 1), ("", 1)]
)
def test_sidecar_invalid_json(tmp_path: Path, content: str, line: int) -> None:
    meta, issues = load_sidecar(write_sidecar(tmp_path, content))
    assert meta == SeedMetadata(None, None, None, None)
    assert [(i.subtype, i.line) for i in issues] == [("seed_metadata", line)]
    assert "001_story.meta.json" in issues[0].message


# --------------------------------------------------------------------------- properties

FRAGMENTS = st.sampled_from(
    ["\n", "\n\n", "  ", "\t", "Title Words", "A sentence.", "(With inputs from Reuters)",
     "SEOUL (Reuters) - ", "\u2014 AP", "*", "`", "<b>", "[x](y)", "..", "\u201c", "\r", "\x0b",
     "\x1c", "\u2028", "\ufeff", "\x00", "\ud800", "\u0645\u0631\u062d\u0628\u0627"]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(),
    st.text(st.characters(exclude_categories=())),
    st.lists(st.one_of(FRAGMENTS, st.text(max_size=5)), max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_parse_never_fails_and_keeps_every_character(text: str) -> None:
    try:
        art = parse_article(text)
    except SeedError as err:
        assert err.subtype == "seed_empty"
        assert not text.strip()
        return
    assert squeeze("".join(p.text for p in art.parts)) == squeeze(text)
    for part in art.parts:
        first_line = part.text.split("\n")[0]
        assert text[part.start : part.start + len(first_line)] == first_line


# --------------------------------------------------------------------------- corpus


@pytest.mark.skipif(not CORPUS.is_dir(), reason="wikinews corpus not available")
def test_corpus_parses() -> None:
    files = sorted(CORPUS.glob("*.txt"))
    assert files
    blocks = subheads = 0
    for path in files:
        art = parse_article(decode_seed(path.read_bytes()))
        assert art.headline.text, path.name
        assert art.paragraphs, path.name
        titles = [s.title for s in art.sections if s.title]
        blocks += len(art.parts)
        subheads += len(titles)
        assert len(titles) <= len(art.paragraphs), path.name
    assert subheads <= 0.05 * blocks


def test_an_agency_credit_names_no_people_and_no_dateline() -> None:
    assert parse_credit("(With Inputs from Reuters)") == Credit(
        None, "(With Inputs from Reuters)", ("Reuters",), "inputs"
    )
