"""Pictures drawn at build time from the derived views: static SVG with a text alternative.

Each picture is a pure function of plain data (counts, names, ids), so the data can join the
page's listing fingerprint and the same data always gives the same bytes.
"""
