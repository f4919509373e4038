"""Export tickets on the server (SECURITY.md T33/T34; typed calls, no Qt).

Before rows leave the CRM the client asks for a ticket (``request_ticket``: permission, step-up
password, row cap, daily quota), writes the file carrying the ticket's export id, then reports
what it wrote (``report_export``: row count and SHA-256, once). An export written offline under
a policy that allows it is reported at the next sync (``report_offline_export``; a retry with
the same export id is answered with the export already recorded).

Every call blocks: run it off the UI thread. Refusals arrive as errors with the server's
``ApiErrorCode`` value, as for ``server_api``: ``forbidden`` (no export permission, or offline
export not allowed), ``step_up_failed`` (wrong password), ``unknown_field`` (a column the user
may not see), ``export_row_cap``, ``export_quota_exceeded``, ``conflict`` (already reported, or
more rows than granted), ``not_found``. A step-up locked out after too many wrong passwords is
HTTP 429, which the shared transport reports as ``server_unreachable``.
"""

from __future__ import annotations

from typing import Any

from crm_desktop.services.server_api import Requester
from crm_protocol.schemas import (
    ExportOut,
    ExportReport,
    ExportTicketOut,
    ExportTicketRequest,
    OfflineExportReport,
)


def _dump(body: Any) -> dict[str, Any]:
    data: dict[str, Any] = body.model_dump(mode="json")
    return data


def request_ticket(req: Requester, body: ExportTicketRequest) -> ExportTicketOut:
    """A ticket for ``body.row_count`` rows of ``body.columns``, confirmed with the password."""
    return ExportTicketOut.model_validate(req("POST", "/exports", json=_dump(body)))


def report_export(req: Requester, export_id: str, body: ExportReport) -> ExportOut:
    """Report what was written under ticket ``export_id``: row count, SHA-256, outcome."""
    path = f"/exports/{export_id}/report"
    return ExportOut.model_validate(req("POST", path, json=_dump(body)))


def report_offline_export(req: Requester, body: OfflineExportReport) -> ExportOut:
    """Report an export written offline; repeating the same report returns the stored one."""
    return ExportOut.model_validate(req("POST", "/exports/offline", json=_dump(body)))
