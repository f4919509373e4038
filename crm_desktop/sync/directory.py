"""Apply the device's assignments (with members) and the people its data names.

Pull pages bring changed assignments and the users their rows name (upserts); a reconcile
brings the whole assignment set, and every other assignment leaves the device with its
members. Users hold only an id, a display name, the active flag and (for the caller's own team)
the team: the server sends no login, e-mail or secret. A user nothing on the device names any
more is removed (``prune_users``), except the signed-in user.
Runs inside the caller's write transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select, union
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.engine import Connection

from crm_desktop.models import (
    Assignment,
    AssignmentMember,
    Customer,
    OwnerHistory,
    User,
    VerificationComment,
    VerificationFlag,
)
from crm_protocol.sync import AssignmentRow, UserRow

_A = Assignment.__table__  # type: ignore[attr-defined]
_AM = AssignmentMember.__table__  # type: ignore[attr-defined]
_U = User.__table__  # type: ignore[attr-defined]
_C = Customer.__table__  # type: ignore[attr-defined]
_H = OwnerHistory.__table__  # type: ignore[attr-defined]
_F = VerificationFlag.__table__  # type: ignore[attr-defined]
_M = VerificationComment.__table__  # type: ignore[attr-defined]
_ASSIGNMENT_COLUMNS = (
    "name",
    "instructions",
    "territory",
    "status",
    "principal_id",
    "coordinator_id",
    "target_per_day",
    "created_at",
    "server_seq",
)


def apply_assignments(conn: Connection, rows: Sequence[AssignmentRow]) -> None:
    """Insert or replace whole assignments and their member lists."""
    if not rows:
        return
    stmt = insert(_A)
    upsert = stmt.on_conflict_do_update(
        index_elements=["id"], set_={c: getattr(stmt.excluded, c) for c in _ASSIGNMENT_COLUMNS}
    )
    conn.execute(
        upsert,
        [
            {
                "id": a["id"],
                "name": a["name"],
                "instructions": a["instructions"],
                "territory": a["territory"],
                "status": a["status"],
                "principal_id": a["principal_id"],
                "coordinator_id": a["coordinator_id"],
                "target_per_day": a["target_per_day"],
                "created_at": a["created_at"],
                "server_seq": a["seq"],
            }
            for a in rows
        ],
    )
    conn.execute(delete(_AM).where(_AM.c.assignment_id.in_([a["id"] for a in rows])))
    members = sorted({(a["id"], m["user_id"], m["role"]) for a in rows for m in a["members"]})
    if members:
        conn.execute(
            insert(_AM),
            [{"assignment_id": a, "user_id": u, "role": r} for a, u, r in members],
        )


def replace_assignments(conn: Connection, rows: Sequence[AssignmentRow]) -> None:
    """Make the local assignments exactly ``rows`` (members of the others cascade)."""
    conn.execute(delete(_A).where(_A.c.id.not_in([a["id"] for a in rows])))
    apply_assignments(conn, rows)


def apply_users(conn: Connection, users: Sequence[UserRow]) -> None:
    """Insert or update people (the local login column stays empty: it is not sent)."""
    if not users:
        return
    stmt = insert(_U)
    upsert = stmt.on_conflict_do_update(
        index_elements=["id"],
        set_={
            "display_name": stmt.excluded.display_name,
            "active": stmt.excluded.active,
            "team_id": stmt.excluded.team_id,
        },
    )
    conn.execute(
        upsert,
        [
            {
                "id": u["id"],
                "login": "",
                "display_name": u["display_name"],
                "active": u["active"],
                "team_id": u["team_id"],
            }
            for u in users
        ],
    )


def prune_users(conn: Connection, keep: str | None) -> None:
    """Remove users nothing on the device names any more (``keep``: the signed-in user)."""
    named = union(
        select(_C.c.owner_id),
        select(_C.c.created_by),
        select(_H.c.owner_id),
        select(_H.c.changed_by),
        select(_F.c.verifier_id),
        select(_M.c.author_id),
        select(_A.c.principal_id),
        select(_A.c.coordinator_id),
        select(_AM.c.user_id),
    ).subquery()
    names = select(named.c[0]).where(named.c[0].is_not(None))
    stmt = delete(_U).where(_U.c.id.not_in(names))
    if keep is not None:
        stmt = stmt.where(_U.c.id != keep)
    conn.execute(stmt)
