"""Sphinx configuration of the briefing site."""

from __future__ import annotations

import os
from urllib.parse import urlsplit

project = "Briefing"
author = "The briefing desk"
copyright = "the briefing desk; wire copy belongs to its agencies"  # noqa: A001

# sphinx.ext.githubpages writes .nojekyll (and CNAME for a custom domain) for branch publishing.
extensions = ["myst_parser", "sphinx_design", "briefing", "sphinx.ext.githubpages"]

# Wire articles are plain-text files here, relative to this folder.
briefing_seeds_dir = "../seeds"

myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 2

exclude_patterns = ["_build", "README.md"]
nitpicky = True

html_theme = "pydata_sphinx_theme"
html_title = "Briefing"
html_theme_options = {
    "navigation_with_keys": False,
    "show_prev_next": False,
    "secondary_sidebar_items": ["page-toc"],
    "footer_start": ["copyright"],
    # The editors' pages (guide, registry, warnings) are reached from the footer only.
    "footer_end": ["editors-link"],
    # Templates that always show something: the theme renders every other one twice per page,
    # once to see whether it is empty.
    "templates_skip_empty_check": [
        "navbar-logo.html",
        "navbar-nav.html",
        "theme-switcher.html",
        "search-button-field.html",
        "copyright.html",
        "editors-link.html",
    ],
}
# Article and glossary pages are listed on index pages, never in every page's sidebar.
html_sidebars = {"**": []}
# Follow the reader's light/dark preference; the theme's switcher overrides it.
html_context = {"default_mode": "auto"}
# A favicon of our own: without one, browsers ask for /favicon.ico, which a project site
# (https://OWNER.github.io/REPO/) does not have.
html_favicon = "_static/favicon.svg"
html_static_path = ["_static"]
templates_path = ["_templates"]
html_css_files = ["site.css"]

# Publishing (README, "Publishing"): the site's public address, e.g.
# BRIEFING_BASE_URL=https://OWNER.github.io/REPO/ (set by .github/workflows/pages.yml). It makes
# canonical links, the sitemap and Open Graph URLs absolute. Empty (local builds) means a
# relative site: the furniture that needs a public address (sitemap, Open Graph, 404 page) is
# left out, so nothing warns and docs/_build/html/index.html works from disk.
html_baseurl = os.environ.get("BRIEFING_BASE_URL", "").strip()
if html_baseurl:
    _base = urlsplit(html_baseurl)
    if _base.scheme not in ("http", "https") or not _base.netloc:
        raise ValueError(
            f"BRIEFING_BASE_URL={html_baseurl!r}: give the site's absolute address, "
            "such as https://OWNER.github.io/REPO/"
        )
    html_baseurl = html_baseurl.rstrip("/") + "/"
    extensions += ["sphinx_sitemap", "sphinxext.opengraph", "notfound.extension"]
    # sitemap.xml at the root, one absolute URL per page; no language or version in paths.
    sitemap_url_scheme = "{link}"
    sitemap_excludes = ["404.html", "search.html", "genindex.html"]
    # Open Graph: absolute og:url per page, no generated social-card images.
    ogp_site_url = html_baseurl
    ogp_social_cards = {"enable": False}
    # 404.html is served for any missing path, at any depth: its links and assets must be
    # absolute, under the site's path ("/REPO/" for a project site, "/" for a custom domain).
    notfound_urls_prefix = urlsplit(html_baseurl).path
