"""The plain-text wire model: seed files ("seeds") to parsed articles.

Modules, one job each: ``decode`` (bytes to normalised text), ``model`` (the article and its
parts), ``blocks`` (paragraphs, subheads and sections), ``credit`` (the credit-line grammar),
``datelines`` (datelines in every common wire style), ``article`` (the whole seed) and
``sidecars`` (the JSON metadata beside a seed); ``sentences`` finds sentence bounds for
quotes. Nothing here imports Sphinx.
"""

from briefing.wire.article import parse_article
from briefing.wire.credit import find_dateline, parse_credit, parse_dateline
from briefing.wire.decode import SeedError, decode_seed
from briefing.wire.model import Article, Credit, ParseIssue, Part
from briefing.wire.sidecars import SeedMetadata, load_sidecar, sidecar_exists, sidecar_path

__all__ = [
    "Article",
    "Credit",
    "ParseIssue",
    "Part",
    "SeedError",
    "SeedMetadata",
    "decode_seed",
    "find_dateline",
    "load_sidecar",
    "parse_article",
    "parse_credit",
    "parse_dateline",
    "sidecar_exists",
    "sidecar_path",
]
