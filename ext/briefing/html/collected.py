"""Entity and source pages made at the end of the build, without being Sphinx documents.

The page of an entity without an editor's registry entry, and the page of a source, hold
nothing but what the views draw from cross-document data. Reading a stub for each of them
(MyST parse, transforms, a pickled doctree) and writing it as a document cost most of a clean
build. Instead they are made as Sphinx makes its general index (``html-collect-pages``): each
page's doctree is built in memory, its references resolved by the resolving post-transforms
(``html/resolve.py``), its listings drawn by the same views (``doctree-resolved``), its body
rendered by the builder's HTML translator, and the page written with the theme's ``page.html``
(filled into a frame the theme rendered once per folder, where that gives the same bytes:
``html/frame.py``).

What a document would have had otherwise:

- its targets (``brief`` objects, ``std`` labels, ``objects.inv``) are registered after reading
  (``env-updated``, before the views are derived) and forgotten before the next read;
- its search entry: the page's name and other spellings, fed every build (Sphinx prunes the
  index to the documents it knows, so the builder's pruning keeps the collected pages);
- incremental writes: a page's fingerprint is its input plus its listing keys' data, taken at
  ``env-get-updated`` (so it is pickled with the environment); unchanged pages whose file
  exists are not written again.

With ``-j N`` (and every extension parallel-write safe) the pages to write are shared among N
forked processes, as Sphinx writes documents: each page depends on the environment alone, so
a child needs nothing back but its warnings, which Sphinx's task runner replays in order.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.writers._html_base import HTMLTranslator
from sphinx.application import Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinx.util.docutils import new_document
from sphinx.util.osutil import relative_uri
from sphinx.util.parallel import ParallelTasks, make_chunks

from briefing.directives.entity import entity_page_section
from briefing.directives.source import source_page_section
from briefing.domain.access import get_domain
from briefing.domain.brief import BriefingDomain
from briefing.domain.facts import EntityTarget
from briefing.html.frame import FrameWriter
from briefing.html.resolve import resolve_collected
from briefing.views.derived import Derived
from briefing.views.registry import fingerprint
from briefing.views.unchanged import unchanged_this_build

#: domain.data keys: docname -> listing keys of the pages collected this build; docname ->
#: fingerprint of what each was last written from; the pages to write this build.
COLLECTED = "collected"
WRITTEN = "collected_written"
TO_WRITE = "collected_to_write"
#: Below this many pages to write, forking costs more than it saves.
PARALLEL_FROM = 20

logger = logging.getLogger(__name__)


def _plan(domain: BriefingDomain) -> dict[str, tuple[str, str, str]]:
    return dict(domain.data.get("collect_plan", {}))


def collected_pages(domain: BriefingDomain) -> dict[str, list[str]]:
    return dict(domain.data.get(COLLECTED, {}))


def forget_collected(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """``env-before-read-docs``: the last build's collected targets go before reading, so a
    page that became a document (an entity given a registry entry) is read afresh."""
    domain = get_domain(env)
    for docname in collected_pages(domain):
        domain.clear_collected(docname)
    domain.data[COLLECTED] = {}


def register_collected(app: Sphinx, env: BuildEnvironment) -> None:
    """``env-updated`` (before the views are derived): the targets of this build's collected
    pages, as their directives would have added them while reading."""
    domain = get_domain(env)
    corpus = domain.corpus
    sources = corpus.sources()
    found: dict[str, list[str]] = {}
    for docname in collected_pages(domain):  # also when reading was skipped
        domain.clear_collected(docname)
    for docname, (kind, object_id, _) in _plan(domain).items():
        if docname in env.all_docs:  # an editor's file of that name is the page
            continue
        if kind == "glossary":
            info = corpus.entities.get(object_id)
            if info is None:
                continue
            target = EntityTarget(docname, object_id, info.name, info.type, "")
            keys = [f"entity:{object_id}", f"description:{object_id}"]
            place = corpus.entities.get(info.related_place or "")
            if place is not None:
                keys.append(f"ref:entity:{place.id}")
        else:
            name = sources.get(object_id)
            if name is None:
                continue
            target = EntityTarget(docname, object_id, name, "source", f"Wire source: {name}")
            keys = [f"source:{object_id}"]
        domain.add_entity(object_id, target)
        found[docname] = sorted(keys)
    domain.data[COLLECTED] = found


def plan_writes(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-get-updated``: which collected pages differ from what was last written. Taken
    while reading, so the fingerprints are pickled with the environment; returns no
    documents (the collected pages are none)."""
    domain = get_domain(env)
    derived = domain.data.get("derived")
    if not isinstance(derived, Derived):
        return []
    if unchanged_this_build(domain):  # every page as last written
        domain.data[TO_WRITE] = []
        return []
    previous: dict[str, str] = domain.data.get(WRITTEN, {})
    plan = _plan(domain)
    build_info = getattr(app.builder, "build_info", None)
    config_hash = str(getattr(build_info, "config_hash", ""))
    current: dict[str, str] = {}
    for docname, keys in collected_pages(domain).items():
        parts = [config_hash, plan[docname][2], *(fingerprint(domain, derived, k) for k in keys)]
        current[docname] = hashlib.sha256("|".join(parts).encode()).hexdigest()
    domain.data[TO_WRITE] = sorted(d for d, value in current.items() if previous.get(d) != value)
    domain.data[WRITTEN] = current
    return []


def encode(text: str) -> str:
    """Text as docutils' HTML writer escapes it (the theme shows ``title`` as it is)."""
    return text.translate(HTMLTranslator.special_characters)


def page_names(domain: BriefingDomain, docname: str) -> tuple[str, list[str]]:
    """The page's title and the other spellings of its name."""
    kind, object_id, _ = _plan(domain)[docname]
    if kind == "glossary":
        info = domain.corpus.entities[object_id]
        return info.name, sorted(alias for alias in info.aliases if alias != info.name)
    return domain.corpus.sources()[object_id], []


def page_doctree(app: Sphinx, docname: str) -> nodes.document:
    """The page's doctree as its directive would have read it: listings still placeholders."""
    domain = get_domain(app.env)
    kind, object_id, _ = _plan(domain)[docname]
    corpus = domain.corpus
    doctree = new_document(f"<briefing: {docname}>", app.builder.docsettings)  # type: ignore[attr-defined]
    if kind == "glossary":
        section, _ = entity_page_section(corpus, corpus.entities[object_id], generated=True)
    else:
        section = source_page_section(object_id, corpus.sources()[object_id])
    doctree += section
    return doctree


def search_doctree(title: str, names: Iterable[str]) -> nodes.document:
    """What the search index learns of a collected page: its name and other spellings."""
    doctree = new_document("<briefing search>")
    section = nodes.section()
    section += nodes.title(title, title)
    spellings = " ".join(names)
    if spellings:
        section += nodes.paragraph(spellings, spellings)
    doctree += section
    return doctree


def keep_collected_in_search(builder: StandaloneHTMLBuilder, docnames: Iterable[str]) -> None:
    """Sphinx prunes the search index to its documents when it dumps it: keep ours too."""
    indexer = builder.indexer
    if indexer is None:
        return
    keep = set(docnames)
    prune = type(indexer).prune.__get__(indexer)  # the class's own, however often set here

    def prune_keeping(documents: Iterable[str]) -> None:
        prune(set(documents) | keep)

    indexer.prune = prune_keeping  # type: ignore[method-assign,assignment]


def list_collected_as_documents(env: BuildEnvironment, titles: dict[str, str]) -> None:
    """``objects.inv`` lists every document as ``std:doc``, from ``env.all_docs``: list the
    collected pages too, so other sites can cite them with ``:doc:``."""
    std = env.domains.standard_domain
    std.__dict__.pop("get_objects", None)
    objects = std.get_objects

    def with_collected() -> Iterator[tuple[str, str, str, str, str, int]]:
        yield from objects()
        for docname, title in sorted(titles.items()):
            yield docname, title, "doc", docname, "", -1

    std.get_objects = with_collected  # type: ignore[method-assign]


def render_body(app: Sphinx, docname: str, doctree: nodes.document) -> tuple[str, str]:
    """Resolve, draw and render the page: its body and the tags its doctree adds to the head."""
    builder: StandaloneHTMLBuilder = app.builder  # type: ignore[assignment]
    resolve_collected(app.env, doctree, docname)  # references, then doctree-resolved
    doctree.settings = builder.docsettings
    builder.secnumbers = {}
    builder.fignumbers = {}
    builder.imgpath = relative_uri(builder.get_target_uri(docname), builder.imagedir)
    builder.post_process_images(doctree)
    builder.imgpath = relative_uri(builder.get_target_uri(docname), "_images")
    builder.dlpath = relative_uri(builder.get_target_uri(docname), "_downloads")
    builder.current_docname = docname
    visitor = builder.create_translator(doctree, builder)
    doctree.walkabout(visitor)
    return "".join(visitor.fragment), "".join(visitor.meta[2:])  # type: ignore[attr-defined]


def page_context(title: str, body: str, metatags: str) -> dict[str, Any]:
    """The context ``page.html`` needs; ``title`` as docutils would have escaped it."""
    return {
        "parents": [],
        "prev": None,
        "next": None,
        "title": title,
        "meta": {},
        "body": body,
        "metatags": metatags,
        "rellinks": [],
        "sourcename": "",
        "toc": "",
        "display_toc": False,
        "page_source_suffix": "",
        "has_maths_elements": False,
    }


def collect_pages(app: Sphinx) -> Iterator[tuple[str, dict[str, Any], str]]:
    """``html-collect-pages``: every collected page fed to the search; the changed ones (or
    missing from the output folder) written."""
    builder = app.builder
    if not isinstance(builder, StandaloneHTMLBuilder):
        return
    domain = get_domain(app.env)
    pages = collected_pages(domain)
    keep_collected_in_search(builder, pages)
    to_write = set(domain.data.get(TO_WRITE, ()))
    template_time = builder.templates.newest_template_mtime()  # type: ignore[union-attr]
    names_of = {docname: page_names(domain, docname) for docname in sorted(pages)}
    list_collected_as_documents(app.env, {d: title for d, (title, _) in names_of.items()})
    due: list[tuple[str, str]] = []
    for docname, (title, names) in names_of.items():
        if builder.indexer is not None:
            builder.indexer.feed(docname, f"{docname}.md", title, search_doctree(title, names))
        out = Path(builder.get_outfilename(docname))
        if docname in to_write or not out.is_file() or out.stat().st_mtime < template_time:
            due.append((docname, title))
    write_pages(app, due)
    yield from ()


def write_pages(app: Sphinx, pages: list[tuple[str, str]]) -> None:
    """Write the pages (docname, title), in forked processes when the build is parallel."""
    builder: StandaloneHTMLBuilder = app.builder  # type: ignore[assignment]
    writer = FrameWriter(app)
    nproc = app.parallel
    if not builder.parallel_ok or nproc < 2 or len(pages) < PARALLEL_FROM:
        write_some(writer, pages)
        return
    # The first page compiles the templates once, before the fork (as Sphinx does).
    write_some(writer, pages[:1])
    chunks = make_chunks(pages[1:], nproc)  # type: ignore[arg-type]
    logger.info("writing %d collected pages in %d processes", len(pages), nproc)
    tasks = ParallelTasks(nproc)
    # Every forked writer would otherwise walk the whole heap at its first full garbage
    # collection, copying each page it touches: frozen objects are left out of collections.
    gc.freeze()
    try:
        for chunk in chunks:
            tasks.add_task(lambda some: write_some(writer, some), chunk)
        tasks.join()
    finally:
        gc.unfreeze()


def write_some(writer: FrameWriter, pages: list[tuple[str, str]]) -> None:
    for docname, title in pages:
        doctree = page_doctree(writer.app, docname)
        body, metatags = render_body(writer.app, docname, doctree)
        writer.write(docname, doctree, page_context(encode(title), body, metatags))
