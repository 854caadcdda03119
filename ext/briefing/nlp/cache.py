"""A content-hash cache of raw NER output, stored as one small JSON file per text.

One file per key keeps writes independent: a write goes to a temporary file in the same
directory and is then renamed over the target, so a reader never sees half a file and an
interrupted build leaves no corrupt entry. Files are sharded by the first two hex digits of the
key to keep directories small. The JSON is written with sorted keys and fixed separators, so
the same analysis always produces byte-identical files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.atomic import write_atomically

from .pipeline import PIPELINE_SETTINGS, RawMention, run_ner

if TYPE_CHECKING:
    from spacy.language import Language

# Bump when the stored format or the meaning of RawMention changes.
CACHE_VERSION = "1"
_KEYS = {"cache_version", "model", "model_version", "mentions"}
#: Entries no build has used for this long are removed, checked at most once a day.
MAX_AGE_DAYS = 30
_DAY = 86_400.0
_SHARD = re.compile(r"[0-9a-f]{2}")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class NerCache:
    """Raw NER results keyed by sha256(text, model name, model version, settings, format).

    ``hits`` and ``misses`` count lookups made through :meth:`get` (and so :meth:`analyse`).
    An entry is used only if it has the stored format's exact shape and its spans are spans
    of the text; anything else is a miss, recomputed and written again. When the folder
    cannot be written, ``problem`` says why, and the cache only reads from then on.
    """

    def __init__(self, directory: Path, model_name: str, model_version: str) -> None:
        self.directory = Path(directory)
        self.model_name = model_name
        self.model_version = model_version
        self.hits = 0
        self.misses = 0
        self.problem: str | None = None

    def identity(self) -> tuple[str, str, str, str]:
        """What, besides the text, decides the output: model, version, settings, format."""
        return (self.model_name, self.model_version, PIPELINE_SETTINGS, CACHE_VERSION)

    def key(self, text: str) -> str:
        # Length-prefixed fields, so no two different field tuples serialise the same way.
        fields = (text, *self.identity())
        digest = hashlib.sha256()
        for field in fields:
            data = field.encode("utf-8")
            digest.update(len(data).to_bytes(8, "big"))
            digest.update(data)
        return digest.hexdigest()

    def path(self, text: str) -> Path:
        key = self.key(text)
        return self.directory / key[:2] / f"{key}.json"

    def get(self, text: str) -> list[RawMention] | None:
        try:
            payload = json.loads(self.path(text).read_text(encoding="utf-8"))
            mentions = self._checked(payload, text)
        except (OSError, ValueError):
            # Missing, unreadable or malformed entries are simply recomputed (and rewritten).
            mentions = None
        if mentions is None:
            self.misses += 1
            return None
        self.hits += 1
        return mentions

    def _checked(self, payload: object, text: str) -> list[RawMention] | None:
        """The mentions of a loaded entry, or None unless it is exactly what :meth:`put`
        writes for ``text`` with this model."""
        if not isinstance(payload, dict) or payload.keys() != _KEYS:
            return None
        expected = (CACHE_VERSION, self.model_name, self.model_version)
        if (payload["cache_version"], payload["model"], payload["model_version"]) != expected:
            return None
        rows = payload["mentions"]
        if not isinstance(rows, list):
            return None
        mentions: list[RawMention] = []
        for row in rows:
            if not (isinstance(row, list) and len(row) == 4):
                return None
            start, end, span, label = row
            if not (_is_int(start) and _is_int(end) and 0 <= start < end <= len(text)):
                return None
            if not (isinstance(label, str) and text[start:end] == span):
                return None
            mentions.append(RawMention(start, end, span, label))
        return mentions

    def put(self, text: str, mentions: Sequence[RawMention]) -> None:
        if self.problem is not None:
            return
        target = self.path(text)
        payload = {
            "cache_version": CACHE_VERSION,
            "model": self.model_name,
            "model_version": self.model_version,
            "mentions": [[m.start, m.end, m.text, m.label] for m in mentions],
        }
        data = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, data.encode("utf-8", "surrogatepass"))
        except OSError as err:
            self.problem = f"the NER cache cannot be written ({err}): building without it"

    def prune(self, live: Iterable[str]) -> None:
        """Remove entries unused for :data:`MAX_AGE_DAYS`, at most once a day.

        The entries of ``live`` (the texts of this build's articles, whether or not they were
        looked up) are marked as used first, so that an unchanged article never expires; a
        folder shared with other projects keeps their entries as long as they build."""
        stamp = self.directory / ".pruned"
        now = time.time()
        try:
            if now - stamp.stat().st_mtime < _DAY:
                return
        except OSError:
            pass
        if self.problem is not None:
            return
        try:
            for text in live:
                path = self.path(model_text(text))
                if path.is_file():
                    os.utime(path, (now, now))
            cutoff = now - MAX_AGE_DAYS * _DAY
            for shard in self.directory.iterdir():
                if not (_SHARD.fullmatch(shard.name) and shard.is_dir()):
                    continue
                for entry in shard.glob("*.json"):
                    if entry.stat().st_mtime < cutoff:
                        entry.unlink(missing_ok=True)
            stamp.touch()
        except OSError:
            return  # a read-only or vanished cache: nothing to prune

    def analyse(
        self, texts: Sequence[str], nlp_factory: Callable[[], Language], processes: int = 1
    ) -> list[list[RawMention]]:
        """Raw mentions for every text; the model is loaded only if some text misses.

        All misses (each distinct text once) go through a single ``nlp.pipe`` call. The model
        sees, and the cache keys, each text without its leading blanks (a paragraph's blanked
        dateline): before them the small model missed the names of the story's first words
        ("Taylor Swift's Eras Tour has ..."). Mentions come back at the text's own offsets.
        """
        found: dict[str, list[RawMention]] = {}
        missing: dict[str, None] = {}  # ordered set
        for text in texts:
            core = model_text(text)
            if core in found or core in missing:
                continue
            cached = self.get(core)
            if cached is None:
                missing[core] = None
            else:
                found[core] = cached
        if missing:
            batch = list(missing)
            nlp = nlp_factory()
            for core, mentions in zip(batch, run_ner(nlp, batch, processes=processes), strict=True):
                self.put(core, mentions)
                found[core] = mentions
        return [
            _shifted(found[model_text(text)], len(text) - len(model_text(text))) for text in texts
        ]


def model_text(text: str) -> str:
    """What the model is given of ``text``: the text without its leading blanks."""
    return text.lstrip()


def _shifted(mentions: Sequence[RawMention], by: int) -> list[RawMention]:
    if not by:
        return list(mentions)
    return [RawMention(m.start + by, m.end + by, m.text, m.label) for m in mentions]
