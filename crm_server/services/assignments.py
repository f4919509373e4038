"""Assignments (work orders): create, edit, members, custom attributes, close with cascade."""

from __future__ import annotations

from datetime import UTC, datetime, time

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from crm_protocol.custom_attributes import CustomAttributeDef, validate_definition
from crm_protocol.errors import ErrorCode, FieldError
from crm_protocol.fields import FieldGroup, FieldType
from crm_protocol.permissions import Permission, Scope
from crm_protocol.schemas import (
    ApiErrorCode,
    AssignmentCreate,
    AssignmentOut,
    AssignmentStatus,
    AssignmentUpdate,
    AttributeIn,
    AttributeOut,
    MemberIn,
    MemberRole,
    OperatorCount,
)
from crm_server import audit
from crm_server.models import (
    Assignment,
    AssignmentMember,
    AttributeBinding,
    CustomAttribute,
    Customer,
    Task,
    User,
)
from crm_server.models.types import utcnow
from crm_server.services.changelog import record_change
from crm_server.services.errors import ServiceError, forbidden, not_found
from crm_server.services.fields import load_custom_defs
from crm_server.services.principal import Principal
from crm_server.services.scope import (
    customers_in_scope,
    in_my_assignments,
    my_assignment_id_set,
)


def _sees_all(principal: Principal) -> bool:
    return Scope.ALL in principal.policy.scopes(Permission.CUSTOMER_READ)


def _out(session: Session, a: Assignment) -> AssignmentOut:
    members = session.exec(
        select(AssignmentMember)
        .where(col(AssignmentMember.assignment_id) == a.id)
        .order_by(col(AssignmentMember.user_id))
    ).all()
    return AssignmentOut(
        id=a.id,
        name=a.name,
        instructions=a.instructions,
        territory=a.territory,
        principal_id=a.principal_id,
        coordinator_id=a.coordinator_id,
        parent_id=a.parent_id,
        status=AssignmentStatus(a.status),
        members=[MemberIn(user_id=m.user_id, role=MemberRole(m.role)) for m in members],
        target_per_day=a.target_per_day,
    )


def list_assignments(session: Session, principal: Principal) -> list[AssignmentOut]:
    """Every assignment for those who see all records; one's own assignments otherwise."""
    stmt = select(Assignment).order_by(col(Assignment.name), col(Assignment.id))
    if not _sees_all(principal):
        stmt = stmt.where(col(Assignment.id).in_(in_my_assignments(principal)))
    return [_out(session, a) for a in session.exec(stmt).all()]


def load_assignment(session: Session, principal: Principal, assignment_id: str) -> Assignment:
    """An assignment the caller may see (else 404)."""
    a = session.get(Assignment, assignment_id)
    if a is None:
        raise not_found()
    if not _sees_all(principal) and a.id not in my_assignment_id_set(session, principal):
        raise not_found()
    return a


def get_assignment(session: Session, principal: Principal, assignment_id: str) -> AssignmentOut:
    """One assignment with members."""
    return _out(session, load_assignment(session, principal, assignment_id))


def _manageable(session: Session, principal: Principal, assignment_id: str) -> Assignment:
    principal.require(Permission.MANAGE_ASSIGNMENTS)
    a = load_assignment(session, principal, assignment_id)
    if not (_sees_all(principal) or principal.user_id in (a.principal_id, a.coordinator_id)):
        raise forbidden()
    return a


def _require_users(session: Session, ids: set[str]) -> None:
    ids.discard("")
    if not ids:
        return
    found = session.exec(select(User.id).where(col(User.id).in_(ids))).all()
    if len(set(found)) != len(ids):
        raise ServiceError(ApiErrorCode.INVALID_REQUEST)


def create_assignment(
    session: Session, principal: Principal, body: AssignmentCreate
) -> AssignmentOut:
    """A new assignment; someone who does not see everything becomes its principal."""
    principal.require(Permission.MANAGE_ASSIGNMENTS)
    principal_id = body.principal_id
    if not _sees_all(principal):
        principal_id = principal.user_id
    _require_users(session, {principal_id or "", body.coordinator_id or ""})
    if body.parent_id is not None:
        load_assignment(session, principal, body.parent_id)
    a = Assignment(
        name=body.name,
        instructions=body.instructions,
        territory=body.territory,
        principal_id=principal_id,
        coordinator_id=body.coordinator_id,
        parent_id=body.parent_id,
        target_per_day=body.target_per_day,
    )
    session.add(a)
    session.flush()
    record_change(session, "assignment", a.id, "create", actor_id=principal.user_id)
    audit.record(
        session, "assignment_created", principal.audit, object_type="assignment", object_id=a.id
    )
    session.commit()
    return _out(session, a)


_DESCRIPTION = ("name", "instructions", "territory")  # null means "leave as it is"
_CLEARABLE = ("principal_id", "coordinator_id", "target_per_day")  # null clears


def update_assignment(
    session: Session, principal: Principal, assignment_id: str, body: AssignmentUpdate
) -> AssignmentOut:
    """Edit the description, the daily target, the principal or the coordinator.

    Only the keys sent change. Naming another principal is for those who see every assignment
    (a principal cannot give their assignment away); the coordinator may be chosen by anyone
    who manages the assignment. People named must exist.
    """
    a = _manageable(session, principal, assignment_id)
    sent = body.model_fields_set
    wanted = {
        n: getattr(body, n) for n in _DESCRIPTION if n in sent and getattr(body, n) is not None
    }
    wanted |= {n: getattr(body, n) for n in _CLEARABLE if n in sent}
    changed = {n: v for n, v in wanted.items() if getattr(a, n) != v}
    if "principal_id" in changed and not _sees_all(principal):
        raise forbidden()
    _require_users(
        session, {changed.get("principal_id") or "", changed.get("coordinator_id") or ""}
    )
    for name, value in changed.items():
        setattr(a, name, value)
    session.add(a)
    if changed:
        record_change(
            session, "assignment", a.id, "update", actor_id=principal.user_id, fields=changed
        )
        audit.record(
            session,
            "assignment_updated",
            principal.audit,
            object_type="assignment",
            object_id=a.id,
            detail={"fields": sorted(changed)},
        )
    session.commit()
    return _out(session, a)


def set_members(
    session: Session, principal: Principal, assignment_id: str, members: list[MemberIn]
) -> AssignmentOut:
    """Replace the member list (binds the group to the assignment)."""
    a = _manageable(session, principal, assignment_id)
    _require_users(session, {m.user_id for m in members})
    for old in session.exec(
        select(AssignmentMember).where(col(AssignmentMember.assignment_id) == a.id)
    ).all():
        session.delete(old)
    session.flush()
    for m in {m.user_id: m for m in members}.values():
        session.add(AssignmentMember(assignment_id=a.id, user_id=m.user_id, role=m.role.value))
    record_change(session, "assignment", a.id, "members", actor_id=principal.user_id)
    audit.record(
        session,
        "assignment_members_changed",
        principal.audit,
        object_type="assignment",
        object_id=a.id,
        detail={"members": len(members)},
    )
    session.commit()
    return _out(session, a)


def operator_counts(
    session: Session, principal: Principal, assignment_id: str
) -> list[OperatorCount]:
    """Records entered per person in an assignment: in total and today (in-scope rows only)."""
    a = load_assignment(session, principal, assignment_id)
    scoped = customers_in_scope(principal).where(col(Customer.assignment_id) == a.id).subquery()
    midnight = datetime.combine(utcnow().date(), time(), tzinfo=UTC)
    totals = dict(
        session.exec(select(scoped.c.created_by, func.count()).group_by(scoped.c.created_by)).all()
    )
    today = dict(
        session.exec(
            select(scoped.c.created_by, func.count())
            .where(scoped.c.created_at >= midnight)
            .group_by(scoped.c.created_by)
        ).all()
    )
    return [
        OperatorCount(user_id=uid, total=int(n), today=int(today.get(uid, 0)))
        for uid, n in sorted(totals.items())
    ]


def _descendants(session: Session, root: Assignment) -> list[Assignment]:
    children: dict[str | None, list[Assignment]] = {}
    for a in session.exec(select(Assignment)).all():
        children.setdefault(a.parent_id, []).append(a)
    result, stack = [], [root]
    while stack:
        node = stack.pop()
        result.append(node)
        stack.extend(children.get(node.id, []))
    return result


def close_for_operators(
    session: Session, principal: Principal, assignment_id: str
) -> AssignmentOut:
    """A supervisor stops their operators' work on an assignment (and its sub-assignments)."""
    principal.require(Permission.CLOSE_ASSIGNMENT_FOR_OPERATORS)
    a = load_assignment(session, principal, assignment_id)
    if a.status != AssignmentStatus.OPEN:
        raise ServiceError(ApiErrorCode.CONFLICT)
    for node in _descendants(session, a):
        if node.status == AssignmentStatus.OPEN:
            node.status = AssignmentStatus.CLOSED_FOR_OPERATORS
            session.add(node)
            record_change(
                session, "assignment", node.id, "close_for_operators", actor_id=principal.user_id
            )
    audit.record(
        session,
        "assignment_closed_for_operators",
        principal.audit,
        object_type="assignment",
        object_id=a.id,
    )
    session.commit()
    return _out(session, a)


def close_assignment(session: Session, principal: Principal, assignment_id: str) -> AssignmentOut:
    """Close definitively: sub-assignments close too and their open tasks are cancelled."""
    principal.require(Permission.CLOSE_ASSIGNMENT)
    a = load_assignment(session, principal, assignment_id)
    if a.status == AssignmentStatus.CLOSED:
        raise ServiceError(ApiErrorCode.CONFLICT)
    now = utcnow()
    closed = []
    for node in _descendants(session, a):
        if node.status != AssignmentStatus.CLOSED:
            node.status = AssignmentStatus.CLOSED
            node.closed_at = now
            session.add(node)
            closed.append(node.id)
            record_change(session, "assignment", node.id, "close", actor_id=principal.user_id)
    customers = select(Customer.id).where(col(Customer.assignment_id).in_(closed))
    cancelled = session.execute(
        update(Task)
        .where(
            col(Task.customer_id).in_(customers),
            col(Task.done).is_(False),
            col(Task.cancelled).is_(False),
        )
        .values(cancelled=True)
    )
    audit.record(
        session,
        "assignment_closed",
        principal.audit,
        object_type="assignment",
        object_id=a.id,
        detail={"assignments": len(closed), "tasks_cancelled": cancelled.rowcount},  # type: ignore[attr-defined]
    )
    session.commit()
    return _out(session, a)


def reopen_assignment(session: Session, principal: Principal, assignment_id: str) -> AssignmentOut:
    """Open a closed assignment again (its sub-assignments stay as they are)."""
    principal.require(Permission.CLOSE_ASSIGNMENT)
    a = load_assignment(session, principal, assignment_id)
    if a.status == AssignmentStatus.OPEN:
        raise ServiceError(ApiErrorCode.CONFLICT)
    a.status = AssignmentStatus.OPEN
    a.closed_at = None
    session.add(a)
    record_change(session, "assignment", a.id, "reopen", actor_id=principal.user_id)
    audit.record(
        session, "assignment_reopened", principal.audit, object_type="assignment", object_id=a.id
    )
    session.commit()
    return _out(session, a)


def _attr_out(d: CustomAttributeDef) -> AttributeOut:
    return AttributeOut(
        id=d.id,
        key=d.key,
        field_name=d.field_name,
        label=d.label,
        type=d.type.value,
        group=d.group.value,
        choices=list(d.choices),
        required=d.required,
        assignment_ids=sorted(d.assignment_ids),
    )


def list_attributes(
    session: Session, principal: Principal, assignment_id: str
) -> list[AttributeOut]:
    """Custom attributes of an assignment that the caller's role may see."""
    a = load_assignment(session, principal, assignment_id)
    return [
        _attr_out(d)
        for d in load_custom_defs(session)
        if d.applies_to(a.id) and principal.policy.can_see(d.group)
    ]


def define_attribute(
    session: Session, principal: Principal, assignment_id: str, body: AttributeIn
) -> AttributeOut:
    """Define a custom attribute and bind it to this assignment."""
    principal.require(Permission.DEFINE_CUSTOM_ATTRIBUTES)
    a = load_assignment(session, principal, assignment_id)
    try:
        ftype, group = FieldType(body.type), FieldGroup(body.group)
    except ValueError:
        raise ServiceError(ApiErrorCode.INVALID_REQUEST) from None
    if group is FieldGroup.VERIFICATION:
        raise ServiceError(ApiErrorCode.INVALID_REQUEST)
    row = CustomAttribute(
        key=body.key,
        label=body.label,
        type=ftype.value,
        field_group=group.value,
        choices=list(body.choices),
        required=body.required,
        created_by=principal.user_id,
    )
    defn = CustomAttributeDef(
        id=row.id,
        key=row.key,
        label=row.label,
        type=ftype,
        group=group,
        choices=tuple(body.choices),
        required=body.required,
        assignment_ids=frozenset({a.id}),
    )
    errors = validate_definition(defn, load_custom_defs(session))
    if errors:
        raise ServiceError(ApiErrorCode.VALIDATION_FAILED, errors)
    if not principal.policy.can_see(group):
        raise ServiceError(
            ApiErrorCode.VALIDATION_FAILED, [FieldError("group", ErrorCode.FIELD_HIDDEN)]
        )
    session.add(row)
    session.flush()
    session.add(AttributeBinding(attribute_id=row.id, assignment_id=a.id))
    record_change(
        session, "attribute", row.id, "create", actor_id=principal.user_id, assignment_id=a.id
    )
    audit.record(
        session, "attribute_defined", principal.audit, object_type="attribute", object_id=row.id
    )
    session.commit()
    return _attr_out(defn)
