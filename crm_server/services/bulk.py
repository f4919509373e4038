"""Bulk reassignment (handover): filter → preview counts → reassign records and open tasks."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, func
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from crm_protocol.permissions import Permission
from crm_protocol.schemas import BulkFilter, ReassignResult
from crm_server import audit
from crm_server.audit import AuditContext
from crm_server.models import Customer, Task
from crm_server.services.changelog import record_change
from crm_server.services.customers import active_user, set_owner
from crm_server.services.fields import filter_clause
from crm_server.services.principal import Principal
from crm_server.services.scope import customers_in_scope, scope_clause


def _matching(principal: Principal, flt: BulkFilter) -> SelectOfScalar[Customer]:
    stmt = customers_in_scope(principal, Permission.BULK_OPERATIONS).where(
        scope_clause(principal, Permission.CHANGE_OWNER),
        scope_clause(principal, Permission.CUSTOMER_READ),
    )
    if flt.owner_id:
        stmt = stmt.where(col(Customer.owner_id) == flt.owner_id)
    if flt.assignment_id:
        stmt = stmt.where(col(Customer.assignment_id) == flt.assignment_id)
    return stmt.where(*(filter_clause(principal.policy, f) for f in flt.filters))


def _open_tasks_of(customer_ids: Select[Any]) -> SelectOfScalar[Task]:
    """Open tasks on the given customers that their current owner holds."""
    owners = select(Customer.id, Customer.owner_id).subquery()
    return (
        select(Task)
        .join(owners, owners.c.id == col(Task.customer_id))
        .where(
            col(Task.customer_id).in_(customer_ids),
            col(Task.done).is_(False),
            col(Task.cancelled).is_(False),
            col(Task.assignee_id) == owners.c.owner_id,
        )
    )


def _require(principal: Principal) -> None:
    principal.require(Permission.BULK_OPERATIONS)
    principal.require(Permission.CHANGE_OWNER)


def preview(session: Session, principal: Principal, flt: BulkFilter) -> ReassignResult:
    """How many records (and open tasks) a reassignment with this filter would move."""
    _require(principal)
    stmt = _matching(principal, flt)
    ids = stmt.with_only_columns(col(Customer.id))
    customers = session.exec(select(func.count()).select_from(stmt.subquery())).one()
    tasks = session.exec(select(func.count()).select_from(_open_tasks_of(ids).subquery())).one()
    return ReassignResult(customers=customers, open_tasks=tasks)


def move_records(
    session: Session,
    rows: Sequence[Customer],
    new_owner_id: str,
    *,
    include_tasks: bool,
    actor_id: str,
    operation_id: str,
) -> tuple[int, int]:
    """Give ``rows`` (and optionally their owners' open tasks) to ``new_owner_id``; no commit."""
    tasks = 0
    if include_tasks and rows:
        for start in range(0, len(rows), 900):
            chunk = [r.id for r in rows[start : start + 900]]
            ids = select(Customer.id).where(col(Customer.id).in_(chunk))
            for task in session.exec(_open_tasks_of(ids)).all():
                task.assignee_id = new_owner_id
                session.add(task)
                tasks += 1
    moved = 0
    for row in rows:
        if set_owner(session, row, new_owner_id, changed_by=actor_id, operation_id=operation_id):
            moved += 1
            record_change(
                session,
                "customer",
                row.id,
                "owner",
                actor_id=actor_id,
                assignment_id=row.assignment_id,
            )
    return moved, tasks


def reassign(
    session: Session,
    principal: Principal,
    flt: BulkFilter,
    new_owner_id: str,
    *,
    include_tasks: bool,
) -> ReassignResult:
    """One audited operation: every matching in-scope record goes to ``new_owner_id``."""
    _require(principal)
    active_user(session, new_owner_id)
    rows = session.exec(_matching(principal, flt)).all()
    operation_id = str(uuid.uuid4())
    moved, tasks = move_records(
        session,
        rows,
        new_owner_id,
        include_tasks=include_tasks,
        actor_id=principal.user_id,
        operation_id=operation_id,
    )
    _audit(session, principal.audit, operation_id, new_owner_id, moved, tasks)
    session.commit()
    return ReassignResult(customers=moved, open_tasks=tasks, operation_id=operation_id)


def _audit(
    session: Session, ctx: AuditContext, operation_id: str, owner: str, moved: int, tasks: int
) -> None:
    audit.record(
        session,
        "bulk_reassign",
        ctx,
        object_type="operation",
        object_id=operation_id,
        detail={"new_owner_id": owner, "customers": moved, "tasks": tasks},
    )
