"""The NER cache: keys, storage, and loading the model only on a miss."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, cast

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from briefing.nlp import cache as cache_module
from briefing.nlp.cache import NerCache
from briefing.nlp.pipeline import RawMention

from conftest import MODEL

TEXTS = [
    "South Korea’s presidential office spoke on Wednesday.",
    "President Yoon Suk Yeol will soon speak with the U.S. president-elect.",
    "South Korea’s presidential office spoke on Wednesday.",  # a repeat
    "",
]


class SpyPipeline:
    """Wraps a pipeline and records every ``pipe`` call."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.calls: list[list[str]] = []

    def pipe(self, texts: Sequence[str], batch_size: int = 64, n_process: int = 1) -> Iterator[Doc]:
        self.calls.append(list(texts))
        return self.nlp.pipe(texts, batch_size=batch_size, n_process=n_process)


def never_load() -> Language:
    raise AssertionError("the model was loaded although every text was cached")


def test_second_analysis_is_served_from_the_cache(tmp_path: Path, nlp: Language) -> None:
    spy = SpyPipeline(nlp)
    loads: list[int] = []

    def factory() -> Language:
        loads.append(1)
        return cast(Language, spy)

    first = NerCache(tmp_path, MODEL, "3.8.0")
    result = first.analyse(TEXTS, factory)
    assert loads == [1]
    # All misses, each distinct text once, in a single pipe call.
    assert spy.calls == [[TEXTS[0], TEXTS[1], TEXTS[3]]]
    assert (first.hits, first.misses) == (0, 3)
    assert result[0] == result[2]
    assert any(m.label == "PERSON" for m in result[1])

    second = NerCache(tmp_path, MODEL, "3.8.0")
    assert second.analyse(TEXTS, never_load) == result
    assert (second.hits, second.misses) == (3, 0)


def test_only_the_missing_texts_go_through_the_model(tmp_path: Path, nlp: Language) -> None:
    cache = NerCache(tmp_path, MODEL, "3.8.0")
    cache.analyse(TEXTS[:2], lambda: nlp)
    spy = SpyPipeline(nlp)
    cache.analyse([*TEXTS[:2], "Seoul and Washington agreed."], lambda: cast(Language, spy))
    assert spy.calls == [["Seoul and Washington agreed."]]


def test_key_depends_on_text_model_version_and_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = NerCache(tmp_path, MODEL, "3.8.0")
    key = base.key("text")
    assert key == NerCache(tmp_path / "elsewhere", MODEL, "3.8.0").key("text")
    assert key != base.key("text ")
    assert key != NerCache(tmp_path, MODEL, "3.8.1").key("text")
    assert key != NerCache(tmp_path, "en_core_web_md", "3.8.0").key("text")
    monkeypatch.setattr(cache_module, "CACHE_VERSION", "999")
    assert key != base.key("text")
    monkeypatch.undo()
    monkeypatch.setattr(cache_module, "PIPELINE_SETTINGS", "full pipeline")
    assert key != base.key("text")


def test_a_new_model_version_misses(tmp_path: Path) -> None:
    mentions = [RawMention(0, 5, "Seoul", "GPE")]
    NerCache(tmp_path, MODEL, "3.8.0").put("Seoul", mentions)
    assert NerCache(tmp_path, MODEL, "3.8.0").get("Seoul") == mentions
    newer = NerCache(tmp_path, MODEL, "3.9.0")
    assert newer.get("Seoul") is None
    assert newer.misses == 1


def test_stored_files_are_deterministic_json(tmp_path: Path) -> None:
    cache = NerCache(tmp_path, MODEL, "3.8.0")
    mentions = [RawMention(0, 5, "Seoul", "GPE"), RawMention(10, 17, "Ukraine", "GPE")]
    cache.put("Seoul and Ukraine", mentions)
    path = cache.path("Seoul and Ukraine")
    first = path.read_bytes()
    cache.put("Seoul and Ukraine", mentions)
    assert path.read_bytes() == first
    payload: dict[str, Any] = json.loads(first)
    assert payload["mentions"] == [[0, 5, "Seoul", "GPE"], [10, 17, "Ukraine", "GPE"]]
    assert path.parent.name == path.stem[:2]
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".tmp-")]


def test_an_unreadable_entry_is_a_miss_and_is_rewritten(tmp_path: Path, nlp: Language) -> None:
    cache = NerCache(tmp_path, MODEL, "3.8.0")
    cache.analyse(TEXTS[:1], lambda: nlp)
    cache.path(TEXTS[0]).write_text("{not json", encoding="utf-8")
    again = NerCache(tmp_path, MODEL, "3.8.0")
    assert again.get(TEXTS[0]) is None
    again.analyse(TEXTS[:1], lambda: nlp)
    assert NerCache(tmp_path, MODEL, "3.8.0").get(TEXTS[0]) is not None


def test_a_blanked_dateline_is_not_shown_to_the_model(tmp_path: Path, nlp: Language) -> None:
    # Before the blanks of "LOS ANGELES (Reuters) - " the small model missed the first name.
    story = "Taylor Swift's Eras Tour has become the first concert tour to gross $1 billion."
    blanked = " " * 24 + story
    cache = NerCache(tmp_path, MODEL, "test")
    [mentions] = cache.analyse([blanked], lambda: nlp)
    people = [(m.start, m.text) for m in mentions if m.label == "PERSON"]
    assert people and people[0][0] == 24 and people[0][1].startswith("Taylor Swift")
    assert all(blanked[m.start : m.end] == m.text for m in mentions)
    # The cache holds what the model saw: the text without its leading blanks.
    assert cache.get(story) is not None and cache.get(blanked) is None
    [again] = NerCache(tmp_path, MODEL, "test").analyse([blanked], lambda: nlp)
    assert again == mentions
