"""The change log (sync cursor source) and the hash-chained audit trail."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Identity, Integer
from sqlmodel import Field, SQLModel

from crm_server.models.types import UTCDateTime, utcnow


class ChangeLog(SQLModel, table=True):
    """Every committed change gets a strictly increasing ``seq`` (DESIGN.md §4).

    Writers serialise on a transaction-level advisory lock on PostgreSQL, so seq order is
    commit order and a reader polling ``seq > cursor`` can never skip a row.
    """

    __tablename__ = "change_log"

    seq: int | None = Field(
        default=None,
        sa_column=Column(
            BigInteger().with_variant(Integer(), "sqlite"), Identity(), primary_key=True
        ),
    )
    entity: str
    entity_id: str = Field(index=True)
    op: str  # create / update / delete / owner / verify / close …
    actor_id: str | None = None
    assignment_id: str | None = None
    fields: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class AuditEvent(SQLModel, table=True):
    """Append-only, hash-chained security events (SECURITY.md T30, T31).

    ``hash`` = SHA-256 over the canonical JSON of every other column, ``prev_hash`` included.
    Never field values or secrets: ``detail`` carries codes and counts only.
    """

    __tablename__ = "audit_event"

    seq: int = Field(
        sa_column=Column(
            BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=False
        )
    )
    at: datetime = Field(sa_type=UTCDateTime)
    actor_id: str | None = None
    action: str = Field(index=True)
    object_type: str | None = None
    object_id: str | None = None
    device_id: str | None = None
    ip: str | None = None
    request_id: str | None = None
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    prev_hash: str
    hash: str
