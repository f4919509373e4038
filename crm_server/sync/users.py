"""People a device may name: the users its rows and assignments refer to, and nobody else.

A user travels as ``UserRow`` (id, display name, active; the team only when it is the
caller's own): never the login, a password hash or anything else of the account. Rows and
assignments bring the users they name; a change of a user (deactivation) reaches a device
only when something the device may hold still names that user (``referenced``), so a pull
never hands out the staff list.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, and_, or_
from sqlmodel import Session, col

from crm_protocol.sync import UserRow
from crm_server.models import (
    Assignment,
    AssignmentMember,
    Customer,
    CustomerComment,
    OwnerHistory,
    User,
    VerificationFlag,
)
from crm_server.sync.rows import chunks
from crm_server.sync.scope import SyncScope


def render_users(session: Session, scope: SyncScope, ids: Iterable[str]) -> list[UserRow]:
    """``UserRow``s of ``ids`` (unknown ids are left out), by id."""
    wanted = sorted(set(ids))
    team = scope.principal.team_id
    out: list[UserRow] = []
    for part in chunks(wanted):
        stmt = sa.select(
            col(User.id), col(User.display_name), col(User.active), col(User.team_id)
        ).where(col(User.id).in_(part))
        for uid, name, active, team_id in session.execute(stmt):
            out.append(
                {
                    "id": uid,
                    "display_name": name,
                    "active": bool(active),
                    "team_id": team_id if team is not None and team_id == team else None,
                }
            )
    out.sort(key=lambda row: row["id"])
    return out


def _names_any(session: Session, stmt: sa.Select[Any], candidates: Sequence[str]) -> set[str]:
    return {str(u) for u in session.execute(stmt).scalars().all() if u in candidates}


def _in_scope_customer(scope: SyncScope, customer_id: Any) -> ColumnElement[bool]:
    return sa.exists().where(col(Customer.id) == customer_id, scope.clause)


def referenced(session: Session, scope: SyncScope, candidates: Collection[str]) -> set[str]:
    """Which of ``candidates`` something the caller's device may hold names.

    The caller; owners and creators of in-scope rows; everyone in their owner history; the
    verifiers and authors of their flags and comments (when the caller sees the verification
    group and, for a flag, its field); principals, coordinators and members of the device's
    assignments.
    """
    found = {c for c in candidates if c == scope.principal.user_id}
    rest = sorted(set(candidates) - found)
    if not rest:
        return found
    for part in chunks(rest):
        ids = list(part)
        c, h = Customer, OwnerHistory
        found |= _names_any(
            session,
            sa.select(col(c.owner_id)).where(scope.clause, col(c.owner_id).in_(ids)).distinct(),
            ids,
        )
        found |= _names_any(
            session,
            sa.select(col(c.created_by)).where(scope.clause, col(c.created_by).in_(ids)).distinct(),
            ids,
        )
        for column in (h.owner_id, h.previous_owner_id, h.changed_by):
            found |= _names_any(
                session,
                sa.select(col(column))
                .where(col(column).in_(ids), _in_scope_customer(scope, col(h.customer_id)))
                .distinct(),
                ids,
            )
        if scope.sees_verification:
            f, m = VerificationFlag, CustomerComment
            found |= _names_any(
                session,
                sa.select(col(f.verifier_id))
                .where(
                    col(f.verifier_id).in_(ids),
                    col(f.field).in_(sorted(scope.visible_field_names())),
                    _in_scope_customer(scope, col(f.customer_id)),
                )
                .distinct(),
                ids,
            )
            found |= _names_any(
                session,
                sa.select(col(m.author_id))
                .where(col(m.author_id).in_(ids), _in_scope_customer(scope, col(m.customer_id)))
                .distinct(),
                ids,
            )
        held = sorted(scope.assignment_ids)
        if held:
            a, am = Assignment, AssignmentMember
            names = or_(col(a.principal_id).in_(ids), col(a.coordinator_id).in_(ids))
            for aid_principal, aid_coordinator in session.execute(
                sa.select(col(a.principal_id), col(a.coordinator_id)).where(
                    and_(col(a.id).in_(held), names)
                )
            ):
                found.update(u for u in (aid_principal, aid_coordinator) if u in ids)
            found |= _names_any(
                session,
                sa.select(col(am.user_id))
                .where(col(am.user_id).in_(ids), col(am.assignment_id).in_(held))
                .distinct(),
                ids,
            )
    return found
