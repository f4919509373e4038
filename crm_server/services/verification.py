"""Verification: the queue, approve, reject per field with a reason, and the comment thread."""

from __future__ import annotations

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from crm_protocol.custom_attributes import by_field_name, definitions_for
from crm_protocol.errors import ErrorCode, FieldError
from crm_protocol.fields import FieldGroup
from crm_protocol.permissions import Permission
from crm_protocol.schemas import (
    ApiErrorCode,
    CommentOut,
    CustomerOut,
    CustomerPage,
    RejectRequest,
    VerificationState,
)
from crm_server import audit
from crm_server.models import Customer, CustomerComment, VerificationFlag
from crm_server.models.types import utcnow
from crm_server.services.changelog import record_change
from crm_server.services.customers import get_customer, load, render
from crm_server.services.errors import ServiceError, forbidden
from crm_server.services.fields import group_of, load_custom_defs
from crm_server.services.principal import Principal
from crm_server.services.scope import customers_in_scope

QUEUE_STATES = (VerificationState.UNVERIFIED.value, VerificationState.PENDING.value)


def queue(session: Session, principal: Principal, page: int, page_size: int) -> CustomerPage:
    """Records waiting for the caller's verdict, oldest change first."""
    principal.require(Permission.VERIFY)
    stmt = customers_in_scope(principal, Permission.VERIFY).where(
        col(Customer.verification_state).in_(QUEUE_STATES)
    )
    total = session.exec(select(func.count()).select_from(stmt.subquery())).one()
    rows = session.exec(
        stmt.order_by(col(Customer.updated_at), col(Customer.id))
        .offset((page - 1) * page_size)
        .limit(page_size)
    ).all()
    return CustomerPage(
        items=render(session, principal, rows), total=total, page=page, page_size=page_size
    )


def _verdict(session: Session, principal: Principal, customer_id: str) -> Customer:
    principal.require(Permission.VERIFY)
    return load(session, principal, customer_id, Permission.VERIFY)


def approve(session: Session, principal: Principal, customer_id: str) -> CustomerOut:
    """Approve a record; its open flags are resolved."""
    row = _verdict(session, principal, customer_id)
    now = utcnow()
    session.execute(
        update(VerificationFlag)
        .where(
            col(VerificationFlag.customer_id) == row.id, col(VerificationFlag.resolved_at).is_(None)
        )
        .values(resolved_at=now)
    )
    row.verification_state = VerificationState.APPROVED.value
    row.version += 1
    row.updated_at = now
    session.add(row)
    record_change(
        session,
        "customer",
        row.id,
        "verify",
        actor_id=principal.user_id,
        assignment_id=row.assignment_id,
    )
    audit.record(
        session, "verification_approved", principal.audit, object_type="customer", object_id=row.id
    )
    session.commit()
    return get_customer(session, principal, row.id)


def reject(
    session: Session, principal: Principal, customer_id: str, body: RejectRequest
) -> CustomerOut:
    """Reject a record field by field, each with a reason code and an optional comment."""
    row = _verdict(session, principal, customer_id)
    custom = by_field_name(definitions_for(row.assignment_id, load_custom_defs(session)))
    unknown = []
    for flag in body.flags:
        group = group_of(flag.field, custom)
        if group is None or not principal.policy.can_see(group):
            unknown.append(FieldError(flag.field, ErrorCode.UNKNOWN_FIELD))
    if unknown:
        raise ServiceError(ApiErrorCode.UNKNOWN_FIELD, unknown)
    now = utcnow()
    session.execute(
        update(VerificationFlag)
        .where(
            col(VerificationFlag.customer_id) == row.id, col(VerificationFlag.resolved_at).is_(None)
        )
        .values(resolved_at=now)
    )
    for flag in body.flags:
        session.add(
            VerificationFlag(
                customer_id=row.id,
                field=flag.field,
                reason=flag.reason.value,
                comment=flag.comment,
                verifier_id=principal.user_id,
                created_at=now,
            )
        )
    row.verification_state = VerificationState.REJECTED.value
    row.version += 1
    row.updated_at = now
    session.add(row)
    record_change(
        session,
        "customer",
        row.id,
        "verify",
        actor_id=principal.user_id,
        assignment_id=row.assignment_id,
    )
    audit.record(
        session,
        "verification_rejected",
        principal.audit,
        object_type="customer",
        object_id=row.id,
        detail={"flags": len(body.flags)},
    )
    session.commit()
    return get_customer(session, principal, row.id)


def _thread_customer(session: Session, principal: Principal, customer_id: str) -> Customer:
    row = load(session, principal, customer_id)
    if not principal.policy.can_see(FieldGroup.VERIFICATION):
        raise forbidden()
    return row


def comments(session: Session, principal: Principal, customer_id: str) -> list[CommentOut]:
    """The operator–verifier thread of one record, oldest first."""
    row = _thread_customer(session, principal, customer_id)
    rows = session.exec(
        select(CustomerComment)
        .where(col(CustomerComment.customer_id) == row.id)
        .order_by(col(CustomerComment.id))
    ).all()
    return [
        CommentOut(id=c.id or 0, author_id=c.author_id, body=c.body, created_at=c.created_at)
        for c in rows
    ]


def add_comment(session: Session, principal: Principal, customer_id: str, body: str) -> CommentOut:
    """Post to a record's thread (anyone who may read the record and its verification)."""
    row = _thread_customer(session, principal, customer_id)
    comment = CustomerComment(customer_id=row.id, author_id=principal.user_id, body=body)
    session.add(comment)
    session.flush()
    # logged on the record: the thread travels with its row to every device that holds it
    record_change(
        session,
        "customer",
        row.id,
        "comment",
        actor_id=principal.user_id,
        assignment_id=row.assignment_id,
    )
    session.commit()
    return CommentOut(
        id=comment.id or 0,
        author_id=comment.author_id,
        body=comment.body,
        created_at=comment.created_at,
    )
