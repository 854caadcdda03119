"""Profile one build step of a site that ``run.py`` left in ``bench/work/nSIZE``, with cProfile.

Usage: ``.venv/bin/python bench/profile_build.py [--no-cprofile] SIZE STEP [STEP ...]`` where
STEP is one of ``noop``, ``edit_note``, ``add_article``, ``warm`` (clean ``-E`` build, warm
NER cache) or ``cold`` (clean build, empty NER cache). The build runs in a child process under
``python -m cProfile`` with the extension snapshot of the benchmark run (so the code profiled
is the code measured); the profile goes to ``bench/results/profiles/nSIZE-STEP.prof`` and a
summary (top functions of ``briefing`` and overall, by cumulative time) to ``.txt`` beside it.
Steps change the site as the benchmark steps do, so run them on a scratch site only.

``--no-cprofile`` times the build (wall and CPU from ``os.wait4``) without cProfile.
"""

from __future__ import annotations

import argparse
import json
import os
import pstats
import shutil
import sys
import time
from pathlib import Path

import corpus_gen
import measure
import run as bench

PROFILES = bench.RESULTS / "profiles"
STEPS = ("noop", "edit_note", "add_article", "warm", "cold")


def summary(prof: Path, top: int = 40) -> str:
    stats = pstats.Stats(str(prof))
    total = max(
        (cum for (_, _, name), (_, _, _, cum, _) in stats.stats.items() if name == "<module>"),
        default=0.0,
    )
    rows = []
    for (path, line, name), (cc, nc, tt, ct, _) in stats.stats.items():
        rows.append((ct, tt, nc, cc, path, line, name))
    rows.sort(reverse=True)

    def fmt(row: tuple[float, float, int, int, str, int, str]) -> str:
        ct, tt, nc, cc, path, line, name = row
        short = path.split("/ext/")[-1] if "/ext/briefing/" in path else path.split("/")[-1]
        calls = f"{nc}/{cc}" if nc != cc else str(nc)
        return f"{ct:9.2f} {tt:9.2f} {calls:>14}  {short}:{line}({name})"

    head = f"{'cumtime':>9} {'tottime':>9} {'calls':>14}  function"
    ours = [r for r in rows if "/ext/briefing/" in r[4]][:top]
    by_self = sorted(rows, key=lambda r: r[1], reverse=True)[:top]
    return "\n".join(
        [
            f"profile {prof.name}: total {total:.1f} s (cProfile overhead included)",
            "",
            f"briefing functions by cumulative time (top {top})",
            head,
            *map(fmt, ours),
            "",
            f"all functions by cumulative time (top {top})",
            head,
            *map(fmt, rows[:top]),
            "",
            f"all functions by own time (top {top})",
            head,
            *map(fmt, by_self),
        ]
    )


def profile(
    site: bench.Site,
    step: str,
    *,
    cprofile: bool = True,
) -> Path:
    if step == "cold":
        shutil.rmtree(site.cache, ignore_errors=True)
        site.clean_build()
        options: list[str] = []
    elif step == "warm":
        site.clean_build()
        options = ["-E"]
    elif step == "noop":
        options = []
    elif step == "edit_note":
        bench.append_sentence(bench.note_page(site.docs), f"Profiled edit {time.time():.0f}.")
        options = []
    elif step == "add_article":
        existing = {p.stem for p in site.seeds.glob("*.txt")}
        index = 0
        while site.generator.article(index).stem in existing:
            index += 1
        corpus_gen.write_seed(site.generator.article(index), site.seeds)
        options = []
    else:
        raise SystemExit(f"unknown step {step!r}")
    command = site.sphinx(*options)
    PROFILES.mkdir(parents=True, exist_ok=True)
    tag = f"n{site.size}-{step}" + ("" if cprofile else "-timed")
    prof = PROFILES / f"{tag}.prof"
    argv = [str(bench.VENV_BIN / "python")]
    if cprofile:
        argv += ["-m", "cProfile", "-o", str(prof)]
    argv += ["-m", "sphinx", *command[1:]]
    env = dict(os.environ)
    env["PYTHONPATH"] = str(bench.SNAPSHOT / "ext")
    log = bench.WORK / "logs" / f"profile-{tag}.log"
    result = measure.run(tag, argv, log, bench.REPO, site.html, env=env)
    if result.exit_code != 0:
        raise SystemExit(f"{tag}: the build failed, see {log}")
    PROFILES.joinpath(f"{tag}.json").write_text(
        json.dumps(result.as_dict(), indent=2) + "\n", encoding="utf-8"
    )
    print(
        f"{tag}: {result.wall_s:.1f} s wall, {result.cpu_s:.1f} s CPU"
        f"{' under cProfile' if cprofile else ''}, {result.pages_written} pages; "
        f"phases {result.phases}",
        flush=True,
    )
    if cprofile:
        prof.with_suffix(".txt").write_text(summary(prof) + "\n", encoding="utf-8")
    return prof


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("size", type=int)
    parser.add_argument("steps", nargs="+", choices=STEPS)
    parser.add_argument("--no-cprofile", action="store_true", help="time without cProfile")
    args = parser.parse_args()
    if not (bench.SNAPSHOT / "ext" / "briefing").is_dir():
        raise SystemExit("no extension snapshot: run bench/run.py first")
    generator = corpus_gen.Generator(corpus_gen.load_sources(bench.find_corpus()))
    site = bench.Site(args.size, bench.WORK / f"n{args.size}", generator)
    if not site.docs.is_dir():
        raise SystemExit(f"{site.root}: no site; run bench/run.py --sizes {args.size} first")
    for step in args.steps:
        profile(site, step, cprofile=not args.no_cprofile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
