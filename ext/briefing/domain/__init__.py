"""The ``brief`` domain and what it stores.

``brief`` is the Sphinx domain (roles, resolution, ``objects.inv``, per-document purge and
merge, the directives it owns); ``facts`` the frozen fact types reading stores per document;
``corpus`` the pre-pass result it holds; ``registry`` the editors' entity registry entries;
``access`` how handlers reach the domain; ``nodes`` the placeholder nodes; ``references``
which cross-references each page makes; ``parallel`` what parallel readers send back.
"""
