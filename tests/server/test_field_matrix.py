"""T14/T15: every route of the OpenAPI document × every role preset; no hidden field name and no
canary value of a hidden field reaches a role without access — in any body, error or header.

The route list is diffed against ``COVERED``: a new route fails this test until it is added here.
"""

from __future__ import annotations

import itertools
import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from crm_protocol.fields import FieldGroup
from crm_protocol.policy import evaluate
from crm_protocol.roles import PRESETS
from crm_protocol.sync import Cursor
from tests.server.conftest import World, login, password_of

Call = tuple[str, str, dict[str, Any] | None]
_counter = itertools.count()


def _uid() -> str:
    return str(uuid.uuid4())


def _routes(
    w: World, role: str, refresh_token: str, cursor: str = "c1.x.0.y"
) -> dict[tuple[str, str], Callable[[], Call]]:
    c, a = w.customers, w.assignments
    n = next(_counter)
    everyone = sorted(c.values())
    return {
        ("GET", "/api/v1/health"): lambda: ("GET", "/api/v1/health", None),
        ("POST", "/api/v1/auth/login"): lambda: (
            "POST",
            "/api/v1/auth/login",
            {"login": role_login(role), "password": "wrong-password", "device_id": "device-xyz1"},
        ),
        ("POST", "/api/v1/auth/refresh"): lambda: (
            "POST",
            "/api/v1/auth/refresh",
            {"refresh_token": refresh_token, "device_id": "matrix-device"},
        ),
        ("POST", "/api/v1/auth/logout"): lambda: ("POST", "/api/v1/auth/logout", None),
        ("GET", "/api/v1/auth/me"): lambda: ("GET", "/api/v1/auth/me", None),
        ("GET", "/api/v1/customers"): lambda: ("GET", "/api/v1/customers?page_size=1000", None),
        ("POST", "/api/v1/customers"): lambda: (
            "POST",
            "/api/v1/customers",
            {"id": _uid(), "assignment_id": a["a1"], "values": {"name": f"New {n}"}},
        ),
        ("GET", "/api/v1/customers/{customer_id}"): lambda: (
            "GET",
            f"/api/v1/customers/{c['canary']}",
            None,
        ),
        ("PATCH", "/api/v1/customers/{customer_id}"): lambda: (
            "PATCH",
            f"/api/v1/customers/{c['canary']}",
            {"values": {}},
        ),
        ("DELETE", "/api/v1/customers/{customer_id}"): lambda: (
            "DELETE",
            f"/api/v1/customers/{_uid()}",
            None,
        ),
        ("PUT", "/api/v1/customers/{customer_id}/owner"): lambda: (
            "PUT",
            f"/api/v1/customers/{c['canary']}/owner",
            {"owner_id": w.users["operator"]},
        ),
        ("GET", "/api/v1/customers/{customer_id}/owners"): lambda: (
            "GET",
            f"/api/v1/customers/{c['canary']}/owners",
            None,
        ),
        ("GET", "/api/v1/verification/queue"): lambda: ("GET", "/api/v1/verification/queue", None),
        ("POST", "/api/v1/customers/{customer_id}/verification/approve"): lambda: (
            "POST",
            f"/api/v1/customers/{c['verify_target']}/verification/approve",
            {},
        ),
        ("POST", "/api/v1/customers/{customer_id}/verification/reject"): lambda: (
            "POST",
            f"/api/v1/customers/{c['verify_target']}/verification/reject",
            {"flags": [{"field": "name", "reason": "wrong_value", "comment": "check"}]},
        ),
        ("GET", "/api/v1/customers/{customer_id}/comments"): lambda: (
            "GET",
            f"/api/v1/customers/{c['canary']}/comments",
            None,
        ),
        ("POST", "/api/v1/customers/{customer_id}/comments"): lambda: (
            "POST",
            f"/api/v1/customers/{c['canary']}/comments",
            {"body": "please check"},
        ),
        ("GET", "/api/v1/assignments"): lambda: ("GET", "/api/v1/assignments", None),
        ("POST", "/api/v1/assignments"): lambda: ("POST", "/api/v1/assignments", {"name": f"N{n}"}),
        ("GET", "/api/v1/assignments/{assignment_id}"): lambda: (
            "GET",
            f"/api/v1/assignments/{a['a1']}",
            None,
        ),
        ("PATCH", "/api/v1/assignments/{assignment_id}"): lambda: (
            "PATCH",
            f"/api/v1/assignments/{a['a3']}",
            {"territory": "unchanged"},
        ),
        ("PUT", "/api/v1/assignments/{assignment_id}/members"): lambda: (
            "PUT",
            f"/api/v1/assignments/{a['a3']}/members",
            {"members": []},
        ),
        ("GET", "/api/v1/assignments/{assignment_id}/counts"): lambda: (
            "GET",
            f"/api/v1/assignments/{a['a1']}/counts",
            None,
        ),
        ("GET", "/api/v1/assignments/{assignment_id}/attributes"): lambda: (
            "GET",
            f"/api/v1/assignments/{a['a1']}/attributes",
            None,
        ),
        ("POST", "/api/v1/assignments/{assignment_id}/attributes"): lambda: (
            "POST",
            f"/api/v1/assignments/{a['a3']}/attributes",
            {"key": f"attr_{n}", "label": "Attr", "type": "text"},
        ),
        ("POST", "/api/v1/assignments/{assignment_id}/close-for-operators"): lambda: (
            "POST",
            f"/api/v1/assignments/{a['a3']}/close-for-operators",
            None,
        ),
        ("POST", "/api/v1/assignments/{assignment_id}/close"): lambda: (
            "POST",
            f"/api/v1/assignments/{a['a3']}/close",
            None,
        ),
        ("POST", "/api/v1/assignments/{assignment_id}/reopen"): lambda: (
            "POST",
            f"/api/v1/assignments/{a['a3']}/reopen",
            None,
        ),
        ("POST", "/api/v1/bulk/reassign/preview"): lambda: (
            "POST",
            "/api/v1/bulk/reassign/preview",
            {"filter": {"assignment_id": a["a1"]}},
        ),
        ("POST", "/api/v1/bulk/reassign"): lambda: (
            "POST",
            "/api/v1/bulk/reassign",
            {"filter": {"owner_id": w.users["nobody"]}, "new_owner_id": w.users["operator"]},
        ),
        ("GET", "/api/v1/tasks"): lambda: ("GET", "/api/v1/tasks", None),
        ("POST", "/api/v1/tasks"): lambda: (
            "POST",
            "/api/v1/tasks",
            {"id": _uid(), "customer_id": c["canary"], "title": "follow up"},
        ),
        ("POST", "/api/v1/tasks/{task_id}/done"): lambda: (
            "POST",
            f"/api/v1/tasks/{_uid()}/done",
            None,
        ),
        ("GET", "/api/v1/users"): lambda: ("GET", "/api/v1/users", None),
        ("GET", "/api/v1/users/directory"): lambda: ("GET", "/api/v1/users/directory", None),
        ("POST", "/api/v1/users"): lambda: (
            "POST",
            "/api/v1/users",
            {"login": f"new{n}", "display_name": "N", "password": "long-enough-pw"},
        ),
        ("PUT", "/api/v1/users/{user_id}/roles"): lambda: (
            "PUT",
            f"/api/v1/users/{w.users['nobody']}/roles",
            {"roles": []},
        ),
        ("POST", "/api/v1/users/{user_id}/deactivate"): lambda: (
            "POST",
            f"/api/v1/users/{w.users['nobody']}/deactivate",
            {},
        ),
        ("GET", "/api/v1/roles"): lambda: ("GET", "/api/v1/roles", None),
        ("POST", "/api/v1/roles"): lambda: (
            "POST",
            "/api/v1/roles",
            {"name": f"role_{n}", "grants": {"customer.read": ["own"]}, "field_access": {}},
        ),
        ("GET", "/api/v1/organisation"): lambda: ("GET", "/api/v1/organisation", None),
        ("GET", "/api/v1/audit"): lambda: ("GET", "/api/v1/audit?limit=1000", None),
        # sync: a cursor from seq 0 replays every logged change; rows asks for every record
        ("POST", "/api/v1/sync/hello"): lambda: ("POST", "/api/v1/sync/hello", None),
        ("POST", "/api/v1/sync/push"): lambda: (
            "POST",
            "/api/v1/sync/push",
            {
                "mutations": [
                    {
                        "mutation_id": _uid(),
                        "client_seq": n,
                        "entity": "customer",
                        "id": c["canary"],
                        "op": "update",
                        "fields": {"remarks": {"base": None, "value": "x"}},
                    }
                ]
            },
        ),
        ("GET", "/api/v1/sync/pull"): lambda: ("GET", f"/api/v1/sync/pull?cursor={cursor}", None),
        ("POST", "/api/v1/sync/reconcile"): lambda: (
            "POST",
            "/api/v1/sync/reconcile",
            {"cursor": None, "held": [[i, 0] for i in everyone], "groups": []},
        ),
        ("POST", "/api/v1/sync/rows"): lambda: ("POST", "/api/v1/sync/rows", {"ids": everyone}),
        ("GET", "/api/v1/sync/wait"): lambda: (
            "GET",
            f"/api/v1/sync/wait?cursor={cursor}&timeout=0",
            None,
        ),
        ("POST", "/api/v1/sync/device-status"): lambda: (
            "POST",
            "/api/v1/sync/device-status",
            {"device_id": "matrix-device", "refresh_token": refresh_token},
        ),
        ("POST", "/api/v1/sync/wipe-ack"): lambda: (
            "POST",
            "/api/v1/sync/wipe-ack",
            {"device_id": "other-device", "refresh_token": refresh_token},
        ),
        # exports: hidden column names asked for must not come back (nor be named in errors)
        ("POST", "/api/v1/exports"): lambda: (
            "POST",
            "/api/v1/exports",
            {"password": password_of(role), "row_count": 5, "columns": ["name", "margin"]},
        ),
        ("POST", "/api/v1/exports/{export_id}/report"): lambda: (
            "POST",
            f"/api/v1/exports/{_uid()}/report",
            {"row_count": 1, "sha256": "0" * 64},
        ),
        ("POST", "/api/v1/exports/offline"): lambda: (
            "POST",
            "/api/v1/exports/offline",
            {
                "export_id": _uid(),
                "created_at": "2026-11-20T08:00:00+00:00",
                "row_count": 5,
                "sha256": "0" * 64,
                "columns": ["name", "margin"],
            },
        ),
        ("GET", "/api/v1/exports"): lambda: ("GET", "/api/v1/exports?page_size=1000", None),
        ("POST", "/api/v1/sync/devices/{user_id}/{device_id}/revoke"): lambda: (
            "POST",
            f"/api/v1/sync/devices/{w.users['nobody']}/no-such-device/revoke",
            None,
        ),
    }


COVERED = frozenset(
    (m, p)
    for m, p in _routes(
        World(
            customers={"canary": "", "verify_target": ""},
            assignments={"a1": "", "a3": ""},
            users={"operator": "", "nobody": ""},
        ),
        "operator",
        "",
    )
)


def role_login(role: str) -> str:
    """Fixture logins equal role names."""
    return role


def _openapi_routes(client: Any) -> set[tuple[str, str]]:
    doc = client.get("/api/v1/openapi.json").json()
    return {(m.upper(), p) for p, ops in doc["paths"].items() for m in ops}


def test_every_route_is_covered(client: Any) -> None:
    routes = _openapi_routes(client)
    assert routes - COVERED == set(), "new route: add it to the matrix"
    assert COVERED - routes == set(), "stale route in the matrix"


def _walk(value: Any, keys: set[str], strings: set[str]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            keys.add(str(k))
            _walk(v, keys, strings)
    elif isinstance(value, list):
        for v in value:
            _walk(v, keys, strings)
    elif isinstance(value, str):
        strings.add(value)


@pytest.mark.parametrize("role", sorted(PRESETS))
def test_no_hidden_field_reaches_a_role(client: Any, world: World, role: str) -> None:
    policy = evaluate([PRESETS[role]])
    hidden = [g for g in FieldGroup if not policy.can_see(g)]
    hidden_names = {n for g in hidden for n in world.names_of_group(g)}
    hidden_canaries = [c for g in hidden for c in world.canaries_of_group(g)]
    session = login(client, role, device_id="matrix-device")
    headers = {"Authorization": f"Bearer {session['access_token']}"}
    hello = client.post("/api/v1/sync/reconcile", json={"held": []}, headers=headers)
    assert hello.status_code == 200, hello.text
    start = Cursor.decode(hello.json()["cursor"])
    cursor = Cursor(start.epoch, 0, start.fingerprint).encode()
    routes = _routes(world, role, session["refresh_token"], cursor)
    ordered = sorted(routes, key=lambda r: r == ("POST", "/api/v1/auth/logout"))  # logout last
    statuses = {}
    for route in ordered:
        method, url, body = routes[route]()
        if route == ("POST", "/api/v1/auth/refresh"):
            r = client.request(method, url, json=body)
            if r.status_code == 200:
                headers = {"Authorization": f"Bearer {r.json()['access_token']}"}
        else:
            r = client.request(method, url, json=body, headers=headers)
        statuses[route] = r.status_code
        assert r.status_code < 500, (route, r.text)
        raw = r.text + json.dumps(dict(r.headers))
        for canary in hidden_canaries:
            assert canary not in raw, (role, route, canary)
        if r.content and r.headers.get("content-type", "").startswith("application/json"):
            keys: set[str] = set()
            strings: set[str] = set()
            _walk(r.json(), keys, strings)
            assert not (keys & hidden_names), (role, route, keys & hidden_names)
            assert not (strings & hidden_names), (role, route, strings & hidden_names)
    # the matrix must actually read data for roles that can read: guard against a vacuous pass
    if policy.allows(__import__("crm_protocol.permissions").permissions.Permission.CUSTOMER_READ):
        assert statuses[("GET", "/api/v1/customers")] == 200


def test_canaries_are_visible_to_a_role_with_access(client: Any, world: World) -> None:
    """Negative control: the administrator does see commercial canaries (the check can fail)."""
    session = login(client, "administrator")
    r = client.get(
        f"/api/v1/customers/{world.customers['canary']}",
        headers={"Authorization": f"Bearer {session['access_token']}"},
    )
    assert any(c in r.text for c in world.canaries_of_group(FieldGroup.COMMERCIAL))
    assert "margin" in r.json()["values"]
