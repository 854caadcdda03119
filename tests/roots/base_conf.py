"""The settings every test root shares.

Each root's ``conf.py`` runs this file, then sets what it does differently. ``copy_root`` (in
``tests/conftest.py``) copies this file, and the shared ``seeds`` folder, beside each copy.
"""

extensions = ["myst_parser", "sphinx_design", "briefing"]
briefing_seeds_dir = "seeds"
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build", "seeds"]
nitpicky = True
html_theme = "basic"
