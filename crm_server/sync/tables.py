"""Tables of the sync protocol: applied mutation ids, conflicts, the signing key, the epoch."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from crm_server.models.types import UTCDateTime, utcnow


class SyncMutation(SQLModel, table=True):
    """A mutation id the server applied, written in the transaction that applied it.

    Its presence is what makes a retried push exactly-once; ``result`` is the stored answer.
    """

    __tablename__ = "sync_mutation"

    mutation_id: str = Field(primary_key=True)
    user_id: str = Field(index=True)
    device_id: str
    client_seq: int
    status: str
    result: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    applied_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class SyncConflict(SQLModel, table=True):
    """A same-field conflict kept as a record: both values, both users (never lost)."""

    __tablename__ = "sync_conflict"

    id: str = Field(primary_key=True)
    customer_id: str = Field(index=True)
    field: str
    base: str | None = None
    mine: str | None = None
    theirs: str | None = None
    user_id: str
    their_user: str | None = None
    device_id: str
    mutation_id: str = Field(index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class SyncServerKey(SQLModel, table=True):
    """The server's Ed25519 lease-signing key pair (raw bytes, base64)."""

    __tablename__ = "sync_server_key"

    key_id: str = Field(primary_key=True)
    private_key: str
    public_key: str
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class SyncSetting(SQLModel, table=True):
    """Server-wide sync settings: ``server_epoch`` (new after a restore), lease overrides."""

    __tablename__ = "sync_setting"

    key: str = Field(primary_key=True)
    value: str
