"""Build-time orchestration: the pre-pass, the stubs, and which pages must be read again."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from briefing import config
from briefing.atomic import write_atomically
from briefing.checks.report import logger, warn
from briefing.checks.subtypes import Subtype
from briefing.directives.note import names_digest
from briefing.domain.access import get_domain
from briefing.domain.corpus import Corpus
from briefing.domain.facts import GLOSSARY_TYPES
from briefing.domain.registry import scan_registry
from briefing.ids import id_problem
from briefing.prepass import reuse, stubs
from briefing.prepass.corpus import build_corpus, discover


def prepare_corpus(app: Sphinx) -> None:
    """``builder-inited``: analyse the seeds (NER from cache when possible) and write stubs."""
    srcdir = Path(app.srcdir)
    registry = scan_registry(srcdir / app.config.briefing_registry_dir)
    project = None if app.config.briefing_follow_outside_links else config.project_dir(app)
    found = discover(config.seeds_dir(app), project)
    for link, target in found.outside_links:
        warn(
            Subtype.SEED_SYMLINK,
            f"the seed is a link to {target}, outside the project folder: it is not published; "
            "copy the file into the seeds folder (or set briefing_follow_outside_links = True)",
            link,
        )
    started = time.perf_counter()
    domain = get_domain(app.env)
    model = config.model_name(app.config)
    stamp = reuse.inputs_stamp(found.paths, registry, model, project, config.settings(app.config))
    last = domain.data.get("corpus")
    corpus = reuse.last_corpus(last, stamp.digest)
    if corpus is None:
        corpus = build_corpus(
            found.paths,
            model,
            config.cache_dir(app),
            registry,
            project,
            processes=max(1, app.parallel),
            seed_digests=stamp.seeds,
            parsed=last.parsed if isinstance(last, Corpus) else None,
        )
        corpus.stamp = stamp.digest
        how = (
            f"{corpus.resolved_hits} resolved before; "
            f"NER cache: {corpus.ner_hits} hits, {corpus.ner_misses} misses"
        )
    else:
        how = "as the last build left them: no input changed"
    corpus.owner_pid = os.getpid()  # the environment this process saves carries it
    took = time.perf_counter() - started
    for entry, problem in corpus.rejected:
        warn(
            Subtype.BAD_ID,
            f"the entity id {entry.entry.id!r} is not used: {problem}",
            entry.path,
            entry.line,
        )
    if corpus.cache_problem:
        warn(Subtype.CACHE, corpus.cache_problem, config.cache_dir(app))
    logger.info(
        "briefing: %d articles, %d entities (%s) in %.1f s",
        len(corpus.seeds),
        len(corpus.entities),
        how,
        took,
    )
    domain.set_corpus(corpus)
    published = write_stubs(app, corpus)
    prints = input_fingerprints(app, corpus)
    domain.data["input_prints"] = {d: v for d, v in prints.items() if d in published}
    domain.data["collect_plan"] = collect_plan(app, corpus, prints)


def collected(app: Sphinx, corpus: Corpus, kind: str, object_id: str) -> bool:
    """Whether the page is made at the end of the build rather than read from a stub: every
    source page, and the page of every entity without an editor's registry entry."""
    if not app.config.briefing_collect_pages:
        return False
    return kind == "sources" or (kind == "glossary" and object_id not in corpus.registry)


def collect_plan(
    app: Sphinx, corpus: Corpus, prints: dict[str, str]
) -> dict[str, tuple[str, str, str]]:
    """docname -> (kind, id, input fingerprint) of each page made at the end of the build."""
    folders = config.generated_folders(app)
    srcdir = Path(app.srcdir).resolve()
    ids = {
        "glossary": [e for e, info in corpus.entities.items() if info.type in GLOSSARY_TYPES],
        "sources": list(corpus.sources()),
    }
    plan: dict[str, tuple[str, str, str]] = {}
    for kind, found in ids.items():
        folder = folders[kind]
        if folder is None:
            continue
        prefix = folder.relative_to(srcdir).as_posix()
        for object_id in found:
            if not collected(app, corpus, kind, object_id) or id_problem(object_id) is not None:
                continue
            editors = [folder / f"{object_id}{s}" for s in app.config.source_suffix]
            blocker = next((path for path in editors if path.exists()), None)
            if blocker is not None:  # the stubs left are gone by now: this file is an editor's
                warn(
                    Subtype.PAGE_COLLISION,
                    f"the page generated for {_origin(corpus, kind, object_id)} would replace "
                    f"{blocker}, which the extension did not write: the file is kept and "
                    "the generated page is left out; rename or move one of the two",
                    blocker,
                )
                continue
            docname = f"{prefix}/{object_id}"
            plan[docname] = (kind, object_id, prints.get(docname, ""))
    return dict(sorted(plan.items()))


def write_stubs(app: Sphinx, corpus: Corpus) -> set[str]:
    """Write the stubs of every generated page; returns the docnames that have one.

    A page whose stub would replace an editor's file is not generated, with a warning naming
    both files."""
    srcdir = Path(app.srcdir).resolve()
    folders = config.generated_folders(app)
    wanted: dict[str, dict[str, str]] = {
        "articles": {slug: stubs.article_stub(slug) for slug in corpus.seeds},
        "glossary": {
            entity_id: stubs.entity_stub(entity_id)
            for entity_id, info in corpus.entities.items()
            if info.type in GLOSSARY_TYPES and not collected(app, corpus, "glossary", entity_id)
        },
        "sources": {
            source: stubs.source_stub(source)
            for source in corpus.sources()
            if not collected(app, corpus, "sources", source)
        },
    }
    suffixes = list(app.config.source_suffix)
    published: set[str] = set()
    for kind, pages in wanted.items():
        folder = folders[kind]
        if folder is None:
            continue
        result = stubs.sync_stubs(folder, pages, suffixes)
        for collision in result.collisions:
            warn(
                Subtype.PAGE_COLLISION,
                f"the page generated for {_origin(corpus, kind, collision.stem)} would replace "
                f"{collision.path}, which the extension did not write: the file is kept and "
                "the generated page is left out; rename or move one of the two",
                collision.path,
            )
        for stem in result.refused:
            warn(Subtype.BAD_ID, f"{stem!r} cannot name a page: it is left out", *_at(corpus, stem))
        _warn_case_twins(corpus, kind, set(pages) - result.skipped)
        prefix = folder.relative_to(srcdir).as_posix()
        published |= {f"{prefix}/{stem}" for stem in pages if stem not in result.skipped}
    return published


def _at(corpus: Corpus, stem: str) -> tuple[Path | None, int | None]:
    """Where a page's id comes from, when it is a file and line of the project's."""
    if stem in corpus.seeds:
        return corpus.seeds[stem].path, 1
    found = corpus.registry.get(stem)
    return (found.path, found.line) if found is not None else (None, None)


def _origin(corpus: Corpus, kind: str, stem: str) -> str:
    path, line = _at(corpus, stem)
    return f"{path}:{line}" if path is not None else f"the {kind} entry {stem!r}"


def _warn_case_twins(corpus: Corpus, kind: str, stems: set[str]) -> None:
    """Pages whose names differ only in case overwrite each other on some file systems."""
    by_fold: dict[str, list[str]] = {}
    for stem in sorted(stems):
        by_fold.setdefault(stem.casefold(), []).append(stem)
    for twins in by_fold.values():
        for twin in twins[1:]:
            warn(
                Subtype.PAGE_COLLISION,
                f"the page names {twins[0]!r} ({_origin(corpus, kind, twins[0])}) and {twin!r} "
                "differ only in case: on a case-insensitive file system one page replaces the "
                "other; change one of the two ids",
                *_at(corpus, twin),
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


#: In the doctree folder (not published): the pages the last build wrote to the output folder.
PUBLISHED = "briefing-pages.json"


def remove_stale_pages(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: delete the HTML (and the ``_sources`` copy) of documents that are
    gone (Sphinx leaves them).

    Without this, an incremental build keeps the pages of deleted seeds, of entities no
    article names any more, and of deleted notes, unlike a clean build. A fresh build (``-E``)
    knows nothing of the old documents, so each build records the pages it wrote: a page on
    the last list whose document is gone is removed too. Only pages on that list, or of
    documents Sphinx reports removed, are ever deleted.
    """
    removed: list[str] = get_domain(app.env).data.pop("removed", [])
    if exception is not None or app.builder.format != "html":
        return
    get_outfilename = getattr(app.builder, "get_outfilename", None)
    if get_outfilename is None:
        return
    outdir = Path(app.outdir).resolve()
    collected = get_domain(app.env).data.get("collected", {})
    for docname in removed:
        _remove_source_copies(app, outdir, docname)
        if docname not in collected:  # a stub's page now made without one stays
            Path(get_outfilename(docname)).unlink(missing_ok=True)
    current = sorted(
        _published_name(Path(get_outfilename(docname)), Path(app.outdir), outdir)
        for docname in {*app.env.all_docs, *collected}
    )
    manifest = Path(app.doctreedir) / PUBLISHED
    for page in set(_published(manifest, outdir)) - set(current):
        path = (outdir / page).resolve()
        if path.suffix == ".html" and path.is_relative_to(outdir):
            path.unlink(missing_ok=True)
            _remove_source_copies(app, outdir, page.removesuffix(".html"))
    payload = {"version": 1, "outdir": str(outdir), "pages": current}
    manifest.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(manifest, json.dumps(payload, ensure_ascii=False, indent=0).encode("utf-8"))


def _published_name(page: Path, outdir: Path, resolved_outdir: Path) -> str:
    """The page's path in the output folder; resolved only when it is not plainly inside
    (resolving every page's path costs a system call per folder of it)."""
    if ".." not in page.parts and page.is_relative_to(outdir):
        return page.relative_to(outdir).as_posix()
    return page.resolve().relative_to(resolved_outdir).as_posix()


def _remove_source_copies(app: Sphinx, outdir: Path, docname: str) -> None:
    """The copy of a gone document's source that Sphinx put in ``_sources`` (and leaves)."""
    if not app.config.html_copy_source:
        return
    sources = outdir / "_sources"
    for suffix in app.config.source_suffix:
        path = (sources / f"{docname}{suffix}{app.config.html_sourcelink_suffix}").resolve()
        if path.is_relative_to(sources):
            path.unlink(missing_ok=True)


def _published(manifest: Path, outdir: Path) -> list[str]:
    """The pages the last build wrote, if it wrote them to ``outdir``."""
    try:
        loaded = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(loaded, dict) or loaded.get("outdir") != str(outdir):
        return []
    pages = loaded.get("pages")
    return [p for p in pages if isinstance(p, str)] if isinstance(pages, list) else []
