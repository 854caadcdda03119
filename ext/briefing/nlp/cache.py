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
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .pipeline import PIPELINE_SETTINGS, RawMention, run_ner

if TYPE_CHECKING:
    from spacy.language import Language

# Bump when the stored format or the meaning of RawMention changes.
CACHE_VERSION = "1"


class NerCache:
    """Raw NER results keyed by sha256(text, model name, model version, settings, format).

    ``hits`` and ``misses`` count lookups made through :meth:`get` (and so :meth:`analyse`).
    """

    def __init__(self, directory: Path, model_name: str, model_version: str) -> None:
        self.directory = Path(directory)
        self.model_name = model_name
        self.model_version = model_version
        self.hits = 0
        self.misses = 0

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
            mentions = [
                RawMention(int(start), int(end), str(span), str(label))
                for start, end, span, label in payload["mentions"]
            ]
        except (OSError, ValueError, KeyError, TypeError):
            # Missing or unreadable entries are simply recomputed (and then overwritten).
            self.misses += 1
            return None
        self.hits += 1
        return mentions

    def put(self, text: str, mentions: Sequence[RawMention]) -> None:
        target = self.path(text)
        target.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "cache_version": CACHE_VERSION,
            "model": self.model_name,
            "model_version": self.model_version,
            "mentions": [[m.start, m.end, m.text, m.label] for m in mentions],
        }
        data = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def analyse(
        self, texts: Sequence[str], nlp_factory: Callable[[], Language]
    ) -> list[list[RawMention]]:
        """Raw mentions for every text; the model is loaded only if some text misses.

        All misses (each distinct text once) go through a single ``nlp.pipe`` call.
        """
        found: dict[str, list[RawMention]] = {}
        missing: dict[str, None] = {}  # ordered set
        for text in texts:
            if text in found or text in missing:
                continue
            cached = self.get(text)
            if cached is None:
                missing[text] = None
            else:
                found[text] = cached
        if missing:
            batch = list(missing)
            nlp = nlp_factory()
            for text, mentions in zip(batch, run_ner(nlp, batch), strict=True):
                self.put(text, mentions)
                found[text] = mentions
        return [list(found[text]) for text in texts]
