"""The base class of local-store tables, and the id and time helpers they share.

Local tables live in their own SQLAlchemy registry, so they never collide with the server's
SQLModel tables (same names, one process in tests and in ``--demo``).
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import registry
from sqlmodel import Column, Field, SQLModel


class LocalModel(SQLModel, registry=registry()):
    """Base of every table of the local encrypted store."""


def new_id() -> str:
    """A fresh record id (random UUID, as text)."""
    return str(uuid.uuid4())


def new_uuid7() -> str:
    """A time-ordered UUIDv7 (RFC 9562) as text, for outbox mutation ids."""
    unix_ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    rand_a = rand >> 68  # 12 bits
    rand_b = rand & ((1 << 62) - 1)  # 62 bits
    value = (unix_ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


def utc_now() -> str:
    """Now as stored: ISO 8601 UTC with microseconds and ``Z`` (sorts as text)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parent_key(target: str, *, primary_key: bool = False) -> Any:
    """A NOT NULL foreign key column to ``target`` ("table.column"), deleted with its parent.

    Deferred to commit, so sync may apply a page of rows in any order inside one transaction.
    """
    return Field(
        sa_column=Column(
            String,
            ForeignKey(target, ondelete="CASCADE", deferrable=True, initially="DEFERRED"),
            nullable=False,
            primary_key=primary_key,
        )
    )


def one_of(column: str, values: Iterable[str], *, name: str) -> CheckConstraint:
    """CHECK that ``column`` holds one of ``values``, written as an OR chain.

    Not ``IN (…)``: SQLite evaluates an IN list of more than two values through an ephemeral
    table built for every row checked, which made customer inserts ~10x slower under SQLCipher.
    """
    return CheckConstraint(" OR ".join(f"{column} = '{v}'" for v in values), name=name)
