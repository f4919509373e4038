"""Push: apply a batch of client mutations exactly once, merging per field.

One transaction per push request, one SAVEPOINT per mutation. The mutation id is written in
the same savepoint as the change it made, so a retried push can never apply a mutation twice
and a crash can never lose an acknowledged one (DESIGN.md §4). Change-log writers are
serialised first (advisory lock on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import case, func, update
from sqlmodel import Session, col, select

from crm_protocol.custom_attributes import CustomAttributeDef, by_field_name, definitions_for
from crm_protocol.errors import ErrorCode, FieldError
from crm_protocol.fields import FIELDS_BY_NAME
from crm_protocol.permissions import Permission, Scope
from crm_protocol.policy import check_writes
from crm_protocol.schemas import ApiErrorCode, VerificationState
from crm_protocol.sync import (
    ALL_FIELDS,
    ENTITY_CUSTOMER,
    ConflictOut,
    FieldChange,
    Mutation,
    MutationOp,
    MutationResult,
    MutationStatus,
    SyncCode,
    merge_fields,
)
from crm_protocol.validation import validate_customer
from crm_server.models import Assignment, ChangeLog, Customer, CustomValue, OwnerHistory
from crm_server.models.types import utcnow
from crm_server.services.changelog import lock_change_log, record_change
from crm_server.services.customers import ensure_assignment_writable
from crm_server.services.errors import ServiceError
from crm_server.services.fields import group_of, load_custom_defs
from crm_server.services.principal import Principal
from crm_server.services.scope import my_assignment_id_set, scope_clause
from crm_server.sync.tables import SyncConflict, SyncMutation


class Rejected(Exception):  # noqa: N818 - a control-flow signal, not an error
    """Refuse one mutation as a whole with a code (and field problems)."""

    def __init__(self, code: str, fields: Sequence[FieldError] = ()) -> None:
        self.code = code
        self.fields = tuple(fields)
        super().__init__(code)


@dataclass
class _Context:
    session: Session
    principal: Principal
    device_id: str
    defs: list[CustomAttributeDef]


def _rejected(mutation_id: str, code: str, fields: Sequence[FieldError] = ()) -> MutationResult:
    result: MutationResult = {
        "mutation_id": mutation_id,
        "status": MutationStatus.REJECTED.value,
        "code": code,
    }
    if fields:
        result["fields"] = [{"field": f.field, "code": f.code.value} for f in fields]
    return result


def _check_access(ctx: _Context, names: Sequence[str], defs: Sequence[CustomAttributeDef]) -> None:
    problems = check_writes(ctx.principal.policy, names, defs)
    unknown = [e for e in problems if e.code is ErrorCode.UNKNOWN_FIELD]
    if unknown:
        raise Rejected(ApiErrorCode.UNKNOWN_FIELD.value, unknown)
    if problems:
        raise Rejected(ApiErrorCode.FIELD_READ_ONLY.value, problems)


def _validate(
    ctx: _Context,
    values: Mapping[str, str | None],
    defs: Sequence[CustomAttributeDef],
    *,
    partial: bool,
    country: str | None = None,
) -> dict[str, str | None]:
    normalised, errors = validate_customer(values, defs, partial=partial, country=country)
    if errors:
        custom = by_field_name(defs)
        shown = []
        for e in errors:
            group = group_of(e.field, custom)
            visible = group is not None and ctx.principal.policy.can_see(group)
            shown.append(e if visible else FieldError("-", e.code))
        raise Rejected(ApiErrorCode.VALIDATION_FAILED.value, shown)
    return normalised


def _writable_assignment(ctx: _Context, assignment_id: str) -> Assignment:
    assignment = ctx.session.get(Assignment, assignment_id)
    if assignment is None:
        raise Rejected(ApiErrorCode.NOT_FOUND.value)
    try:
        ensure_assignment_writable(ctx.principal, assignment)
    except ServiceError as exc:
        raise Rejected(exc.code.value) from None
    return assignment


def _store_custom(
    ctx: _Context,
    customer_id: str,
    values: Mapping[str, str | None],
    defs: Sequence[CustomAttributeDef],
) -> None:
    custom = by_field_name(defs)
    for name, value in values.items():
        if name in FIELDS_BY_NAME:
            continue
        attr_id = custom[name].id
        current = ctx.session.get(CustomValue, (customer_id, attr_id))
        if current is None:
            ctx.session.add(CustomValue(customer_id=customer_id, attribute_id=attr_id, value=value))
        else:
            current.value = value
            ctx.session.add(current)
    ctx.session.flush()


def _last_seq(session: Session) -> int:
    session.flush()
    return int(session.execute(select(func.max(ChangeLog.seq))).scalar_one() or 0)


def _latest_seq_of(session: Session, customer_id: str) -> int:
    stmt = select(func.max(ChangeLog.seq)).where(
        col(ChangeLog.entity) == ENTITY_CUSTOMER, col(ChangeLog.entity_id) == customer_id
    )
    return int(session.execute(stmt).scalar_one() or 0)


def _their_user(session: Session, customer_id: str, field: str) -> str | None:
    """Who last changed ``field`` of the record (the other side of a conflict)."""
    stmt = (
        select(ChangeLog.actor_id, ChangeLog.fields, ChangeLog.op)
        .where(col(ChangeLog.entity) == ENTITY_CUSTOMER, col(ChangeLog.entity_id) == customer_id)
        .order_by(col(ChangeLog.seq).desc())
        .limit(50)
    )
    for actor, fields, op in session.execute(stmt).all():
        if field == ALL_FIELDS or field in (fields or []) or op == "create":
            return cast("str | None", actor)
    return None


def _record_conflict(
    ctx: _Context, mutation: Mutation, field: str, base: Any, mine: Any, theirs: Any
) -> ConflictOut:
    conflict: ConflictOut = {
        "id": str(uuid.uuid4()),
        "field": field,
        "base": base,
        "mine": mine,
        "theirs": theirs,
        "their_user": _their_user(ctx.session, mutation["id"], field),
    }
    ctx.session.add(
        SyncConflict(
            id=conflict["id"],
            customer_id=mutation["id"],
            field=field,
            base=base,
            mine=mine,
            theirs=theirs,
            user_id=ctx.principal.user_id,
            their_user=conflict["their_user"],
            device_id=ctx.device_id,
            mutation_id=mutation["mutation_id"],
        )
    )
    return conflict


def _load_for(ctx: _Context, customer_id: str, permission: Permission) -> Customer:
    """A live record the caller may read (else ``not_found``) and act on (else ``forbidden``)."""
    row = ctx.session.exec(
        select(Customer).where(
            col(Customer.id) == customer_id,
            col(Customer.deleted_at).is_(None),
            scope_clause(ctx.principal, Permission.CUSTOMER_READ),
        )
    ).first()
    if row is None:
        deleted = ctx.session.execute(
            select(Customer.id).where(
                col(Customer.id) == customer_id,
                col(Customer.deleted_at).is_not(None),
                scope_clause(ctx.principal, Permission.CUSTOMER_READ),
            )
        ).first()
        raise Rejected(SyncCode.DELETED.value if deleted else ApiErrorCode.NOT_FOUND.value)
    allowed = ctx.session.execute(
        select(Customer.id).where(
            col(Customer.id) == customer_id, scope_clause(ctx.principal, permission)
        )
    ).first()
    if allowed is None or not ctx.principal.policy.allows(permission):
        raise Rejected(ApiErrorCode.FORBIDDEN.value)
    return row


def _server_values(
    ctx: _Context, row: Customer, names: Sequence[str], defs: Sequence[CustomAttributeDef]
) -> dict[str, str | None]:
    custom = by_field_name(defs)
    values: dict[str, str | None] = {}
    for name in names:
        if name in FIELDS_BY_NAME:
            values[name] = getattr(row, name)
        else:
            held = ctx.session.get(CustomValue, (row.id, custom[name].id))
            values[name] = held.value if held is not None else None
    return values


def _apply_update(ctx: _Context, mutation: Mutation, result: MutationResult) -> None:
    row = _load_for(ctx, mutation["id"], Permission.CUSTOMER_EDIT)
    _writable_assignment(ctx, row.assignment_id)
    defs = definitions_for(row.assignment_id, ctx.defs)
    changes = mutation["fields"]
    _check_access(ctx, list(changes), defs)
    country_change = changes.get("country")
    country = country_change["value"] if country_change is not None else row.country
    wanted = _validate(
        ctx, {n: c["value"] for n, c in changes.items()}, defs, partial=True, country=country
    )
    normalised: dict[str, FieldChange] = {
        n: {"base": c["base"], "value": wanted.get(n, c["value"])} for n, c in changes.items()
    }
    merge = merge_fields(_server_values(ctx, row, list(normalised), defs), normalised)
    result["status"] = merge.status.value
    if merge.conflicts:
        result["conflicts"] = [
            _record_conflict(ctx, mutation, c.field, c.base, c.mine, c.theirs)
            for c in merge.conflicts
        ]
    if not merge.apply:
        return
    standard = {n: v for n, v in merge.apply.items() if n in FIELDS_BY_NAME}
    ctx.session.execute(
        update(Customer)
        .where(col(Customer.id) == row.id)
        .values(
            **standard,
            version=col(Customer.version) + 1,
            updated_at=utcnow(),
            verification_state=case(
                (
                    col(Customer.verification_state) == VerificationState.REJECTED.value,
                    VerificationState.PENDING.value,
                ),
                else_=col(Customer.verification_state),
            ),
        )
    )
    _store_custom(ctx, row.id, merge.apply, defs)
    record_change(
        ctx.session,
        ENTITY_CUSTOMER,
        row.id,
        "update",
        actor_id=ctx.principal.user_id,
        assignment_id=row.assignment_id,
        fields=merge.apply,
    )
    result["seq"] = _last_seq(ctx.session)


def _can_create_in(ctx: _Context, assignment_id: str) -> bool:
    scopes = ctx.principal.policy.scopes(Permission.CUSTOMER_CREATE)
    if Scope.ALL in scopes or Scope.OWN in scopes:
        return True
    if Scope.TEAM in scopes and ctx.principal.team_id is not None:
        return True
    if Scope.ASSIGNMENT in scopes:
        return assignment_id in my_assignment_id_set(ctx.session, ctx.principal)
    return False


def _apply_create(ctx: _Context, mutation: Mutation, result: MutationResult) -> None:
    if not ctx.principal.policy.allows(Permission.CUSTOMER_CREATE):
        raise Rejected(ApiErrorCode.FORBIDDEN.value)
    assignment_id = mutation.get("assignment_id") or ""
    if not assignment_id or not _can_create_in(ctx, assignment_id):
        raise Rejected(ApiErrorCode.NOT_FOUND.value)
    _writable_assignment(ctx, assignment_id)
    if ctx.session.get(Customer, mutation["id"]) is not None:
        raise Rejected(ApiErrorCode.CONFLICT.value)
    defs = definitions_for(assignment_id, ctx.defs)
    values = {n: c["value"] for n, c in mutation["fields"].items()}
    _check_access(ctx, list(values), defs)
    normalised = _validate(ctx, values, defs, partial=False)
    now = utcnow()
    user = ctx.principal.user_id
    standard = {n: v for n, v in normalised.items() if n in FIELDS_BY_NAME}
    row = Customer(
        id=mutation["id"],
        assignment_id=assignment_id,
        owner_id=user,
        created_by=user,
        created_at=now,
        updated_at=now,
    )
    for name, value in standard.items():
        setattr(row, name, value)
    ctx.session.add(row)
    ctx.session.flush()
    _store_custom(ctx, mutation["id"], normalised, defs)
    ctx.session.add(OwnerHistory(customer_id=mutation["id"], owner_id=user, changed_by=user))
    record_change(
        ctx.session,
        ENTITY_CUSTOMER,
        mutation["id"],
        "create",
        actor_id=user,
        assignment_id=assignment_id,
        fields=normalised,
    )
    result["status"] = MutationStatus.APPLIED.value
    result["seq"] = _last_seq(ctx.session)


def _apply_delete(ctx: _Context, mutation: Mutation, result: MutationResult) -> None:
    try:
        row = _load_for(ctx, mutation["id"], Permission.CUSTOMER_DELETE)
    except Rejected as exc:
        if exc.code == SyncCode.DELETED.value:  # deleted already: the wish is granted
            result["status"] = MutationStatus.MERGED.value
            return
        raise
    base_seq = mutation.get("base_seq")
    if base_seq is not None and _latest_seq_of(ctx.session, row.id) > base_seq:
        # edited on the server since the client last saw it: surface it, never win silently
        result["status"] = MutationStatus.CONFLICT.value
        result["code"] = SyncCode.EDITED.value
        result["conflicts"] = [_record_conflict(ctx, mutation, ALL_FIELDS, None, None, None)]
        return
    ctx.session.execute(
        update(Customer)
        .where(col(Customer.id) == row.id)
        .values(deleted_at=utcnow(), version=col(Customer.version) + 1)
    )
    record_change(
        ctx.session,
        ENTITY_CUSTOMER,
        row.id,
        "delete",
        actor_id=ctx.principal.user_id,
        assignment_id=row.assignment_id,
    )
    result["status"] = MutationStatus.APPLIED.value
    result["seq"] = _last_seq(ctx.session)


_APPLY = {
    MutationOp.CREATE.value: _apply_create,
    MutationOp.UPDATE.value: _apply_update,
    MutationOp.DELETE.value: _apply_delete,
}


def _apply_one(ctx: _Context, mutation: Mutation) -> MutationResult:
    mid = mutation["mutation_id"]
    apply = _APPLY.get(mutation["op"])
    if mutation["entity"] != ENTITY_CUSTOMER or apply is None:
        return _rejected(mid, ApiErrorCode.INVALID_REQUEST.value)
    result: MutationResult = {"mutation_id": mid, "status": MutationStatus.APPLIED.value}
    savepoint = ctx.session.begin_nested()
    try:
        apply(ctx, mutation, result)
    except Rejected as exc:
        savepoint.rollback()
        return _rejected(mid, exc.code, exc.fields)
    except BaseException:
        savepoint.rollback()
        raise
    savepoint.commit()
    return result


def push(
    session: Session, principal: Principal, device_id: str, mutations: Sequence[Mutation]
) -> list[MutationResult]:
    """Apply ``mutations`` in order; each answered once, and answered the same on a retry."""
    lock_change_log(session)
    # custom attribute definitions matter only for creates and custom fields: updates of
    # standard fields (the common, latency-bound case) skip loading them
    needs_defs = any(
        m["op"] == MutationOp.CREATE.value or any(n not in FIELDS_BY_NAME for n in m["fields"])
        for m in mutations
    )
    defs = load_custom_defs(session) if needs_defs else []
    ctx = _Context(session, principal, device_id, defs)
    ids = [m["mutation_id"] for m in mutations]
    seen = {
        r.mutation_id: r
        for r in session.execute(
            select(SyncMutation).where(col(SyncMutation.mutation_id).in_(ids))
        ).scalars()
    }
    results: list[MutationResult] = []
    for mutation in mutations:
        mid = mutation["mutation_id"]
        earlier = seen.get(mid)
        if earlier is not None:
            if earlier.user_id != principal.user_id:
                results.append(_rejected(mid, ApiErrorCode.CONFLICT.value))
                continue
            dup = cast(MutationResult, dict(earlier.result))
            dup["status"] = MutationStatus.DUPLICATE.value
            dup["original_status"] = earlier.status  # a lost "rejected" must stay rejected
            results.append(dup)
            continue
        result = _apply_one(ctx, mutation)
        row = SyncMutation(
            mutation_id=mid,
            user_id=principal.user_id,
            device_id=device_id,
            client_seq=mutation["client_seq"],
            status=result["status"],
            result=dict(result),
        )
        session.add(row)
        session.flush()
        seen[mid] = row
        results.append(result)
    session.commit()
    return results
