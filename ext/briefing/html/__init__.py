"""The HTML side: sphinx-design components made in code, pages' heads (descriptions, Open
Graph, JSON-LD), the Atom feed, search ranking, "On this page" for sections drawn at write
time, and ``static/`` (the stylesheet and the preview script)."""
