"""ExportService against the real embedded server: tickets, the file, the reports, offline.

SECURITY.md T33/T34: the file holds exactly the columns the role may see (hidden values are in
no cell, defined name, sheet or document part), carries the watermark, and matches what the
server recorded (SHA-256, row count); a role without export gets no file and the server records
the refusal; offline exports happen only where the policy allows them and reach the server at
the next sync.
"""

from __future__ import annotations

import errno
import hashlib
import socket
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from crm_desktop.services import exports as exports_module
from crm_desktop.services.customer_queries import CustomerFilter
from crm_desktop.services.dataio import CancelToken
from crm_desktop.services.exports import (
    EMPTY_SHA256,
    ExportCode,
    ExportSelection,
    ExportService,
)
from crm_desktop.services.server_api import Requester, transport_requester
from crm_desktop.sync.http import HttpTransport
from crm_protocol.errors import ErrorCode, KnownError
from crm_protocol.fields import STANDARD_FIELDS, FieldGroup
from crm_protocol.schemas import ExportOutcome
from tests.desktop.dataio.export_env import (  # noqa: F401 - fixtures
    DEMO_PASSWORD,
    PASSWORD,
    Client,
    ExportWorld,
    export_server,
    world,
)

CZ_ASSIGNMENT = "Strojírenské firmy, Jihomoravský kraj"
CANARY_PRICE = "987654.25"
CANARY_MARGIN = "77.125"
CANARY_REMARK = "CANARY-REMARK-7f3a"
CANARY_ORDER_VALUE = "31337000"


def _assignment_id(env: ExportWorld, name: str) -> str:
    r = env.admin.get("/assignments")
    assert r.status_code == 200, r.text
    return next(a["id"] for a in r.json() if a["name"] == name)


def _server_customers(env: ExportWorld, assignment_id: str | None = None) -> list[dict[str, Any]]:
    params: dict[str, Any] = {"page_size": 5000}
    if assignment_id is not None:
        params["assignment_id"] = assignment_id
    r = env.admin.get("/customers", params=params)
    assert r.status_code == 200, r.text
    items: list[dict[str, Any]] = r.json()["items"]
    return items


def _plant_canaries(env: ExportWorld, customers: list[dict[str, Any]]) -> None:
    """Hidden values nobody could confuse with anything else, on a few customers."""
    for c in customers[:5]:
        values = {
            "purchase_price": CANARY_PRICE,
            "margin": CANARY_MARGIN,
            "remarks": CANARY_REMARK,
            "custom.expected_order_value": CANARY_ORDER_VALUE,
        }
        r = env.admin.patch(f"/customers/{c['id']}", json={"values": values})
        assert r.status_code == 200, r.text


def _sheet_rows(path: Path) -> list[tuple[Any, ...]]:
    wb = load_workbook(path)
    try:
        return list(wb.active.iter_rows(values_only=True))
    finally:
        wb.close()


def _dead_requester() -> Requester:
    """A requester to a loopback port nobody listens on: a real "server unreachable"."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    transport = HttpTransport(f"http://127.0.0.1:{port}", "dead-device", timeout=2)
    return transport_requester(transport)


def _service_with(client: Client, requester: Requester) -> ExportService:
    """The client's export service, but talking through ``requester``."""
    svc = client.service
    return ExportService(
        client.session.store,
        client.session.context,
        client.queries,
        requester,
        offline_step_up=svc._offline_step_up,
    )


def _everything(client: Client, **flt: Any) -> ExportSelection:
    return ExportSelection(CustomerFilter(**flt), description="current list")


@pytest.fixture
def env(world: ExportWorld) -> ExportWorld:  # noqa: F811 - the imported fixture
    """The export server's admin side and the clients of this test."""
    return world


# --- the file -------------------------------------------------------------------------------


def test_file_holds_exactly_the_allowed_columns_the_watermark_and_the_rows(
    env: ExportWorld,
    tmp_path: Path,
) -> None:
    cz = _assignment_id(env, CZ_ASSIGNMENT)
    on_server = _server_customers(env, cz)
    _plant_canaries(env, on_server)
    role = env.add_role(hidden=("commercial", "remarks"))
    client = env.sign_in(env.add_user(role))
    service = client.service
    assert service.allowed

    plan = service.plan(_everything(client, assignment_id=cz))
    visible = [
        f.name
        for f in STANDARD_FIELDS
        if f.group not in (FieldGroup.COMMERCIAL, FieldGroup.REMARKS)
    ]
    # the CZ assignment's custom fields: cnc_machines (custom) yes, expected_order_value
    # (commercial) no
    assert plan.column_names == [*visible, "custom.cnc_machines"]
    assert plan.row_count == len(on_server)

    path = tmp_path / "customers.xlsx"
    seen: list[tuple[int, int]] = []
    summary = service.export_file(plan, path, PASSWORD, progress=lambda d, t: seen.append((d, t)))
    assert summary.outcome is ExportOutcome.COMPLETED
    assert summary.reported
    assert not summary.offline
    assert summary.path == path
    assert summary.row_count == len(on_server)
    assert summary.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert seen[0] == (0, len(on_server))
    assert seen[-1] == (len(on_server), len(on_server))

    # -- T34: what any tool sees in the file
    wb = load_workbook(path)
    try:
        assert wb.sheetnames == ["Export"]
        assert all(ws.sheet_state == "visible" for ws in wb.worksheets)
        assert len(wb.defined_names) == 0
        ws = wb.active
        rows = list(ws.iter_rows(values_only=True))
        for hf in (ws.oddHeader, ws.oddFooter, ws.evenHeader, ws.evenFooter):
            assert client.login in hf.center.text
            assert summary.export_id in hf.center.text
        custom = {p.name: p.value for p in wb.custom_doc_props.props}
        assert custom["export_id"] == summary.export_id
        assert custom["exported_by"] == client.login
        assert not any(cell.comment for row in ws.iter_rows() for cell in row)
    finally:
        wb.close()
    assert rows[0] == (*visible, "Počet CNC strojů")
    assert len(rows) == 1 + len(on_server)
    body = [r for r in rows[1:]]
    by_key = {(c["values"].get("name"), c["values"].get("ico")): c for c in on_server}
    for row in body:
        values = dict(zip(plan.column_names, row, strict=True))
        server = by_key[(values["name"], values["ico"])]["values"]
        for name in visible:
            assert values[name] == server.get(name), name
        cnc = server.get("custom.cnc_machines")
        assert values["custom.cnc_machines"] == (None if cnc is None else int(cnc))
    assert len({(r[0], r[plan.column_names.index("ico")]) for r in body}) == len(on_server)
    # the list's order (by name, as the store collates)
    keys = client.queries.ordered_keys(CustomerFilter(assignment_id=cz))
    listed = client.queries.rows(keys)
    assert [r[0] for r in body] == [listed[k].values["name"] for k in keys]

    # -- hidden values are nowhere: no cell, no part of the package
    cells = {str(v) for r in rows for v in r if v is not None}
    for canary in (CANARY_PRICE, CANARY_MARGIN, CANARY_REMARK, CANARY_ORDER_VALUE):
        assert not any(canary in c for c in cells)
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
        assert 'name="export_id"' in parts["docProps/custom.xml"].decode()
        assert summary.export_id in parts["docProps/custom.xml"].decode()
    for name, data in parts.items():
        for canary in (CANARY_PRICE, CANARY_MARGIN, CANARY_REMARK, CANARY_ORDER_VALUE):
            assert canary.encode() not in data, (name, canary)
        for hidden in ("purchase_price", "margin", "remarks", "expected_order_value"):
            assert hidden.encode() not in data, (name, hidden)
    assert not [n for n in parts if "comments" in n or "drawing" in n or "externalLink" in n]

    # -- SECURITY T34: the server's export row matches the file
    recorded = env.export(summary.export_id)
    assert recorded["sha256"] == summary.sha256
    assert recorded["row_count"] == len(on_server)
    assert recorded["row_count_granted"] == len(on_server)
    assert recorded["outcome"] == "completed"
    assert recorded["kind"] == "file"
    assert recorded["columns"] == plan.column_names
    assert recorded["login"] == client.login
    assert not recorded["offline"]
    assert service.pending() == []
    ticket = [e for e in env.audit("export_ticket") if e["object_id"] == summary.export_id]
    assert len(ticket) == 1


def test_selected_rows_export_only_those_rows_in_list_order(
    env: ExportWorld,
    tmp_path: Path,
) -> None:
    client = env.sign_in(env.add_user(env.add_role()))
    keys = client.queries.ordered_keys(CustomerFilter())
    chosen = [keys[7], keys[3], keys[50]]  # the selection, in the list's order below
    plan = client.service.plan(
        ExportSelection(CustomerFilter(), keys=sorted(chosen, key=list(keys).index))
    )
    assert plan.row_count == 3
    summary = client.service.export_file(plan, tmp_path / "sel.xlsx", PASSWORD)
    rows = _sheet_rows(tmp_path / "sel.xlsx")
    expected = client.queries.rows([keys[3], keys[7], keys[50]])
    assert [r[0] for r in rows[1:]] == [
        expected[k].values["name"] for k in (keys[3], keys[7], keys[50])
    ]
    assert env.export(summary.export_id)["row_count"] == 3


def test_only_rows_within_the_export_scope_are_exported(env: ExportWorld, tmp_path: Path) -> None:
    role = env.add_role()
    r = env.admin.get("/roles")
    body = next(x for x in r.json() if x["name"] == role)
    # reads everything, exports only what they own
    scoped = {**body, "name": role + "_own", "grants": {**body["grants"]}}
    scoped["grants"]["customer.export"] = ["own"]
    scoped.pop("builtin")
    created = env.admin.post("/roles", json=scoped)
    assert created.status_code == 201, created.text
    login = env.add_user(scoped["name"])
    user_id = next(u["id"] for u in env.admin.get("/users").json() if u["login"] == login)
    mine = _server_customers(env)[:4]
    for c in mine:
        moved = env.admin.put(f"/customers/{c['id']}/owner", json={"owner_id": user_id})
        assert moved.status_code == 200, moved.text
    client = env.sign_in(login)
    assert len(client.queries.ordered_keys(CustomerFilter())) > 4  # they read them all
    plan = client.service.plan(_everything(client))
    assert plan.row_count == 4
    client.service.export_file(plan, tmp_path / "own.xlsx", PASSWORD)
    names = sorted(str(r[0]) for r in _sheet_rows(tmp_path / "own.xlsx")[1:])
    assert names == sorted(str(c["values"]["name"]) for c in mine)


# --- refusals ---------------------------------------------------------------------------------


def test_a_role_without_export_gets_no_file_and_the_server_records_the_refusal(
    env: ExportWorld,
    tmp_path: Path,
) -> None:
    client = env.sign_in("operator", DEMO_PASSWORD)
    assert not client.service.allowed
    plan = client.service.plan(_everything(client))
    assert plan.row_count > 0
    before = len(env.audit("export_denied"))
    with pytest.raises(KnownError) as caught:
        client.service.export_file(plan, tmp_path / "no.xlsx", DEMO_PASSWORD)
    assert caught.value.code == "forbidden"
    assert list(tmp_path.iterdir()) == []
    assert client.service.pending() == []
    denied = env.audit("export_denied")[before:]
    assert [e["actor_id"] for e in denied] == [client.session.context.user_id]
    assert denied[0]["detail"]["reason"] == "no_permission"
    assert denied[0]["detail"]["row_count"] == plan.row_count


def test_a_wrong_password_is_refused_and_recorded(env: ExportWorld, tmp_path: Path) -> None:
    client = env.sign_in(env.add_user(env.add_role()))
    plan = client.service.plan(_everything(client))
    with pytest.raises(KnownError) as caught:
        client.service.export_file(plan, tmp_path / "x.xlsx", "not-the-password")
    assert caught.value.code == "step_up_failed"
    assert list(tmp_path.iterdir()) == []
    denied = [
        e for e in env.audit("export_denied") if e["actor_id"] == client.session.context.user_id
    ]
    assert [e["detail"]["reason"] for e in denied] == ["step_up"]


def test_row_cap_and_daily_quota_are_enforced_by_the_server(
    env: ExportWorld,
    tmp_path: Path,
) -> None:
    client = env.sign_in(env.add_user(env.add_role(row_cap=50, daily_rows=80)))
    keys = client.queries.ordered_keys(CustomerFilter())
    with pytest.raises(KnownError) as caught:
        client.service.export_file(
            client.service.plan(_everything(client)), tmp_path / "all.xlsx", PASSWORD
        )
    assert caught.value.code == "export_row_cap"
    first = client.service.plan(ExportSelection(CustomerFilter(), keys=keys[:50]))
    client.service.export_file(first, tmp_path / "a.xlsx", PASSWORD)
    second = client.service.plan(ExportSelection(CustomerFilter(), keys=keys[50:90]))
    with pytest.raises(KnownError) as caught:
        client.service.export_file(second, tmp_path / "b.xlsx", PASSWORD)
    assert caught.value.code == "export_quota_exceeded"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx"]


def test_a_throttled_step_up_never_falls_back_to_an_offline_export(
    env: ExportWorld,
    tmp_path: Path,
) -> None:
    client = env.sign_in(env.add_user(env.add_role(offline_export=True)))

    def throttled(method: str, path: str, **kwargs: Any) -> Any:
        if path == "/exports":
            raise KnownError(ErrorCode.SERVER_UNREACHABLE, {"status": "429"})
        return client.requester(method, path, **kwargs)

    service = _service_with(client, throttled)
    with pytest.raises(KnownError) as caught:
        service.export_file(service.plan(_everything(client)), tmp_path / "x.xlsx", PASSWORD)
    assert caught.value.code == "too_many_attempts"
    assert list(tmp_path.iterdir()) == []
    assert service.pending() == []


# --- cancel, failures, late reports -----------------------------------------------------------


def test_cancel_removes_the_partial_file_and_reports_the_rows_written(
    env: ExportWorld,
    tmp_path: Path,
) -> None:
    client = env.sign_in(env.add_user(env.add_role()))
    token = CancelToken()
    plan = client.service.plan(_everything(client))

    def progress(done: int, total: int) -> None:
        if done == 0:
            token.cancel()  # as the UI's Cancel would, while rows are being written

    summary = client.service.export_file(
        plan, tmp_path / "c.xlsx", PASSWORD, progress=progress, cancel=token
    )
    assert summary.outcome is ExportOutcome.CANCELLED
    assert summary.path is None
    assert list(tmp_path.iterdir()) == []
    assert 0 < summary.row_count < plan.row_count
    recorded = env.export(summary.export_id)
    assert recorded["outcome"] == "cancelled"
    assert recorded["row_count"] == summary.row_count
    assert recorded["sha256"] == EMPTY_SHA256


@pytest.mark.parametrize(
    ("target", "code"),
    [
        (Path("/sys/crm-export.xlsx"), ExportCode.WRITE_DENIED),  # EACCES even for root
        (Path("/nonexistent-dir/crm-export.xlsx"), ExportCode.WRITE_FAILED),
    ],
)
def test_a_file_that_cannot_be_written_is_a_clear_error_and_reported_failed(
    env: ExportWorld,
    target: Path,
    code: ExportCode,
) -> None:
    client = env.sign_in(env.add_user(env.add_role()))
    plan = client.service.plan(_everything(client))
    with pytest.raises(KnownError) as caught:
        client.service.export_file(plan, target, PASSWORD)
    assert caught.value.code == code
    assert not target.exists()
    exported = [e for e in env.exports() if e["login"] == client.login]
    assert [(e["outcome"], e["row_count"]) for e in exported] == [("failed", 0)]


def test_a_full_disk_is_reported_as_such(
    env: ExportWorld,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = env.sign_in(env.add_user(env.add_role()))

    def full(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "x.xlsx"))

    monkeypatch.setattr(exports_module, "write_export", full)
    with pytest.raises(KnownError) as caught:
        client.service.export_file(
            client.service.plan(_everything(client)), tmp_path / "x.xlsx", PASSWORD
        )
    assert caught.value.code == ExportCode.DISK_FULL
    assert caught.value.detail == {"file": "x.xlsx"}


def test_a_report_that_fails_stays_pending_and_is_delivered_after_the_next_sync(
    env: ExportWorld,
    tmp_path: Path,
) -> None:
    client = env.sign_in(env.add_user(env.add_role()))

    def reports_lost(method: str, path: str, **kwargs: Any) -> Any:
        if path.endswith("/report"):
            raise KnownError(ErrorCode.SERVER_UNREACHABLE)
        return client.requester(method, path, **kwargs)

    service = _service_with(client, reports_lost)
    summary = service.export_file(service.plan(_everything(client)), tmp_path / "x.xlsx", PASSWORD)
    assert summary.outcome is ExportOutcome.COMPLETED
    assert not summary.reported
    [pending] = service.pending()
    assert pending.export_id == summary.export_id
    assert pending.attempts == 0  # "unreachable" is no refusal
    assert env.export(summary.export_id)["reported_at"] is None

    assert service.deliver_pending(reports_lost).left == 1  # still offline: stays
    result = service.deliver_pending(client.requester)  # what the app does after a sync
    assert (result.delivered, result.left) == (1, 0)
    assert service.pending() == []
    recorded = env.export(summary.export_id)
    assert recorded["sha256"] == summary.sha256
    assert recorded["row_count"] == summary.row_count
    # a second delivery has nothing to do
    assert service.deliver_pending(client.requester).delivered == 0


# --- offline --------------------------------------------------------------------------------


def test_offline_export_where_the_policy_allows_it_is_delivered_at_the_next_sync(
    env: ExportWorld,
    tmp_path: Path,
) -> None:
    client = env.sign_in(env.add_user(env.add_role(offline_export=True)))
    offline = _service_with(client, _dead_requester())
    plan = offline.plan(_everything(client))

    with pytest.raises(KnownError) as caught:  # the step-up works offline too (the vault)
        offline.export_file(plan, tmp_path / "bad.xlsx", "not-the-password")
    assert caught.value.code == "step_up_failed"
    assert list(tmp_path.iterdir()) == []

    path = tmp_path / "offline.xlsx"
    summary = offline.export_file(plan, path, PASSWORD)
    assert summary.offline
    assert not summary.reported
    assert summary.outcome is ExportOutcome.COMPLETED
    assert uuid.UUID(summary.export_id)
    wb = load_workbook(path)
    try:
        assert summary.export_id in wb.active.oddHeader.center.text
        assert client.login in wb.active.oddFooter.center.text
        custom = {p.name: p.value for p in wb.custom_doc_props.props}
        assert custom["export_id"] == summary.export_id
    finally:
        wb.close()
    [pending] = offline.pending()
    assert pending.offline
    assert offline.deliver_pending().left == 1  # still offline

    # the next sync: back online
    client.engine.sync(lambda _p, _d, _t: None)
    assert offline.deliver_pending(client.requester).delivered == 1
    assert offline.pending() == []
    recorded = env.export(summary.export_id)
    assert recorded["offline"]
    assert recorded["sha256"] == summary.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert recorded["row_count"] == plan.row_count
    audited = [e for e in env.audit("export_offline") if e["object_id"] == summary.export_id]
    assert len(audited) == 1


def test_offline_export_is_refused_where_the_policy_does_not_allow_it(
    env: ExportWorld,
    tmp_path: Path,
) -> None:
    client = env.sign_in(env.add_user(env.add_role(offline_export=False)))
    offline = _service_with(client, _dead_requester())
    with pytest.raises(KnownError) as caught:
        offline.export_file(offline.plan(_everything(client)), tmp_path / "x.xlsx", PASSWORD)
    assert caught.value.code == ExportCode.OFFLINE_NOT_ALLOWED
    assert list(tmp_path.iterdir()) == []
    assert offline.pending() == []


# --- clipboard --------------------------------------------------------------------------------


def test_copying_rows_is_an_export_of_kind_clipboard(env: ExportWorld) -> None:
    client = env.sign_in(env.add_user(env.add_role(hidden=("commercial",))))
    keys = client.queries.ordered_keys(CustomerFilter())[:3]
    plan = client.service.plan(
        ExportSelection(CustomerFilter(), keys=keys), columns=["name", "city", "margin"]
    )
    assert plan.column_names == ["name", "city"]  # a hidden column is never asked for
    copied = client.service.copy_rows(plan, PASSWORD)
    lines = copied.text.splitlines()
    assert lines[0] == "name\tcity"
    rows = client.queries.rows(keys)
    assert lines[1:] == [f"{rows[k].values['name']}\t{rows[k].values['city']}" for k in keys]
    assert copied.row_count == 3
    assert copied.sha256 == hashlib.sha256(copied.text.encode()).hexdigest()
    assert env.export(copied.export_id)["reported_at"] is None  # not before it is copied
    assert client.service.deliver_pending().delivered == 0  # held back until copied
    assert client.service.report_clipboard(copied)
    recorded = env.export(copied.export_id)
    assert (recorded["kind"], recorded["row_count"], recorded["sha256"]) == (
        "clipboard",
        3,
        copied.sha256,
    )


def test_copying_too_many_rows_or_offline_is_refused(
    env: ExportWorld,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = env.sign_in(env.add_user(env.add_role(offline_export=True)))
    plan = client.service.plan(_everything(client))
    monkeypatch.setattr(exports_module, "CLIPBOARD_MAX_ROWS", plan.row_count - 1)
    with pytest.raises(KnownError) as caught:
        client.service.copy_rows(plan, PASSWORD)
    assert caught.value.code == ExportCode.CLIPBOARD_TOO_MANY
    monkeypatch.setattr(exports_module, "CLIPBOARD_MAX_ROWS", 10_000)
    with pytest.raises(KnownError) as caught:
        _service_with(client, _dead_requester()).copy_rows(plan, PASSWORD)
    assert caught.value.code == ExportCode.CLIPBOARD_OFFLINE


@pytest.fixture(autouse=True)
def _no_leftover_clients(env: ExportWorld) -> Iterator[None]:
    yield
    env.close_clients()
