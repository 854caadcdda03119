"""The minimal NER pipeline: same entities as the full pipeline on the seed, faster."""

from __future__ import annotations

import spacy
from spacy.language import Language

from briefing.nlp.pipeline import (
    PIPELINE_SETTINGS,
    TEXTS_PER_PROCESS,
    RawMention,
    installed_model_version,
    run_ner,
)

from conftest import MODEL, ROOTS, SEED


def seed_blocks() -> list[str]:
    return [block.strip() for block in SEED.read_text(encoding="utf-8").split("\n\n") if block]


def test_only_ner_is_loaded(nlp: Language) -> None:
    assert nlp.pipe_names == ["ner"]
    assert "ner" in PIPELINE_SETTINGS


def test_entities_match_the_full_pipeline_on_the_seed(nlp: Language) -> None:
    full = spacy.load(MODEL)
    texts = seed_blocks()
    expected = [
        [RawMention(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]
        for doc in full.pipe(texts)
    ]
    assert run_ner(nlp, texts) == expected


def test_run_ner_offsets_point_into_each_text(nlp: Language) -> None:
    texts = [*seed_blocks(), "", "   ", "no entities here"]
    results = run_ner(nlp, texts, batch_size=2)
    assert len(results) == len(texts)
    for text, mentions in zip(texts, results, strict=True):
        for mention in mentions:
            assert text[mention.start : mention.end] == mention.text
    assert results[-3:] == [[], [], []]


def test_installed_model_version_names_model_and_spacy() -> None:
    version = installed_model_version(MODEL)
    assert version.startswith("3.8.0+spacy-")
    assert installed_model_version("no_such_model").startswith("unknown+spacy-")


def test_ner_in_worker_processes_gives_the_same_mentions(nlp: Language) -> None:
    seeds = sorted((ROOTS / "test-corpus" / "seeds").glob("*.txt"))
    texts = [p for path in seeds for p in path.read_text(encoding="utf-8").split("\n\n") if p]
    assert len(texts) > 2 * TEXTS_PER_PROCESS  # enough for two worker processes
    serial = run_ner(nlp, texts)
    assert sum(map(len, serial)) > 400  # real news, many names
    assert run_ner(nlp, texts, processes=2) == serial
