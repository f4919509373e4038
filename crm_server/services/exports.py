"""Export tickets: permission, step-up, row cap and daily quota before rows leave the CRM.

SECURITY.md T33/T34, DESIGN.md §8. The device asks for a ticket before it writes a file or
copies many rows; the server checks, in this order, the export permission (a role cap of 0
counts as no permission), the step-up password (throttled like a login), the columns (only
fields the caller may see; a hidden one is refused exactly like an unknown one), the row cap
and the daily quota. Every refusal is an ``export_denied`` audit event with its reason; a grant
is an ``exports`` row and an ``export_ticket`` event. The device then reports what it wrote
(row count, SHA-256): once, and never more rows than granted. An export written offline under
a policy that allows it is reported at the next sync and recorded, never refused for its size
(the file exists already), but flagged in the audit when it broke the cap or the quota.

The daily quota (rows per user per UTC day) counts each of today's exports at its granted rows,
or at the reported count once that is smaller. The check and the insert run under a lock on the
user's row (``SELECT … FOR NO KEY UPDATE`` on PostgreSQL; on SQLite ``BEGIN IMMEDIATE`` already
holds the single write lock for the whole request), so concurrent tickets never add up past it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from crm_protocol.errors import ErrorCode, FieldError
from crm_protocol.permissions import Permission
from crm_protocol.policy import EffectivePolicy, visible_fields
from crm_protocol.schemas import (
    ApiErrorCode,
    ExportKind,
    ExportOut,
    ExportOutcome,
    ExportReport,
    ExportTicketOut,
    ExportTicketRequest,
    OfflineExportReport,
)
from crm_server import audit
from crm_server.models import Export, User
from crm_server.models.types import new_id, utcnow
from crm_server.services.auth import AuthService
from crm_server.services.errors import ServiceError, not_found
from crm_server.services.fields import load_custom_defs
from crm_server.services.principal import Principal

OBJECT_TYPE = "export"
STEP_UP_REFUSALS = {
    "step_up": ApiErrorCode.STEP_UP_FAILED,
    "step_up_throttled": ApiErrorCode.TOO_MANY_ATTEMPTS,
}


def _deny(
    session: Session,
    principal: Principal,
    reason: str,
    code: ApiErrorCode,
    detail: Mapping[str, Any],
    *,
    object_id: str | None = None,
    fields: Sequence[FieldError] = (),
) -> ServiceError:
    """Record an ``export_denied`` event, commit it, and return the refusal to raise."""
    audit.record(
        session,
        "export_denied",
        principal.audit,
        object_type=OBJECT_TYPE,
        object_id=object_id,
        detail={"reason": reason, **detail},
    )
    session.commit()
    return ServiceError(code, fields)


def may_export(policy: EffectivePolicy) -> bool:
    """The policy grants export over some scope and its row cap is not 0."""
    return policy.allows(Permission.EXPORT) and policy.limits.export_row_cap != 0


def visible_to(session: Session, policy: EffectivePolicy) -> frozenset[str]:
    """Every field name (standard and ``custom.<key>``) ``policy`` may see."""
    return frozenset(visible_fields(policy, load_custom_defs(session)))


def hidden_or_unknown_columns(
    visible: AbstractSet[str], columns: Sequence[str]
) -> list[FieldError]:
    """One error per column not in ``visible``, named by position (``columns.<i>``).

    A hidden field and a field that does not exist get the same answer, and the answer never
    repeats the name, so it cannot be used to learn which hidden fields exist.
    """
    return [
        FieldError(f"columns.{index}", ErrorCode.UNKNOWN_FIELD)
        for index, name in enumerate(columns)
        if name not in visible
    ]


def lock_user_exports(session: Session, user_id: str) -> None:
    """Serialise the quota check and the insert per user until the transaction ends.

    PostgreSQL: ``FOR NO KEY UPDATE`` on the user's row, which two ticket requests cannot
    both hold, while inserts that merely reference the user (foreign-key checks) go on.
    SQLite ignores the clause; there every transaction begins with ``BEGIN IMMEDIATE``
    (``crm_server.db``) and so already holds the database's single write lock.
    """
    stmt = select(User.id).where(col(User.id) == user_id).with_for_update(key_share=True)
    session.exec(stmt).first()


def start_of_day(now: datetime) -> datetime:
    """Midnight UTC of ``now``'s day: quotas are per UTC day."""
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def rows_used_today(session: Session, user_id: str, now: datetime) -> int:
    """Rows the user's exports of today count against the quota.

    A ticket counts its granted rows until reported, then the reported count if smaller.
    """
    counted = case(
        (
            col(Export.row_count).is_not(None)
            & (col(Export.row_count) < col(Export.row_count_granted)),
            col(Export.row_count),
        ),
        else_=col(Export.row_count_granted),
    )
    total = session.exec(
        select(func.coalesce(func.sum(counted), 0)).where(
            col(Export.user_id) == user_id, col(Export.issued_at) >= start_of_day(now)
        )
    ).one()
    return int(total)


def export_out(row: Export, login: str, visible: AbstractSet[str]) -> ExportOut:
    """The wire form of one export for a viewer who may see the fields in ``visible``.

    Columns the viewer may not see are left out (their policy may differ from the exporter's,
    or have changed since): an export's record never reveals a hidden field.
    """
    return ExportOut(
        export_id=row.export_id,
        user_id=row.user_id,
        login=login,
        kind=ExportKind(row.kind),
        offline=row.offline,
        issued_at=row.issued_at,
        reported_at=row.reported_at,
        row_count_granted=row.row_count_granted,
        row_count=row.row_count,
        sha256=row.sha256,
        outcome=ExportOutcome(row.outcome) if row.outcome is not None else None,
        columns=[c for c in row.columns if c in visible],
        scope=row.scope,
    )


def request_ticket(
    session: Session, principal: Principal, auth: AuthService, body: ExportTicketRequest
) -> ExportTicketOut:
    """Grant an export ticket, or refuse it with an ``export_denied`` audit event."""
    policy, limits = principal.policy, principal.policy.limits
    asked = {"row_count": body.row_count, "columns": len(body.columns), "kind": body.kind.value}
    if not may_export(policy):
        raise _deny(session, principal, "no_permission", ApiErrorCode.FORBIDDEN, asked)
    user = session.get(User, principal.user_id)
    if user is None:
        raise ServiceError(ApiErrorCode.UNAUTHENTICATED)
    refused = auth.step_up(session, user, body.password, principal.audit)
    if refused is not None:
        raise _deny(session, principal, refused, STEP_UP_REFUSALS[refused], asked)
    bad_columns = hidden_or_unknown_columns(visible_to(session, policy), body.columns)
    if bad_columns:
        raise _deny(
            session,
            principal,
            "unknown_field",
            ApiErrorCode.UNKNOWN_FIELD,
            asked,
            fields=bad_columns,
        )
    cap, quota = limits.export_row_cap, limits.export_daily_rows
    if cap is not None and body.row_count > cap:
        raise _deny(
            session, principal, "row_cap", ApiErrorCode.EXPORT_ROW_CAP, {**asked, "row_cap": cap}
        )
    lock_user_exports(session, user.id)
    now = utcnow()
    used = rows_used_today(session, user.id, now)
    if quota is not None and used + body.row_count > quota:
        raise _deny(
            session,
            principal,
            "quota",
            ApiErrorCode.EXPORT_QUOTA_EXCEEDED,
            {**asked, "daily_rows": quota, "used_today": used},
        )
    row = Export(
        export_id=new_id(),
        user_id=user.id,
        kind=body.kind.value,
        offline=False,
        issued_at=now,
        row_count_granted=body.row_count,
        columns=list(body.columns),
        scope=body.scope,
        device_id=principal.audit.device_id or "",
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        "export_ticket",
        principal.audit,
        object_type=OBJECT_TYPE,
        object_id=row.export_id,
        detail={**asked, "export_id": row.export_id, "scope": body.scope},
    )
    session.commit()
    return ExportTicketOut(
        export_id=row.export_id,
        login=principal.login,
        issued_at=row.issued_at,
        row_count=row.row_count_granted,
        columns=list(row.columns),
        row_cap=cap,
        daily_rows_left=None if quota is None else quota - used - body.row_count,
    )


def report(session: Session, principal: Principal, export_id: str, body: ExportReport) -> ExportOut:
    """Store what the device wrote for its ticket: once, never more rows than granted."""
    row = session.get(Export, export_id)
    if row is None or row.user_id != principal.user_id:
        raise not_found()
    if row.reported_at is not None:
        raise ServiceError(ApiErrorCode.CONFLICT)
    reported = {
        "row_count": body.row_count,
        "sha256": body.sha256,
        "outcome": body.outcome.value,
        "row_count_granted": row.row_count_granted,
    }
    if body.row_count > row.row_count_granted:
        audit.record(
            session,
            "export_report_mismatch",
            principal.audit,
            object_type=OBJECT_TYPE,
            object_id=export_id,
            detail=reported,
        )
        session.commit()
        raise ServiceError(ApiErrorCode.CONFLICT)
    now = utcnow()
    stored = session.execute(
        update(Export)
        .where(col(Export.export_id) == export_id, col(Export.reported_at).is_(None))
        .values(
            row_count=body.row_count,
            sha256=body.sha256,
            outcome=body.outcome.value,
            reported_at=now,
        )
    )
    if stored.rowcount != 1:  # type: ignore[attr-defined]  # a concurrent report won
        session.rollback()
        raise ServiceError(ApiErrorCode.CONFLICT)
    audit.record(
        session,
        "export_completed",
        principal.audit,
        object_type=OBJECT_TYPE,
        object_id=export_id,
        detail=reported,
    )
    session.commit()
    session.refresh(row)
    return export_out(row, principal.login, visible_to(session, principal.policy))


def _replay(
    session: Session, existing: Export, principal: Principal, body: OfflineExportReport
) -> ExportOut:
    """The stored answer for a retried offline report; 409 when the id names another export."""
    same = (
        existing.user_id == principal.user_id
        and existing.offline
        and existing.row_count == body.row_count
        and existing.sha256 == body.sha256
    )
    if not same:
        raise ServiceError(ApiErrorCode.CONFLICT)
    return export_out(existing, principal.login, visible_to(session, principal.policy))


def report_offline(
    session: Session, principal: Principal, body: OfflineExportReport
) -> tuple[ExportOut, bool]:
    """Record an export written offline; ``(export, created)``. A retry returns the first one.

    Refused (403, and on record as ``export_denied``) unless the policy allows offline export.
    """
    existing = session.get(Export, body.export_id)
    if existing is not None:
        return _replay(session, existing, principal, body), False
    policy, limits = principal.policy, principal.policy.limits
    claimed = {
        "export_id": body.export_id,
        "row_count": body.row_count,
        "sha256": body.sha256,
        "outcome": body.outcome.value,
        "columns": len(body.columns),
        "kind": body.kind.value,
        "device_created_at": body.created_at.isoformat(),
    }
    if not (may_export(policy) and limits.offline_export):
        raise _deny(
            session,
            principal,
            "offline_not_allowed",
            ApiErrorCode.FORBIDDEN,
            claimed,
            object_id=body.export_id,
        )
    bad_columns = hidden_or_unknown_columns(visible_to(session, policy), body.columns)
    if bad_columns:
        raise _deny(
            session,
            principal,
            "unknown_field",
            ApiErrorCode.UNKNOWN_FIELD,
            claimed,
            object_id=body.export_id,
            fields=bad_columns,
        )
    lock_user_exports(session, principal.user_id)
    now = utcnow()
    used = rows_used_today(session, principal.user_id, now)
    cap, quota = limits.export_row_cap, limits.export_daily_rows
    row = Export(
        export_id=body.export_id,
        user_id=principal.user_id,
        kind=body.kind.value,
        offline=True,
        issued_at=now,
        reported_at=now,
        device_created_at=body.created_at,
        row_count_granted=body.row_count,
        row_count=body.row_count,
        sha256=body.sha256,
        outcome=body.outcome.value,
        columns=list(body.columns),
        scope=body.scope,
        device_id=principal.audit.device_id or "",
    )
    session.add(row)
    try:
        session.flush()
    except IntegrityError:  # the same report arrived twice at once: the other one won
        session.rollback()
        existing = session.get(Export, body.export_id)
        if existing is None:
            raise
        return _replay(session, existing, principal, body), False
    audit.record(
        session,
        "export_offline",
        principal.audit,
        object_type=OBJECT_TYPE,
        object_id=body.export_id,
        detail={
            **claimed,
            "scope": body.scope,
            "server_time": now.isoformat(),
            "over_cap": cap is not None and body.row_count > cap,
            "over_quota": quota is not None and used + body.row_count > quota,
        },
    )
    session.commit()
    return export_out(row, principal.login, visible_to(session, principal.policy)), True


def list_exports(
    session: Session,
    principal: Principal,
    user_id: str | None,
    page: int,
    page_size: int,
) -> list[ExportOut]:
    """Exports, newest first (auditors: ``Permission.READ_AUDIT``)."""
    principal.require(Permission.READ_AUDIT)
    stmt = select(Export, User.login).join(User, col(User.id) == col(Export.user_id))
    if user_id is not None:
        stmt = stmt.where(col(Export.user_id) == user_id)
    rows = session.exec(
        stmt.order_by(col(Export.issued_at).desc(), col(Export.export_id).desc())
        .offset((page - 1) * page_size)
        .limit(page_size)
    ).all()
    visible = visible_to(session, principal.policy)
    return [export_out(row, login, visible) for row, login in rows]
