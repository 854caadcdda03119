"""What the entity and topic pictures cost: warm clean builds with and without them.

    .venv/bin/python bench/pictures.py OUT [--size 100] [--repeat 3]

OUT gets the site (the shipped seeds plus the first N corpus articles, as ``make bench`` makes
them) and one NER cache, warmed by a first build. Then, alternating, clean builds (``-E``,
build folder and stubs removed) with ``briefing_pictures`` on and off; each build is its own
process, timed by wall clock and by the CPU time it used (user + system, which other work on a
shared machine disturbs less). Prints both means and the ratio of each as JSON.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from _scale_site import DEFAULT_CORPUS, GENERATED, prepare  # noqa: E402


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def clean_build(out: Path, pictures: bool) -> tuple[float, float]:
    """(wall clock, CPU) seconds of one warm clean build."""
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
    start, cpu = time.perf_counter(), children_cpu()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start, children_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    out = args.out.resolve()
    prepare(out, args.corpus, args.size)
    clean_build(out, True)  # warms the NER cache (and the layouts')
    wall: dict[str, list[float]] = {"with": [], "without": []}
    cpu: dict[str, list[float]] = {"with": [], "without": []}
    for _ in range(args.repeat):
        for pictures, name in ((False, "without"), (True, "with")):
            seconds, used = clean_build(out, pictures)
            wall[name].append(round(seconds, 2))
            cpu[name].append(round(used, 2))
    report: dict[str, object] = {"articles": args.size, "seconds": wall, "cpu_seconds": cpu}
    for label, times in (("", wall), ("cpu_", cpu)):
        means = {k: statistics.mean(v) for k, v in times.items()}
        report[f"{label}mean_with"] = round(means["with"], 2)
        report[f"{label}mean_without"] = round(means["without"], 2)
        report[f"{label}added"] = f"{means['with'] / means['without'] - 1:+.1%}"
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
