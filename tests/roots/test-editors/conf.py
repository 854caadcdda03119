extensions = ["myst_parser", "sphinx_design", "briefing"]
briefing_seeds_dir = "seeds"
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build", "seeds"]
nitpicky = True
html_theme = "basic"
