from pathlib import Path

exec((Path(__file__).parents[1] / "base_conf.py").read_text(encoding="utf-8"))
# As on the real site: no sidebars and no previous/next links (see _templates/layout.html).
html_sidebars = {"**": []}
templates_path = ["_templates"]
