"""Assignment close cascade, verification, bulk reassignment with owner history and tasks."""

from __future__ import annotations

import uuid

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from crm_server.models import Assignment, Customer, OwnerHistory, Task
from tests.server.conftest import TestClient, World, auth


def _customer(client: TestClient, asg: str, headers: dict[str, str]) -> str:
    cid = str(uuid.uuid4())
    r = client.post(
        "/api/v1/customers",
        json={"id": cid, "assignment_id": asg, "values": {"name": "Masarnia Nowak"}},
        headers=headers,
    )
    assert r.status_code == 201, r.text
    return cid


def test_close_for_operators_then_definitively_with_cascade(
    client: TestClient, world: World, engine: Engine
) -> None:
    coord = auth(client, "coordinator")
    parent = client.post("/api/v1/assignments", json={"name": "Parent"}, headers=coord).json()
    child = client.post(
        "/api/v1/assignments", json={"name": "Child", "parent_id": parent["id"]}, headers=coord
    ).json()
    members = {
        "members": [
            {"user_id": world.users["operator"], "role": "operator"},
            {"user_id": world.users["supervisor"], "role": "supervisor"},
        ]
    }
    for a in (parent, child):
        assert (
            client.put(
                f"/api/v1/assignments/{a['id']}/members", json=members, headers=coord
            ).status_code
            == 200
        )
    op = auth(client, "operator")
    cid = _customer(client, child["id"], op)
    task = client.post(
        "/api/v1/tasks",
        json={"id": str(uuid.uuid4()), "customer_id": cid, "title": "call"},
        headers=op,
    )
    assert task.status_code == 201
    sup = auth(client, "supervisor")
    assert client.post(f"/api/v1/assignments/{parent['id']}/close", headers=sup).status_code == 403
    r = client.post(f"/api/v1/assignments/{parent['id']}/close-for-operators", headers=sup)
    assert r.status_code == 200
    assert r.json()["status"] == "closed_for_operators"
    blocked = client.patch(
        f"/api/v1/customers/{cid}", json={"values": {"city": "Radom"}}, headers=op
    )
    assert blocked.status_code == 409
    assert blocked.json()["error"]["code"] == "assignment_closed"
    assert (
        client.patch(
            f"/api/v1/customers/{cid}", json={"values": {"city": "Radom"}}, headers=sup
        ).status_code
        == 200
    )
    r = client.post(f"/api/v1/assignments/{parent['id']}/close", headers=coord)
    assert r.status_code == 200
    assert r.json()["status"] == "closed"
    with Session(engine) as s:
        assert s.get(Assignment, child["id"]).status == "closed"  # type: ignore[union-attr]
        assert s.get(Task, task.json()["id"]).cancelled  # type: ignore[union-attr]
    assert (
        client.patch(
            f"/api/v1/customers/{cid}", json={"values": {"city": "Płock"}}, headers=sup
        ).status_code
        == 409
    )
    r = client.post(f"/api/v1/assignments/{parent['id']}/reopen", headers=coord)
    assert r.json()["status"] == "open"
    counts = client.get(f"/api/v1/assignments/{child['id']}/counts", headers=coord).json()
    assert counts == [{"user_id": world.users["operator"], "total": 1, "today": 1}]


def test_verification_reject_then_approve(client: TestClient, world: World) -> None:
    op = auth(client, "operator")
    cid = _customer(client, world.assignments["a1"], op)
    ver = auth(client, "verifier")
    queue = client.get("/api/v1/verification/queue", params={"page_size": 5000}, headers=ver).json()
    assert cid in {c["id"] for c in queue["items"]}
    r = client.post(
        f"/api/v1/customers/{cid}/verification/reject",
        json={
            "flags": [{"field": "name", "reason": "duplicate", "comment": "already in the base"}]
        },
        headers=ver,
    )
    assert r.status_code == 200
    assert r.json()["verification_state"] == "rejected"
    seen = client.get(f"/api/v1/customers/{cid}", headers=op).json()
    assert seen["flags"][0]["field"] == "name"
    assert seen["flags"][0]["reason"] == "duplicate"
    assert (
        client.post(
            f"/api/v1/customers/{cid}/comments",
            json={"body": "Sprawdzone, inna firma."},
            headers=op,
        ).status_code
        == 201
    )
    thread = client.get(f"/api/v1/customers/{cid}/comments", headers=ver).json()
    assert [c["body"] for c in thread] == ["Sprawdzone, inna firma."]
    edited = client.patch(
        f"/api/v1/customers/{cid}", json={"values": {"name": "Masarnia Nowak 2"}}, headers=op
    )
    assert edited.json()["verification_state"] == "pending"
    assert (
        client.post(
            f"/api/v1/customers/{cid}/verification/approve", json={}, headers=op
        ).status_code
        == 403
    )
    r = client.post(f"/api/v1/customers/{cid}/verification/approve", json={}, headers=ver)
    assert r.json()["verification_state"] == "approved"
    assert r.json()["flags"] == []
    bad = client.post(
        f"/api/v1/customers/{cid}/verification/reject",
        json={"flags": [{"field": "nosuch", "reason": "other"}]},
        headers=ver,
    )
    assert bad.status_code == 400


def test_bulk_reassignment_preview_execute_and_history(
    client: TestClient, world: World, engine: Engine
) -> None:
    admin = auth(client, "administrator")
    user = client.post(
        "/api/v1/users",
        json={
            "login": "departing",
            "display_name": "D",
            "password": "pw-departing-secret",
            "roles": ["operator"],
        },
        headers=admin,
    ).json()
    client.put(
        f"/api/v1/assignments/{world.assignments['a1']}/members",
        json={
            "members": [
                {"user_id": world.users["operator"], "role": "operator"},
                {"user_id": world.users["supervisor"], "role": "supervisor"},
                {"user_id": world.users["verifier"], "role": "verifier"},
                {"user_id": user["id"], "role": "operator"},
            ]
        },
        headers=admin,
    )
    from tests.server.conftest import login as do_login

    dep = {"Authorization": f"Bearer {do_login(client, 'departing')['access_token']}"}
    ids = [_customer(client, world.assignments["a1"], dep) for _ in range(3)]
    for cid in ids[:2]:
        client.post(
            "/api/v1/tasks",
            json={"id": str(uuid.uuid4()), "customer_id": cid, "title": "t"},
            headers=dep,
        )
    flt = {"filter": {"owner_id": user["id"]}}
    preview = client.post("/api/v1/bulk/reassign/preview", json=flt, headers=admin).json()
    assert preview == {"customers": 3, "open_tasks": 2, "operation_id": None}
    assert (
        client.post(
            "/api/v1/bulk/reassign/preview", json=flt, headers=auth(client, "operator")
        ).status_code
        == 403
    )
    done = client.post(
        "/api/v1/bulk/reassign",
        json={**flt, "new_owner_id": world.users["operator"], "include_tasks": True},
        headers=admin,
    ).json()
    assert done["customers"] == 3
    assert done["open_tasks"] == 2
    assert done["operation_id"]
    history = client.get(f"/api/v1/customers/{ids[0]}/owners", headers=admin).json()
    assert [h["owner_id"] for h in history] == [user["id"], world.users["operator"]]
    assert history[-1]["operation_id"] == done["operation_id"]
    with Session(engine) as s:
        assert all(s.get(Customer, i).owner_id == world.users["operator"] for i in ids)  # type: ignore[union-attr]
        tasks = s.exec(select(Task).where(col(Task.customer_id).in_(ids))).all()
        assert {t.assignee_id for t in tasks} == {world.users["operator"]}
        assert (
            len(
                s.exec(
                    select(OwnerHistory).where(
                        col(OwnerHistory.operation_id) == done["operation_id"]
                    )
                ).all()
            )
            == 3
        )


def test_assignment_managers_read_the_directory_without_roles(client: TestClient) -> None:
    """Coordinators staff assignments by name; only user managers see who holds which role."""
    coordinator = auth(client, "coordinator")
    listed = client.get("/api/v1/users/directory", headers=coordinator)
    assert listed.status_code == 200
    assert {u["login"] for u in listed.json()} >= {"operator", "verifier"}
    assert all(u["roles"] == [] for u in listed.json())
    assert client.get("/api/v1/users", headers=coordinator).status_code == 403
    operator = auth(client, "operator")
    assert client.get("/api/v1/users/directory", headers=operator).status_code == 403
