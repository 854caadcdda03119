"""Derived views: what each cross-document listing shows, and how it is drawn.

``derived`` builds the corpus-wide indexes after reading; each listing kind has a module with
its ``data`` (plain, comparable values) and its ``render`` (nodes drawn from that data alone);
``registry`` ties keys to kinds, expands a page's listings and fingerprints them; ``refs`` and
``page`` are the link values and the page they are drawn on; ``previews`` the entity cards.
"""
