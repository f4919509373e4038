"""Small file helpers the vault and wipe share: private atomic writes, forgiving deletes."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

FILE_MODE = 0o600


def _fsync_dir(directory: Path) -> None:
    # Makes the rename itself durable; directories cannot be opened this way on Windows.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_private_file(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically: temp file (mode 0600), fsync, rename."""
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            temp.chmod(FILE_MODE)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    _fsync_dir(path.parent)


def remove_file(path: Path, *, truncate: bool = False) -> None:
    """Delete ``path`` if it exists; with ``truncate``, empty it first so no data lingers in it
    through another open handle or a hard link."""
    try:
        if truncate:
            os.truncate(path, 0)
        path.unlink()
    except FileNotFoundError:
        pass
