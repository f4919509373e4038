"""Fixtures for the encrypted store tests: a fresh key and an open store in a temp dir."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.store import Store, open_store


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.db"


@pytest.fixture
def store(db_path: Path, key: bytes) -> Iterator[Store]:
    opened = open_store(db_path, key)
    yield opened
    opened.close()
