"""Front matter of editors' notes: read and checked with line numbers, no Sphinx involved.

MyST hands Sphinx the front matter as metadata with lists JSON-encoded and without line
numbers; a note's warnings must name the line, so the YAML block is read here from the source.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import yaml

from briefing.checks.subtypes import Subtype, suggestion

FIELDS = ("title", "date", "author", "topics", "entities", "article")
_FENCE = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)


@dataclass(frozen=True)
class Problem:
    subtype: Subtype
    line: int
    message: str


@dataclass
class FrontMatter:
    title: str | None = None
    date: str | None = None
    author: str | None = None
    topics: list[tuple[str, int]] = field(default_factory=list)  # (value, line)
    entities: list[tuple[str, int]] = field(default_factory=list)
    article: tuple[str, int] | None = None
    lines: dict[str, int] = field(default_factory=dict)  # field -> line of its key
    problems: list[Problem] = field(default_factory=list)
    end_line: int = 1  # the line of the closing fence, or 1 without front matter


def read_front_matter(source: str) -> FrontMatter:
    """Values and problems of the ``---`` block at the top of a note."""
    found = FrontMatter()
    match = _FENCE.match(source)
    if match is None:
        found.problems.append(
            Problem(
                Subtype.BAD_FRONT_MATTER,
                1,
                "the note has no front matter: start it with a '---' block giving at least "
                "'title:' (see the editor guide)",
            )
        )
        return found
    block = match.group(1) or ""
    found.end_line = block.count("\n") + 2
    try:
        root = yaml.compose(block)
    except yaml.YAMLError as err:
        # The context mark (where the broken construct began) is the line an editor fixes.
        mark = getattr(err, "context_mark", None) or getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(err, "problem", None) or str(err)
        found.problems.append(
            Problem(
                Subtype.BAD_FRONT_MATTER,
                line,
                f"the front matter is not valid YAML ({problem}): write one 'key: value' per "
                "line, and quote values that contain ':' or start with a special character",
            )
        )
        return found
    if root is None:
        return _require_title(found)
    if not isinstance(root, yaml.MappingNode):
        found.problems.append(
            Problem(Subtype.BAD_FRONT_MATTER, 2, "the front matter must be 'key: value' lines")
        )
        return _require_title(found)
    for key_node, value_node in root.value:
        _read_field(found, key_node, value_node)
    return _require_title(found)


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 2  # +1 for 1-based, +1 for the opening fence


def _read_field(found: FrontMatter, key_node: yaml.Node, value_node: yaml.Node) -> None:
    key = str(key_node.value)
    line = _line(key_node)
    found.lines[key] = line
    if key not in FIELDS:
        found.problems.append(
            Problem(
                Subtype.BAD_FRONT_MATTER,
                line,
                f"unknown front-matter field {key!r}{suggestion(key, list(FIELDS), 0.75)}: "
                f"the fields are {', '.join(FIELDS)}",
            )
        )
        return
    if key in ("topics", "entities"):
        items = _string_list(found, key, value_node)
        setattr(found, key, items)
        return
    value = _scalar(found, key, value_node)
    if value is None:
        return
    if key == "date":
        found.date = _date(found, value, line)
    elif key == "article":
        found.article = (value, _line(value_node))
    elif key == "title":
        found.title = value
    else:
        found.author = value


def _scalar(found: FrontMatter, key: str, node: yaml.Node) -> str | None:
    if isinstance(node, yaml.ScalarNode) and str(node.value).strip():
        return str(node.value).strip()
    found.problems.append(
        Problem(Subtype.BAD_FRONT_MATTER, _line(node), f"{key!r} must be a single non-empty value")
    )
    return None


def _string_list(found: FrontMatter, key: str, node: yaml.Node) -> list[tuple[str, int]]:
    if isinstance(node, yaml.ScalarNode):
        # "entities: person.a, person.b" is forgiven: a comma-separated line.
        return [(v.strip(), _line(node)) for v in str(node.value).split(",") if v.strip()]
    if isinstance(node, yaml.SequenceNode):
        items = []
        for item in node.value:
            if isinstance(item, yaml.ScalarNode) and str(item.value).strip():
                items.append((str(item.value).strip(), _line(item)))
            else:
                found.problems.append(
                    Problem(
                        Subtype.BAD_FRONT_MATTER, _line(item), f"each item of {key!r} is one id"
                    )
                )
        return items
    found.problems.append(
        Problem(Subtype.BAD_FRONT_MATTER, _line(node), f"{key!r} must be a list of ids")
    )
    return []


def _date(found: FrontMatter, value: str, line: int) -> str | None:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        found.problems.append(
            Problem(
                Subtype.BAD_FRONT_MATTER,
                line,
                f"the date {value!r} is not a date: write it as YYYY-MM-DD, e.g. "
                f"{dt.date(2024, 11, 6).isoformat()}",
            )
        )
        return None


def _require_title(found: FrontMatter) -> FrontMatter:
    if found.title is None and not any(p.line == 1 for p in found.problems):
        found.problems.append(
            Problem(
                Subtype.BAD_FRONT_MATTER,
                found.lines.get("title", 2),
                "the note has no 'title:' in its front matter: add one; the file name is "
                "used meanwhile",
            )
        )
    return found
