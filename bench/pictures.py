"""What the entity and topic pictures cost: warm clean builds with and without them.

    .venv/bin/python bench/pictures.py OUT [--size 100] [--repeat 3]

OUT gets the site (the shipped seeds plus the first N corpus articles, as ``make bench`` makes
them) and one NER cache, warmed by a first build. Then, alternating, clean builds (``-E``,
build folder and stubs removed) with ``briefing_pictures`` on and off; each build is its own
process, timed by wall clock. Prints both means and the ratio as JSON.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from _scale_site import DEFAULT_CORPUS, GENERATED, prepare  # noqa: E402


def clean_build(out: Path, pictures: bool) -> float:
    for name in GENERATED:
        shutil.rmtree(out / "docs" / name, ignore_errors=True)
    shutil.rmtree(out / "build", ignore_errors=True)
    command = [
        sys.executable, "-m", "sphinx", "-b", "html", "-q", "-E",
        "-d", str(out / "build" / "doctrees"),
        "-D", f"briefing_seeds_dir={out / 'seeds'}",
        "-D", f"briefing_cache_dir={out / 'cache'}",
        "-D", f"briefing_pictures={int(pictures)}",
        str(out / "docs"), str(out / "build" / "html"),
    ]  # fmt: skip
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    out = args.out.resolve()
    prepare(out, args.corpus, args.size)
    clean_build(out, True)  # warms the NER cache
    times: dict[str, list[float]] = {"with": [], "without": []}
    for _ in range(args.repeat):
        times["without"].append(clean_build(out, False))
        times["with"].append(clean_build(out, True))
    means = {k: statistics.mean(v) for k, v in times.items()}
    report = {
        "articles": args.size,
        "seconds": times,
        "mean_with": round(means["with"], 2),
        "mean_without": round(means["without"], 2),
        "added": f"{means['with'] / means['without'] - 1:+.1%}",
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
