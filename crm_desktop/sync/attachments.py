"""Apply what travels with a pulled row: verifier flags, the comment thread, owner history.

A row that carries them replaces what the device held for it (they are whole, like the row);
a row from a server without them leaves the local ones as they are. They hang on their
customer by a cascading foreign key, so a revoked row takes them off the device with it.
Runs inside the caller's write transaction; set-based (Core ``executemany``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete
from sqlalchemy.engine import Connection

from crm_desktop.models import OwnerHistory, VerificationComment, VerificationFlag
from crm_protocol.sync import OwnerRow, Row

_F = VerificationFlag.__table__  # type: ignore[attr-defined]
_M = VerificationComment.__table__  # type: ignore[attr-defined]
_H = OwnerHistory.__table__  # type: ignore[attr-defined]
CHUNK = 5000


def _chunks(items: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield list(items[start : start + CHUNK])


def _replace(
    conn: Connection,
    table: Any,
    ids: Sequence[str],
    params: list[dict[str, Any]],
    held: Collection[str] | None,
) -> None:
    # a row the device did not hold has nothing hanging on it (the foreign key sees to that)
    stale = list(ids) if held is None else [i for i in ids if i in held]
    for part in _chunks(stale):
        conn.execute(delete(table).where(table.c.customer_id.in_(part)))
    if params:
        conn.execute(table.insert(), params)


def _sortable(iso: str) -> str:
    """A server ISO time in the local store's sortable form (``…T….ffffffZ``)."""
    moment = datetime.fromisoformat(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def owner_periods(row: Row) -> list[dict[str, Any]]:
    """A row's owner changes (oldest first) as periods, each lasting until the next change.

    When the oldest change names a previous owner (a record from before owner history was
    kept), that owner gets a period from the record's creation on.
    """
    owners: Sequence[OwnerRow] = row.get("owners", [])
    periods: list[dict[str, Any]] = []
    if owners and owners[0]["previous_owner_id"] is not None:
        periods.append(
            {
                "id": f"{owners[0]['id']}.before",
                "customer_id": row["id"],
                "owner_id": owners[0]["previous_owner_id"],
                "valid_from": _sortable(row["created_at"]),
                "valid_to": owners[0]["changed_at"],
                "changed_by": None,
            }
        )
    for i, o in enumerate(owners):
        following = owners[i + 1]["changed_at"] if i + 1 < len(owners) else None
        periods.append(
            {
                "id": o["id"],
                "customer_id": row["id"],
                "owner_id": o["owner_id"],
                "valid_from": o["changed_at"],
                "valid_to": following,
                "changed_by": o["changed_by"],
            }
        )
    return periods


def apply_attachments(
    conn: Connection, rows: Sequence[Row], held: Collection[str] | None = None
) -> None:
    """Replace the flags, comments and owner history of ``rows`` that carry them.

    ``held``: the ids among ``rows`` the device held before (``None``: any may be)."""
    with_flags = [r for r in rows if "flags" in r]
    _replace(
        conn,
        _F,
        [r["id"] for r in with_flags],
        [
            {
                "id": f["id"],
                "customer_id": r["id"],
                "field": f["field"],
                "reason_code": f["reason"],
                "comment": f["comment"],
                "verifier_id": f["verifier_id"],
                "created_at": f["created_at"],
                "resolved": f["resolved"],
            }
            for r in with_flags
            for f in r["flags"]
        ],
        held,
    )
    with_comments = [r for r in rows if "comments" in r]
    _replace(
        conn,
        _M,
        [r["id"] for r in with_comments],
        [
            {
                "id": c["id"],
                "customer_id": r["id"],
                "author_id": c["author_id"],
                "body": c["body"],
                "created_at": c["created_at"],
            }
            for r in with_comments
            for c in r["comments"]
        ],
        held,
    )
    with_owners = [r for r in rows if "owners" in r]
    _replace(
        conn,
        _H,
        [r["id"] for r in with_owners],
        [p for r in with_owners for p in owner_periods(r)],
        held,
    )


def revoke_verification(conn: Connection) -> None:
    """Drop every flag and comment: the verification group is hidden now."""
    conn.execute(delete(_F))
    conn.execute(delete(_M))


def revoke_flags_of(conn: Connection, names: Sequence[str]) -> None:
    """Drop flags on fields that became hidden (their names and comments speak of them)."""
    if names:
        conn.execute(delete(_F).where(_F.c.field.in_(list(names))))


def keep_flags_of(conn: Connection, visible: Sequence[str]) -> None:
    """Drop flags on every field but ``visible`` (the fields the caller may see now)."""
    conn.execute(delete(_F).where(_F.c.field.not_in(list(visible))))
