"""Publishing on GitHub Pages: the workflow, the site furniture, and no broken links."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
import yaml
from browser_support import BASE_URL, REPO, Site, built_site, check_links, run_linkchecker, serve

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"


@pytest.fixture(scope="module")
def pages_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return built_site(tmp_path_factory, BASE_URL)


@pytest.fixture(scope="module")
def local_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return built_site(tmp_path_factory, "")


def head_links(page: Path, rel: str) -> list[str]:
    return re.findall(rf'<link rel="{rel}" href="([^"]*)"', page.read_text(encoding="utf-8"))


def meta_property(page: Path, name: str) -> list[str]:
    return re.findall(rf'<meta property="{name}" content="([^"]*)"', page.read_text("utf-8"))


# --- the workflow ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def steps_using(job: dict[str, Any], action: str) -> list[dict[str, Any]]:
    return [s for s in job["steps"] if str(s.get("uses", "")).split("@")[0] == action]


def test_workflow_builds_with_make_site_and_deploys_the_artifact(
    workflow: dict[Any, Any],
) -> None:
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    every_use = [s["uses"] for job in (build, deploy) for s in job["steps"] if "uses" in s]
    for use in every_use:
        name, _, version = use.partition("@")
        assert name.startswith("actions/"), f"{use}: only GitHub's own actions"
        assert re.fullmatch(r"v\d+", version), f"{use}: pin a major version"

    (configure,) = steps_using(build, "actions/configure-pages")
    (make_site,) = [s for s in build["steps"] if "make site" in s.get("run", "")]
    assert make_site["run"].strip() == "make site"
    steps = build["steps"]
    assert steps.index(configure) < steps.index(make_site)
    assert make_site["env"]["SPHINXOPTS"] == "-j auto"  # a parallel build: the same HTML
    base_url = make_site["env"]["BRIEFING_BASE_URL"]
    assert f"steps.{configure['id']}.outputs.base_url" in base_url

    (upload,) = steps_using(build, "actions/upload-pages-artifact")
    assert steps.index(make_site) < steps.index(upload)
    assert upload["with"]["path"] == "docs/_build/html"

    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    (deployment,) = steps_using(deploy, "actions/deploy-pages")
    assert deploy["environment"]["url"] == f"${{{{ steps.{deployment['id']}.outputs.page_url }}}}"

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "make site" in readme and "## Publishing" in readme


# --- the furniture ---------------------------------------------------------------------------


def test_builds_are_warning_free(pages_site: Site, local_site: Site) -> None:
    assert pages_site.warnings == ""
    assert local_site.warnings == ""


def test_pages_build_has_canonical_links_open_graph_and_sitemap(pages_site: Site) -> None:
    html = pages_site.html
    assert (html / ".nojekyll").is_file()
    assert not (html / "CNAME").exists()  # a github.io address needs none
    pages = [p for p in pages_site.pages() if p.name != "404.html"]
    for page in pages:
        url = BASE_URL + page.relative_to(html).as_posix()
        assert head_links(page, "canonical") == [url], page
        if page.name not in ("search.html", "genindex.html"):  # no document, no Open Graph
            assert meta_property(page, "og:url") == [url], page
            assert len(meta_property(page, "og:title")) == 1, page

    tree = ElementTree.parse(html / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    listed = {loc.text for loc in tree.getroot().findall("s:url/s:loc", ns)}
    expected = {
        BASE_URL + page.relative_to(html).as_posix()
        for page in pages
        if page.name not in ("search.html", "genindex.html")
    }
    assert listed == expected
    assert BASE_URL + "articles/000_ffec9fcf535a1e0c.html" in listed
    assert BASE_URL + "glossary/person.yoon-suk-yeol.html" in listed


def test_pages_feed_links_are_absolute(pages_site: Site) -> None:
    feed = pages_site.html / "atom.xml"
    assert feed.is_file(), "the published site has no feed"
    links = [
        element.get("href", "")
        for element in ElementTree.parse(feed).getroot().iter("{http://www.w3.org/2005/Atom}link")
    ]
    assert links
    for link in links:
        assert link.startswith(BASE_URL), link
        path = link[len(BASE_URL) :].split("#")[0] or "index.html"
        assert (pages_site.html / path).is_file(), link


def test_pages_404_page_uses_absolute_links_under_the_project_path(pages_site: Site) -> None:
    page = pages_site.html / "404.html"
    text = page.read_text(encoding="utf-8")
    assert "Page not found" in text
    local = [
        ref
        for ref in re.findall(r'(?:href|src)="([^"]*)"', text)
        if not ref.startswith(("#", "https://"))
    ]
    assert local, "404.html links to nothing"
    assert all(ref.startswith("/sphinx-briefing/") for ref in local), local
    assert "/sphinx-briefing/_static/styles/pydata-sphinx-theme.css" in text


def test_local_build_is_relative_and_opens_from_disk(local_site: Site) -> None:
    html = local_site.html
    assert (html / ".nojekyll").is_file()
    for absent in ("sitemap.xml", "404.html", "CNAME"):
        assert not (html / absent).exists(), absent
    index = html / "index.html"
    assert head_links(index, "canonical") == []
    assert meta_property(index, "og:url") == []
    report = check_links(local_site)
    assert report.checked > 100
    assert report.root_absolute == []
    assert report.broken == []


# --- no broken links -------------------------------------------------------------------------


def test_pages_build_has_no_broken_links_or_anchors(pages_site: Site) -> None:
    report = check_links(pages_site)
    assert report.checked > 100
    assert report.broken == []
    # Only the 404 page, served at any depth, needs root-absolute links.
    assert {entry.split(":")[0] for entry in report.root_absolute} == {"404.html"}


def test_linkchecker_finds_no_broken_links_on_the_served_site(pages_site: Site) -> None:
    with serve(pages_site) as root_url:
        done = run_linkchecker(root_url, pages_site)
    summary = [line for line in done.stdout.splitlines() if "links in" in line]
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert summary and " 0 warnings found. 0 errors found." in summary[-1], summary
