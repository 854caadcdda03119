"""Entities in objects.inv as standard labels: a plain Sphinx site cites them via intersphinx."""

from __future__ import annotations

from pathlib import Path

from sphinx.testing.util import SphinxTestApp
from sphinx.util.inventory import InventoryFile

from conftest import BuildFactory, html, warnings

BASE = "https://example.org/briefing/"
CONSUMER = """\
Consumer
========

The president, :ref:`person.yoon-suk-yeol`; the country,
:ref:`his country <place.south-korea>`; the topic,
:external+briefing:ref:`topic.korea-ukraine`; the wire source, :ref:`source.reuters`.
"""


def test_entities_are_exported_as_standard_labels(built: BuildFactory) -> None:
    app = built("editors")
    with (Path(app.outdir) / "objects.inv").open("rb") as stream:
        inventory = InventoryFile.load(stream, "", lambda base, uri: uri)
    labels = inventory["std:label"]
    yoon = labels["person.yoon-suk-yeol"]
    assert yoon.uri == "glossary/person.yoon-suk-yeol.html#person.yoon-suk-yeol"
    assert yoon.display_name == "Yoon Suk Yeol"
    assert labels["topic.korea-ukraine"].uri == "topics/ukraine.html#topic.korea-ukraine"
    assert labels["source.reuters"].uri == "sources/source.reuters.html#source.reuters"
    # The brief:* objects stay, for sites that load the extension.
    assert "person.yoon-suk-yeol" in inventory["brief:person"]
    # Figures live in their article's panel: not exported as labels.
    assert not [name for name in labels if name.startswith(("figure.", "date."))]


def test_plain_sphinx_site_cites_entities_through_intersphinx(
    built: BuildFactory, tmp_path: Path
) -> None:
    site = built("editors")
    consumer = tmp_path / "consumer"
    consumer.mkdir()
    inventory = Path(site.outdir) / "objects.inv"
    site.cleanup()  # one Sphinx application at a time: docutils' node registry is global
    (consumer / "conf.py").write_text(
        'extensions = ["sphinx.ext.intersphinx"]\n'
        f"intersphinx_mapping = {{'briefing': ({BASE!r}, {str(inventory)!r})}}\n"
        "nitpicky = True\n",
        encoding="utf-8",
    )
    (consumer / "index.rst").write_text(CONSUMER, encoding="utf-8")
    app = SphinxTestApp("html", srcdir=consumer, warningiserror=True)
    try:
        app.build()
        assert app.statuscode == 0, warnings(app)
        page = html(app, "index")
    finally:
        app.cleanup()
    for uri, text in (
        ("glossary/person.yoon-suk-yeol.html#person.yoon-suk-yeol", "Yoon Suk Yeol"),
        ("glossary/place.south-korea.html#place.south-korea", "his country"),
        ("topics/ukraine.html#topic.korea-ukraine", "Korea and Ukraine"),
        ("sources/source.reuters.html#source.reuters", "Reuters"),
    ):
        assert f'href="{BASE}{uri}"' in page, uri
        assert f">{text}</span></a>" in page, text
