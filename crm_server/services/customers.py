"""Customer use cases: list, get, create, update, delete, change owner — all policy-bound."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func
from sqlmodel import Session, col, select

from crm_protocol.custom_attributes import CustomAttributeDef, by_field_name, definitions_for
from crm_protocol.errors import ErrorCode, FieldError
from crm_protocol.fields import FIELDS_BY_NAME, FieldGroup
from crm_protocol.permissions import Permission, Scope
from crm_protocol.policy import check_writes
from crm_protocol.schemas import (
    ApiErrorCode,
    AssignmentStatus,
    CustomerCreate,
    CustomerOut,
    CustomerUpdate,
    OwnerHistoryOut,
    VerificationState,
)
from crm_protocol.validation import validate_customer
from crm_server.models import (
    Assignment,
    Customer,
    CustomValue,
    OwnerHistory,
    User,
    VerificationFlag,
)
from crm_server.models.types import utcnow
from crm_server.services.changelog import record_change
from crm_server.services.errors import ServiceError, forbidden, not_found
from crm_server.services.fields import (
    Projection,
    filter_clause,
    group_of,
    load_custom_defs,
    search_clause,
    sort_columns,
)
from crm_server.services.principal import Principal
from crm_server.services.scope import customers_in_scope, my_assignment_id_set, scope_clause


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What a customer list asks for (already capped by the API)."""

    page: int = 1
    page_size: int = 50
    filters: Sequence[str] = ()
    sort: str | None = None
    q: str | None = None
    assignment_id: str | None = None
    owner_id: str | None = None
    verification_state: str | None = None
    extra: Mapping[str, str] = field(default_factory=dict)


def _projection(session: Session, principal: Principal) -> Projection:
    return Projection(principal.policy, load_custom_defs(session))


def _details(
    session: Session, ids: Sequence[str]
) -> tuple[dict[str, dict[str, str | None]], dict[str, list[VerificationFlag]]]:
    values: dict[str, dict[str, str | None]] = {i: {} for i in ids}
    flags: dict[str, list[VerificationFlag]] = {i: [] for i in ids}
    for chunk_start in range(0, len(ids), 900):
        chunk = ids[chunk_start : chunk_start + 900]
        for v in session.exec(select(CustomValue).where(col(CustomValue.customer_id).in_(chunk))):
            values[v.customer_id][v.attribute_id] = v.value
        open_flags = select(VerificationFlag).where(
            col(VerificationFlag.customer_id).in_(chunk),
            col(VerificationFlag.resolved_at).is_(None),
        )
        for f in session.exec(open_flags):
            flags[f.customer_id].append(f)
    return values, flags


def render(session: Session, principal: Principal, rows: Sequence[Customer]) -> list[CustomerOut]:
    """Customers as the caller may see them."""
    projection = _projection(session, principal)
    values, flags = _details(session, [r.id for r in rows])
    return [projection.customer(r, values[r.id], flags[r.id]) for r in rows]


def list_customers(
    session: Session, principal: Principal, query: ListQuery
) -> tuple[list[CustomerOut], int]:
    """One page of in-scope customers and the in-scope total."""
    policy = principal.policy
    stmt = customers_in_scope(principal)
    conditions = [filter_clause(policy, spec) for spec in query.filters]
    if query.q:
        conditions.append(search_clause(policy, query.q))
    if query.assignment_id:
        conditions.append(col(Customer.assignment_id) == query.assignment_id)
    if query.owner_id:
        conditions.append(col(Customer.owner_id) == query.owner_id)
    if query.verification_state:
        if not policy.can_see(FieldGroup.VERIFICATION):
            raise ServiceError(
                ApiErrorCode.UNKNOWN_FIELD,
                [FieldError("verification_state", ErrorCode.UNKNOWN_FIELD)],
            )
        conditions.append(col(Customer.verification_state) == query.verification_state)
    stmt = stmt.where(*conditions)
    order = sort_columns(policy, query.sort)
    total = session.exec(select(func.count()).select_from(stmt.subquery())).one()
    rows = session.exec(
        stmt.order_by(*order).offset((query.page - 1) * query.page_size).limit(query.page_size)
    ).all()
    return render(session, principal, rows), total


def load(
    session: Session,
    principal: Principal,
    customer_id: str,
    permission: Permission = Permission.CUSTOMER_READ,
) -> Customer:
    """A customer the caller may read (else 404) and act on with ``permission`` (else 403)."""
    row = session.exec(customers_in_scope(principal).where(col(Customer.id) == customer_id)).first()
    if row is None:
        raise not_found()
    if permission is not Permission.CUSTOMER_READ:
        allowed = session.exec(
            select(Customer.id).where(
                col(Customer.id) == customer_id, scope_clause(principal, permission)
            )
        ).first()
        if allowed is None:
            raise forbidden()
    return row


def get_customer(session: Session, principal: Principal, customer_id: str) -> CustomerOut:
    """One customer by id (404 when out of scope)."""
    return render(session, principal, [load(session, principal, customer_id)])[0]


def ensure_assignment_writable(principal: Principal, assignment: Assignment) -> None:
    """Closed: nobody writes. Closed for operators: only supervisors and above write."""
    if assignment.status == AssignmentStatus.CLOSED:
        raise ServiceError(ApiErrorCode.ASSIGNMENT_CLOSED)
    if assignment.status == AssignmentStatus.CLOSED_FOR_OPERATORS and not (
        principal.policy.allows(Permission.CLOSE_ASSIGNMENT_FOR_OPERATORS)
        or principal.policy.allows(Permission.MANAGE_ASSIGNMENTS)
    ):
        raise ServiceError(ApiErrorCode.ASSIGNMENT_CLOSED)


def _check_write_access(
    principal: Principal, names: Sequence[str], defs: Sequence[CustomAttributeDef]
) -> None:
    problems = check_writes(principal.policy, names, defs)
    unknown = [e for e in problems if e.code is ErrorCode.UNKNOWN_FIELD]
    if unknown:
        raise ServiceError(ApiErrorCode.UNKNOWN_FIELD, unknown)
    if problems:
        raise ServiceError(ApiErrorCode.FIELD_READ_ONLY, problems)


def _validated(
    principal: Principal,
    values: Mapping[str, str | None],
    defs: Sequence[CustomAttributeDef],
    *,
    partial: bool,
    country: str | None = None,
) -> dict[str, str | None]:
    _check_write_access(principal, list(values), defs)
    normalised, errors = validate_customer(values, defs, partial=partial, country=country)
    if errors:
        custom = by_field_name(defs)
        # a required field the caller cannot see is reported without its name
        shown = []
        for e in errors:
            group = group_of(e.field, custom)
            visible = group is not None and principal.policy.can_see(group)
            shown.append(e if visible else FieldError("-", e.code))
        raise ServiceError(ApiErrorCode.VALIDATION_FAILED, shown)
    return normalised


def _store_values(
    session: Session,
    row: Customer,
    normalised: Mapping[str, str | None],
    defs: Sequence[CustomAttributeDef],
) -> list[str]:
    custom = by_field_name(defs)
    existing = {
        v.attribute_id: v
        for v in session.exec(select(CustomValue).where(col(CustomValue.customer_id) == row.id))
    }
    changed: list[str] = []
    for name, value in normalised.items():
        if name in FIELDS_BY_NAME:
            if getattr(row, name) != value:
                setattr(row, name, value)
                changed.append(name)
            continue
        attr_id = custom[name].id
        current = existing.get(attr_id)
        if current is None:
            session.add(CustomValue(customer_id=row.id, attribute_id=attr_id, value=value))
            changed.append(name)
        elif current.value != value:
            current.value = value
            session.add(current)
            changed.append(name)
    return changed


def _can_create_in(session: Session, principal: Principal, assignment_id: str) -> bool:
    scopes = principal.policy.scopes(Permission.CUSTOMER_CREATE)
    if Scope.ALL in scopes or Scope.OWN in scopes:
        return True
    if Scope.TEAM in scopes and principal.team_id is not None:
        return True
    if Scope.ASSIGNMENT in scopes:
        return assignment_id in my_assignment_id_set(session, principal)
    return False


def create_customer(session: Session, principal: Principal, body: CustomerCreate) -> CustomerOut:
    """A new customer owned by the caller."""
    principal.require(Permission.CUSTOMER_CREATE)
    assignment = session.get(Assignment, body.assignment_id)
    if assignment is None or not _can_create_in(session, principal, body.assignment_id):
        raise not_found()
    ensure_assignment_writable(principal, assignment)
    if session.get(Customer, body.id) is not None:
        raise ServiceError(ApiErrorCode.CONFLICT)
    defs = definitions_for(assignment.id, load_custom_defs(session))
    normalised = _validated(principal, body.values, defs, partial=False)
    now = utcnow()
    row = Customer(
        id=body.id,
        assignment_id=assignment.id,
        owner_id=principal.user_id,
        created_by=principal.user_id,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    _store_values(session, row, normalised, defs)
    session.add(
        OwnerHistory(customer_id=row.id, owner_id=principal.user_id, changed_by=principal.user_id)
    )
    record_change(
        session,
        "customer",
        row.id,
        "create",
        actor_id=principal.user_id,
        assignment_id=row.assignment_id,
        fields=normalised,
    )
    session.commit()
    return get_customer(session, principal, row.id)


def update_customer(
    session: Session, principal: Principal, customer_id: str, body: CustomerUpdate
) -> CustomerOut:
    """Change some fields; hidden ones are unknown, read-only ones refused, nothing half-done."""
    principal.require(Permission.CUSTOMER_EDIT)
    row = load(session, principal, customer_id, Permission.CUSTOMER_EDIT)
    assignment = session.get(Assignment, row.assignment_id)
    assert assignment is not None
    ensure_assignment_writable(principal, assignment)
    defs = definitions_for(row.assignment_id, load_custom_defs(session))
    normalised = _validated(principal, body.values, defs, partial=True, country=row.country)
    if body.version is not None and body.version != row.version:
        raise ServiceError(ApiErrorCode.CONFLICT)
    changed = _store_values(session, row, normalised, defs)
    if changed:
        row.version += 1
        row.updated_at = utcnow()
        if row.verification_state == VerificationState.REJECTED:
            row.verification_state = VerificationState.PENDING
        session.add(row)
        record_change(
            session,
            "customer",
            row.id,
            "update",
            actor_id=principal.user_id,
            assignment_id=row.assignment_id,
            fields=changed,
        )
    session.commit()
    return get_customer(session, principal, row.id)


def delete_customer(session: Session, principal: Principal, customer_id: str) -> None:
    """Soft-delete a customer (the change log carries the delete to devices)."""
    principal.require(Permission.CUSTOMER_DELETE)
    row = load(session, principal, customer_id, Permission.CUSTOMER_DELETE)
    row.deleted_at = utcnow()
    row.version += 1
    session.add(row)
    record_change(
        session,
        "customer",
        row.id,
        "delete",
        actor_id=principal.user_id,
        assignment_id=row.assignment_id,
    )
    session.commit()


def active_user(session: Session, user_id: str) -> User:
    """An active user by id; 404 otherwise."""
    user = session.get(User, user_id)
    if user is None or not user.active:
        raise not_found()
    return user


def set_owner(
    session: Session,
    row: Customer,
    new_owner_id: str,
    *,
    changed_by: str,
    operation_id: str | None = None,
) -> bool:
    """Move one record to a new owner with history (no commit); False when nothing changed."""
    if row.owner_id == new_owner_id:
        return False
    session.add(
        OwnerHistory(
            customer_id=row.id,
            owner_id=new_owner_id,
            previous_owner_id=row.owner_id,
            changed_by=changed_by,
            operation_id=operation_id,
        )
    )
    row.owner_id = new_owner_id
    row.version += 1
    row.updated_at = utcnow()
    session.add(row)
    return True


def change_owner(
    session: Session, principal: Principal, customer_id: str, new_owner_id: str
) -> CustomerOut:
    """Give one record to another (active) user."""
    principal.require(Permission.CHANGE_OWNER)
    row = load(session, principal, customer_id, Permission.CHANGE_OWNER)
    active_user(session, new_owner_id)
    if set_owner(session, row, new_owner_id, changed_by=principal.user_id):
        record_change(
            session,
            "customer",
            row.id,
            "owner",
            actor_id=principal.user_id,
            assignment_id=row.assignment_id,
        )
    session.commit()
    return get_customer(session, principal, row.id)


def owner_history(
    session: Session, principal: Principal, customer_id: str
) -> list[OwnerHistoryOut]:
    """Who owned the record, oldest first."""
    load(session, principal, customer_id)
    rows = session.exec(
        select(OwnerHistory)
        .where(col(OwnerHistory.customer_id) == customer_id)
        .order_by(col(OwnerHistory.id))
    ).all()
    return [
        OwnerHistoryOut(
            owner_id=r.owner_id,
            previous_owner_id=r.previous_owner_id,
            changed_by=r.changed_by,
            changed_at=r.changed_at,
            operation_id=r.operation_id,
        )
        for r in rows
    ]
