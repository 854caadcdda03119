"""Search ranking: the reader's pages come before the editors' pages naming the same things.

Sphinx's search takes a ``Scorer`` from ``html_search_scorer``; when the desk sets none, the
extension's own is used, told which folders hold articles, entity pages, topics and notes.
(Once set, the value stays for the rest of the build: it names the file written here.)
"""

from __future__ import annotations

import json
from pathlib import Path

from sphinx.application import Sphinx

SCORER = Path(__file__).parent / "static" / "briefing-scorer.js"
# Added to Sphinx's score (a title match is worth 15, a word of the text 5): an article naming
# a person comes level with the person's page, before other pages merely quoting the name.
BOOSTS = (("articles", 25), ("glossary", 10), ("topics", 5), ("notes", 5))


def scorer_code(app: Sphinx) -> str:
    folders = {
        "articles": app.config.briefing_articles_dir,
        "glossary": app.config.briefing_glossary_dir,
        "topics": "topics",
        "notes": app.config.briefing_notes_dir,
    }
    boosts = [[f"{str(folders[name]).strip('/')}/", boost] for name, boost in BOOSTS]
    table = f"const BRIEFING_READER_BOOSTS = {json.dumps(boosts)};\n"
    return table + SCORER.read_text(encoding="utf-8")


def use_reader_scorer(app: Sphinx) -> None:
    """``builder-inited``: unless the desk has a scorer of its own, the extension's, written
    next to the doctrees (Sphinx reads the scorer from a file when it starts writing)."""
    if app.builder.format != "html" or app.config.html_search_scorer:
        return
    path = Path(app.doctreedir) / "briefing-scorer.js"
    code = scorer_code(app)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.is_file() or path.read_text(encoding="utf-8") != code:
        path.write_text(code, encoding="utf-8")
    app.config.html_search_scorer = str(path)
