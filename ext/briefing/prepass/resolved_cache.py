"""A cache of resolved articles: mentions, entities and claims per article.

Resolution and claim finding cost more than a cached NER lookup, so an unchanged article with
an unchanged registry and unchanged resolution code is not resolved again. The key covers the
article's parts, the NER model (name, version, settings), the registry and the source of the
code that resolves; NER output is a function of the first two, so an article found here needs
no NER lookup at all.

Entries are data, never code: JSON checked field by field on load, so a damaged or crafted
entry is only a miss (resolved again and rewritten). Entries of one context (registry, model
and code) share a folder; the folders of all but the few most recently used contexts are
pruned, so registry edits do not pile up old entries.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import briefing.nlp
from briefing.atomic import write_atomically
from briefing.nlp.claims import Claim
from briefing.nlp.resolve import EntityInfo, Mention

Resolved = tuple[tuple[Mention, ...], dict[str, EntityInfo], tuple[Claim, ...]]

#: Bump when the stored shape changes.
FORMAT = 1
#: Contexts kept: the current one and the last few (a registry edit undone stays cheap).
KEEP_CONTEXTS = 4
_CONTEXT_FOLDER = re.compile(r"[0-9a-f]{2}|[0-9a-f]{16}")


def code_digest() -> str:
    """A digest of the NLP and claim code, so editing it invalidates the cache."""
    digest = hashlib.sha256()
    folder = Path(briefing.nlp.__file__).parent
    for path in sorted(folder.rglob("*.py")):  # the claim finder is the subpackage nlp/claims
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class ResolvedCache:
    def __init__(self, directory: Path, context: str) -> None:
        self.context = f"{FORMAT}:{context}"  # model, registry and code: shared by every key
        name = hashlib.sha256(self.context.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        self.root = directory / "resolved"
        self.directory = self.root / name
        self.problem: str | None = None  # why entries cannot be written, if they cannot

    def key(self, parts: Sequence[tuple[str, str]]) -> str:
        data = repr((self.context, list(parts))).encode("utf-8", "surrogatepass")
        return hashlib.sha256(data).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str, parts: Sequence[tuple[str, str]]) -> Resolved | None:
        """The entry for ``key`` (made from ``parts``), or None if there is no valid one."""
        try:
            payload = json.loads(self._path(key).read_text(encoding="utf-8"))
            found = decode(payload, key)
        except (OSError, ValueError):
            return None
        return found if fits(found, parts) else None

    def put(self, key: str, value: Resolved) -> None:
        if self.problem is not None:
            return
        path = self._path(key)
        data = json.dumps(encode(value, key), ensure_ascii=False, sort_keys=True)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, data.encode("utf-8", "surrogatepass"))
        except OSError as err:
            self.problem = f"the resolved cache cannot be written ({err}): building without it"

    def prune(self) -> None:
        """Mark this context as used, and remove all but the newest few contexts' entries."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            os.utime(self.directory)
            folders = [p for p in self.root.iterdir() if _CONTEXT_FOLDER.fullmatch(p.name)]
        except OSError:
            return
        # Old-layout shard folders (two hex digits) are pruned like unused contexts.
        ranked = sorted(folders, key=_mtime, reverse=True)
        for folder in ranked[KEEP_CONTEXTS:]:
            if folder != self.directory:
                shutil.rmtree(folder, ignore_errors=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


# -- the stored shape ------------------------------------------------------------------------
def encode(value: Resolved, key: str) -> dict[str, Any]:
    mentions, entities, claims = value
    return {
        "format": FORMAT,
        "key": key,
        "mentions": [[m.part, m.start, m.end, m.text, m.type, m.entity, m.role] for m in mentions],
        "entities": encode_entities(entities),
        "claims": [
            [
                c.part,
                c.sentence_start,
                c.sentence_end,
                c.speaker,
                c.speaker_entity,
                c.speaker_about,
                c.verb,
                c.content,
            ]
            for c in claims
        ],
    }


def decode(payload: Any, key: str) -> Resolved:
    """The entry :func:`encode` wrote for ``key``; ``ValueError`` for anything else."""
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise ValueError("not an entry of this format")
    if payload.get("key") != key:
        raise ValueError("an entry of another key")
    mentions = tuple(
        Mention(
            _int(part), _int(start), _int(end), _str(text), _str(kind), _str(entity), _opt(role)
        )
        for part, start, end, text, kind, entity, role in _rows(payload, "mentions", 7)
    )
    entities = decode_entities(payload)
    claims = tuple(
        Claim(
            _int(part),
            _int(start),
            _int(end),
            _str(speaker),
            _opt(speaker_entity),
            _opt(speaker_about),
            _str(verb),
            _str(content),
        )
        for part, start, end, speaker, speaker_entity, speaker_about, verb, content in _rows(
            payload, "claims", 8
        )
    )
    return mentions, entities, claims


def encode_entities(entities: dict[str, EntityInfo]) -> list[list[Any]]:
    return [
        [e.id, e.name, e.type, sorted(e.aliases), sorted(e.roles), e.related_place, e.curated]
        for e in entities.values()
    ]


def decode_entities(payload: dict[str, Any]) -> dict[str, EntityInfo]:
    """The ``entities`` rows of an entry, checked; ``ValueError`` for anything else."""
    return {
        _str(entity_id): EntityInfo(
            id=_str(entity_id),
            name=_str(name),
            type=_str(kind),
            aliases=set(_strings(aliases)),
            roles=set(_strings(roles)),
            related_place=_opt(place),
            curated=_bool(curated),
        )
        for entity_id, name, kind, aliases, roles, place, curated in _rows(payload, "entities", 7)
    }


def fits(value: Resolved, parts: Sequence[tuple[str, str]]) -> bool:
    """Whether every offset of an entry lies in the article it is for."""
    mentions, entities, claims = value

    def within(part: int, start: int, end: int) -> bool:
        return 0 <= part < len(parts) and 0 <= start <= end <= len(parts[part][1])

    return all(
        within(m.part, m.start, m.end)
        and parts[m.part][1][m.start : m.end] == m.text
        and m.entity in entities
        for m in mentions
    ) and all(within(c.part, c.sentence_start, c.sentence_end) for c in claims)


def _rows(payload: dict[str, Any], name: str, width: int) -> list[list[Any]]:
    rows = payload.get(name)
    if not isinstance(rows, list) or not all(
        isinstance(row, list) and len(row) == width for row in rows
    ):
        raise ValueError(f"{name}: not a list of {width}-item rows")
    return rows


# Each field of every entry is checked on every build (a 1,000-article corpus has 750,000 of
# them), so the checks are plain type tests: JSON gives exact ``int``, ``str``, ``bool``.
def _unexpected(value: Any) -> ValueError:
    return ValueError(f"unexpected value {value!r}")


def _int(value: Any) -> int:
    if type(value) is not int:  # not a bool either
        raise _unexpected(value)
    return value


def _str(value: Any) -> str:
    if type(value) is not str:
        raise _unexpected(value)
    return value


def _opt(value: Any) -> str | None:
    if value is not None and type(value) is not str:
        raise _unexpected(value)
    return value


def _bool(value: Any) -> bool:
    if type(value) is not bool:
        raise _unexpected(value)
    return value


def _strings(value: Any) -> list[str]:
    if type(value) is not list or not all(type(item) is str for item in value):
        raise _unexpected(value)
    return value
