"""Quiet builds: what the editor did not cause is printed only with ``-v``.

MyST prints its whole configuration (about 1,000 characters) at every build, at the normal
level, where it buries the warnings. It has no option for this, so a filter on MyST's own
logger lowers that one message to Sphinx's verbose level: ``sphinx-build -v`` still shows it.
"""

from __future__ import annotations

import logging

from sphinx.util.logging import VERBOSE

#: The logger MyST's ``create_myst_config`` writes the configuration line to.
MYST_CONFIG_LOGGER = "sphinx.myst_parser.sphinx_ext.main"


class ConfigLineToVerbose(logging.Filter):
    """Lower MyST's "myst vX: MdParserConfig(...)" information line to verbose."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.INFO and "MdParserConfig(" in record.getMessage():
            record.levelno = VERBOSE
            record.levelname = "VERBOSE"
        return True


def quiet_myst_configuration() -> None:
    """Install the filter once per process (every Sphinx application shares the logger)."""
    logger = logging.getLogger(MYST_CONFIG_LOGGER)
    if not any(isinstance(f, ConfigLineToVerbose) for f in logger.filters):
        logger.addFilter(ConfigLineToVerbose())
