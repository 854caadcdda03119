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

from briefing.domain.access import get_domain

#: Domain data key: the process whose environment holds every document's facts.
OWNER = "facts_owner_pid"


def note_main_process(app: Sphinx) -> None:
    """``builder-inited``: this process holds (and merges) every document's facts."""
    get_domain(app.env).data[OWNER] = os.getpid()


def start_reader(app: Sphinx, docname: str, source: list[str]) -> None:
    """``source-read``: in a freshly forked reader, forget facts read by other processes."""
    domain = get_domain(app.env)
    if domain.data.get(OWNER) == os.getpid():
        return
    domain.data[OWNER] = os.getpid()
    domain.forget_documents_read_elsewhere()
