"""Sync bookkeeping: the outbox of local mutations, sync state, and same-field conflicts."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field

from crm_desktop.models.base import LocalModel, new_id, new_uuid7, one_of, utc_now


class OutboxOp(StrEnum):
    """What a mutation does to its entity."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class OutboxState(StrEnum):
    """Pending until the server answers; rejected ones are kept for the user to see."""

    PENDING = "pending"
    SENT = "sent"
    REJECTED = "rejected"


class OutboxEntry(LocalModel, table=True):
    """One local mutation waiting to be pushed (DESIGN §4), written with the edit itself.

    ``fields`` maps a field name to ``{"base": old value, "value": new value}``.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        one_of("op", OutboxOp, name="ck_outbox_op"),
        one_of("state", OutboxState, name="ck_outbox_state"),
        Index("ix_outbox_state_seq", "state", "client_seq"),
        {"sqlite_autoincrement": True},  # a client_seq is never reused, even after deletes
    )

    client_seq: int | None = Field(default=None, primary_key=True)
    mutation_id: str = Field(default_factory=new_uuid7, unique=True)
    entity: str  # e.g. "customer"
    entity_id: str = Field(index=True)
    op: str
    fields: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: str = Field(default_factory=utc_now)
    state: str = OutboxState.PENDING.value
    attempts: int = 0
    last_error: str | None = None  # an error code, never a message with field values


class SyncState(LocalModel, table=True):
    """Key/value sync state: ``cursor``, ``server_epoch``, ``last_server_time``, ``policy``…"""

    __tablename__ = "sync_state"

    key: str = Field(primary_key=True)
    value: str | None = None


class Conflict(LocalModel, table=True):
    """A same-field conflict kept for the people involved to resolve (never lost silently)."""

    __tablename__ = "conflicts"
    __table_args__ = (Index("ix_conflicts_entity", "entity_id", "resolved"),)

    id: str = Field(primary_key=True, default_factory=new_id)
    entity: str = "customer"
    entity_id: str
    field: str
    base: str | None = None
    mine: str | None = None
    theirs: str | None = None
    their_user: str | None = None
    created_at: str = Field(default_factory=utc_now)
    resolved: bool = False
