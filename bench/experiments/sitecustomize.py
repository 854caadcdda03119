"""Opt-in instrumentation and fix experiments for builds started by bench/profile_build.py.

This folder goes on a build's PYTHONPATH only when profile_build.py is given ``--gc``,
``--freeze`` or ``--patch``; the extension itself is never edited. Environment variables:

* ``BENCH_GC_STATS=/path/out.json``: at exit, the number and total duration of garbage
  collections per generation.
* ``BENCH_GC_FREEZE_AFTER_PREPASS=1``: ``gc.freeze()`` once Sphinx has emitted
  builder-inited (after the briefing pre-pass).
* ``BENCH_PATCH=clear_doc,find_word,name_words``: the suggested fixes, applied to the loaded
  extension for measurement only:

  - ``clear_doc``: ``BriefingDomain.clear_doc`` drops a document's entities through a
    docname -> entity ids index instead of scanning every entity for every document;
  - ``find_word``: ``briefing.nlp.spans.find_word`` compiles each (form, flags) pattern once
    (``functools.cache``) instead of once per call;
  - ``name_words``: ``briefing.nlp.names.name_words`` is memoised.
"""

from __future__ import annotations

import atexit
import gc
import json
import os
import time

_OUT = os.environ.get("BENCH_GC_STATS")

if _OUT:
    _stats = {str(g): {"count": 0, "seconds": 0.0, "collected": 0} for g in range(3)}
    _started: list[float] = []

    def _callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            _started.append(time.perf_counter())
        elif _started:
            entry = _stats[str(info["generation"])]
            entry["count"] += 1
            entry["seconds"] += time.perf_counter() - _started.pop()
            entry["collected"] += info.get("collected", 0)

    gc.callbacks.append(_callback)

    def _dump() -> None:
        with open(_OUT, "w", encoding="utf-8") as handle:
            json.dump(_stats, handle, indent=2)

    atexit.register(_dump)

if os.environ.get("BENCH_GC_FREEZE_AFTER_PREPASS"):
    import sphinx.events

    _emit = sphinx.events.EventManager.emit

    def _emit_and_freeze(self, name, *args, **kwargs):  # type: ignore[no-untyped-def]
        result = _emit(self, name, *args, **kwargs)
        if name == "builder-inited":
            gc.freeze()
        return result

    sphinx.events.EventManager.emit = _emit_and_freeze  # type: ignore[method-assign]


def _replace_everywhere(original: object, replacement: object) -> None:
    """Rebind every ``briefing`` module attribute that is ``original`` (``from x import f``)."""
    import sys

    for name, module in list(sys.modules.items()):
        if name == "briefing" or name.startswith("briefing."):
            for attr, value in list(vars(module).items()):
                if value is original:
                    setattr(module, attr, replacement)


_PATCHES = {p for p in os.environ.get("BENCH_PATCH", "").split(",") if p}

if _PATCHES:
    import functools
    import re

    # Loading these imports the NLP modules, whose ``from x import f`` bindings get patched.
    import briefing.corpus
    import briefing.directives.article
    import briefing.domain
    import briefing.listings
    import briefing.nlp.names
    import briefing.nlp.spans

    if "find_word" in _PATCHES:
        spans = briefing.nlp.spans
        _original_find_word = spans.find_word

        @functools.cache
        def _word_pattern(form: str, flags: int) -> re.Pattern[str]:
            return re.compile(
                r"(?<![\w.])" + re.escape(form) + r"(?!\w)" + spans._NO_DOT_WORD, flags
            )

        def find_word(text: str, form: str, case_sensitive: bool = True):  # type: ignore[no-untyped-def]
            if not form:
                return
            flags = 0 if case_sensitive else re.IGNORECASE
            for match in _word_pattern(form, flags).finditer(text):
                yield match.start(), match.end()

        find_word.__doc__ = _original_find_word.__doc__
        _replace_everywhere(_original_find_word, find_word)

    if "name_words" in _PATCHES:
        _original_name_words = briefing.nlp.names.name_words
        _replace_everywhere(_original_name_words, functools.cache(_original_name_words))

    if "clear_doc" in _PATCHES:
        Domain = briefing.domain.BriefingDomain
        _original_add_entity = Domain.add_entity
        _INDEX = "bench_entities_by_doc"

        def _by_doc(self):  # type: ignore[no-untyped-def]
            index = self.data.get(_INDEX)
            if index is None:
                index = {}
                for entity_id, target in self.entities.items():
                    index.setdefault(target.docname, set()).add(entity_id)
                self.data[_INDEX] = index
            return index

        def add_entity(self, entity_id, target):  # type: ignore[no-untyped-def]
            _original_add_entity(self, entity_id, target)
            _by_doc(self).setdefault(target.docname, set()).add(entity_id)

        def clear_doc(self, docname):  # type: ignore[no-untyped-def]
            for entity_id in _by_doc(self).pop(docname, ()):
                target = self.entities.get(entity_id)
                if target is not None and target.docname == docname:
                    del self.entities[entity_id]
            for key in briefing.domain.PER_DOC_KEYS:
                self.data[key].pop(docname, None)

        Domain.add_entity = add_entity
        Domain.clear_doc = clear_doc
