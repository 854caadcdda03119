"""A cache of resolved articles: mentions, entities and claims per article.

Resolution and claim finding cost more than a cached NER lookup, so an unchanged article with
an unchanged registry and unchanged resolution code is not resolved again. The key covers the
article's parts, the NER model (name, version, settings), the registry and the source of the
code that resolves; NER output is a function of the first two, so an article found here needs
no NER lookup at all.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Sequence
from pathlib import Path

import briefing.claims
import briefing.nlp
from briefing.claims import Claim
from briefing.nlp.resolve import EntityInfo, Mention

Resolved = tuple[tuple[Mention, ...], dict[str, EntityInfo], tuple[Claim, ...]]


def code_digest() -> str:
    """A digest of the NLP and claim code, so editing it invalidates the cache."""
    digest = hashlib.sha256()
    folder = Path(briefing.nlp.__file__).parent
    for path in [*sorted(folder.glob("*.py")), Path(briefing.claims.__file__)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class ResolvedCache:
    def __init__(self, directory: Path, context: str) -> None:
        self.directory = directory / "resolved"
        self.context = context  # model, registry and code digests: shared by every key

    def key(self, parts: Sequence[tuple[str, str]]) -> str:
        data = repr((self.context, list(parts))).encode("utf-8", "surrogatepass")
        return hashlib.sha256(data).hexdigest()

    def get(self, key: str) -> Resolved | None:
        path = self.directory / key[:2] / f"{key}.pickle"
        try:
            # Files this cache wrote itself; a damaged one is resolved again.
            found: Resolved = pickle.loads(path.read_bytes())
        except (OSError, pickle.PickleError, EOFError, AttributeError, ValueError):
            return None
        return found

    def put(self, key: str, value: Resolved) -> None:
        path = self.directory / key[:2] / f"{key}.pickle"
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".tmp")
        partial.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(path)
