"""The NLP layer: spaCy NER with a content-hash cache, and resolution rules.

Modules, one job each:

- ``pipeline``: load the minimal NER pipeline and run it (the only module that imports spaCy,
  and only when a pipeline is actually loaded).
- ``cache``: the content-hash cache of raw NER output.
- ``entities``: the public data types (``Mention``, ``EntityInfo``, ``CuratedEntry``) and ids.
- ``resolve``: raw mentions of one article -> clean mentions and glossary entities, in three
  steps: ``candidates`` (per part), ``identify`` (per article) and ``headings``.
- Rules used by those steps: ``spans`` (trimming, junk, whole-word search), ``pairs``
  (spans that list several names), ``junk`` (names that are never entities), ``missed``
  (short forms the model left untagged), ``market`` (companies market copy names that the
  model left untagged), ``names``
  (titles, short names), ``kinds`` (type corrections), ``variants`` (countries, demonyms,
  abbreviations), ``figures`` (number and date phrases), ``acronyms`` and ``curated`` (the
  editors' registry).
- ``claims``: who said what in an article's paragraphs (a subpackage; word lists and patterns,
  no model), naming speakers by the resolved mentions.

Nothing here imports Sphinx.
"""
