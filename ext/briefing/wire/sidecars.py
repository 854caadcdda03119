"""The optional JSON sidecar next to a seed: date, address, byline and title.

Metadata lives beside the seed, with the same stem and the suffix ``.meta.json``
(``seeds/000_x.txt`` -> ``seeds/000_x.meta.json``). It is a JSON object; every key is
optional and ``null`` means absent::

    {
      "date": "2024-11-06",                      # ISO date, YYYY-MM-DD
      "url": "https://example.com/story",        # http(s) address of the original
      "byline": "Jane Doe",                      # author line
      "title": "Override"                        # replaces nothing unless given
    }

Problems in a sidecar never stop a build: the faulty field is ignored and a
:class:`ParseIssue` with subtype ``seed_metadata`` is returned.
"""

from __future__ import annotations

import datetime
import json
import pathlib
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from briefing.wire.decode import normalise_newlines
from briefing.wire.model import ParseIssue


@dataclass(frozen=True)
class SeedMetadata:
    date: str | None = None
    url: str | None = None
    byline: str | None = None
    title: str | None = None


_SIDECAR_KEYS = ("date", "url", "byline", "title")
#: A sidecar holds four short fields: anything larger or deeper is not one, and is refused
#: before parsing (deep nesting would exhaust Python's recursion limit in the JSON parser).
MAX_SIDECAR_BYTES = 1 << 20
MAX_SIDECAR_DEPTH = 32
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def sidecar_path(seed_path: pathlib.Path | str) -> pathlib.Path:
    """``dir/stem.txt`` -> ``dir/stem.meta.json``."""
    path = pathlib.Path(seed_path)
    return path.with_name(path.stem + ".meta.json")


def sidecar_exists(seed_path: pathlib.Path | str) -> bool:
    """Whether a seed has a sidecar; a seed name too long to add a suffix to has none."""
    try:
        return sidecar_path(seed_path).is_file()
    except OSError:
        return False


def load_sidecar(seed_path: pathlib.Path | str) -> tuple[SeedMetadata, list[ParseIssue]]:
    """Read the optional sidecar of a seed; bad fields are dropped and reported."""
    path = sidecar_path(seed_path)
    if not sidecar_exists(seed_path):
        return SeedMetadata(), []
    issues: list[ParseIssue] = []
    loaded = _read_sidecar_json(path, issues)
    if loaded is None:
        return SeedMetadata(), issues
    text, data = loaded
    values: dict[str, str] = {}
    for key, value in data.items():
        problem = _check_field(key, value)
        if problem:
            line = _key_line(text, key)
            issues.append(ParseIssue("seed_metadata", line, f"{path.name}: {problem}"))
        elif isinstance(value, str):
            values[key] = value
    return SeedMetadata(**values), issues


def _read_sidecar_json(
    path: pathlib.Path, issues: list[ParseIssue]
) -> tuple[str, dict[str, Any]] | None:
    def fail(line: int, message: str) -> None:
        issues.append(ParseIssue("seed_metadata", line, f"{path.name}: {message}"))

    try:
        if path.stat().st_size > MAX_SIDECAR_BYTES:
            fail(1, f"larger than {MAX_SIDECAR_BYTES} bytes: keep only date, url, byline, title")
            return None
        text = normalise_newlines(path.read_bytes().decode("utf-8"))
        depth, line = _nesting(text)
        if depth > MAX_SIDECAR_DEPTH:
            fail(line, f"nested more than {MAX_SIDECAR_DEPTH} levels deep: use a flat JSON object")
            return None
        data = json.loads(text)
    except OSError as exc:
        fail(1, f"cannot be read ({exc.strerror}): check the file permissions")
    except UnicodeDecodeError as exc:
        fail(1, f"not valid UTF-8 at byte offset {exc.start}: re-save the file as UTF-8")
    except json.JSONDecodeError as exc:
        fail(
            exc.lineno,
            f"invalid JSON ({exc.msg}, column {exc.colno}): fix the syntax, e.g. "
            '{"date": "2024-11-06", "url": "https://...", "byline": "Jane Doe"}',
        )
    else:
        if isinstance(data, dict):
            return text, data
        fail(1, f'must be a JSON object like {{"date": "2024-11-06"}}, not {type(data).__name__}')
    return None


def _nesting(text: str) -> tuple[int, int]:
    """The deepest nesting of arrays and objects in JSON ``text``, and the line it is first
    reached on (brackets inside strings do not count)."""
    depth = deepest = 0
    line = where = 1
    in_string = escaped = False
    for ch in text:
        if ch == "\n":
            line += 1
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest, where = depth, line
        elif ch in "]}":
            depth -= 1
    return deepest, where


def _key_line(text: str, key: str) -> int:
    match = re.search(re.escape(json.dumps(key)) + r"\s*:", text)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def _check_field(key: str, value: object) -> str | None:
    """What is wrong with one sidecar field and how to fix it, or None."""
    if key not in _SIDECAR_KEYS:
        return f'unknown key "{key}": use only {", ".join(_SIDECAR_KEYS)}'
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        return f'"{key}" must be a non-empty string: write it in double quotes'
    if key == "date" and not _valid_date(value):
        return f'"date" {value!r} is not a date written YYYY-MM-DD: use e.g. "2024-11-06"'
    if key == "url" and not _valid_url(value):
        return f'"url" {value!r} is not an http(s) address: use e.g. "https://example.com/a"'
    return None


def _valid_date(value: str) -> bool:
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _valid_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and value == value.strip()
