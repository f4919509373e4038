"""The audit trail: append-only, hash-chained events (DESIGN.md §6, SECURITY.md T30/T31).

Each event's ``hash`` is SHA-256 over the canonical JSON of all its other columns, including the
previous event's hash, so modifying, deleting, inserting or swapping rows breaks the chain at
the first tampered ``seq``. Appends are serialised (a PostgreSQL advisory lock; SQLite holds one
writer anyway) so two transactions can never chain onto the same predecessor.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from crm_server.models import AuditEvent
from crm_server.models.types import utcnow

GENESIS_HASH = "0" * 64
AUDIT_LOCK_KEY = 0x43524D_4155  # "CRM" "AU": pg_advisory_xact_lock key of the audit chain


@dataclass(frozen=True, slots=True)
class AuditContext:
    """Where a request came from: stamped by the server, never taken from the client's body."""

    actor_id: str | None = None
    device_id: str | None = None
    ip: str | None = None
    request_id: str | None = None


def _canonical(
    seq: int,
    at: datetime,
    actor_id: str | None,
    action: str,
    object_type: str | None,
    object_id: str | None,
    device_id: str | None,
    ip: str | None,
    request_id: str | None,
    detail: Mapping[str, Any],
    prev_hash: str,
) -> bytes:
    row = {
        "seq": seq,
        "at": at.isoformat(timespec="microseconds"),
        "actor_id": actor_id,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "device_id": device_id,
        "ip": ip,
        "request_id": request_id,
        "detail": detail,
        "prev_hash": prev_hash,
    }
    return json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def event_hash(event: AuditEvent) -> str:
    """The hash an event must carry, recomputed from its columns."""
    return hashlib.sha256(
        _canonical(
            event.seq,
            event.at,
            event.actor_id,
            event.action,
            event.object_type,
            event.object_id,
            event.device_id,
            event.ip,
            event.request_id,
            event.detail,
            event.prev_hash,
        )
    ).hexdigest()


def _lock_chain(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_LOCK_KEY})


def record(
    session: Session,
    action: str,
    ctx: AuditContext,
    *,
    object_type: str | None = None,
    object_id: str | None = None,
    detail: Mapping[str, Any] | None = None,
    actor_id: str | None = None,
) -> AuditEvent:
    """Append one event in the caller's transaction (it commits or rolls back with the action).

    ``detail`` must hold codes and counts only — never field values, passwords or tokens.
    """
    _lock_chain(session)
    last = session.exec(select(AuditEvent).order_by(col(AuditEvent.seq).desc()).limit(1)).first()
    # Round to microseconds the way every backend stores them, so the hash survives a round trip.
    event = AuditEvent(
        seq=(last.seq + 1) if last else 1,
        at=utcnow(),
        actor_id=actor_id if actor_id is not None else ctx.actor_id,
        action=action,
        object_type=object_type,
        object_id=object_id,
        device_id=ctx.device_id,
        ip=ctx.ip,
        request_id=ctx.request_id,
        detail=dict(detail or {}),
        prev_hash=last.hash if last else GENESIS_HASH,
        hash="",
    )
    event.hash = event_hash(event)
    session.add(event)
    session.flush()
    return event


def _events(session: Session, batch: int = 5000) -> Iterator[AuditEvent]:
    after = 0
    while True:
        rows = session.exec(
            select(AuditEvent)
            .where(col(AuditEvent.seq) > after)
            .order_by(col(AuditEvent.seq))
            .limit(batch)
        ).all()
        if not rows:
            return
        yield from rows
        after = rows[-1].seq
        session.expunge_all()


def verify_chain(session: Session) -> int | None:
    """``None`` when the chain is intact, else the first ``seq`` where it breaks.

    A missing row shows as a gap (the next seq is reported), a modified row as a hash mismatch,
    swapped rows as a broken ``prev_hash`` link.
    """
    expected_seq = 1
    prev = GENESIS_HASH
    for event in _events(session):
        if event.seq != expected_seq or event.prev_hash != prev or event_hash(event) != event.hash:
            return event.seq if event.seq == expected_seq else expected_seq
        prev = event.hash
        expected_seq += 1
    return None
