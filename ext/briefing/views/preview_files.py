"""Preview cards as files: one small script per entity, loaded when a reader points at a link.

``<output>/_previews/<entity id>.js`` calls ``briefingPreview({...})`` with what the card
shows: the entity's name, type, one-line description (the editor's, else the line made from
the corpus), how many articles name it, where its page is (from the site's root), and its
articles per week, month or year when it was in the news more than once. ``briefing-preview.js``
loads a card on the first hover, keyboard focus or tap of a link to the entity, and builds it
with ``textContent``, so every value stays text.

Cards are files rather than page content so that a new article, which changes the counts of
the entities it names, rewrites their cards and not every page that links them. They are
written at the end of every HTML build, each only when its bytes change; a card whose entity
is gone is removed (only files this module wrote, recognised by their first bytes).
"""

from __future__ import annotations

import json
from pathlib import Path

from sphinx.application import Sphinx

from briefing.atomic import write_atomically
from briefing.domain.access import get_domain
from briefing.domain.facts import ENTITY_LABELS, GLOSSARY_TYPES
from briefing.ids import id_problem
from briefing.pictures.data import entity_over_time
from briefing.views.derived import Derived, derived_views
from briefing.views.describe import article_count, count_text, generated
from briefing.views.unchanged import unchanged_this_build

FOLDER = "_previews"
CALL = "briefingPreview("
DESCRIPTION_LENGTH = 220
#: Fewer dated articles, or a single week or month, say nothing the count does not.
LEAST_ARTICLES = 3


def short(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= DESCRIPTION_LENGTH:
        return text
    return text[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def card(app: Sphinx, derived: Derived, entity_id: str) -> dict[str, object]:
    domain = get_domain(app.env)
    target = domain.entities[entity_id]
    data: dict[str, object] = {
        "id": entity_id,
        "name": target.name,
        "type": ENTITY_LABELS.get(target.type, target.type.capitalize()),
        "url": f"{app.builder.get_target_uri(target.docname)}#{target.anchor}",
    }
    if target.summary:  # the editor's words, then the count
        count = count_text(article_count(derived, entity_id))
        data["text"], data["count"] = short(target.summary), count[:1].upper() + count[1:]
    else:  # the generated line holds the count; the type is in the heading
        data["text"] = short(generated(domain, derived, entity_id, with_type=False))
    over_time = entity_over_time(domain, derived, entity_id)
    if len(over_time.bins) >= 2 and over_time.dated >= LEAST_ARTICLES:
        data["bins"] = [n for _, n in over_time.bins]
    return data


def script(data: dict[str, object]) -> bytes:
    text = json.dumps(data, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return f"{CALL}{text});\n".encode("ascii")


def write_preview_files(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: every glossary entity's card, written when changed; old ones gone."""
    if exception is not None or app.builder.format != "html":
        return
    domain = get_domain(app.env)
    folder = Path(app.outdir) / FOLDER
    if unchanged_this_build(domain) and folder.is_dir():
        return  # the cards drawn last time, from the same views
    derived = derived_views(domain, app.config.briefing_mentions_shown)
    wanted = {
        f"{entity_id}.js": script(card(app, derived, entity_id))
        for entity_id, target in sorted(domain.entities.items())
        if target.type in GLOSSARY_TYPES and id_problem(entity_id) is None
    }
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in wanted.items():
        path = folder / name
        if not path.is_file() or path.read_bytes() != content:
            write_atomically(path, content)
    for path in sorted(folder.glob("*.js")):
        if path.name not in wanted and _written_here(path):
            path.unlink()


def _written_here(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(CALL)) == CALL.encode("ascii")
    except OSError:
        return False
