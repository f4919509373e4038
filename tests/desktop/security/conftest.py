"""Fixtures for the key vault, keyring and wipe tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from crm_desktop.paths import Profile
from crm_desktop.security.keyring_access import KeyringAccess
from crm_desktop.security.vault import KdfParams
from tests.desktop.security.memory_keyring import MemoryKeyring

# Argon2id at its minimum cost: the tests exercise the vault logic, not the KDF's price.
CHEAP_KDF = KdfParams(memory_cost_kib=8, iterations=1, lanes=1)


class FakeClock:
    """A wall clock the test moves by hand."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def home() -> Path:
    """The temp dir the suite-wide fixture points CRM_DESKTOP_HOME at."""
    return Path(os.environ["CRM_DESKTOP_HOME"])


@pytest.fixture
def memory_backend() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def keyring_access(memory_backend: MemoryKeyring) -> KeyringAccess:
    return KeyringAccess(memory_backend)


@pytest.fixture
def profile() -> Profile:
    return Profile("https://crm.example.com", "alice")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
