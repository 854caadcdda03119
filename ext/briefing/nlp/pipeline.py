"""Load the spaCy NER pipeline and run it over text parts.

spaCy is imported lazily so that modules which only need ``RawMention`` (the cache, the
resolution rules) stay cheap to import, e.g. in parallel Sphinx workers that never run NER.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

# Components excluded at load time: NER in the small English pipelines has its own embedding
# layer, so the shared tok2vec and everything listening to it can go. This halves the run time.
# The parser's sentence boundaries constrain NER slightly (an entity may not cross a sentence
# start), so a handful of spans differ from the full pipeline on the Wikinews corpus (3 of 2,600
# paragraphs, none in the seed); the tests check the seed is identical.
EXCLUDED_COMPONENTS: tuple[str, ...] = (
    "tok2vec",
    "tagger",
    "parser",
    "senter",
    "attribute_ruler",
    "lemmatizer",
)

# Part of every cache key: change it whenever the way the pipeline is built changes.
PIPELINE_SETTINGS = "ner-only;exclude=" + ",".join(EXCLUDED_COMPONENTS)

DEFAULT_BATCH_SIZE = 64


@dataclass(frozen=True)
class RawMention:
    """One entity span exactly as the model proposed it; offsets are within the part's text."""

    start: int
    end: int
    text: str
    label: str


def load_pipeline(model: str) -> Language:
    """Load ``model`` (an installed spaCy package name or path) with only what NER needs."""
    import spacy

    return spacy.load(model, exclude=list(EXCLUDED_COMPONENTS))


def installed_model_version(model: str) -> str:
    """The version to put in cache keys for an installed model package, without loading it.

    spaCy's own version is included: the same weights may decode differently across releases.
    """
    try:
        model_version = importlib.metadata.version(model)
    except importlib.metadata.PackageNotFoundError:
        model_version = "unknown"
    try:
        spacy_version = importlib.metadata.version("spacy")
    except importlib.metadata.PackageNotFoundError:
        spacy_version = "unknown"
    return f"{model_version}+spacy-{spacy_version}"


#: Below this many texts, starting worker processes costs more than it saves.
TEXTS_PER_PROCESS = 40


def run_ner(
    nlp: Language,
    texts: Sequence[str],
    batch_size: int = DEFAULT_BATCH_SIZE,
    processes: int = 1,
) -> list[list[RawMention]]:
    """Run NER over ``texts`` in batches; one list of mentions per text, in input order.

    With ``processes`` > 1 (a build's ``-j``) spaCy's own multiprocessing shares the work out;
    each text's mentions are the same either way."""
    workers = max(1, min(processes, len(texts) // TEXTS_PER_PROCESS))
    results: list[list[RawMention]] = []
    for doc in nlp.pipe(texts, batch_size=batch_size, n_process=workers):
        results.append(
            [RawMention(ent.start_char, ent.end_char, ent.text, ent.label_) for ent in doc.ents]
        )
    return results
