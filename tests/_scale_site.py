"""Build the Wikinews corpus as a site and screenshot it, to look at (not collected by pytest).

    .venv/bin/python tests/_scale_site.py OUT [--corpus DIR] [--size N] [--shots-only]

OUT gets ``seeds/`` (the shipped seeds plus the first N corpus articles, as the benchmark
makes them), ``docs/`` (a copy of the site's sources), ``build/`` and ``shots/``: the home
page, an article, the busiest entity page, a topic page and the glossary at 1280 px and
375 px. The NER cache lives in OUT, so later runs take a fraction of the first.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "tests"))

import corpus_gen  # noqa: E402
from browser_support import CHROMIUM_ARGS, chromium_path  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "wikinews"
GENERATED = ("articles", "glossary", "sources", "_build")
WIDTHS = {"wide": (1280, 900), "phone": (375, 812)}


def prepare(out: Path, corpus: Path, size: int) -> None:
    seeds = out / "seeds"
    shutil.rmtree(seeds, ignore_errors=True)
    seeds.mkdir(parents=True)
    for path in sorted((REPO / "seeds").iterdir()):
        shutil.copy2(path, seeds / path.name)
    for article in corpus_gen.Generator(corpus_gen.load_sources(corpus)).take(size):
        corpus_gen.write_seed(article, seeds)
    docs = out / "docs"
    shutil.rmtree(docs, ignore_errors=True)
    shutil.copytree(REPO / "docs", docs, ignore=shutil.ignore_patterns(*GENERATED))


def build(out: Path) -> None:
    command = [
        sys.executable, "-m", "sphinx", "-b", "html", "-q",
        "-d", str(out / "build" / "doctrees"),
        "-D", f"briefing_seeds_dir={out / 'seeds'}",
        "-D", f"briefing_cache_dir={out / 'cache'}",
        str(out / "docs"), str(out / "build" / "html"),
    ]  # fmt: skip
    subprocess.run(command, check=True)


def busiest_entity(html: Path) -> str:
    """The glossary page whose entity the most pages link to."""
    pages = sorted((html / "glossary").glob("person.*.html"))
    counts = {p: p.read_text(encoding="utf-8").count("articles/") for p in pages}
    return max(counts, key=counts.__getitem__).relative_to(html).as_posix()


def shoot(out: Path) -> None:
    html = out / "build" / "html"
    articles = sorted((html / "articles").glob("0001_*.html"))
    topics = sorted(p for p in (html / "topics").glob("*.html") if p.stem != "index")
    targets = {
        "home": "index.html",
        "article": articles[0].relative_to(html).as_posix(),
        "entity": busiest_entity(html),
        "topic": topics[0].relative_to(html).as_posix(),
        "glossary": "glossary.html",
    }
    shots = out / "shots"
    shots.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS
        )
        for width_name, (width, height) in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": height})
            for name, target in targets.items():
                page = context.new_page()
                page.goto((html / target).as_uri(), wait_until="load")
                page.screenshot(path=shots / f"{name}-{width_name}.png")
                page.screenshot(path=shots / f"{name}-{width_name}-full.png", full_page=True)
                page.close()
            context.close()
        browser.close()
    print(json.dumps(targets, indent=2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--size", type=int, default=280)
    parser.add_argument("--shots-only", action="store_true")
    args = parser.parse_args()
    out = args.out.resolve()
    if not args.shots_only:
        prepare(out, args.corpus, args.size)
        build(out)
    shoot(out)


if __name__ == "__main__":
    main()
