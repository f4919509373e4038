"""Read-side history of one customer: its changes, its owners over time, the discussion.

Changes come from what this device knows: the local edits still in the outbox (pending or
refused by the server) and the record's own creation and last server version. Owners come
from ``owner_history`` ("who worked on it, and when"); the discussion from
``verification_comments``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import text

from crm_desktop.store import Store


@dataclass(frozen=True, slots=True)
class ChangeEntry:
    """One change of the record: when, what kind, which fields, and its delivery state."""

    at: str  # ISO UTC
    kind: str  # "create" | "update" | "delete" | "server_version"
    fields: tuple[str, ...]
    state: str  # "pending" | "sent" | "rejected" | "applied"
    error_code: str | None = None


@dataclass(frozen=True, slots=True)
class OwnerPeriod:
    """One period during which someone owned the record."""

    owner: str
    valid_from: str
    valid_to: str | None  # None: the current owner
    changed_by: str


@dataclass(frozen=True, slots=True)
class Comment:
    """One message between operator and verifier."""

    author: str
    body: str
    created_at: str


def _name(display: object, login: object, user_id: object) -> str:
    return str(display or login or (str(user_id)[:8] if user_id else ""))


class HistoryService:
    """Queries for the history and discussion tabs of the customer form."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def changes(self, customer_id: str) -> list[ChangeEntry]:
        """Newest first: local edits (outbox) and the last version from the server."""
        entries: list[ChangeEntry] = []
        with self._store.connection() as conn:
            for created, op, fields, state, error in conn.execute(
                text(
                    "SELECT created_at, op, fields, state, last_error FROM outbox"
                    " WHERE entity_id = :id ORDER BY client_seq DESC"
                ),
                {"id": customer_id},
            ):
                names = json.loads(fields) if isinstance(fields, str) else dict(fields or {})
                entries.append(
                    ChangeEntry(
                        at=str(created),
                        kind=str(op),
                        fields=tuple(sorted(k for k in names if not k.startswith("@"))),
                        state=str(state),
                        error_code=error,
                    )
                )
            row = conn.execute(
                text("SELECT updated_at, server_seq FROM customers WHERE id = :id"),
                {"id": customer_id},
            ).first()
        if row is not None and row[1] is not None:
            entries.append(ChangeEntry(str(row[0]), "server_version", (), "applied"))
        return entries

    def owners(self, customer_id: str) -> list[OwnerPeriod]:
        """Owners over time, newest first."""
        sql = (
            "SELECT u.display_name, u.login, h.owner_id, h.valid_from, h.valid_to,"
            " c.display_name, c.login, h.changed_by FROM owner_history AS h"
            " LEFT JOIN users AS u ON u.id = h.owner_id"
            " LEFT JOIN users AS c ON c.id = h.changed_by"
            " WHERE h.customer_id = :id ORDER BY h.valid_from DESC"
        )
        with self._store.connection() as conn:
            rows = conn.execute(text(sql), {"id": customer_id}).all()
        return [
            OwnerPeriod(
                owner=_name(r[0], r[1], r[2]),
                valid_from=str(r[3]),
                valid_to=None if r[4] is None else str(r[4]),
                changed_by=_name(r[5], r[6], r[7]),
            )
            for r in rows
        ]

    def discussion(self, customer_id: str) -> list[Comment]:
        """The operator–verifier thread, oldest first."""
        sql = (
            "SELECT u.display_name, u.login, m.author_id, m.body, m.created_at"
            " FROM verification_comments AS m LEFT JOIN users AS u ON u.id = m.author_id"
            " WHERE m.customer_id = :id ORDER BY m.created_at"
        )
        with self._store.connection() as conn:
            rows = conn.execute(text(sql), {"id": customer_id}).all()
        return [Comment(_name(r[0], r[1], r[2]), str(r[3]), str(r[4])) for r in rows]
