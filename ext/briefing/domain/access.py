"""The domain as the rest of the extension reaches it while reading and writing.

Directives and handlers import this rather than the domain class, so the class can name its
directives in its own body without an import cycle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from sphinx.environment import BuildEnvironment

if TYPE_CHECKING:
    from briefing.domain.brief import BriefingDomain


def get_domain(env: BuildEnvironment) -> BriefingDomain:
    return cast("BriefingDomain", env.domains["brief"])


def remember_input(env: BuildEnvironment) -> None:
    """Store the fingerprint of the pre-pass data the page being read came from, so the next
    build reads it again only when that data changed."""
    domain = get_domain(env)
    value = domain.data.get("input_prints", {}).get(env.docname)
    if value is not None:
        domain.inputs[env.docname] = value
