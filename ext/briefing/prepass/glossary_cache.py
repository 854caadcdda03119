"""The corpus-level glossary of an earlier build, for a build whose articles resolve as then.

Joining every article's entities into one glossary (``nlp.glossary.unify``) looks at the whole
corpus, so it runs on every build, also a no-op one. Its inputs are the articles' resolved
entries, in seed order; each entry's key in the resolved cache already covers the article's
text, the model, the registry and the resolution code. So the glossary is kept under a hash of
those keys: a build whose articles all have the same keys, in the same order, takes the
glossary from here. Anything else (an added, edited or removed article, a registry edit, new
code) is another key, and the glossary is joined again.

As in the resolved cache, an entry is JSON checked field by field: a damaged one is a miss.
Only the newest few entries are kept.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefing.atomic import write_atomically
from briefing.nlp.glossary import DROPPED
from briefing.nlp.resolve import EntityInfo
from briefing.prepass.resolved_cache import decode_entities, encode_entities

FORMAT = 1
FOLDER = "glossary"
KEEP = 4  # entries kept: this build's and the last few (an edit undone stays cheap)

Remap = dict[str, dict[str, str]]  # article -> its entity id -> the glossary's id
_PREPASS_CODE = hashlib.sha256(
    b"".join(
        (Path(__file__).parent / name).read_bytes() for name in ("corpus.py", "glossary_cache.py")
    )
).hexdigest()


class GlossaryCache:
    def __init__(self, cache_dir: Path) -> None:
        self.directory = cache_dir / FOLDER
        self.problem: str | None = None

    def key(self, context: str, articles: Sequence[tuple[str, str]]) -> str:
        """``articles``: (page name, resolved-cache key) in seed order. The pre-pass code
        that gathers what the joining reads besides the entries is part of the key too."""
        data = [FORMAT, context, _PREPASS_CODE, [list(a) for a in articles]]
        text = json.dumps(data, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}.json"

    def get(self, key: str) -> tuple[Remap, dict[str, EntityInfo]] | None:
        path = self._path(key)
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            found = _decode(payload, key)
            os.utime(path)  # used: kept by the next prune
        except (OSError, ValueError):
            return None
        return found

    def put(self, key: str, remap: Remap, entities: dict[str, EntityInfo]) -> None:
        payload = {"format": FORMAT, "key": key, "remap": remap}
        payload["entities"] = encode_entities(entities)
        data = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            write_atomically(self._path(key), data.encode("utf-8", "surrogatepass"))
        except OSError as err:
            self.problem = f"the glossary cache cannot be written ({err}): building without it"

    def prune(self) -> None:
        """All but the :data:`KEEP` most recently used entries go."""
        try:
            entries = sorted(
                self.directory.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True
            )
            for path in entries[KEEP:]:
                path.unlink()
        except OSError:
            return


def _decode(payload: Any, key: str) -> tuple[Remap, dict[str, EntityInfo]]:
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise ValueError("not an entry of this format")
    if payload.get("key") != key:
        raise ValueError("an entry of another key")
    remap = payload.get("remap")
    if not isinstance(remap, dict) or not all(
        isinstance(article, str)
        and isinstance(table, dict)
        and all(isinstance(a, str) and isinstance(b, str) for a, b in table.items())
        for article, table in remap.items()
    ):
        raise ValueError("remap: not a table of tables of strings")
    entities = decode_entities(payload)
    if any(
        new not in entities and new != DROPPED for table in remap.values() for new in table.values()
    ):
        raise ValueError("remap: an id the glossary lacks")
    return remap, dict(sorted(entities.items()))
