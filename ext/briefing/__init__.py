"""sphinx-briefing: news-wire articles as an annotated, cross-referenced Sphinx site."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

__version__ = "0.1.0"

#: The stylesheet and scripts shipped with the extension.
STATIC_DIR = Path(__file__).parent / "html" / "static"

#: Bump when the shape of stored environment data changes.
ENV_VERSION = 12


def _derive(app: Sphinx, env: BuildEnvironment) -> None:
    from briefing.checks.integrity import check_notes, check_registry, check_topics
    from briefing.checks.report import logger
    from briefing.domain.access import get_domain
    from briefing.views.derived import derive

    domain = get_domain(env)
    domain.data["derived"] = derive(domain, app.config.briefing_mentions_shown)
    check_registry(domain)
    check_topics(domain)
    check_notes(domain)
    logger.info(
        "briefing: checked %d notes, %d topics and %d registry entries",
        len(domain.notes),
        sum(len(found) for found in domain.topics.values()),
        sum(len(found) for found in domain.registry.values()),
    )


def _drop_stale_views(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """Derived views are rebuilt after reading; parallel readers need not carry old ones."""
    from briefing.domain.access import get_domain

    get_domain(env).data.pop("derived", None)


def _rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    from briefing.domain.access import get_domain
    from briefing.views.derived import Derived
    from briefing.views.registry import pages_to_rewrite
    from briefing.views.unchanged import unchanged_this_build

    domain = get_domain(env)
    derived = domain.data.get("derived")
    if not isinstance(derived, Derived) or unchanged_this_build(domain):
        return []
    return pages_to_rewrite(domain, derived)


def _add_static_path(app: Sphinx) -> None:
    """``builder-inited``: the extension's static folder joins ``html_static_path``, so Sphinx
    copies it before it writes any page and every page links the files the same way
    (``briefing.css?v=<checksum>``), in a clean build as in an incremental one. It goes first,
    so a file of the same name in the site's own static folders wins."""
    if app.builder.format == "html" and str(STATIC_DIR) not in app.config.html_static_path:
        app.config.html_static_path = [str(STATIC_DIR), *app.config.html_static_path]


def setup(app: Sphinx) -> dict[str, Any]:
    from briefing import config
    from briefing.checks import quiet, trust
    from briefing.checks.integrity import EntityLinkChecker, warn_missing_reference
    from briefing.directives.note import read_note
    from briefing.directives.topic import one_title
    from briefing.directives.verbatim import VerbatimPages
    from briefing.domain import parallel
    from briefing.domain.brief import BriefingDomain
    from briefing.domain.nodes import briefing_listing
    from briefing.domain.references import note_references
    from briefing.domain.registry import keep_out_of_search
    from briefing.html import collected
    from briefing.html.feed import link_feed, write_feed
    from briefing.html.jsonld import add_json_ld
    from briefing.html.page_toc import give_theme_toc, redo_page_toc
    from briefing.html.search import use_reader_scorer
    from briefing.pictures.data import prune_layouts
    from briefing.prepass import build
    from briefing.views.preview_files import write_preview_files
    from briefing.views.registry import expand_listings
    from briefing.views.unchanged import note_reading, start_build, take_stock

    app.setup_extension("myst_parser")
    quiet.quiet_myst_configuration()
    app.setup_extension("sphinx_design")
    config.register(app)
    app.add_domain(BriefingDomain)
    app.add_node(briefing_listing)
    # After Sphinx has read source_suffix (priority 800), before the environment is loaded.
    app.connect("config-inited", config.check_choices)
    app.connect("config-inited", trust.leave_out_unsafe_pages, priority=900)
    app.connect("builder-inited", build.prepare_corpus)
    app.connect("builder-inited", parallel.note_main_process)
    app.connect("source-read", parallel.start_reader)
    app.connect("env-get-outdated", build.outdated_pages)
    app.connect("env-before-read-docs", _drop_stale_views)
    app.connect("env-updated", _derive)
    app.connect("env-get-updated", _rewrite)
    app.connect("doctree-resolved", expand_listings)
    app.connect("env-before-read-docs", collected.forget_collected)
    app.connect("env-updated", collected.register_collected, priority=400)
    app.connect("env-get-updated", collected.plan_writes)
    app.connect("env-get-updated", take_stock, priority=100)
    app.connect("builder-inited", start_build)
    app.connect("env-before-read-docs", note_reading)
    app.connect("html-collect-pages", collected.collect_pages)
    app.connect("warn-missing-reference", warn_missing_reference)
    app.add_post_transform(EntityLinkChecker)
    app.add_transform(VerbatimPages)
    # Before sphinxext-opengraph (if loaded), which keeps a description already in the head.
    app.connect("html-page-context", add_json_ld, priority=400)
    app.connect("html-page-context", link_feed)
    app.connect("html-page-context", redo_page_toc)
    app.connect("html-page-context", give_theme_toc, priority=600)
    app.connect("builder-inited", use_reader_scorer)
    app.connect("build-finished", write_feed)
    app.connect("build-finished", build.remove_stale_pages)
    app.connect("build-finished", prune_layouts)
    app.connect("build-finished", write_preview_files)
    # Before Sphinx's collectors (priority 500), so a note titled by its front matter has a title.
    app.connect("doctree-read", read_note, priority=400)
    app.connect("doctree-read", note_references)
    # After Sphinx's metadata collector (priority 500), which sets the page's metadata afresh.
    app.connect("doctree-read", keep_out_of_search, priority=600)
    app.connect("doctree-read", trust.show_raw_as_text)
    app.connect("doctree-read", one_title, priority=400)
    app.connect("builder-inited", _add_static_path)
    app.add_css_file("briefing.css")
    app.add_js_file("briefing-preview.js", loading_method="defer")
    return {
        "version": __version__,
        "env_version": ENV_VERSION,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
