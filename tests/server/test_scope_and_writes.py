"""T16 record scopes (BOLA), T15 inference oracles, T18 mass assignment and field writes."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from crm_protocol.permissions import Permission, Scope
from crm_protocol.policy import evaluate
from crm_protocol.roles import PRESETS
from crm_server.models import Customer
from tests.server.conftest import CUSTOMERS, TEAM_OF, TestClient, World, auth

MEMBERS = {
    "a1": {"operator", "supervisor", "verifier", "principal", "coordinator"},
    "a2": {"operator2", "external_operator", "coordinator"},
    "a3": set(),
}


def expected_ids(
    world: World, role: str, permission: Permission = Permission.CUSTOMER_READ
) -> set[str]:
    """The fixture's truth table: which seeded customers ``role`` may read."""
    scopes = evaluate([PRESETS[role]]).scopes(permission)
    result = set()
    for label, (asg, owner) in CUSTOMERS.items():
        ok = Scope.ALL in scopes
        ok |= Scope.OWN in scopes and owner == role
        ok |= Scope.ASSIGNMENT in scopes and role in MEMBERS[asg]
        ok |= (
            Scope.TEAM in scopes
            and TEAM_OF.get(role) is not None
            and TEAM_OF.get(owner) == TEAM_OF.get(role)
        )
        if ok:
            result.add(world.customers[label])
    return result


@pytest.mark.parametrize("role", sorted(PRESETS))
def test_lists_and_totals_hold_only_in_scope_rows(
    client: TestClient, world: World, role: str
) -> None:
    headers = auth(client, role)
    seeded = set(world.customers.values())
    r = client.get("/api/v1/customers", params={"page_size": 5000}, headers=headers)
    if not evaluate([PRESETS[role]]).allows(Permission.CUSTOMER_READ):
        assert r.json()["total"] == 0
        return
    body = r.json()
    listed = {c["id"] for c in body["items"]} & seeded
    expected = expected_ids(world, role)
    assert listed == expected
    # totals: the count matches the rows (no out-of-scope row counted)
    assert body["total"] == len(body["items"])
    for cid in seeded - expected:
        for method, payload in (
            ("GET", None),
            ("PATCH", {"values": {"remarks": "x"}}),
            ("DELETE", None),
        ):
            resp = client.request(method, f"/api/v1/customers/{cid}", json=payload, headers=headers)
            # 403 only where the role lacks the permission for every record (no oracle)
            perm = {"GET": Permission.CUSTOMER_READ, "PATCH": Permission.CUSTOMER_EDIT}.get(
                method, Permission.CUSTOMER_DELETE
            )
            allowed = evaluate([PRESETS[role]]).allows(perm)
            assert resp.status_code == (404 if allowed else 403), (role, method)
        assert client.get(f"/api/v1/customers/{cid}/owners", headers=headers).status_code == 404
    assert client.get(f"/api/v1/customers/{uuid.uuid4()}", headers=headers).status_code == 404


def test_operator_scope_is_concrete(client: TestClient, world: World) -> None:
    ids = {
        c["id"]
        for c in client.get("/api/v1/customers", headers=auth(client, "operator")).json()["items"]
    }
    assert world.customers["canary"] in ids
    assert world.customers["a2_operator2"] not in ids


def test_hidden_field_filter_sort_and_search_are_refused(client: TestClient, world: World) -> None:
    headers = auth(client, "operator")
    for params in (
        {"filter": "margin:eq:1"},
        {"sort": "-purchase_price"},
        {"filter": "nosuch:eq:1"},
    ):
        r = client.get("/api/v1/customers", params=params, headers=headers)
        assert r.status_code == 400
        assert r.json()["error"]["code"] == "unknown_field"
    hidden = client.get(
        "/api/v1/customers", params={"filter": "margin:eq:1"}, headers=headers
    ).json()
    unknown = client.get(
        "/api/v1/customers", params={"filter": "nosuch:eq:1"}, headers=headers
    ).json()
    assert hidden["error"]["fields"][0]["code"] == unknown["error"]["fields"][0]["code"]
    # search never matches on a hidden field: a commercial canary finds nothing
    canary = world.canaries["margin"][0]
    r = client.get("/api/v1/customers", params={"q": canary}, headers=headers)
    assert r.json()["total"] == 0
    tech = auth(client, "service_technician")
    email = world.canaries["email"][0]
    assert client.get("/api/v1/customers", params={"q": email}, headers=tech).json()["total"] == 0
    admin = auth(client, "administrator")
    assert client.get("/api/v1/customers", params={"q": email}, headers=admin).json()["total"] == 1


def test_page_size_is_capped(client: TestClient, world: World) -> None:
    r = client.get(
        "/api/v1/customers", params={"page_size": 10**9}, headers=auth(client, "administrator")
    )
    assert r.status_code == 200
    assert r.json()["page_size"] == 5000


def _new_customer(
    client: TestClient, world: World, headers: dict[str, str], **values: str | None
) -> str:
    cid = str(uuid.uuid4())
    r = client.post(
        "/api/v1/customers",
        json={
            "id": cid,
            "assignment_id": world.assignments["a1"],
            "values": {"name": "Firma", **values},
        },
        headers=headers,
    )
    assert r.status_code == 201, r.text
    return cid


@pytest.mark.parametrize(
    "extra",
    [{"owner_id": "x"}, {"created_by": "x"}, {"version": 1}, {"verification_state": "approved"}],
)
def test_mass_assignment_is_rejected_on_create(
    client: TestClient, world: World, extra: dict[str, object]
) -> None:
    body = {
        "id": str(uuid.uuid4()),
        "assignment_id": world.assignments["a1"],
        "values": {"name": "F"},
        **extra,
    }
    r = client.post("/api/v1/customers", json=body, headers=auth(client, "operator"))
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "invalid_request"


def test_writes_to_hidden_read_only_and_meta_fields(
    client: TestClient, world: World, engine: Engine
) -> None:
    headers = auth(client, "operator")
    cid = _new_customer(client, world, headers, nip="5252248481")
    for values in (
        {"margin": "10"},
        {"owner_id": "x"},
        {"custom.deal_value": "1"},
        {"nosuch": "1"},
    ):
        r = client.patch(f"/api/v1/customers/{cid}", json={"values": values}, headers=headers)
        assert r.status_code == 400, values
        assert r.json()["error"]["code"] == "unknown_field"
    r = client.patch(
        f"/api/v1/customers/{cid}",
        json={"owner_id": world.users["supervisor"], "values": {}},
        headers=headers,
    )
    assert r.status_code == 422
    # the verifier reads everything but writes only the verification group
    ver = auth(client, "verifier")
    r = client.patch(f"/api/v1/customers/{cid}", json={"values": {"name": "Changed"}}, headers=ver)
    assert r.status_code == 403
    sup = auth(client, "supervisor")  # commercial is read-only for supervisors
    r = client.patch(f"/api/v1/customers/{cid}", json={"values": {"margin": "5"}}, headers=sup)
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "field_read_only"
    with Session(engine) as s:
        row = s.get(Customer, cid)
        assert row is not None
        assert row.margin is None
        assert row.name == "Firma"
        assert row.owner_id == world.users["operator"]


def test_validation_errors_are_codes(client: TestClient, world: World) -> None:
    r = client.post(
        "/api/v1/customers",
        json={
            "id": str(uuid.uuid4()),
            "assignment_id": world.assignments["a1"],
            "values": {"name": "F", "nip": "1234567890"},
        },
        headers=auth(client, "operator"),
    )
    assert r.status_code == 422
    assert r.json()["error"] == {
        **r.json()["error"],
        "code": "validation_failed",
        "fields": [{"field": "nip", "code": "invalid_nip"}],
    }


def test_update_and_optimistic_version(client: TestClient, world: World) -> None:
    headers = auth(client, "operator")
    cid = _new_customer(client, world, headers)
    r = client.patch(
        f"/api/v1/customers/{cid}",
        json={"version": 1, "values": {"city": "Radom"}},
        headers=headers,
    )
    assert r.status_code == 200
    assert r.json()["version"] == 2
    assert r.json()["values"]["city"] == "Radom"
    stale = client.patch(
        f"/api/v1/customers/{cid}",
        json={"version": 1, "values": {"city": "Płock"}},
        headers=headers,
    )
    assert stale.status_code == 409
