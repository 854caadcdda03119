"""Build-time orchestration: the pre-pass, the stubs, and which pages must be read again."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from briefing import config, stubs
from briefing.corpus import Corpus, build_corpus, discover
from briefing.domain import GLOSSARY_TYPES, get_domain
from briefing.notes import names_digest
from briefing.registry import scan_registry
from briefing.report import logger


def prepare_corpus(app: Sphinx) -> None:
    """``builder-inited``: analyse the seeds (NER from cache when possible) and write stubs."""
    srcdir = Path(app.srcdir)
    registry = scan_registry(srcdir / app.config.briefing_registry_dir)
    corpus = build_corpus(
        discover(config.seeds_dir(app)),
        config.model_name(app.config),
        config.cache_dir(app),
        registry,
    )
    logger.info(
        "briefing: %d articles, %d entities (%d resolved before; NER cache: %d hits, %d misses)",
        len(corpus.seeds),
        len(corpus.entities),
        corpus.resolved_hits,
        corpus.ner_hits,
        corpus.ner_misses,
    )
    domain = get_domain(app.env)
    domain.set_corpus(corpus)
    domain.data["input_prints"] = input_fingerprints(app, corpus)
    stubs.sync_stubs(
        srcdir / app.config.briefing_articles_dir,
        {slug: stubs.article_stub(slug) for slug in corpus.seeds},
    )
    stubs.sync_stubs(
        srcdir / app.config.briefing_glossary_dir,
        {
            entity_id: stubs.entity_stub(entity_id)
            for entity_id, info in corpus.entities.items()
            if info.type in GLOSSARY_TYPES
        },
    )
    stubs.sync_stubs(
        srcdir / app.config.briefing_sources_dir,
        {source: stubs.source_stub(source) for source in corpus.sources()},
    )


def article_docname(app: Sphinx, slug: str) -> str:
    return f"{app.config.briefing_articles_dir}/{slug}"


def glossary_docname(app: Sphinx, entity_id: str) -> str:
    return f"{app.config.briefing_glossary_dir}/{entity_id}"


def input_fingerprints(app: Sphinx, corpus: Corpus) -> dict[str, str]:
    """What each generated page is read from; a change means the page must be read again."""
    prints: dict[str, str] = {}
    for source, name in corpus.sources().items():
        prints[f"{app.config.briefing_sources_dir}/{source}"] = _digest(name)
    for slug, record in corpus.seeds.items():
        prints[article_docname(app, slug)] = _digest(
            (record.article, record.failure, record.metadata, record.issues, record.mentions)
        )
    for entity_id, info in corpus.entities.items():
        if info.type not in GLOSSARY_TYPES:
            continue
        curated = corpus.registry.get(entity_id)
        place = corpus.entities.get(info.related_place or "")
        prints[glossary_docname(app, entity_id)] = _digest(
            (
                info.name,
                info.type,
                sorted(info.aliases),
                sorted(info.roles),
                info.related_place,
                place.name if place else None,
                curated,
            )
        )
    return prints


def _digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()


def outdated_pages(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """``env-get-outdated``: generated pages whose pre-pass data changed since they were read."""
    domain = get_domain(env)
    domain.data["removed"] = sorted(removed)
    current: dict[str, str] = dict(domain.data.get("input_prints", {}))
    for docname, note in domain.notes.items():
        current[docname] = names_digest(note.mentioned, domain.corpus.entities)
    return sorted(
        docname
        for docname, value in current.items()
        if docname in env.all_docs and domain.inputs.get(docname) != value
    )


def remember_input(env: BuildEnvironment) -> None:
    """Store the fingerprint of the page being read, for :func:`outdated_pages` next time."""
    domain = get_domain(env)
    value = domain.data.get("input_prints", {}).get(env.docname)
    if value is not None:
        domain.inputs[env.docname] = value


def remove_stale_pages(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: delete the HTML of documents that are gone (Sphinx leaves it).

    Without this, an incremental build keeps the pages of deleted seeds, of entities no
    article names any more, and of deleted notes, unlike a clean build.
    """
    removed: list[str] = get_domain(app.env).data.pop("removed", [])
    if exception is not None or app.builder.format != "html":
        return
    get_outfilename = getattr(app.builder, "get_outfilename", None)
    if get_outfilename is None:
        return
    for docname in removed:
        Path(get_outfilename(docname)).unlink(missing_ok=True)
