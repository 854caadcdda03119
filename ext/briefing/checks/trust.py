"""The trust model: what editors' pages may put on the site.

Seeds, sidecars and the registry are data: every text from them is escaped wherever it is
shown. Notes, topics and the site's other pages are editors' MyST, trusted with markup but not
with raw HTML: unless ``briefing_allow_raw_html`` is on, raw HTML (``<script>`` typed in
Markdown) and ``raw`` directives (``{raw} html``, ``.. raw::`` inside ``{eval-rst}``) are shown
as text, with a warning where they are used. A page whose file name is not a safe page name
(``it's.md``, ``a&b.md``) is left out: the theme writes page names into an inline script.
"""

from __future__ import annotations

import re
from pathlib import Path

from docutils import nodes
from docutils.utils import get_source_line
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.project import Project

from briefing.checks.report import warn
from briefing.checks.subtypes import Subtype
from briefing.ids import page_name_problem

# One HTML comment and nothing else: its text may not hold "--" (no early "-->" or "--!>").
_COMMENT = re.compile(r"\s*<!--(?![->])(?:(?!--).)*-->\s*", re.DOTALL)


def show_raw_as_text(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``: raw markup becomes the text it was typed as (raw HTML off)."""
    if app.config.briefing_allow_raw_html:
        return
    for raw in list(doctree.findall(nodes.raw)):
        if raw.get("format") == "html" and _COMMENT.fullmatch(raw.astext()):
            continue  # a comment, never shown
        source, line = get_source_line(raw)
        document_source = doctree.get("source")
        from_elsewhere = raw.get("source") not in (None, source, document_source)
        # A raw directive's :file: or :url: content is not the editor's text: leave it out.
        text = "(raw content from another file left out)" if from_elsewhere else raw.astext()
        warn(
            Subtype.RAW_HTML,
            f"raw {raw.get('format', 'html')} markup is shown as text, since pages may not "
            "carry raw HTML: use MyST and sphinx-design components instead, or set "
            "briefing_allow_raw_html = True in conf.py if the desk trusts every editor",
            source or document_source,
            line,
        )
        inline = isinstance(raw.parent, nodes.TextElement)
        shown = nodes.literal(text, text) if inline else nodes.literal_block(text, text)
        raw.replace_self(shown)


def leave_out_unsafe_pages(app: Sphinx, config: Config) -> None:
    """``config-inited``: exclude source files whose page name is unsafe, with a warning.

    This runs before the environment compares configurations, and gives the same patterns
    for the same files, so it never makes a build read everything again by itself.
    """
    project = Project(app.srcdir, config.source_suffix)
    excluded = list(config.exclude_patterns) + list(config.templates_path)
    for docname in sorted(project.discover(excluded, config.include_patterns)):
        problem = page_name_problem(docname)
        if problem is None:
            continue
        path = project.doc2path(docname, absolute=True)
        warn(
            Subtype.BAD_ID,
            f"the page name {docname!r} is not safe in links and scripts ({problem}): the file "
            "is left out of the site; rename it",
            Path(path),
        )
        pattern = _literal_pattern(Path(path).relative_to(app.srcdir).as_posix())
        config.exclude_patterns = [*config.exclude_patterns, pattern]


def _literal_pattern(name: str) -> str:
    """A pattern matching exactly ``name``: glob characters each in a class of their own."""
    return "".join(f"[{ch}]" if ch in "*?[]" else ch for ch in name)
