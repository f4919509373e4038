"""Server settings: one typed, frozen value built from the environment (``CRM_*`` variables)."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs

DEFAULT_DB_FILE = "crm-server.db"


def default_data_dir() -> Path:
    """Where the embedded SQLite database lives unless ``CRM_SERVER_HOME`` says otherwise."""
    override = os.environ.get("CRM_SERVER_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("crm-server", appauthor=False))


def default_database_url() -> str:
    """SQLite file in the data dir: the embedded default (DESIGN.md §6)."""
    return f"sqlite:///{default_data_dir() / DEFAULT_DB_FILE}"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the server can be tuned by. Production values are the defaults."""

    database_url: str
    access_ttl_seconds: int = 600  # ≤ 10 min: the per-request active check makes it moot anyway
    refresh_ttl_seconds: int = 30 * 24 * 3600
    # Argon2id: OWASP minimum (m=19456 KiB, t=2, p=1). Tests lower it through settings only.
    argon2_memory_kib: int = 19456
    argon2_iterations: int = 2
    argon2_lanes: int = 1
    # Login throttling (SECURITY.md T25): free failures per account, then exponential lockout;
    # a hard stop after ``account_hard_limit`` consecutive failures (NIST 800-63B ≤ 100).
    account_free_failures: int = 5
    lockout_base_seconds: int = 30
    lockout_max_seconds: int = 3600
    account_hard_limit: int = 100
    ip_failure_limit: int = 100
    ip_window_seconds: int = 900
    max_page_size: int = 5000
    default_page_size: int = 50
    min_protocol_version: int = 1
    trust_forwarded_for: bool = False  # only behind a proxy that sets X-Forwarded-For

    @classmethod
    def from_env(cls) -> Settings:
        """Settings from ``CRM_DATABASE_URL`` and friends; defaults otherwise."""
        env = os.environ
        base = cls(database_url=env.get("CRM_DATABASE_URL") or default_database_url())
        ints = {
            "access_ttl_seconds": "CRM_ACCESS_TTL_SECONDS",
            "refresh_ttl_seconds": "CRM_REFRESH_TTL_SECONDS",
            "max_page_size": "CRM_MAX_PAGE_SIZE",
        }
        settings = base
        for key, var in ints.items():
            if env.get(var):
                settings = replace(settings, **{key: int(env[var])})  # type: ignore[arg-type]
        if settings.access_ttl_seconds > 600:
            raise ValueError("CRM_ACCESS_TTL_SECONDS must be at most 600")
        return settings

    def with_cheap_hashing(self) -> Settings:
        """A copy with fast Argon2 parameters: for tests and benchmarks, never production."""
        return replace(self, argon2_memory_kib=64, argon2_iterations=1)
