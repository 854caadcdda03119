"""Whether this build's views can differ from the last build's at all.

Every build fingerprints every page's listing keys to find the pages to write again (one
hash of view data per key: 30,000 keys at 1,000 articles, seconds of work). Those data are
computed from the documents' own facts, the pre-pass corpus and the configuration alone. So
when a build read no document, the set of documents is the same, the corpus joined to the
same glossary from the same articles, the configuration is the same and so is the extension's
own code (an upgrade draws pages differently), every fingerprint is the one stored last time:
the comparison is skipped and nothing is written again.
"""

from __future__ import annotations

import hashlib

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from briefing import config
from briefing.domain.access import get_domain
from briefing.domain.brief import BriefingDomain
from briefing.versions import extension_digest

#: domain.data keys: whether this build read documents; the inputs' digest; whether this
#: build found every view as the last build left it (taken once, at ``env-get-updated``).
READ = "views_read"
INPUTS = "views_inputs"
UNCHANGED = "views_unchanged"


def start_build(app: Sphinx) -> None:
    """``builder-inited``: nothing read yet (the stored flags are the last build's)."""
    data = get_domain(app.env).data
    data[READ] = False
    data[UNCHANGED] = False


def note_reading(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """``env-before-read-docs``: documents read this build change their facts."""
    if docnames:
        get_domain(env).data[READ] = True


def inputs_digest(app: Sphinx, domain: BriefingDomain) -> str:
    corpus = domain.corpus
    build_info = getattr(app.builder, "build_info", None)
    parts = (
        corpus.identity,
        sorted((slug, record.agencies) for slug, record in corpus.seeds.items()),
        config.settings(app.config),
        str(getattr(build_info, "config_hash", "")),
        sorted(domain.env.all_docs),
        extension_digest(),
    )
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


def take_stock(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-get-updated``, before the fingerprints: whether every view is as the last build
    left it (see the module's docstring), decided once; the digest kept for the next build."""
    domain = get_domain(env)
    digest = inputs_digest(app, domain)
    read = domain.data.get(READ, True)
    same = domain.data.get(INPUTS) == digest
    domain.data[UNCHANGED] = not read and bool(domain.corpus.identity) and same
    domain.data[INPUTS] = digest
    # Sphinx saves the environment only when some document is read or written again. With
    # none read and new inputs (another configuration, an upgrade), rewrite the root page so
    # the new digest and fingerprints are kept, or every later no-op would compare again.
    if not read and not same and env.config.root_doc in env.all_docs:
        return [env.config.root_doc]
    return []


def unchanged_this_build(domain: BriefingDomain) -> bool:
    """This build's views are the last build's (taken at ``env-get-updated``)."""
    return bool(domain.data.get(UNCHANGED, False))
