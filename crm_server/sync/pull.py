"""Pull and reconcile: what a device must add, change and remove to match its scope.

Pull pages walk the change log from the cursor; each changed record arrives whole if it is in
the caller's offline scope now, or as a ``revoke`` if it left it. A change of the scope itself
(roles, team, membership, closed assignments, definitions) moves the scope fingerprint: the
pull then answers ``reconcile_required`` and the client states what it holds (``reconcile``),
which yields the revokes, the grants (records that entered, even long before the cursor) and
the field revokes of groups that became hidden.

Beside customer rows (which carry their flags, comments and owner history), a page carries
the device's assignments whose entries it walked and the users its rows and assignments name
(plus changed users that something in scope still names); a reconcile carries every
assignment of the device and the users they name. A user or an assignment is never sent to
a device that has no row naming it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import exists, func, or_
from sqlmodel import Session, col, select

from crm_protocol.fields import FieldGroup
from crm_protocol.permissions import Permission, Scope
from crm_protocol.sync import (
    ENTITY_ASSIGNMENT,
    ENTITY_CUSTOMER,
    ENTITY_USER,
    AssignmentRow,
    Cursor,
    Row,
    UserRow,
)
from crm_server.models import ChangeLog, Customer, OwnerHistory, User
from crm_server.services.scope import scope_clause
from crm_server.sync.assignments import assignment_user_ids, render_assignments
from crm_server.sync.rows import (
    all_in_scope_ids,
    in_scope_ids,
    latest_seqs,
    render_rows,
    row_user_ids,
)
from crm_server.sync.scope import SyncScope
from crm_server.sync.users import referenced, render_users

SCOPE_OPS = frozenset({"owner", "delete"})  # ops after which a record may have left a scope


class CursorExpired(Exception):  # noqa: N818 - maps to 410 cursor_expired
    """The cursor is malformed, from another epoch, or ahead of this database (a restore)."""


def max_seq(session: Session) -> int:
    """The newest change-log seq (0 for an empty log)."""
    return int(session.execute(select(func.max(ChangeLog.seq))).scalar_one() or 0)


def check_cursor(session: Session, text: str, epoch: str) -> Cursor:
    """The decoded cursor, or ``CursorExpired``."""
    try:
        cursor = Cursor.decode(text)
    except ValueError:
        raise CursorExpired from None
    if cursor.epoch != epoch or cursor.seq > max_seq(session):
        raise CursorExpired
    return cursor


@dataclass(frozen=True, slots=True)
class Page:
    """One pull page (before the lease is attached)."""

    cursor: Cursor
    more: bool
    reconcile_required: bool
    rows: list[Row]
    revokes: list[str]
    assignments: list[AssignmentRow] = field(default_factory=list)
    users: list[UserRow] = field(default_factory=list)


def users_for(
    session: Session,
    scope: SyncScope,
    rows: Iterable[Row] = (),
    assignments: Iterable[AssignmentRow] = (),
    changed: Iterable[str] = (),
) -> list[UserRow]:
    """The users ``rows`` and ``assignments`` name, and those of ``changed`` that something
    in the caller's scope names."""
    named = row_user_ids(rows) | assignment_user_ids(assignments)
    others = set(changed) - named
    if others:
        named |= referenced(session, scope, others)
    return render_users(session, scope, named)


def _former_owners(session: Session, scope: SyncScope) -> list[str]:
    """Owners whose records were in the caller's own/team scope."""
    principal = scope.principal
    scopes = principal.policy.scopes(Permission.CUSTOMER_READ)
    owners = [principal.user_id] if Scope.OWN in scopes else []
    if Scope.TEAM in scopes and principal.team_id is not None:
        owners += list(
            session.execute(select(User.id).where(col(User.team_id) == principal.team_id))
            .scalars()
            .all()
        )
    return owners


def _revokable(session: Session, scope: SyncScope, ids: Sequence[str]) -> list[str]:
    """Of records that left no trace in scope, those the caller may have held: deleted ones
    that were in scope, and ones that moved away from an owner in the caller's scope. Others
    are never named, so a revoke reveals nothing of records the caller could not see."""
    if not ids:
        return []
    principal = scope.principal
    owners = _former_owners(session, scope)
    had_it = scope_clause(principal, Permission.CUSTOMER_READ)
    clauses: list[Any] = [had_it]
    if owners:
        clauses.append(
            exists().where(
                col(OwnerHistory.customer_id) == col(Customer.id),
                col(OwnerHistory.previous_owner_id).in_(owners),
            )
        )
    stmt = select(Customer.id).where(col(Customer.id).in_(ids), or_(*clauses))
    return sorted(set(session.execute(stmt).scalars().all()))


def pull_page(session: Session, scope: SyncScope, cursor: Cursor, limit: int) -> Page:
    """The changes after ``cursor``, at most ``limit`` change-log entries."""
    if cursor.fingerprint != scope.fingerprint:
        return Page(cursor, False, True, [], [])
    entries = session.execute(
        select(ChangeLog.seq, ChangeLog.entity, ChangeLog.entity_id, ChangeLog.op)
        .where(col(ChangeLog.seq) > cursor.seq)
        .order_by(col(ChangeLog.seq))
        .limit(limit)
    ).all()
    last: dict[str, int] = {}
    scope_ops: set[str] = set()
    assignment_seqs: dict[str, int] = {}
    changed_users: set[str] = set()
    for seq, entity, entity_id, op in entries:
        if entity == ENTITY_CUSTOMER:
            last[entity_id] = seq
            if op in SCOPE_OPS:
                scope_ops.add(entity_id)
        elif entity == ENTITY_ASSIGNMENT and entity_id in scope.assignment_ids:
            assignment_seqs[entity_id] = seq
        elif entity == ENTITY_USER:
            changed_users.add(entity_id)
    ids = list(last)
    rows = render_rows(session, scope, ids, last)
    present = {r["id"] for r in rows}
    gone = [i for i in ids if i not in present and i in scope_ops]
    revokes = _revokable(session, scope, gone)
    assignments = render_assignments(session, assignment_seqs, assignment_seqs)
    new_seq = entries[-1][0] if entries else cursor.seq
    return Page(
        Cursor(cursor.epoch, new_seq, scope.fingerprint),
        len(entries) >= limit,
        False,
        rows,
        revokes,
        assignments,
        users_for(session, scope, rows, assignments, changed_users),
    )


@dataclass(frozen=True, slots=True)
class Reconciled:
    """What makes a device's holdings equal to its scope."""

    cursor: Cursor
    revokes: list[str]
    grants: list[str]
    revoked_groups: list[str]  # groups the device held that are hidden now
    visible_groups: list[str]
    assignments: list[AssignmentRow]  # every assignment the device holds (drop the others)
    users: list[UserRow]  # the caller and the people those assignments name


def reconcile(
    session: Session,
    scope: SyncScope,
    epoch: str,
    cursor: Cursor | None,
    held: Sequence[tuple[str, int | None]],
    held_groups: Sequence[str],
) -> Reconciled:
    """Compare what the device holds with its scope now.

    Grants are the in-scope records not held, plus held ones whose seq is older than the
    server's (when the device sent seqs), or every in-scope record when a field group became
    visible. Without a usable cursor (first sync, new epoch) the new cursor starts at the
    newest seq; with one it keeps its seq (later changes still come through pull) and takes
    the new fingerprint.
    """
    start = max_seq(session) if cursor is None else cursor.seq
    scope_ids = all_in_scope_ids(session, scope)
    in_scope = set(scope_ids)
    held_ids = {i for i, _ in held}
    revokes = sorted(held_ids - in_scope)
    groups_before = {FieldGroup(g) for g in held_groups if g in FieldGroup.__members__.values()}
    newly_visible = scope.visible_groups - groups_before
    if newly_visible and held_groups:
        grants = scope_ids  # every row must come again with the fields it lacks
    else:
        grants = [i for i in scope_ids if i not in held_ids]
        versions = {i: v for i, v in held if v is not None and i in in_scope}
        if versions:
            latest = latest_seqs(session, list(versions))
            grants += sorted(i for i, v in versions.items() if latest.get(i, 0) > v)
    hidden_now = sorted(groups_before - scope.visible_groups)
    assignments = render_assignments(session, scope.assignment_ids)
    return Reconciled(
        cursor=Cursor(epoch, start, scope.fingerprint),
        revokes=revokes,
        grants=grants,
        revoked_groups=[g.value for g in hidden_now],
        visible_groups=sorted(g.value for g in scope.visible_groups),
        assignments=assignments,
        users=users_for(session, scope, (), assignments, [scope.principal.user_id]),
    )


def rows_for(session: Session, scope: SyncScope, ids: Sequence[str]) -> list[Row]:
    """Whole rows for granted ids (out-of-scope ids are silently left out)."""
    wanted = sorted(in_scope_ids(session, scope, ids))
    return render_rows(session, scope, wanted, latest_seqs(session, wanted))
