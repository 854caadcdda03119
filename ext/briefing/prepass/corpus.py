"""The pre-pass: seeds on disk -> parsed articles, NER (cached) and resolved mentions.

It runs once per build in the main process, before any document is read, so parallel readers
only look results up and never load spaCy. Everything stored here is plain picklable data.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefing import wire
from briefing.domain.corpus import Corpus, SeedFailure, SeedRecord
from briefing.domain.registry import RegistryEntry
from briefing.ids import id_problem
from briefing.nlp.cache import NerCache
from briefing.nlp.claims import find_claims
from briefing.nlp.glossary import remap_mentions, unify
from briefing.nlp.joining import ArticleEntities
from briefing.nlp.kinds import at_sentence_start, lowercase_words
from briefing.nlp.pipeline import installed_model_version, load_pipeline
from briefing.nlp.resolve import EntityInfo, Mention, resolve_article
from briefing.prepass.glossary_cache import GlossaryCache
from briefing.prepass.resolved_cache import Resolved, ResolvedCache, code_digest

# Letters of any script, digits and "_" stay; anything else becomes "-".
_SLUG_UNSAFE = re.compile(r"[^\w-]+")


#: Page names become file names with suffixes (".doctree"): keep them well under 255 bytes.
MAX_PAGE_NAME = 120


def slug_for(seed: Path) -> str:
    """A stable page name from the seed's file name, in its own letters.

    ``"Analysis 2024.txt"`` -> ``"analysis-2024"``, ``"Москва.txt"`` -> ``"москва"``. A name
    with no letter or digit at all, or one too long for a file name, is (or ends in) a digest
    of the file name.
    """
    stem = unicodedata.normalize("NFC", seed.stem)
    name = unicodedata.normalize("NFC", _SLUG_UNSAFE.sub("-", stem.lower()))
    name = name.strip("-_")
    digest = _name_digest(stem)
    if not name:
        return f"seed-{digest}"
    if len(name.encode("utf-8")) <= MAX_PAGE_NAME:
        return name
    while len(name.encode("utf-8")) > MAX_PAGE_NAME:
        name = name[:-1]
    return f"{name.rstrip('-_')}-{digest}"


def _name_digest(stem: str) -> str:
    return hashlib.sha256(stem.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def page_names(seed_paths: list[Path]) -> dict[Path, tuple[str, Path | None]]:
    """Each seed's page name, and the seed whose name it would have taken (None if none).

    Two file names may give one name ("Analysis.txt" and "analysis.txt", "a b.txt" and
    "a-b.txt"). The seed whose stem already is the name keeps it (else the first in sorted
    order); every other one gets the name plus a digest of its own file name, which stays
    the same from build to build and is taken by no other seed.
    """
    groups: dict[str, list[Path]] = {}
    for path in sorted(seed_paths):
        groups.setdefault(slug_for(path), []).append(path)
    taken = set(groups)
    names: dict[Path, tuple[str, Path | None]] = {}
    for name, paths in groups.items():
        owner = next((p for p in paths if unicodedata.normalize("NFC", p.stem) == name), paths[0])
        names[owner] = (name, None)
        for path in paths:
            if path == owner:
                continue
            digest = hashlib.sha256(path.name.encode("utf-8", "surrogatepass")).hexdigest()
            length = 8
            while f"{name}-{digest[:length]}" in taken:
                length += 2
            distinct = f"{name}-{digest[:length]}"
            taken.add(distinct)
            names[path] = (distinct, owner)
    return names


@dataclass
class Discovered:
    """The seeds of a folder, and the links in it that point outside the project."""

    paths: list[Path] = field(default_factory=list)
    outside_links: list[tuple[Path, Path]] = field(default_factory=list)  # (link, target)


def discover(seeds_dir: Path, project: Path | None = None) -> Discovered:
    """Every ``*.txt`` file of ``seeds_dir``; with ``project``, a symbolic link is kept only
    when it points inside ``project`` or the seeds folder itself."""
    found = Discovered()
    if not seeds_dir.is_dir():
        return found
    for path in sorted(p for p in seeds_dir.glob("*.txt") if p.is_file()):
        target = path.resolve()
        if project is not None and path.is_symlink() and not _within(target, project, seeds_dir):
            found.outside_links.append((path, target))
        else:
            found.paths.append(path)
    return found


def _within(target: Path, *folders: Path) -> bool:
    return any(target.is_relative_to(folder.resolve()) for folder in folders)


def read_seed(path: Path, slug: str, project: Path | None = None) -> SeedRecord:
    """Parse one seed and its sidecar; with ``project``, a sidecar that is a link pointing
    outside the project (or the seed's folder) is refused."""
    record = SeedRecord(slug=slug, path=path)
    sidecar = wire.sidecar_path(path)
    if project is not None and wire.sidecar_exists(path) and sidecar.is_symlink():
        target = sidecar.resolve()
        if not _within(target, project, path.parent):
            issue = wire.ParseIssue(
                "seed_symlink",
                1,
                f"{sidecar.name} is a link to {target}, outside the project: it is not read; "
                "put a copy of the file in the seeds folder",
            )
            record.issues = (issue,)
            return _read_text(record)
    meta, meta_issues = wire.load_sidecar(path)
    record.metadata = meta
    record.issues = tuple(meta_issues)
    return _read_text(record)


def _read_text(record: SeedRecord) -> SeedRecord:
    path = record.path
    try:
        text = wire.decode_seed(path.read_bytes())
        record.article = wire.parse_article(text)
    except wire.SeedError as err:
        record.failure = SeedFailure(err.subtype, err.line, err.message)
    except OSError as err:
        record.failure = SeedFailure("seed_unreadable", 1, f"cannot read the file ({err})")
    parse_issues = record.article.issues if record.article else ()
    record.issues = tuple(parse_issues) + record.issues
    return record


def build_corpus(
    seed_paths: list[Path],
    model: str,
    cache_dir: Path,
    registry: list[RegistryEntry],
    project: Path | None = None,
    processes: int = 1,
    seed_digests: Mapping[Path, str] | None = None,
    parsed: Mapping[str, tuple[SeedRecord, tuple[tuple[str, str], ...]]] | None = None,
) -> Corpus:
    """Every seed read and analysed; NER misses run in ``processes`` worker processes.

    With ``seed_digests`` (path -> digest of the seed's inputs), a seed whose digest is in
    ``parsed`` (an earlier corpus's) is taken as parsed then, not read again."""
    corpus = Corpus()
    for found in registry:
        problem = id_problem(found.entry.id)
        if problem is not None:
            corpus.rejected.append((found, problem))
            continue
        # The first entry of an id wins; the duplicate is reported when its file is read.
        corpus.registry.setdefault(found.entry.id, found)
    digests = seed_digests or {}
    texts: dict[str, tuple[tuple[str, str], ...]] = {}  # page name -> texts the model reads
    for path, (page, taken_by) in sorted(page_names(seed_paths).items(), key=_by_name):
        digest = digests.get(path)
        earlier = (parsed or {}).get(digest) if digest is not None else None
        if earlier is not None:
            record = replace(earlier[0], slug=page)
            texts[page] = earlier[1]
        else:
            record = read_seed(path, page, project)
            texts[page] = _model_texts(record)
        if digest is not None:
            corpus.parsed[digest] = (replace(record), texts[page])
        if taken_by is not None:
            record.issues = (_name_clash(path, page, taken_by), *record.issues)
        corpus.seeds[page] = record
    corpus.seeds = dict(sorted(corpus.seeds.items(), key=lambda item: item[1].path))
    _analyse(corpus, model, cache_dir, processes, texts)
    return corpus


def _model_texts(record: SeedRecord) -> tuple[tuple[str, str], ...]:
    """(kind, text) of each part, as the model reads it."""
    if record.article is None:
        return ()
    return tuple((part.kind, ner_text(part)) for part in record.article.parts)


def _by_name(item: tuple[Path, tuple[str, Path | None]]) -> Path:
    return item[0]


def _name_clash(path: Path, slug: str, owner: Path) -> wire.ParseIssue:
    how = "differ only in case" if path.name.casefold() == owner.name.casefold() else "clash"
    return wire.ParseIssue(
        "seed_name",
        1,
        f"the file names {owner.name!r} and {path.name!r} {how}: both give the page name "
        f"{slug_for(path)!r}, which {owner.name!r} keeps, so this article is published as "
        f"{slug!r}; rename one of the two files to choose its page name",
    )


def analysis_text(part: wire.Part) -> str:
    """The part as the NLP layer sees it: a dateline ("SEOUL (Reuters) -", "NEW YORK, March
    3 -") is blanked out.

    Blanking keeps every offset valid while the agency and dateline city stay out of the
    story's entities and out of the first claim's words.
    """
    if part.kind != "paragraph":
        return part.text
    dateline = wire.find_dateline(part.text)
    if dateline is None:
        return part.text
    return " " * len(dateline.text) + part.text[len(dateline.text) :]


#: Longer parts are not sent to NER: spaCy refuses texts over a million characters and needs
#: about 1 GB of memory per 100,000; claim finding on them is slow too. Such a part is still
#: shown, just without links or claims.
MAX_NER_CHARS = 100_000


def ner_text(part: wire.Part) -> str:
    text = analysis_text(part)
    return text if len(text) <= MAX_NER_CHARS else ""


def _analyse(
    corpus: Corpus,
    model: str,
    cache_dir: Path,
    processes: int,
    texts: Mapping[str, tuple[tuple[str, str], ...]],
) -> None:
    registry = [found.entry for found in corpus.registry.values()]
    ner = NerCache(cache_dir, model, installed_model_version(model))
    resolved = ResolvedCache(
        cache_dir, repr((sorted(registry, key=repr), code_digest(), ner.identity()))
    )
    # An article resolved before (same texts, model, registry and code) needs no NER lookup at
    # all; only the others go through the NER cache and, on a miss there, the model.
    pending: list[tuple[SeedRecord, list[tuple[str, str]], str]] = []
    found: dict[str, Resolved] = {}
    keys: list[tuple[str, str]] = []  # (page name, resolved key), seed order: the glossary's
    for record in corpus.seeds.values():
        if record.article is None:
            continue
        parts = list(texts[record.slug])
        key = resolved.key(parts)
        keys.append((record.slug, key))
        cached = resolved.get(key, parts)
        if cached is None:
            pending.append((record, parts, key))
        else:
            found[record.slug] = cached
    corpus.resolved_hits = len(found)
    raw = ner.analyse(
        [text for _, parts, _ in pending for _, text in parts],
        lambda: load_pipeline(model),
        processes,
    )
    corpus.ner_hits, corpus.ner_misses = ner.hits, ner.misses
    offset = 0
    for record, parts, key in pending:
        article_raw = raw[offset : offset + len(parts)]
        offset += len(parts)
        mentions, entities = resolve_article(parts, article_raw, registry)
        found[record.slug] = (tuple(mentions), entities, tuple(find_claims(parts, mentions)))
        resolved.put(key, found[record.slug])
    articles: list[ArticleEntities] = []
    for name, record in corpus.seeds.items():  # seed order, so merged entities are stable
        if name not in found or record.article is None:
            continue
        resolved_mentions, article_entities, _ = found[name]
        kinds = [part.kind for part in record.article.parts]
        openers = _openers(record.article, resolved_mentions)
        articles.append(ArticleEntities(name, kinds, resolved_mentions, article_entities, openers))
    # One entity per thing across the corpus: its type and name from all its mentions.
    glossaries = GlossaryCache(cache_dir)
    glossary_key = glossaries.key(resolved.context, keys)
    corpus.identity = glossary_key
    joined = glossaries.get(glossary_key)
    if joined is None:
        common = lowercase_words(
            [part.text for r in corpus.seeds.values() if r.article for part in r.article.parts]
        )
        joined = unify(articles, common)
        glossaries.put(glossary_key, *joined)
    remap, corpus.entities = joined
    for name, record in corpus.seeds.items():
        if name not in found:
            continue
        resolved_mentions, _, claims = found[name]
        table = remap.get(name, {})
        record.mentions = remap_mentions(resolved_mentions, table, corpus.entities)
        record.claims = tuple(
            replace(
                claim,
                speaker_entity=table.get(claim.speaker_entity or "", claim.speaker_entity) or None,
                speaker_about=table.get(claim.speaker_about or "", claim.speaker_about) or None,
            )
            for claim in claims
        )
    _add_curated_without_mentions(corpus)
    resolved.prune()
    ner.prune(text for slug in corpus.seeds for _, text in texts[slug])
    glossaries.prune()
    corpus.cache_problem = ner.problem or resolved.problem or glossaries.problem


def _openers(article: wire.Article, mentions: Sequence[Mention]) -> frozenset[str]:
    """The article's entities that every mention names at a sentence's start or in a
    heading, where a common word is capitalised too."""
    anywhere: set[str] = set()
    elsewhere: set[str] = set()
    for m in mentions:
        part = article.parts[m.part]
        anywhere.add(m.entity)
        if part.kind == "paragraph" and not at_sentence_start(part.text, m.start):
            elsewhere.add(m.entity)
    return frozenset(anywhere - elsewhere)


def _add_curated_without_mentions(corpus: Corpus) -> None:
    """An editor's entry has a glossary page even before any article names it."""
    for entity_id, found in corpus.registry.items():
        entry = found.entry
        if entry.suppress or entity_id in corpus.entities:
            continue
        corpus.entities[entity_id] = EntityInfo(
            id=entity_id, name=entry.name, type=entry.type, aliases=set(entry.aliases), curated=True
        )
