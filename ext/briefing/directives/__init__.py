"""Directives of the ``brief`` domain, one module per component."""
