"""T35: no route hands out an unbounded list. Every GET route of the OpenAPI document is either
paged with a size the server caps (``page_size=10**9`` is clamped, shown on an app whose cap is
small), bounded by what it lists (one record's history, the organisation's roles …), or not a
list. A new GET route fails ``test_every_get_route_is_classified`` until it is placed here."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from crm_protocol.sync import Cursor
from crm_server import audit
from crm_server.app import create_app
from crm_server.audit import AuditContext
from crm_server.config import Settings
from tests.server.conftest import HEADERS, TestClient, World, login, password_of

SMALL_CAP = 2
AUDIT_CAP = 1000  # /audit has its own fixed cap

# path -> the query parameter that sizes a page
PAGED = {
    "/api/v1/customers": "page_size",
    "/api/v1/verification/queue": "page_size",
    "/api/v1/exports": "page_size",
    "/api/v1/sync/pull": "limit",
    "/api/v1/audit": "limit",
}
# path -> why the list is bounded without paging (none of them lists customer records)
BOUNDED = {
    "/api/v1/customers/{customer_id}/owners": "one record's owners over time",
    "/api/v1/customers/{customer_id}/comments": "one record's verification thread",
    "/api/v1/assignments": "assignments (projects), not records",
    "/api/v1/assignments/{assignment_id}/counts": "one row per member of one assignment",
    "/api/v1/assignments/{assignment_id}/attributes": "one assignment's attribute definitions",
    "/api/v1/tasks": "the caller's own open tasks",
    "/api/v1/users": "the organisation's accounts, for user managers",
    "/api/v1/users/directory": "active colleagues' names",
    "/api/v1/roles": "role definitions",
    "/api/v1/organisation": "divisions and teams",
}
NOT_LISTS = {
    "/api/v1/health",
    "/api/v1/auth/me",
    "/api/v1/customers/{customer_id}",
    "/api/v1/assignments/{assignment_id}",
    "/api/v1/sync/wait",
}


def _returns_list(doc: dict[str, Any], op: dict[str, Any]) -> bool:
    """The 200 answer is an array, or an object with an array of ``items``."""
    schema = op.get("responses", {}).get("200", {}).get("content", {})
    schema = schema.get("application/json", {}).get("schema", {})
    if schema.get("type") == "array":
        return True
    ref = schema.get("$ref", "")
    if ref:
        target = doc["components"]["schemas"][ref.rsplit("/", 1)[-1]]
        return target.get("properties", {}).get("items", {}).get("type") == "array"
    return False


def test_every_get_route_is_classified(client: TestClient) -> None:
    doc = client.get("/api/v1/openapi.json").json()
    gets = {p: ops["get"] for p, ops in doc["paths"].items() if "get" in ops}
    classes = [set(PAGED), set(BOUNDED), NOT_LISTS]
    assert set(gets) == set().union(*classes), "classify the new GET route here"
    assert sum(len(c) for c in classes) == len(gets), "a route is in two classes"
    lists = {p for p, op in gets.items() if _returns_list(doc, op)}
    assert lists, "the list detection found nothing: it would pass vacuously"
    assert not (lists & NOT_LISTS), "a route returning a list is marked as not a list"
    for path, param in PAGED.items():
        params = {p["name"] for p in gets[path].get("parameters", [])}
        assert param in params, (path, param)


@pytest.fixture(scope="module")
def small_client(settings: Settings, engine: Engine, world: World) -> Iterator[TestClient]:
    """The same database behind an app whose page-size cap is tiny."""
    app = create_app(replace(settings, max_page_size=SMALL_CAP), engine)
    with TestClient(app, headers=HEADERS) as c:
        yield c


@pytest.fixture(scope="module")
def more_than_a_page(client: TestClient, engine: Engine, world: World) -> None:
    """Enough of everything that a clamp shows: queued customers (and their change-log
    entries), exports, and more audit events than the audit cap."""
    headers = {"Authorization": f"Bearer {login(client, 'administrator')['access_token']}"}
    for n in range(SMALL_CAP + 1):
        body = {"id": str(uuid.uuid4()), "assignment_id": world.assignments["a1"]}
        body["values"] = {"name": f"Queued {n}"}
        assert client.post("/api/v1/customers", json=body, headers=headers).status_code == 201
        ticket = {"password": password_of("administrator"), "row_count": 1, "columns": ["name"]}
        assert client.post("/api/v1/exports", json=ticket, headers=headers).status_code == 201
    with Session(engine) as s:
        for i in range(AUDIT_CAP + 1):
            audit.record(s, "test_event", AuditContext(request_id=f"r{i}"))
        s.commit()


def _items(path: str, body: Any) -> list[Any]:
    if path == "/api/v1/sync/pull":
        rows: list[Any] = body["rows"]
        return rows
    if isinstance(body, dict):
        items: list[Any] = body["items"]
        return items
    assert isinstance(body, list)
    return body


@pytest.mark.parametrize("path", sorted(PAGED))
def test_a_huge_page_size_is_clamped(
    client: TestClient, small_client: TestClient, more_than_a_page: None, path: str
) -> None:
    cap = AUDIT_CAP if path == "/api/v1/audit" else SMALL_CAP
    params: dict[str, Any] = {PAGED[path]: 10**9}
    for c in (client, small_client):
        session = login(c, "administrator", device_id="device-caps")
        headers = {"Authorization": f"Bearer {session['access_token']}"}
        if path == "/api/v1/sync/pull":
            hello = c.post("/api/v1/sync/reconcile", json={"held": []}, headers=headers)
            start = Cursor.decode(hello.json()["cursor"])
            params["cursor"] = Cursor(start.epoch, 0, start.fingerprint).encode()
        r = c.get(path, params=params, headers=headers)
        assert r.status_code == 200, r.text
        items = _items(path, r.json())
        if c is small_client:
            assert len(items) == cap, (path, len(items))
            if isinstance(r.json(), dict) and "page_size" in r.json():
                assert r.json()["page_size"] == cap
        elif path == "/api/v1/audit":  # the control: more than a page exists
            assert len(items) == AUDIT_CAP
            after = {"after_seq": items[-1]["seq"]}
            assert c.get(path, params=after, headers=headers).json()
        else:
            assert len(items) > cap, (path, len(items))
