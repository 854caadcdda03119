"""Sphinx configuration of the briefing site."""

from __future__ import annotations

project = "Briefing"
author = "The briefing desk"
copyright = "the briefing desk; wire copy belongs to its agencies"  # noqa: A001

extensions = ["myst_parser", "sphinx_design", "briefing"]

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
    "footer_end": [],
}
# Article and glossary pages are listed on index pages, never in every page's sidebar.
html_sidebars = {"**": []}
