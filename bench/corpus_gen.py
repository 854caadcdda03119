"""Benchmark articles made from the Wikinews corpus: any number, no text shared between two.

Article ``k`` of the sequence is the same in every run and for every size, so a site of 100
articles is the first 100 articles of the 1,000-article site, and the article added by the
"one added article" step is the next article of the sequence.

* ``k < 280`` (the corpus size): the real article ``k`` verbatim (headline and paragraphs, in
  order), except that a paragraph already used by an earlier article (the corpus repeats a few
  image captions and interview questions) is left out.
* ``k >= 280``: a recombined article. ``s = k % 280`` gives the headline (with an
  ``(update r)`` suffix, ``r = k // 280``), the date and the number of paragraphs (those of
  ``s`` that are prose). Paragraph ``j`` is the leading sentences of prose paragraph ``j``
  of ``s`` (about half its length) followed by the trailing sentences of a paragraph drawn
  (with an RNG seeded by ``k``) from another article, so that the paragraph keeps roughly
  its original length. A combination already used is drawn again, so every headline and
  paragraph in the whole sequence is distinct, and so is every article. (run.py adds the
  repository's shipped seeds, which the docs' notes, topics and registry refer to.)
"""

from __future__ import annotations

import csv
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

RNG_SEED = "sphinx-briefing-bench-1"

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
_SLUG_UNSAFE = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Source:
    name: str
    headline: str
    paragraphs: tuple[str, ...]
    date: str | None
    url: str | None


@dataclass(frozen=True)
class GeneratedArticle:
    index: int
    stem: str
    headline: str
    paragraphs: tuple[str, ...]
    date: str | None
    url: str | None
    origin: str  # "real" or "recombined"

    def seed_text(self) -> str:
        return "\n\n".join((self.headline, *self.paragraphs)) + "\n"

    def parts(self) -> list[str]:
        return [self.headline, *self.paragraphs]


def load_sources(corpus_dir: Path) -> list[Source]:
    meta: dict[str, dict[str, str]] = {}
    manifest = corpus_dir / "manifest.tsv"
    if manifest.is_file():
        with manifest.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                meta[row["file"]] = row
    sources = []
    for path in sorted(corpus_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n").strip("\ufeff")
        blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", text) if b.strip()]
        if len(blocks) < 2:
            continue
        row = meta.get(path.name, {})
        url = row.get("source", "").replace("//wiki/", "/wiki/") or None
        sources.append(
            Source(path.stem, blocks[0], tuple(blocks[1:]), row.get("date") or None, url)
        )
    return sources


def split_sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph) if s.strip()]


def _prefix(sentences: list[str], budget: float) -> str:
    """The leading sentences whose length comes closest to ``budget`` (at least one)."""
    best = sentences[0]
    for n in range(2, len(sentences) + 1):
        text = " ".join(sentences[:n])
        if abs(len(text) - budget) >= abs(len(best) - budget):
            break
        best = text
    return best


def _suffix(sentences: list[str], budget: float) -> str:
    """The trailing sentences whose length comes closest to ``budget`` (at least one)."""
    best = sentences[-1]
    for n in range(2, len(sentences) + 1):
        text = " ".join(sentences[-n:])
        if abs(len(text) - budget) >= abs(len(best) - budget):
            break
        best = text
    return best


def _is_prose(paragraph: str) -> bool:
    """Paragraphs fit for recombination: sentences, not captions or one-word headings."""
    return len(paragraph) >= 60 and paragraph.rstrip('"”’)').endswith((".", "!", "?"))


def _slug(text: str, limit: int = 48) -> str:
    return _SLUG_UNSAFE.sub("_", text.lower()).strip("_")[:limit].rstrip("_") or "article"


@dataclass
class Generator:
    """Produces article 0, 1, 2, ... on demand; the sequence never depends on how far it goes."""

    sources: list[Source]
    seed: str = RNG_SEED
    articles: list[GeneratedArticle] = field(default_factory=list)
    _used: set[str] = field(default_factory=set)
    _pool: list[tuple[int, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.sources:
            raise ValueError("the corpus has no usable articles")
        self._pool = [
            (i, p) for i, src in enumerate(self.sources) for p in src.paragraphs if _is_prose(p)
        ]

    def take(self, count: int) -> list[GeneratedArticle]:
        while len(self.articles) < count:
            self.articles.append(self._make(len(self.articles)))
        return self.articles[:count]

    def article(self, index: int) -> GeneratedArticle:
        return self.take(index + 1)[index]

    def _claim(self, text: str) -> bool:
        if text in self._used:
            return False
        self._used.add(text)
        return True

    def _make(self, k: int) -> GeneratedArticle:
        s, r = k % len(self.sources), k // len(self.sources)
        src = self.sources[s]
        if r == 0:
            headline = src.headline
            if not self._claim(headline):
                headline = f"{headline} (again)"
                self._claim(headline)
            paragraphs = tuple(p for p in src.paragraphs if self._claim(p))
            if not paragraphs:
                raise ValueError(f"{src.name}: every paragraph repeats an earlier article")
            return GeneratedArticle(
                k, f"{k:04d}_{_slug(headline)}", headline, paragraphs, src.date, src.url, "real"
            )
        rng = random.Random(f"{self.seed}:{k}")
        headline = f"{src.headline} (update {r})"
        if not self._claim(headline):
            raise ValueError(f"article {k}: headline {headline!r} repeats")
        paragraphs = []
        own = [p for p in src.paragraphs if _is_prose(p)] or [rng.choice(self._pool)[1]]
        for first in own:
            head = _prefix(split_sentences(first), len(first) / 2)
            for _ in range(200):
                other_index, other = rng.choice(self._pool)
                if other_index == s:
                    continue
                tail = _suffix(split_sentences(other), len(first) - len(head) - 1)
                text = f"{head} {tail}"
                if self._claim(text):
                    paragraphs.append(text)
                    break
            else:
                raise ValueError(f"article {k}: no distinct paragraph after 200 draws")
        return GeneratedArticle(
            k,
            f"{k:04d}_{_slug(headline)}",
            headline,
            tuple(paragraphs),
            src.date,
            None,
            "recombined",
        )


def write_seed(article: GeneratedArticle, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{article.stem}.txt"
    path.write_text(article.seed_text(), encoding="utf-8")
    meta = {key: value for key, value in (("date", article.date), ("url", article.url)) if value}
    if meta:
        (folder / f"{article.stem}.meta.json").write_text(
            json.dumps(meta, indent=2) + "\n", encoding="utf-8"
        )
    return path


# ------------------------------------------------------------------ baseline (plain MyST)

_MD_PUNCT = re.compile(r"([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")


def md_escape(text: str) -> str:
    """Backslash-escape every ASCII punctuation character (CommonMark allows all of them).

    The text is then data: no emphasis, links, roles, list markers, headings or HTML.
    """
    return _MD_PUNCT.sub(r"\\\1", text)


def baseline_page(headline: str, blocks: list[tuple[str, str]]) -> str:
    """An orphan page: ``#`` headline, ``##`` subheads, every other block escaped text."""
    body = "\n\n".join(
        f"## {md_escape(text)}" if kind == "subhead" else md_escape(text) for kind, text in blocks
    )
    return f"---\norphan: true\n---\n\n# {md_escape(headline)}\n\n{body}\n"


def baseline_index(articles: list[tuple[str, str]], articles_dir: str) -> str:
    """The counterpart of the briefing index: a list of links to the (orphan) article pages."""
    lines = ["# Briefing", "", "## Articles", ""]
    lines += [f"- [{md_escape(title)}]({articles_dir}/{stem}.md)" for stem, title in articles]
    return "\n".join(lines) + "\n"
