"""``/exports``: export tickets, the device's reports of what it wrote, and the auditors' list.

Status codes (SECURITY.md T33): no export permission, or offline export not allowed → 403
``forbidden``; wrong step-up password → 403 ``step_up_failed``; step-up locked out like a login
→ 429 ``too_many_attempts``; a column the caller may not see → 400 ``unknown_field``; more rows
than the role's cap → 403 ``export_row_cap``; today's quota would be exceeded → 403
``export_quota_exceeded`` (not 429: clients treat 429 as "try again later", and waiting does not
help until the next UTC day). A second report, or one with more rows than granted → 409
``conflict``; someone else's export → 404.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from crm_protocol.schemas import (
    ExportOut,
    ExportReport,
    ExportTicketOut,
    ExportTicketRequest,
    OfflineExportReport,
)
from crm_server.api.deps import AuthDep, PrincipalDep, SessionDep, SettingsDep
from crm_server.services import exports

router = APIRouter(tags=["exports"])


@router.post("/exports", status_code=201)
def request_ticket(
    body: ExportTicketRequest, principal: PrincipalDep, session: SessionDep, auth: AuthDep
) -> ExportTicketOut:
    """A ticket to export ``row_count`` rows of ``columns``, confirmed with the password."""
    return exports.request_ticket(session, principal, auth, body)


@router.post("/exports/offline", status_code=201)
def report_offline(
    body: OfflineExportReport, principal: PrincipalDep, session: SessionDep, response: Response
) -> ExportOut:
    """Record an export written offline (201; 200 with the stored export for a retry)."""
    out, created = exports.report_offline(session, principal, body)
    if not created:
        response.status_code = 200
    return out


@router.post("/exports/{export_id}/report")
def report_export(
    export_id: str, body: ExportReport, principal: PrincipalDep, session: SessionDep
) -> ExportOut:
    """What the device wrote for its ticket: row count, SHA-256, outcome (once)."""
    return exports.report(session, principal, export_id, body)


@router.get("/exports")
def list_exports(
    principal: PrincipalDep,
    session: SessionDep,
    settings: SettingsDep,
    user_id: str | None = None,
    page: Annotated[int, Query(ge=1)] = 1,
    page_size: Annotated[int | None, Query(ge=1)] = None,
) -> list[ExportOut]:
    """Exports, newest first (auditors); ``page_size`` is capped by the server."""
    size = min(page_size or settings.default_page_size, settings.max_page_size)
    return exports.list_exports(session, principal, user_id, page, size)
