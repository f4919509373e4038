"""Helpers that look at the files on disk: canary scans and open file descriptors."""

from __future__ import annotations

import base64
import os
import sys
from pathlib import Path

import pytest


def db_files(db_path: Path) -> list[Path]:
    """The database and its side files that exist right now."""
    candidates = [db_path, *(Path(f"{db_path}{s}") for s in ("-wal", "-shm", "-journal"))]
    return [p for p in candidates if p.exists()]


def canary_forms(token: str) -> list[bytes]:
    """``token`` as UTF-8, UTF-16LE and base64 (at all three byte alignments)."""
    raw = token.encode()
    forms = [raw, token.encode("utf-16-le")]
    for shift in range(3):
        encoded = base64.b64encode(b"\0" * shift + raw)
        start = (shift + 2) // 3 * 4  # first chars also encode the padding bytes
        end = (shift + len(raw)) // 3 * 4  # last chars may be cut by the padding
        forms.append(encoded[start:end])
    return forms


def find_canary(paths: list[Path], token: str) -> list[str]:
    """Which files hold ``token`` in any form (empty: clean)."""
    hits = []
    for path in paths:
        data = path.read_bytes()
        hits += [f"{path.name}:{form[:12]!r}" for form in canary_forms(token) if form in data]
    return hits


def open_fds_under(path: Path) -> list[str]:
    """Targets of this process's open file descriptors that start with ``path`` (Linux)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("needs /proc/self/fd")
    targets = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)):
            targets.append(target)
    return targets
