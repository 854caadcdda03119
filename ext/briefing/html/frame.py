"""Collected pages filled into a frame rendered once, not each rendered through the theme.

The collected pages of one folder share all of the theme's page but a few values: the page's
name, title, body, head tags and contents. Rendering ``page.html``, and running the
page-context handlers before it, for each of thousands of entity pages cost a third of
writing them. So the theme renders a *frame* once per folder and kind of contents, with
placeholders where those values go, and each page fills it in.

A frame is used only where it gives the bytes the theme would:

- the page-context listeners are all of Sphinx, the theme or this extension
  (``KNOWN_LISTENERS``): another extension (a sitemap, Open Graph tags) may record or add
  something per page, so its site writes every page through the theme;
- the page's title is plain text, which the theme's filters show as it is;
- the page's sidebars are the frame's, and the frame holds no placeholder that a template
  changed (cut, upper-cased);
- the first ``CHECKED`` pages of each frame are also rendered through the theme and compared:
  one difference, and the frame's pages are all rendered through the theme.

``briefing_page_frames = False`` renders every collected page through the theme.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.util import logging
from sphinx.util.osutil import ensuredir

from briefing.html.jsonld import HEAD_GIVEN, head_of
from briefing.html.page_toc import GIVEN_CONTENTS, Contents, contents_of

#: Letters alone, so no template filter or escaping changes a placeholder.
MARK = "zqbriefingframe"
NAME, TITLE, BODY, METATAGS, TOC, THEME_TOC = (
    MARK + field for field in ("name", "title", "body", "metatags", "toc", "themetoc")
)
_PLACEHOLDER = re.compile(MARK + "(name|title|body|metatags|themetoc|toc)")
#: Modules whose page-context handlers do nothing to a collected page that its frame misses.
KNOWN_LISTENERS = (
    "sphinx.builders.html",
    "sphinx.ext.mathjax",
    "alabaster",
    "pydata_sphinx_theme",
    "briefing",
)
#: Pages of each frame also rendered through the theme, to check the frame against it.
CHECKED = 2
#: Characters that docutils and the theme's filters escape differently.
_NOT_PLAIN = frozenset("&<>\"'@")

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Shape:
    """What decides a page's frame: its folder, its sidebars and its kind of contents."""

    folder: str
    sidebars: tuple[str, ...]
    has_contents: bool
    shows_contents: bool | None  # the theme's own sidebar of contents: None when not the theme's


@dataclass(frozen=True)
class Frame:
    """A rendered page cut at its placeholders: text, field, text, field, ..., text."""

    parts: tuple[str, ...]

    @classmethod
    def cut(cls, output: str) -> Frame | None:
        parts = tuple(_PLACEHOLDER.split(output))
        texts = parts[::2]
        if any(MARK in text.lower() for text in texts) or BODY[len(MARK) :] not in parts[1::2]:
            return None  # a placeholder the templates changed, or no body
        return cls(parts)

    def fill(self, values: dict[str, str]) -> str:
        filled = list(self.parts)
        for index in range(1, len(filled), 2):
            filled[index] = values[filled[index]]
        return "".join(filled)


def known_listeners(app: Sphinx) -> bool:
    """Whether every page-context handler is one of ``KNOWN_LISTENERS``."""
    return all(
        _known(listener.handler.__module__ or "")
        for listener in app.events.listeners.get("html-page-context", [])
    )


def _known(module: str) -> bool:
    return any(module == known or module.startswith(f"{known}.") for known in KNOWN_LISTENERS)


def plain(title: str) -> bool:
    return not _NOT_PLAIN.intersection(title) and " ".join(title.split()) == title


class FrameWriter:
    """Writes collected pages, from their frames where a frame is sure to be right."""

    def __init__(self, app: Sphinx) -> None:
        self.app = app
        self.builder: StandaloneHTMLBuilder = app.builder  # type: ignore[assignment]
        self.enabled = bool(app.config.briefing_page_frames) and known_listeners(app)
        self.frames: dict[Shape, Frame | None] = {}
        self.checked: Counter[Shape] = Counter()
        self.filled = 0  # pages written from a frame, unchecked

    def write(self, docname: str, doctree: nodes.document, context: dict[str, Any]) -> None:
        """Write the page of ``context`` (as ``collected.page_context`` makes it)."""
        if not self.enabled or not plain(context["title"]):
            self.builder.handle_page(docname, context, event_arg=doctree)
            return
        contents = contents_of(doctree, self.builder.globalcontext)
        folder, _, leaf = docname.rpartition("/")
        shape = Shape(
            folder,
            tuple(self.builder._get_sidebars(docname)),
            contents is not None,
            None if contents is None or contents.shown is None else bool(contents.shown),
        )
        if shape not in self.frames:
            self.frames[shape] = self._frame(shape, contents, context)
        frame = self.frames[shape]
        if frame is None:
            self.builder.handle_page(docname, context, event_arg=doctree)
            return
        _, head_tags = head_of(self.app, docname)
        output = frame.fill(
            {
                "name": leaf,
                "title": context["title"],
                "body": context["body"],
                "metatags": context["metatags"] + head_tags,
                "toc": contents.toc if contents is not None else "",
                "themetoc": (contents.shown or "") if contents is not None else "",
            }
        )
        if self.checked[shape] < CHECKED:
            self.checked[shape] += 1
            self.builder.handle_page(docname, context, event_arg=doctree)
            if self._written(docname) != output:
                logger.verbose(  # type: ignore[attr-defined]
                    "briefing: the theme's pages in %s/ differ by more than a frame holds; "
                    "each is rendered through the theme",
                    folder,
                )
                self.frames[shape] = None
            return
        self._write(docname, output)
        self.filled += 1

    def _frame(
        self, shape: Shape, contents: Contents | None, context: dict[str, Any]
    ) -> Frame | None:
        """The theme's page for ``shape``, with placeholders for what differs by page."""
        pagename = f"{shape.folder}/{NAME}" if shape.folder else NAME
        if tuple(self.builder._get_sidebars(pagename)) != shape.sidebars:
            return None
        given = None
        if contents is not None:
            shown = None if contents.shown is None else THEME_TOC if contents.shown else ""
            given = Contents(TOC, shown)
        frame_context = {
            **context,
            "title": TITLE,
            "body": BODY,
            "metatags": METATAGS,
            GIVEN_CONTENTS: given,
            HEAD_GIVEN: True,
        }
        with tempfile.TemporaryDirectory() as scratch:
            out = Path(scratch, "frame.html")
            self.builder.handle_page(pagename, frame_context, outfilename=out)
            return Frame.cut(out.read_text(encoding=self._encoding))

    @property
    def _encoding(self) -> str:
        return str(self.builder.config.html_output_encoding)

    def _written(self, docname: str) -> str:
        return self.builder.get_output_path(docname).read_text(encoding=self._encoding)

    def _write(self, docname: str, output: str) -> None:
        # As ``handle_page`` writes a page.
        path = self.builder.get_output_path(docname)
        ensuredir(path.parent)
        try:
            path.write_text(output, encoding=self._encoding, errors="xmlcharrefreplace")
        except OSError as err:
            logger.warning("error writing file %s: %s", path, err)
