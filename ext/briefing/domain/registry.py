"""The editors' entity registry: ``{brief:entity}`` directives in ``docs/<registry dir>/*.md``.

The pre-pass needs the registry before Sphinx reads any document (curated names steer entity
resolution), so the files are scanned here with MyST's own Markdown and directive parsers. The
scan is silent: the same directives report their problems when Sphinx reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import Directive, directives
from docutils.parsers.rst.states import MarkupError
from markdown_it.renderer import RendererHTML
from myst_parser.config.main import MdParserConfig
from myst_parser.parsers.directives import parse_directive_text
from myst_parser.parsers.mdit import create_md_parser
from sphinx.application import Sphinx

from briefing.nlp.resolve import ENTITY_TYPES, CuratedEntry, entity_id

ENTITY_DIRECTIVE = "brief:entity"


def split_aliases(value: str) -> tuple[str, ...]:
    """``"Yoon; President Yoon"`` -> ``("Yoon", "President Yoon")``."""
    return tuple(alias.strip() for alias in value.split(";") if alias.strip())


def entity_type(value: str | None) -> str:
    return directives.choice((value or "").strip(), ENTITY_TYPES)  # type: ignore[no-any-return]


class EntityOptions(Directive):
    """Argument and options shared by the registry scan and the ``brief:entity`` directive."""

    required_arguments = 1
    final_argument_whitespace = True
    has_content = True
    option_spec = {  # noqa: RUF012 - docutils API
        "id": directives.unchanged_required,
        "type": entity_type,
        "aliases": directives.unchanged,
        "suppress": directives.flag,
    }


@dataclass(frozen=True)
class RegistryEntry:
    entry: CuratedEntry
    path: Path
    line: int  # 1-based line of the directive's opening fence
    body: tuple[str, ...]  # the description, MyST source lines
    body_line: int  # 1-based line of the first description line


def curated_entry(name: str, options: dict[str, object]) -> CuratedEntry:
    kind = str(options.get("type") or "org")
    return CuratedEntry(
        id=str(options.get("id") or entity_id(kind, name)),
        name=name,
        type=kind,
        aliases=split_aliases(str(options.get("aliases") or "")),
        suppress="suppress" in options,
    )


def scan_registry(folder: Path) -> list[RegistryEntry]:
    if not folder.is_dir():
        return []
    parser = create_md_parser(MdParserConfig(enable_extensions={"colon_fence"}), RendererHTML)
    found: list[RegistryEntry] = []
    for path in sorted(folder.rglob("*.md")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for token in parser.parse(text):
            entry = _entry_from_token(token.info, token.content, path, token.map)
            if entry is not None:
                found.append(entry)
    return found


def _entry_from_token(
    info: str, content: str, path: Path, line_map: list[int] | None
) -> RegistryEntry | None:
    name, _, first_line = info.strip().partition(" ")
    if name != "{" + ENTITY_DIRECTIVE + "}":
        return None
    line = (line_map[0] + 1) if line_map else 1
    try:
        parsed = parse_directive_text(EntityOptions, first_line.strip(), content, line=line)
    except MarkupError:
        return None
    if not parsed.arguments or parsed.warnings:
        return None
    return RegistryEntry(
        entry=curated_entry(parsed.arguments[0], parsed.options),
        path=path,
        line=line,
        body=tuple(parsed.body),
        body_line=line + 1 + parsed.body_offset,
    )


def keep_out_of_search(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``: the registry's pages (raw ids, editors' notes) are not for readers'
    searches; the entities they describe are found by their glossary pages."""
    docname = app.env.docname
    if docname.startswith(app.config.briefing_registry_dir.rstrip("/") + "/"):
        app.env.metadata[docname]["nosearch"] = True
