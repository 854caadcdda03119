"""Directives of the ``brief`` domain, one module per page kind or component: ``article``,
``entity`` (glossary entries and pages), ``topic``, ``source``, ``note`` (editors' notes and
their ``frontmatter``), ``listing`` (the listing placeholders), ``panels`` (an article's side
panels), ``example`` and ``warnings_table`` (the editor guide's)."""
