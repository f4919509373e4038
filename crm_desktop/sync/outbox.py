"""The outbox: local mutations waiting for the server, written in the edit's own transaction.

``record`` is what the customer service calls inside the transaction that changes the row, so
an edit and its outbox entry commit (or vanish) together. Entries leave the outbox when the
server has answered them; a rejected one stays as an "undelivered change" for the user and
never blocks the entries behind it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Connection

from crm_desktop.models import OutboxEntry, OutboxState, new_uuid7, utc_now
from crm_protocol.sync import ENTITY_CUSTOMER, FieldChange, Mutation, MutationOp

IN_LIMIT = 5000  # ids in one IN (...) list (SQLite allows 32,766 parameters)
META_KEY = "@meta"  # holds assignment_id / base_seq; field names never start with "@"
_T = OutboxEntry.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class PendingMutation:
    """One outbox entry ready to push."""

    client_seq: int
    mutation: Mutation


def record(
    conn: Connection,
    *,
    entity_id: str,
    op: MutationOp,
    fields: Mapping[str, FieldChange],
    entity: str = ENTITY_CUSTOMER,
    assignment_id: str | None = None,
    base_seq: int | None = None,
) -> str:
    """Queue one mutation in the caller's transaction; returns its mutation id (UUIDv7).

    ``fields`` maps each changed field to ``{"base": value before, "value": value after}``;
    ``assignment_id`` is required for a create, ``base_seq`` (the row's ``server_seq``) for a
    delete. Pass ``session.connection()`` when the edit is made through an ORM session.
    """
    payload: dict[str, Any] = {name: dict(change) for name, change in fields.items()}
    meta = {"assignment_id": assignment_id, "base_seq": base_seq}
    if any(v is not None for v in meta.values()):
        payload[META_KEY] = meta
    mutation_id = new_uuid7()
    conn.execute(
        _T.insert().values(
            mutation_id=mutation_id,
            entity=entity,
            entity_id=entity_id,
            op=op.value,
            fields=payload,
            created_at=utc_now(),
            state=OutboxState.PENDING.value,
            attempts=0,
        )
    )
    return mutation_id


def record_many(
    conn: Connection,
    entries: Sequence[tuple[str, Mapping[str, FieldChange]]],
    *,
    op: MutationOp,
    entity: str = ENTITY_CUSTOMER,
    assignment_id: str | None = None,
) -> list[str]:
    """``record`` for many records in one statement (executemany): ``(entity_id, fields)``
    pairs, all with the same ``op`` and ``assignment_id``; returns the mutation ids in order."""
    now = utc_now()
    rows = []
    for entity_id, fields in entries:
        payload: dict[str, Any] = {name: dict(change) for name, change in fields.items()}
        if assignment_id is not None:
            payload[META_KEY] = {"assignment_id": assignment_id, "base_seq": None}
        rows.append(
            {
                "mutation_id": new_uuid7(),
                "entity": entity,
                "entity_id": entity_id,
                "op": op.value,
                "fields": payload,
                "created_at": now,
                "state": OutboxState.PENDING.value,
                "attempts": 0,
            }
        )
    if rows:
        conn.execute(_T.insert(), rows)
    return [str(r["mutation_id"]) for r in rows]


def _mutation(row: Any) -> PendingMutation:
    payload = dict(row.fields)
    meta = payload.pop(META_KEY, {}) or {}
    mutation: Mutation = {
        "mutation_id": row.mutation_id,
        "client_seq": int(row.client_seq),
        "entity": row.entity,
        "id": row.entity_id,
        "op": row.op,
        "fields": {k: {"base": v["base"], "value": v["value"]} for k, v in payload.items()},
    }
    if meta.get("assignment_id") is not None:
        mutation["assignment_id"] = meta["assignment_id"]
    if meta.get("base_seq") is not None:
        mutation["base_seq"] = int(meta["base_seq"])
    return PendingMutation(int(row.client_seq), mutation)


def pending(conn: Connection, limit: int) -> list[PendingMutation]:
    """The oldest pending entries, in the order they were made."""
    rows = conn.execute(
        select(_T)
        .where(_T.c.state == OutboxState.PENDING.value)
        .order_by(_T.c.client_seq)
        .limit(limit)
    ).all()
    return [_mutation(r) for r in rows]


def pending_count(conn: Connection) -> int:
    """How many entries wait for the server."""
    stmt = select(func.count()).where(_T.c.state == OutboxState.PENDING.value)
    return int(conn.execute(stmt).scalar_one())


def pending_values(conn: Connection, entity_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Per record, the newest value of each field still waiting in the outbox (oldest first
    applied, so the newest wins): what a pulled row must be overlaid with."""
    out: dict[str, dict[str, Any]] = {}
    if not entity_ids:
        return out
    stmt = (
        select(_T.c.entity_id, _T.c.fields)
        .where(_T.c.state == OutboxState.PENDING.value)
        .order_by(_T.c.client_seq)
    )
    if len(entity_ids) <= IN_LIMIT:  # the usual page: only these records' entries (indexed)
        stmt = stmt.where(_T.c.entity_id.in_(list(entity_ids)))
    wanted = set(entity_ids)
    for entity_id, fields in conn.execute(stmt).all():
        if entity_id not in wanted:
            continue
        for name, change in dict(fields).items():
            if name != META_KEY:
                out.setdefault(entity_id, {})[name] = change["value"]
    return out


def has_pending(conn: Connection) -> bool:
    """True when at least one entry waits."""
    return pending_count(conn) > 0


def mark_done(conn: Connection, mutation_ids: Sequence[str]) -> None:
    """The server answered these for good: remove them."""
    if mutation_ids:
        conn.execute(delete(_T).where(_T.c.mutation_id.in_(list(mutation_ids))))


def mark_rejected(conn: Connection, mutation_id: str, code: str) -> None:
    """Keep a refused entry as an undelivered change with its code (never retried)."""
    conn.execute(
        update(_T)
        .where(_T.c.mutation_id == mutation_id)
        .values(state=OutboxState.REJECTED.value, last_error=code, attempts=_T.c.attempts + 1)
    )


def undelivered(conn: Connection) -> list[dict[str, Any]]:
    """Entries the server refused: ``{mutation_id, entity_id, op, code, fields}``."""
    rows = conn.execute(
        select(_T).where(_T.c.state == OutboxState.REJECTED.value).order_by(_T.c.client_seq)
    ).all()
    return [
        {
            "mutation_id": r.mutation_id,
            "entity_id": r.entity_id,
            "op": r.op,
            "code": r.last_error,
            "fields": {k: v for k, v in dict(r.fields).items() if k != META_KEY},
        }
        for r in rows
    ]


def drop_for(conn: Connection, entity_ids: Sequence[str]) -> None:
    """Forget every entry of records that left the device (revoked)."""
    for start in range(0, len(entity_ids), 5000):
        part = list(entity_ids[start : start + 5000])
        conn.execute(delete(_T).where(_T.c.entity_id.in_(part)))


def discard_undelivered(conn: Connection, mutation_id: str) -> None:
    """The user dismissed an undelivered change."""
    conn.execute(
        delete(_T).where(_T.c.mutation_id == mutation_id, _T.c.state == OutboxState.REJECTED.value)
    )
