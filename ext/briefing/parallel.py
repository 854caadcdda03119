"""Parallel reading (``-j``): each reader process sends back only the facts it read.

Sphinx forks a process per chunk of documents and pickles that process's whole environment
back to the main process, which keeps the facts of the chunk's documents alone. A reader forked
late has inherited everything merged before it, so without this every chunk would carry, and
the main process unpickle, all earlier chunks again: quadratic in the number of documents.
Reading a document uses only the pre-pass corpus, never other documents' facts, so a reader
can drop them before its first document.
"""

from __future__ import annotations

import os

from sphinx.application import Sphinx

from briefing.domain import get_domain

_process_with_all_facts = os.getpid()


def note_main_process(app: Sphinx) -> None:
    """``builder-inited``: the process that holds (and merges) every document's facts."""
    global _process_with_all_facts
    _process_with_all_facts = os.getpid()


def start_reader(app: Sphinx, docname: str, source: list[str]) -> None:
    """``source-read``: in a freshly forked reader, forget facts read by other processes."""
    global _process_with_all_facts
    if os.getpid() == _process_with_all_facts:
        return
    _process_with_all_facts = os.getpid()
    get_domain(app.env).forget_documents_read_elsewhere()
