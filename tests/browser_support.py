"""Helpers for the publishing and browser tests: real builds of docs/, a local Pages-like
server, an offline link checker and Debian's chromium driven by Playwright."""

from __future__ import annotations

import mimetypes
import os
import posixpath
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import pytest

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
SCREENSHOTS = Path(os.environ.get("BRIEFING_SCREENSHOTS", REPO / "docs" / "_build" / "screenshots"))

# A Pages project site: served under /sphinx-briefing/, like https://OWNER.github.io/REPO/.
BASE_URL = "https://example.github.io/sphinx-briefing/"
PREFIX = urlsplit(BASE_URL).path

CHROMIUM = os.environ.get("BRIEFING_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@dataclass
class Site:
    """One build of docs/: its HTML folder, its warnings and the base URL it was built for."""

    html: Path
    warnings: str
    base_url: str

    @property
    def prefix(self) -> str:
        return urlsplit(self.base_url).path if self.base_url else "/"

    def pages(self) -> list[Path]:
        """The site's HTML pages (not the theme's template fragments copied into _static)."""
        return sorted(
            page
            for page in self.html.rglob("*.html")
            if page.relative_to(self.html).parts[0] not in ("_static", "_sources")
        )


_BUILDS: dict[str, Site] = {}


def built_site(tmp_path_factory: pytest.TempPathFactory, base_url: str) -> Site:
    """docs/ built once per session per base URL ("" = a local, relative build).

    sphinx-build runs in a subprocess so that BRIEFING_BASE_URL reaches docs/conf.py the way
    the Pages workflow sets it. The extension writes its stubs into docs/articles and
    docs/glossary (git-ignored); the builds share one NER cache and run one after the other.
    """
    if base_url not in _BUILDS:
        root = tmp_path_factory.mktemp("pages-site" if base_url else "local-site")
        cache = tmp_path_factory.getbasetemp() / "site-ner-cache"
        cache.mkdir(exist_ok=True)
        warnfile = root / "warnings.txt"
        env = {**os.environ, "BRIEFING_BASE_URL": base_url}
        command = [
            sys.executable, "-m", "sphinx", "-b", "html", "-n", "-q",
            "-w", str(warnfile), "-d", str(root / "doctrees"),
            "-D", f"briefing_cache_dir={cache}",
            str(DOCS), str(root / "html"),
        ]  # fmt: skip
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        _BUILDS[base_url] = Site(root / "html", warnfile.read_text(encoding="utf-8"), base_url)
    return _BUILDS[base_url]


# --- a local stand-in for GitHub Pages -------------------------------------------------------


def _content_type(path: Path) -> str:
    if path.suffix == ".js":
        return "text/javascript"
    if path.suffix == ".woff2":
        return "font/woff2"
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"{kind}; charset=utf-8" if kind.startswith("text/") or kind.endswith("xml") else kind


class _PagesHandler(BaseHTTPRequestHandler):
    """Serves the site under its prefix; any missing path gets 404.html with status 404."""

    root: Path
    prefix: str

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _resolve(self) -> Path | None:
        path = unquote(urlsplit(self.path).path)
        if not path.startswith(self.prefix):
            return None
        rel = posixpath.normpath(path[len(self.prefix) :] or ".")
        if rel.startswith(".."):
            return None
        target = self.root / rel
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_file() else None

    def _send(self, body: bool) -> None:
        target = self._resolve()
        status = 200
        if target is None:
            status, target = 404, self.root / "404.html"
        data = target.read_bytes() if target.is_file() else b"Not found"
        self.send_response(status)
        self.send_header(
            "Content-Type", _content_type(target) if target.is_file() else "text/plain"
        )
        self.send_header("Content-Length", str(len(data)))
        self.send_header("LinkChecker", "welcome")  # lets LinkChecker go faster than 10/s
        self.end_headers()
        if body:
            self.wfile.write(data)

    def do_GET(self) -> None:
        self._send(body=True)

    def do_HEAD(self) -> None:
        self._send(body=False)


@contextmanager
def serve(site: Site) -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 (a free port) under its prefix; yield the site's root URL."""
    handler = type("Handler", (_PagesHandler,), {"root": site.html, "prefix": site.prefix})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{site.prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# --- offline link check ----------------------------------------------------------------------


class _Links(HTMLParser):
    """Collects a page's ids and the URLs it refers to (href, src, srcset and <form action>)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.refs: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        for name in ("id", "name") if tag == "a" else ("id",):
            if name in values:
                self.ids.add(values[name])
        for name in ("href", "src", "action", "poster", "data"):
            if name in values:
                self.refs.append((tag, values[name]))
        if "srcset" in values:
            self.refs += [(tag, item.split()[0]) for item in values["srcset"].split(",") if item]


@dataclass
class LinkReport:
    broken: list[str] = field(default_factory=list)
    root_absolute: list[str] = field(default_factory=list)
    checked: int = 0


def check_links(site: Site) -> LinkReport:
    """Resolve every local href/src of every page to a file, and every #fragment to an id.

    Root-absolute URLs ("/REPO/…") are resolved under the site's prefix and listed in
    ``root_absolute``: a page opened from disk cannot follow them. Absolute URLs to the site's
    own base URL (canonical links, og:url) must name a built file too.
    """
    parsed: dict[Path, _Links] = {}

    def parse(path: Path) -> _Links:
        if path not in parsed:
            parser = _Links()
            parser.feed(path.read_text(encoding="utf-8"))
            parsed[path] = parser
        return parsed[path]

    report = LinkReport()
    for page in site.pages():
        name = page.relative_to(site.html).as_posix()
        for tag, ref in parse(page).refs:
            report.checked += 1
            where = f"{name}: <{tag}> {ref}"
            own = bool(site.base_url) and ref.startswith(site.base_url)
            if own:  # canonical link, og:url: the published address of a built page
                ref = site.prefix + ref[len(site.base_url) :]
            parts = urlsplit(ref)
            if parts.scheme or parts.netloc or ref.startswith(("mailto:", "javascript:")):
                continue  # external: not checked offline
            if parts.path.startswith("/") and not own:
                report.root_absolute.append(where)
            if parts.path.startswith("/"):
                if not parts.path.startswith(site.prefix):
                    report.broken.append(where + " (outside the site's prefix)")
                    continue
                target = site.html / unquote(parts.path[len(site.prefix) :])
            elif parts.path:
                target = page.parent / unquote(parts.path)
            else:
                target = page
            target = Path(os.path.normpath(target))
            if target.is_dir():
                target = target / "index.html"
            if not target.is_relative_to(site.html) or not target.is_file():
                report.broken.append(where + " (no such file)")
                continue
            if parts.fragment and target.suffix == ".html":
                fragment = unquote(parts.fragment)
                if fragment not in parse(target).ids:
                    report.broken.append(where + f" (no id {fragment!r} in the target)")
    return report


def run_linkchecker(root_url: str, site: Site) -> subprocess.CompletedProcess[str]:
    """LinkChecker (with its anchor check) over HTTP on every page of the served site."""
    config = site.html.parent / "linkcheckerrc"
    config.write_text("[checking]\nmaxrequestspersecond=1000\n[AnchorCheck]\n", encoding="utf-8")
    urls = [urljoin(root_url, page.relative_to(site.html).as_posix()) for page in site.pages()]
    linkchecker = shutil.which("linkchecker", path=str(Path(sys.executable).parent))
    assert linkchecker, "linkchecker is not installed: pip install -e '.[dev]'"
    command = [
        linkchecker, "--config", str(config), "--no-status", "--no-robots",
        "--recursion-level", "1", "--timeout", "10", "--output", "text", *urls,
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)


# --- Debian's chromium -----------------------------------------------------------------------


def chromium_path() -> str:
    """Debian's chromium; .ci/run installs it in CI, where its absence is a failure."""
    if not os.access(CHROMIUM, os.X_OK):
        message = f"{CHROMIUM} is missing: apt-get update && apt-get install -y chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM
