"""Network layouts cached by a hash of everything that decides them, one small JSON file each.

A layout is the costly part of a "who appears with whom" picture, and the same network data
gives the same positions, so a clean build with a kept cache folder reuses them. One file per
layout, named by its key, keeps writers independent: parallel builds and concurrent builds
sharing the folder can only write the same bytes to the same name, each through its own
temporary file and a rename (:func:`briefing.atomic.write_atomically`). Files are sharded by
the key's first two hex digits, like the NER cache's.

An entry is data, never trusted blindly: it is used only if it has exactly the shape
:meth:`LayoutCache.put` writes, its key, the expected node ids, and coordinates that are
finite, rounded to one decimal and inside the drawing; anything else is a miss, laid out
again and rewritten. A layout used by a build is marked as used (its file's time), and
:meth:`LayoutCache.prune` removes those no build has drawn for a month, so networks that
changed long ago do not pile up.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from briefing.atomic import write_atomically

#: Bump when the stored shape changes.
FORMAT = 1
FOLDER = "layouts"
_KEYS = {"format", "key", "positions"}
_KEY = re.compile(r"[0-9a-f]{64}")
_SHARD = re.compile(r"[0-9a-f]{2}")
#: Layouts no build has drawn for this long are removed.
MAX_AGE_DAYS = 30
_DAY = 86_400.0

Positions = dict[str, tuple[float, float]]


def _coordinate(value: object, limit: float) -> bool:
    return (
        isinstance(value, float)
        and math.isfinite(value)
        and 0.0 <= value <= limit
        and round(value, 1) == value
    )


@dataclass(frozen=True)
class LayoutCache:
    """Layouts under ``directory`` (the build's cache folder), for drawings of a given size.

    When the folder cannot be written the layout is simply not kept: a picture never depends
    on the cache, only its cost does.
    """

    directory: Path
    width: float
    height: float

    def path(self, key: str) -> Path:
        if not _KEY.fullmatch(key):
            raise ValueError(f"not a layout key: {key!r}")
        return self.directory / FOLDER / key[:2] / f"{key}.json"

    def get(self, key: str, nodes: set[str]) -> Positions | None:
        """The stored positions of exactly ``nodes`` under ``key``, or None."""
        path = self.path(key)
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        found = self._checked(payload, key, nodes)
        if found is not None:
            with contextlib.suppress(OSError):
                os.utime(path)  # used: kept by prune()
        return found

    def _checked(self, payload: object, key: str, nodes: set[str]) -> Positions | None:
        if not isinstance(payload, dict) or payload.keys() != _KEYS:
            return None
        if payload["format"] != FORMAT or payload["key"] != key:
            return None
        rows = payload["positions"]
        if not isinstance(rows, list) or len(rows) != len(nodes):
            return None
        positions: Positions = {}
        for row in rows:
            if not (isinstance(row, list) and len(row) == 3):
                return None
            node, x, y = row
            if node not in nodes or node in positions:
                return None
            if not (_coordinate(x, self.width) and _coordinate(y, self.height)):
                return None
            positions[node] = (x, y)
        return positions

    def put(self, key: str, positions: Positions) -> None:
        payload = {
            "format": FORMAT,
            "key": key,
            "positions": [[node, x, y] for node, (x, y) in sorted(positions.items())],
        }
        data = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        target = self.path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, data.encode("utf-8", "surrogatepass"))
        except OSError:
            return  # a read-only or full cache folder: the next build lays it out again

    def prune(self) -> None:
        """Remove the layouts no build has used for :data:`MAX_AGE_DAYS`: only files named as
        this cache names them, in its own folder. One ``stat`` per layout, so once a build."""
        folder = self.directory / FOLDER
        cutoff = time.time() - MAX_AGE_DAYS * _DAY
        try:
            for shard in folder.iterdir():
                if not (_SHARD.fullmatch(shard.name) and shard.is_dir()):
                    continue
                for entry in shard.glob("*.json"):
                    if _KEY.fullmatch(entry.stem) and entry.stat().st_mtime < cutoff:
                        entry.unlink(missing_ok=True)
        except OSError:
            return  # no layouts yet, or a read-only cache: nothing to prune
