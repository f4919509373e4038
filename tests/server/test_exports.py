"""T33/T34: export tickets — permission, step-up, hidden columns, row cap, daily quota (also under
20 concurrent requests to real server processes), the device's report, offline exports."""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from crm_protocol import PROTOCOL_VERSION
from crm_protocol.fields import FieldGroup
from crm_protocol.permissions import Access, Permission, Scope
from crm_protocol.roles import Limits, RoleDef
from crm_protocol.schemas import ExportTicketRequest
from crm_server.audit import AuditContext
from crm_server.config import Settings
from crm_server.models import AuditEvent, Export, LoginThrottle, Role, User
from crm_server.services import exports
from crm_server.services.auth import AuthService
from crm_server.services.errors import ServiceError
from crm_server.services.passwords import PasswordHasher
from crm_server.services.principal import Principal
from crm_server.services.roles import policy_of, role_to_row_values, set_user_roles
from tests.server.conftest import TestClient, World, login, password_of

CAP, DAILY = 100, 250
ALL = frozenset({Scope.ALL})


def _role(name: str, *, cap: int | None = CAP, daily: int | None = DAILY, offline: bool) -> RoleDef:
    """Reads and exports everything, sees every group but the commercial one."""
    return RoleDef(
        name,
        {Permission.CUSTOMER_READ: ALL, Permission.EXPORT: ALL},
        {g: Access.HIDDEN if g is FieldGroup.COMMERCIAL else Access.READ for g in FieldGroup},
        limits=Limits(export_row_cap=cap, export_daily_rows=daily, offline_export=offline),
    )


AUDITOR = RoleDef(
    "auditor_without_commercial",
    {Permission.READ_AUDIT: ALL},
    {g: Access.HIDDEN if g is FieldGroup.COMMERCIAL else Access.READ for g in FieldGroup},
)
ROLES = (
    AUDITOR,
    _role("exporter", offline=False),
    _role("offline_exporter", offline=True),
    _role("capless_exporter", cap=0, daily=None, offline=True),  # cap 0: export impossible
)


@pytest.fixture(scope="module")
def roles(engine: Engine, world: World) -> None:
    """The test roles, stored like an administrator's own."""
    with Session(engine) as s:
        for role in ROLES:
            s.add(Role(**role_to_row_values(role)))
        s.commit()


@pytest.fixture
def new_user(engine: Engine, settings: Settings, roles: None) -> Callable[[str], tuple[str, str]]:
    """A fresh user holding ``role`` (fresh: every quota and throttle starts at zero)."""
    hasher = PasswordHasher(settings)

    def make(role: str) -> tuple[str, str]:
        name = f"{role}_{uuid.uuid4().hex[:8]}"
        with Session(engine) as s:
            user = User(login=name, display_name=name, password_hash=hasher.hash(password_of(name)))
            s.add(user)
            s.flush()
            set_user_roles(s, user.id, [role])
            s.commit()
            return name, user.id

    return make


def _headers(client: TestClient, user: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {login(client, user)['access_token']}"}


def _ticket(user: str, rows: int = 10, **over: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "password": password_of(user),
        "row_count": rows,
        "columns": ["name", "city", "custom.note_extra"],
        "scope": "assignment A1, city prefix Wa",
        "kind": "file",
    }
    return {**body, **over}


def _events(engine: Engine, action: str, actor: str) -> list[AuditEvent]:
    with Session(engine) as s:
        return list(
            s.exec(
                select(AuditEvent)
                .where(col(AuditEvent.action) == action, col(AuditEvent.actor_id) == actor)
                .order_by(col(AuditEvent.seq))
            ).all()
        )


def _code(r: httpx.Response) -> str:
    code: str = r.json()["error"]["code"]
    return code


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- the ticket ------------------------------------------------------------------------------


def test_a_role_without_export_is_refused_and_on_record(
    client: TestClient, world: World, engine: Engine, new_user: Callable[[str], tuple[str, str]]
) -> None:
    r = client.post(
        "/api/v1/exports", json=_ticket("operator"), headers=_headers(client, "operator")
    )
    assert (r.status_code, _code(r)) == (403, "forbidden")
    denied = _events(engine, "export_denied", world.users["operator"])
    assert denied
    assert denied[-1].detail["reason"] == "no_permission"
    assert denied[-1].detail["row_count"] == 10
    # a role that grants export with a row cap of 0 cannot export either
    name, uid = new_user("capless_exporter")
    r = client.post("/api/v1/exports", json=_ticket(name), headers=_headers(client, name))
    assert (r.status_code, _code(r)) == (403, "forbidden")
    assert _events(engine, "export_denied", uid)[-1].detail["reason"] == "no_permission"
    with Session(engine) as s:
        assert s.exec(select(Export).where(col(Export.user_id) == uid)).first() is None


def test_a_granted_ticket_is_stored_and_audited_without_values(
    client: TestClient, engine: Engine, new_user: Callable[[str], tuple[str, str]]
) -> None:
    name, uid = new_user("exporter")
    r = client.post("/api/v1/exports", json=_ticket(name, 40), headers=_headers(client, name))
    assert r.status_code == 201, r.text
    ticket = r.json()
    assert ticket["login"] == name
    assert ticket["row_count"] == 40
    assert ticket["columns"] == ["name", "city", "custom.note_extra"]
    assert (ticket["row_cap"], ticket["daily_rows_left"]) == (CAP, DAILY - 40)
    issued = datetime.fromisoformat(ticket["issued_at"])
    assert abs((datetime.now(UTC) - issued).total_seconds()) < 60  # server UTC time
    with Session(engine) as s:
        row = s.get(Export, ticket["export_id"])
    assert row is not None
    assert (row.user_id, row.offline, row.row_count_granted, row.kind) == (uid, False, 40, "file")
    assert row.reported_at is None
    assert row.row_count is None
    assert row.device_id.startswith("device-")
    event = _events(engine, "export_ticket", uid)[-1]
    assert event.object_id == ticket["export_id"]
    assert event.device_id == row.device_id
    assert event.detail == {
        "export_id": ticket["export_id"],
        "row_count": 40,
        "columns": 3,
        "kind": "file",
        "scope": "assignment A1, city prefix Wa",
    }
    assert "pw-" not in str(event.detail)


def test_a_wrong_step_up_password_is_refused_counted_and_throttled(
    client: TestClient,
    engine: Engine,
    settings: Settings,
    new_user: Callable[[str], tuple[str, str]],
) -> None:
    name, uid = new_user("exporter")
    headers = _headers(client, name)
    wrong = _ticket(name, password="not-my-password")
    for _ in range(settings.account_free_failures + 1):
        r = client.post("/api/v1/exports", json=wrong, headers=headers)
        assert (r.status_code, _code(r)) == (403, "step_up_failed")
    denied = _events(engine, "export_denied", uid)
    assert [e.detail["reason"] for e in denied] == ["step_up"] * (
        settings.account_free_failures + 1
    )
    with Session(engine) as s:
        counter = s.get(LoginThrottle, f"acct:{name}")
    assert counter is not None
    assert counter.failures == settings.account_free_failures + 1
    assert counter.locked_until is not None
    # now locked like a login: even the right password is not checked, and login is refused
    r = client.post("/api/v1/exports", json=_ticket(name), headers=headers)
    assert (r.status_code, _code(r)) == (429, "too_many_attempts")
    assert _events(engine, "export_denied", uid)[-1].detail["reason"] == "step_up_throttled"
    r = client.post(
        "/api/v1/auth/login",
        json={"login": name, "password": password_of(name), "device_id": "device-locked"},
    )
    assert r.status_code == 429
    with Session(engine) as s:
        assert s.exec(select(Export).where(col(Export.user_id) == uid)).first() is None


def test_a_right_step_up_clears_earlier_failures(
    client: TestClient, engine: Engine, new_user: Callable[[str], tuple[str, str]]
) -> None:
    name, _ = new_user("exporter")
    headers = _headers(client, name)
    wrong = _ticket(name, password="not-my-password")
    assert client.post("/api/v1/exports", json=wrong, headers=headers).status_code == 403
    with Session(engine) as s:
        assert s.get(LoginThrottle, f"acct:{name}") is not None
    assert client.post("/api/v1/exports", json=_ticket(name), headers=headers).status_code == 201
    with Session(engine) as s:
        assert s.get(LoginThrottle, f"acct:{name}") is None


@pytest.mark.parametrize(
    "columns", [["name", "margin"], ["name", "custom.deal_value"], ["name", "no_such_field"]]
)
def test_a_hidden_or_unknown_column_is_refused_alike(
    client: TestClient,
    engine: Engine,
    new_user: Callable[[str], tuple[str, str]],
    columns: list[str],
) -> None:
    name, uid = new_user("exporter")
    r = client.post(
        "/api/v1/exports", json=_ticket(name, columns=columns), headers=_headers(client, name)
    )
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "unknown_field"
    assert r.json()["error"]["fields"] == [{"field": "columns.1", "code": "unknown_field"}]
    assert columns[1] not in r.text  # the answer never names the column
    event = _events(engine, "export_denied", uid)[-1]
    assert event.detail["reason"] == "unknown_field"
    assert columns[1] not in str(event.detail)


def test_the_row_cap(
    client: TestClient, engine: Engine, new_user: Callable[[str], tuple[str, str]]
) -> None:
    name, uid = new_user("exporter")
    headers = _headers(client, name)
    r = client.post("/api/v1/exports", json=_ticket(name, CAP + 1), headers=headers)
    assert (r.status_code, _code(r)) == (403, "export_row_cap")
    event = _events(engine, "export_denied", uid)[-1]
    assert (event.detail["reason"], event.detail["row_cap"]) == ("row_cap", CAP)
    assert (
        client.post("/api/v1/exports", json=_ticket(name, CAP), headers=headers).status_code == 201
    )


def test_the_daily_quota_counts_granted_then_reported_rows(
    client: TestClient, engine: Engine, new_user: Callable[[str], tuple[str, str]]
) -> None:
    name, uid = new_user("exporter")
    headers = _headers(client, name)

    def ask(rows: int) -> httpx.Response:
        return client.post("/api/v1/exports", json=_ticket(name, rows), headers=headers)

    first = ask(100)
    assert first.json()["daily_rows_left"] == 150
    assert ask(100).json()["daily_rows_left"] == 50
    refused = ask(51)
    assert (refused.status_code, _code(refused)) == (403, "export_quota_exceeded")
    event = _events(engine, "export_denied", uid)[-1]
    assert (event.detail["reason"], event.detail["used_today"]) == ("quota", 200)
    assert ask(50).json()["daily_rows_left"] == 0
    assert _code(ask(1)) == "export_quota_exceeded"
    # the first export wrote only 30 rows: the other 70 count no more
    report = {"row_count": 30, "sha256": _sha(b"first"), "outcome": "completed"}
    path = f"/api/v1/exports/{first.json()['export_id']}/report"
    assert client.post(path, json=report, headers=headers).status_code == 200
    assert ask(70).json()["daily_rows_left"] == 0
    assert _code(ask(1)) == "export_quota_exceeded"


# --- the report ------------------------------------------------------------------------------


def test_the_report_is_stored_once_with_its_sha256(
    client: TestClient, world: World, engine: Engine, new_user: Callable[[str], tuple[str, str]]
) -> None:
    name, uid = new_user("exporter")
    headers = _headers(client, name)
    export_id = client.post("/api/v1/exports", json=_ticket(name, 20), headers=headers).json()[
        "export_id"
    ]
    path = f"/api/v1/exports/{export_id}/report"
    digest = _sha(b"the xlsx bytes")
    body = {"row_count": 20, "sha256": digest, "outcome": "completed"}
    # nobody else may report it, and it does not exist for them
    other = client.post(path, json=body, headers=_headers(client, "administrator"))
    assert (other.status_code, _code(other)) == (404, "not_found")
    r = client.post(path, json=body, headers=headers)
    assert r.status_code == 200, r.text
    out = r.json()
    assert (out["row_count"], out["sha256"], out["outcome"]) == (20, digest, "completed")
    assert (out["row_count_granted"], out["login"], out["offline"]) == (20, name, False)
    with Session(engine) as s:
        row = s.get(Export, export_id)
    assert row is not None
    assert row.reported_at is not None
    assert (row.sha256, row.row_count, row.outcome) == (digest, 20, "completed")
    completed = _events(engine, "export_completed", uid)
    assert [e.object_id for e in completed] == [export_id]
    assert (completed[0].detail["sha256"], completed[0].detail["row_count"]) == (digest, 20)
    again = client.post(path, json={**body, "sha256": _sha(b"other")}, headers=headers)
    assert (again.status_code, _code(again)) == (409, "conflict")
    with Session(engine) as s:
        assert s.get(Export, export_id).sha256 == digest  # type: ignore[union-attr]
    missing = client.post(f"/api/v1/exports/{uuid.uuid4()}/report", json=body, headers=headers)
    assert missing.status_code == 404


def test_a_report_of_more_rows_than_granted_is_refused_and_on_record(
    client: TestClient, engine: Engine, new_user: Callable[[str], tuple[str, str]]
) -> None:
    name, uid = new_user("exporter")
    headers = _headers(client, name)
    export_id = client.post("/api/v1/exports", json=_ticket(name, 20), headers=headers).json()[
        "export_id"
    ]
    body = {"row_count": 21, "sha256": _sha(b"x"), "outcome": "completed"}
    r = client.post(f"/api/v1/exports/{export_id}/report", json=body, headers=headers)
    assert (r.status_code, _code(r)) == (409, "conflict")
    mismatch = _events(engine, "export_report_mismatch", uid)
    assert [e.object_id for e in mismatch] == [export_id]
    assert (mismatch[0].detail["row_count"], mismatch[0].detail["row_count_granted"]) == (21, 20)
    with Session(engine) as s:
        row = s.get(Export, export_id)
    assert row is not None
    assert row.reported_at is None
    assert row.sha256 is None


# --- offline exports -------------------------------------------------------------------------


def _offline(**over: Any) -> dict[str, Any]:
    body = {
        "export_id": str(uuid.uuid4()),
        "created_at": "2026-11-20T08:15:00+00:00",
        "row_count": 12,
        "sha256": _sha(b"offline file"),
        "outcome": "completed",
        "columns": ["name", "city"],
        "scope": "my records",
        "kind": "file",
    }
    return {**body, **over}


def test_an_offline_export_is_recorded_where_the_policy_allows_it(
    client: TestClient, world: World, engine: Engine, new_user: Callable[[str], tuple[str, str]]
) -> None:
    for name, uid in (
        new_user("offline_exporter"),
        ("administrator", world.users["administrator"]),
    ):
        body = _offline()
        r = client.post("/api/v1/exports/offline", json=body, headers=_headers(client, name))
        assert r.status_code == 201, r.text
        out = r.json()
        assert (out["export_id"], out["offline"], out["row_count"]) == (body["export_id"], True, 12)
        assert (out["sha256"], out["user_id"], out["login"]) == (body["sha256"], uid, name)
        with Session(engine) as s:
            row = s.get(Export, body["export_id"])
        assert row is not None
        assert row.device_created_at is not None
        assert row.device_created_at.isoformat() == body["created_at"]
        event = _events(engine, "export_offline", uid)[-1]
        assert event.object_id == body["export_id"]
        assert event.detail["device_created_at"] == body["created_at"]
        server_time = datetime.fromisoformat(event.detail["server_time"])
        assert abs((datetime.now(UTC) - server_time).total_seconds()) < 60
        assert event.detail["sha256"] == body["sha256"]
        assert (event.detail["over_cap"], event.detail["over_quota"]) == (False, False)


def test_an_offline_export_over_the_limits_is_recorded_and_flagged(
    client: TestClient, engine: Engine, new_user: Callable[[str], tuple[str, str]]
) -> None:
    name, uid = new_user("offline_exporter")
    body = _offline(row_count=DAILY + 1)
    r = client.post("/api/v1/exports/offline", json=body, headers=_headers(client, name))
    assert r.status_code == 201  # the file exists already: refusing would only lose the record
    event = _events(engine, "export_offline", uid)[-1]
    assert (event.detail["over_cap"], event.detail["over_quota"]) == (True, True)


def test_an_offline_retry_returns_the_recorded_export(
    client: TestClient, engine: Engine, new_user: Callable[[str], tuple[str, str]]
) -> None:
    name, uid = new_user("offline_exporter")
    headers = _headers(client, name)
    body = _offline()
    first = client.post("/api/v1/exports/offline", json=body, headers=headers)
    retry = client.post("/api/v1/exports/offline", json=body, headers=headers)
    assert (first.status_code, retry.status_code) == (201, 200)
    assert retry.json() == first.json()
    assert len(_events(engine, "export_offline", uid)) == 1
    # the same id for another file, or from someone else, is a conflict
    changed = client.post(
        "/api/v1/exports/offline", json={**body, "sha256": _sha(b"other")}, headers=headers
    )
    assert changed.status_code == 409
    other, _ = new_user("offline_exporter")
    stolen = client.post("/api/v1/exports/offline", json=body, headers=_headers(client, other))
    assert stolen.status_code == 409
    with Session(engine) as s:
        rows = s.exec(select(Export).where(col(Export.export_id) == body["export_id"])).all()
    assert [(r.user_id, r.sha256) for r in rows] == [(uid, body["sha256"])]


@pytest.mark.parametrize("role", ["exporter", "coordinator", "operator"])
def test_an_offline_export_is_refused_but_on_record_elsewhere(
    client: TestClient,
    world: World,
    engine: Engine,
    new_user: Callable[[str], tuple[str, str]],
    role: str,
) -> None:
    name, uid = new_user("exporter") if role == "exporter" else (role, world.users[role])
    body = _offline()
    r = client.post("/api/v1/exports/offline", json=body, headers=_headers(client, name))
    assert (r.status_code, _code(r)) == (403, "forbidden")
    event = _events(engine, "export_denied", uid)[-1]
    assert (event.detail["reason"], event.object_id) == ("offline_not_allowed", body["export_id"])
    assert (event.detail["sha256"], event.detail["row_count"]) == (body["sha256"], 12)
    with Session(engine) as s:
        assert s.get(Export, body["export_id"]) is None


def test_an_offline_export_with_a_hidden_column_is_refused(
    client: TestClient, engine: Engine, new_user: Callable[[str], tuple[str, str]]
) -> None:
    name, uid = new_user("offline_exporter")
    body = _offline(columns=["name", "purchase_price"])
    r = client.post("/api/v1/exports/offline", json=body, headers=_headers(client, name))
    assert (r.status_code, _code(r)) == (400, "unknown_field")
    assert "purchase_price" not in r.text
    assert _events(engine, "export_denied", uid)[-1].detail["reason"] == "unknown_field"


# --- the auditors' list ----------------------------------------------------------------------


def test_auditors_list_exports_newest_first(
    client: TestClient, world: World, new_user: Callable[[str], tuple[str, str]]
) -> None:
    name, uid = new_user("exporter")
    headers = _headers(client, name)
    ids = [
        client.post("/api/v1/exports", json=_ticket(name, 5), headers=headers).json()["export_id"]
        for _ in range(3)
    ]
    admin = _headers(client, "administrator")
    r = client.get("/api/v1/exports", params={"user_id": uid}, headers=admin)
    assert r.status_code == 200
    assert [e["export_id"] for e in r.json()] == ids[::-1]
    assert {e["login"] for e in r.json()} == {name}
    page = client.get("/api/v1/exports", params={"user_id": uid, "page_size": 2}, headers=admin)
    assert [e["export_id"] for e in page.json()] == ids[:0:-1]
    page2 = client.get(
        "/api/v1/exports", params={"user_id": uid, "page_size": 2, "page": 2}, headers=admin
    )
    assert [e["export_id"] for e in page2.json()] == ids[:1]
    everyone = client.get("/api/v1/exports", params={"page_size": 1000}, headers=admin).json()
    assert len({e["user_id"] for e in everyone}) > 1
    for role in ("coordinator", "operator"):  # no audit.read
        r = client.get("/api/v1/exports", headers=_headers(client, role))
        assert (r.status_code, _code(r)) == (403, "forbidden")
    assert client.get("/api/v1/exports", headers=headers).status_code == 403


def test_the_list_never_names_a_column_hidden_from_the_auditor(
    client: TestClient, world: World, new_user: Callable[[str], tuple[str, str]]
) -> None:
    body = _offline(columns=["name", "margin", "city"])
    admin = _headers(client, "administrator")
    assert client.post("/api/v1/exports/offline", json=body, headers=admin).status_code == 201
    mine = client.get("/api/v1/exports", params={"page_size": 1000}, headers=admin).json()
    assert [e["columns"] for e in mine if e["export_id"] == body["export_id"]] == [
        ["name", "margin", "city"]
    ]
    auditor, _ = new_user(AUDITOR.name)
    r = client.get(
        "/api/v1/exports",
        params={"user_id": world.users["administrator"], "page_size": 1000},
        headers=_headers(client, auditor),
    )
    assert r.status_code == 200
    assert [e["columns"] for e in r.json() if e["export_id"] == body["export_id"]] == [
        ["name", "city"]
    ]
    assert "margin" not in r.text


# --- the quota under concurrency -------------------------------------------------------------

RACERS, RACE_ROWS = 20, 40  # 20 x 40 = 800 rows asked, 250 allowed: 6 tickets fit


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def real_servers(db_url: str, engine: Engine, world: World) -> Iterator[list[str]]:
    """Two ``crm-server run`` processes over this module's database (production settings)."""
    env = {**os.environ, "CRM_DATABASE_URL": db_url}
    procs: list[subprocess.Popen[bytes]] = []
    bases = []
    try:
        for _ in range(2):  # one after the other: both migrate and seed the presets at start
            port = _free_port()
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "crm_server.cli", "run", "--port", str(port)],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            base = f"http://127.0.0.1:{port}/api/v1"
            with httpx.Client(trust_env=False, timeout=5) as http:
                for _ in range(300):
                    try:
                        if http.get(f"{base}/health").status_code == 200:
                            break
                    except httpx.TransportError:
                        time.sleep(0.1)
                else:
                    pytest.fail("the server process did not start")
            bases.append(base)
        yield bases
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=20)


@pytest.mark.slow
def test_concurrent_tickets_never_exceed_the_daily_quota(
    real_servers: list[str], engine: Engine, new_user: Callable[[str], tuple[str, str]]
) -> None:
    name, uid = new_user("exporter")
    headers = {"X-CRM-Protocol": str(PROTOCOL_VERSION)}
    with httpx.Client(headers=headers, trust_env=False, timeout=60) as http:
        session = http.post(
            f"{real_servers[0]}/auth/login",
            json={"login": name, "password": password_of(name), "device_id": "device-race"},
        )
        assert session.status_code == 200, session.text
        token = session.json()["access_token"]
        start = threading.Barrier(RACERS)

        def ask(i: int) -> httpx.Response:
            start.wait()
            return http.post(
                f"{real_servers[i % 2]}/exports",
                json=_ticket(name, RACE_ROWS),
                headers={"Authorization": f"Bearer {token}"},
            )

        with ThreadPoolExecutor(RACERS) as pool:
            answers = list(pool.map(ask, range(RACERS)))
    statuses = sorted((r.status_code, r.json().get("error", {}).get("code", "")) for r in answers)
    granted = [r for r in answers if r.status_code == 201]
    assert len(granted) * RACE_ROWS <= DAILY
    assert len(granted) == DAILY // RACE_ROWS, statuses  # and the quota is used, not starved
    assert statuses.count((403, "export_quota_exceeded")) == RACERS - len(granted), statuses
    with Session(engine) as s:
        rows = s.exec(select(Export).where(col(Export.user_id) == uid)).all()
    assert sum(r.row_count_granted for r in rows) == len(granted) * RACE_ROWS
    assert sorted(r.export_id for r in rows) == sorted(g.json()["export_id"] for g in granted)
    assert len(_events(engine, "export_ticket", uid)) == len(granted)
    quota_refusals = [
        e for e in _events(engine, "export_denied", uid) if e.detail["reason"] == "quota"
    ]
    assert len(quota_refusals) == RACERS - len(granted)


def _race_two_tickets(engine: Engine, settings: Settings, uid: str, name: str) -> list[str]:
    """Two ticket requests for 200 rows each (quota 250), both reading today's usage before
    either inserts if nothing stops them (a barrier holds each after its read)."""
    auth = AuthService(settings)
    after_read = threading.Barrier(2, timeout=3)
    read_usage = exports.rows_used_today

    def held_read(session: Session, user_id: str, now: datetime) -> int:
        used = read_usage(session, user_id, now)
        # with the lock, the other request waits on it and never comes: go on alone
        with contextlib.suppress(threading.BrokenBarrierError):
            after_read.wait()
        return used

    outcomes: list[str] = []

    def one() -> None:
        with Session(engine, expire_on_commit=False) as s:
            principal = Principal(
                user_id=uid,
                login=name,
                team_id=None,
                policy=policy_of(s, uid),
                audit=AuditContext(actor_id=uid, device_id="device-lock"),
            )
            body = ExportTicketRequest(password=password_of(name), row_count=200, columns=["name"])
            try:
                exports.request_ticket(s, principal, auth, body)
                outcomes.append("granted")
            except ServiceError as exc:
                outcomes.append(exc.code.value)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(exports, "rows_used_today", held_read)
        threads = [threading.Thread(target=one) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
    return sorted(outcomes)


@pytest.mark.postgres
def test_the_user_lock_is_what_keeps_the_quota(
    engine: Engine, settings: Settings, new_user: Callable[[str], tuple[str, str]]
) -> None:
    """Negative control for the race test: without the lock, both requests pass the check."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite holds one write lock per request (BEGIN IMMEDIATE): no race to lose")
    big = _role(f"uncapped_{uuid.uuid4().hex[:6]}", cap=None, daily=DAILY, offline=False)
    with Session(engine) as s:
        s.add(Role(**role_to_row_values(big)))
        s.commit()

    def racer() -> tuple[str, str]:
        name, uid = new_user("exporter")
        with Session(engine) as s:
            set_user_roles(s, uid, [big.name])
            s.commit()
        return name, uid

    name, uid = racer()
    assert _race_two_tickets(engine, settings, uid, name) == ["export_quota_exceeded", "granted"]
    name, uid = racer()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(exports, "lock_user_exports", lambda session, user_id: None)
        assert _race_two_tickets(engine, settings, uid, name) == ["granted", "granted"]
    with Session(engine) as s:
        rows = s.exec(select(Export).where(col(Export.user_id) == uid)).all()
        total = sum(r.row_count_granted for r in rows)
    assert total == 400 > DAILY  # what the lock prevents
