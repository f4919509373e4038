"""The assignments a device holds, whole with their members (``SyncScope.assignment_ids``).

A pull page carries the ones whose change-log entries it walks (edits, members, closing for
operators, reopening); a reconcile carries the whole set, and the device drops every other
one. An assignment leaves the set only through a change that moves the scope fingerprint
(membership, principal or coordinator, closing, the policy), so a pull never needs to name
one that left: the reconcile that follows does it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import sqlalchemy as sa
from sqlmodel import Session, col

from crm_protocol.sync import AssignmentRow, MemberRow
from crm_server.models import Assignment, AssignmentMember
from crm_server.sync.rows import chunks


def render_assignments(
    session: Session, ids: Iterable[str], seqs: Mapping[str, int] | None = None
) -> list[AssignmentRow]:
    """Whole assignments ``ids`` (the caller has checked they belong on the device), by name."""
    wanted = sorted(set(ids))
    seqs = seqs or {}
    out: list[AssignmentRow] = []
    a, m = Assignment, AssignmentMember
    for part in chunks(wanted):
        members: dict[str, list[MemberRow]] = {}
        stmt = (
            sa.select(col(m.assignment_id), col(m.user_id), col(m.role))
            .where(col(m.assignment_id).in_(part))
            .order_by(col(m.assignment_id), col(m.user_id))
        )
        for aid, uid, role in session.execute(stmt):
            members.setdefault(aid, []).append({"user_id": uid, "role": role})
        rows = sa.select(
            col(a.id),
            col(a.name),
            col(a.instructions),
            col(a.territory),
            col(a.status),
            col(a.principal_id),
            col(a.coordinator_id),
            col(a.parent_id),
            col(a.target_per_day),
            col(a.created_at),
        ).where(col(a.id).in_(part))
        for r in session.execute(rows):
            out.append(
                {
                    "id": r[0],
                    "name": r[1],
                    "instructions": r[2],
                    "territory": r[3],
                    "status": r[4],
                    "principal_id": r[5],
                    "coordinator_id": r[6],
                    "parent_id": r[7],
                    "target_per_day": r[8],
                    "created_at": r[9].isoformat(),
                    "seq": seqs.get(r[0], 0),
                    "members": members.get(r[0], []),
                }
            )
    out.sort(key=lambda row: (row["name"], row["id"]))
    return out


def assignment_user_ids(rows: Iterable[AssignmentRow]) -> set[str]:
    """Every user the assignments name: principal, coordinator, members."""
    found: set[str] = set()
    for row in rows:
        found.update(m["user_id"] for m in row["members"])
        found.update(u for u in (row["principal_id"], row["coordinator_id"]) if u is not None)
    return found
