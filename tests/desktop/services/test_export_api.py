"""``export_api``: the export ticket calls against a real server over HTTP (demo organisation)."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime

import pytest

from crm_desktop.services import export_api
from crm_protocol.errors import KnownError
from crm_protocol.schemas import (
    ExportOutcome,
    ExportReport,
    ExportTicketOut,
    ExportTicketRequest,
    OfflineExportReport,
)
from tests.desktop.ui.supervisory_server import DEMO_PASSWORD, DemoServer, demo_server  # noqa: F401

pytestmark = pytest.mark.timeout(120)
SHA = hashlib.sha256(b"the workbook").hexdigest()


def _ticket(password: str = DEMO_PASSWORD, rows: int = 3) -> ExportTicketRequest:
    return ExportTicketRequest(password=password, row_count=rows, columns=["name", "city"])


def test_ticket_then_report_once(demo_server: DemoServer) -> None:  # noqa: F811
    req = demo_server.api_as("coordinator").request
    ticket = export_api.request_ticket(req, _ticket())
    assert isinstance(ticket, ExportTicketOut)
    assert (ticket.login, ticket.row_count, ticket.columns) == ("coordinator", 3, ["name", "city"])
    assert ticket.issued_at.tzinfo is not None
    assert ticket.row_cap == 10_000
    out = export_api.report_export(req, ticket.export_id, ExportReport(row_count=3, sha256=SHA))
    assert (out.export_id, out.row_count, out.sha256) == (ticket.export_id, 3, SHA)
    assert out.outcome is ExportOutcome.COMPLETED
    with pytest.raises(KnownError) as again:
        export_api.report_export(req, ticket.export_id, ExportReport(row_count=3, sha256=SHA))
    assert again.value.code == "conflict"


@pytest.mark.parametrize(
    ("login", "password", "code"),
    [("operator", DEMO_PASSWORD, "forbidden"), ("director", "not-the-password", "step_up_failed")],
)
def test_a_refused_ticket_raises_the_servers_code(
    demo_server: DemoServer,  # noqa: F811
    login: str,
    password: str,
    code: str,
) -> None:
    req = demo_server.api_as(login).request
    with pytest.raises(KnownError) as caught:
        export_api.request_ticket(req, _ticket(password))
    assert caught.value.code == code


def test_an_offline_report_is_recorded_once(demo_server: DemoServer) -> None:  # noqa: F811
    req = demo_server.api_as("admin").request
    body = OfflineExportReport(
        export_id=str(uuid.uuid4()),
        created_at=datetime(2026, 11, 20, 8, 0, tzinfo=UTC),
        row_count=7,
        sha256=SHA,
        columns=["name"],
    )
    first = export_api.report_offline_export(req, body)
    assert (first.offline, first.row_count, first.login) == (True, 7, "admin")
    assert export_api.report_offline_export(req, body) == first
    with pytest.raises(KnownError) as refused:
        export_api.report_offline_export(demo_server.api_as("coordinator").request, body)
    assert refused.value.code == "conflict"
