"""Writing a file so that no reader, and no concurrent writer, ever sees half of it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# The process's umask, read once (reading it means setting it): temporary files are created
# private (0600), and are given the mode an ordinary new file would have before the rename.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a uniquely named file beside ``path``, then rename it over ``path``.

    Two processes writing the same path at once each use their own temporary file, and the
    last rename wins whole; an interrupted write leaves at most a stray ``.tmp-*`` file.
    """
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            os.fchmod(handle.fileno(), 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
