"""Every kind of warning the extension gives: its subtype, what is wrong, and how to fix it.

Warnings have ``type="briefing"`` and one of these subtypes; ``suppress_warnings =
["briefing.<subtype>"]`` silences a kind. The editors' warnings reference is built from this
table, and the README's list is checked against it.
"""

from __future__ import annotations

import difflib
from enum import StrEnum


class Subtype(StrEnum):
    """A warning subtype, with its meaning and its fix for the editors' reference."""

    meaning: str
    fix: str

    def __new__(cls, value: str, meaning: str, fix: str) -> Subtype:
        member = str.__new__(cls, value)
        member._value_ = value
        member.meaning = meaning
        member.fix = fix
        return member

    @classmethod
    def of(cls, value: str) -> Subtype:
        """The member for a subtype recorded as text; ValueError for one not in the table."""
        for member in cls:
            if member.value == value:
                return member
        raise ValueError(f"{value!r} is not a briefing warning subtype")

    SEED_EMPTY = (
        "seed_empty",
        "a seed file is empty or holds only white space",
        "put the headline on the first line and paragraphs below it, separated by blank lines",
    )
    SEED_ENCODING = (
        "seed_encoding",
        "a seed is not UTF-8 (the message gives the byte offset and line)",
        "re-save the file as UTF-8",
    )
    SEED_BINARY = (
        "seed_binary",
        "a seed is not text (NUL bytes or control characters)",
        "save the article as a UTF-8 .txt file, or remove the file from the seeds folder",
    )
    SEED_UNREADABLE = (
        "seed_unreadable",
        "a seed cannot be read at all (permissions, a broken link)",
        "check that the file exists and can be read",
    )
    SEED_NAME = (
        "seed_name",
        "two seed file names give the same page name",
        "rename one of the two files",
    )
    SEED_FORMAT = (
        "seed_format",
        "a seed has a headline but no body, or no blank line after the headline",
        "separate the headline and the paragraphs with blank lines",
    )
    SEED_CREDIT = (
        "seed_credit",
        "the last line looks like a credit but is not a form the site reads",
        "write `(With inputs from AGENCY)` or `(Reporting by NAME; Editing by NAME)`",
    )
    SEED_METADATA = (
        "seed_metadata",
        "a `.meta.json` file beside a seed is broken",
        "fix the field named (`date` as YYYY-MM-DD, `url` as http(s))",
    )
    BAD_FRONT_MATTER = (
        "bad_front_matter",
        "a note's front matter is not valid YAML, lacks a title, or has a bad field or date",
        "follow the message; the note still builds with the valid fields",
    )
    PLACEHOLDER_NOTE = (
        "placeholder_note",
        "a note still holds the paragraph `briefing new-note` started it with",
        "replace that paragraph with the note itself",
    )
    UNKNOWN_ENTITY = (
        "unknown_entity",
        "a role, a MyST link, a note or a topic names an entity id that does not exist",
        "use the suggested id, or add the entity to the registry",
    )
    UNKNOWN_TOPIC = (
        "unknown_topic",
        "a role, a MyST link or a note names a topic that does not exist",
        "use the suggested topic id (`topic.<id>`, as on the topics pages)",
    )
    UNKNOWN_SOURCE = (
        "unknown_source",
        "a role or a source page names a wire source no article credits",
        "use the suggested source id (`source.<agency>`, as on the sources page)",
    )
    UNKNOWN_ARTICLE = (
        "unknown_article",
        "a role, a note or an article page names an article that does not exist",
        "use the suggested article name (the seed's file name, as in the article's address)",
    )
    UNKNOWN_ANCHOR = (
        "unknown_anchor",
        "a note or a role names a paragraph or section an article does not have",
        "use `<article>#p-<number>` as the ¶ links show, or `#s-<number>` for a subhead",
    )
    UNKNOWN_SECTION = (
        "unknown_section",
        "a topic names an article section that does not exist",
        "use `<article>#s-<number>`, the anchor of a subhead on the article page",
    )
    DUPLICATE_ENTITY = (
        "duplicate_entity",
        "two registry entries share an id",
        "remove or rename one; the first is used",
    )
    SEED_SYMLINK = (
        "seed_symlink",
        "a seed or sidecar is a link to a file outside the project",
        "copy the file into the seeds folder (or set `briefing_follow_outside_links = True`)",
    )
    BAD_ID = (
        "bad_id",
        "an id or a file name holds characters other than letters, digits, `.`, `-` and `_`",
        "rename it with those characters only; until then the entry or page is left out",
    )
    PAGE_COLLISION = (
        "page_collision",
        "a generated page would replace a file an editor wrote, or two ids differ only in case",
        "move or rename the file (it is kept, and the generated page is not written)",
    )
    RAW_HTML = (
        "raw_html",
        "a note or topic page carries raw HTML or a `raw` directive",
        "use MyST and components instead (it is shown as text); a desk that wants embeds sets "
        "`briefing_allow_raw_html = True`",
    )
    CONFIG = (
        "config",
        "a generated folder in `conf.py` overlaps another folder or lies outside the docs",
        "give each generated folder a folder of its own inside the docs folder",
    )
    CACHE = (
        "cache",
        "the cache folder cannot be written",
        "fix its permissions or point `briefing_cache_dir` elsewhere; the build runs without "
        "caching meanwhile",
    )


def suggestion(target: str, known: list[str], cutoff: float = 0.6) -> str:
    """`` (did you mean a or b?)`` for the closest known values, or an empty string."""
    close = difflib.get_close_matches(target, known, n=3, cutoff=cutoff)
    return f" (did you mean {' or '.join(close)}?)" if close else ""
