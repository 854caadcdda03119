"""The sources index (each agency's articles, the uncredited ones, who said what) and one
source's page."""

from __future__ import annotations

from dataclasses import dataclass

from docutils import nodes

from briefing.domain.brief import BriefingDomain
from briefing.views.common import ClaimItem, article_list, claims_by_speaker, claims_data
from briefing.views.derived import Derived
from briefing.views.page import Page
from briefing.views.refs import ArticleRef, EntityRef, article_ref, entity_ref


@dataclass(frozen=True)
class Sources:
    sources: tuple[tuple[str, EntityRef | None, tuple[ArticleRef, ...]], ...]  # by id
    uncredited: tuple[ArticleRef, ...]
    claims: tuple[ClaimItem, ...]


def sources_data(domain: BriefingDomain, derived: Derived, name: str) -> Sources:
    return Sources(
        tuple(
            (s, entity_ref(domain, derived, s), tuple(article_ref(domain, d) for d in docs))
            for s, docs in sorted(derived.source_articles.items())
        ),
        tuple(
            article_ref(domain, d) for d in derived.article_order if not domain.articles[d].credit
        ),
        tuple(claims_data(domain, derived, derived.claims)),
    )


def sources_render(page: Page, data: Sources) -> list[nodes.Node]:
    out: list[nodes.Node] = []
    if not data.sources:
        out.append(nodes.paragraph(text="No article carries a recognised credit line."))
    for source, ref, articles in data.sources:
        out.append(nodes.rubric("", "", page.entity_link(ref, fallback=source)))
        out.append(article_list(page, articles))
    if data.uncredited:
        out.append(nodes.rubric(text="Articles without a credit line"))
        out.append(article_list(page, data.uncredited))
    if data.claims:
        out.append(nodes.rubric(text="Who said what, by speaker"))
        out.extend(claims_by_speaker(page, data.claims))
    return out


@dataclass(frozen=True)
class SourcePage:
    articles: tuple[ArticleRef, ...]
    claims: tuple[ClaimItem, ...]


def source_data(domain: BriefingDomain, derived: Derived, source: str) -> SourcePage:
    docs = derived.source_articles.get(source, [])
    claims = [(d, c) for d in docs for c in domain.claims.get(d, ())]
    return SourcePage(
        tuple(article_ref(domain, d) for d in docs), tuple(claims_data(domain, derived, claims))
    )


def source_render(page: Page, data: SourcePage) -> list[nodes.Node]:
    out: list[nodes.Node] = [
        nodes.rubric(text=f"Articles ({len(data.articles)})"),
        article_list(page, data.articles),
    ]
    if data.claims:
        out.append(nodes.rubric(text=f"Statements in these articles ({len(data.claims)})"))
        out.extend(claims_by_speaker(page, data.claims))
    return out
