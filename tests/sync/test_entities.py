"""What travels beside customer fields, over a real server process (SQLite and PostgreSQL):
verifier flags and the comment thread, owner history, assignments with members and the daily
target, and the people the device names. Each reaches a device exactly with its row or its
assignment and leaves the device file with it; a user reaches a device only when something on
it names them, with no login or secret."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy import delete, func, select, text

from crm_desktop.models import (
    Assignment,
    AssignmentMember,
    OwnerHistory,
    User,
    VerificationComment,
    VerificationFlag,
)
from crm_desktop.services.context import UserContext
from crm_desktop.services.customer_queries import CustomerQueries
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.history import HistoryService
from crm_desktop.services.server_api import ServerApi
from crm_desktop.store import open_store
from crm_desktop.sync import state
from crm_protocol.policy import evaluate
from crm_protocol.roles import presets
from crm_protocol.sync import Cursor
from tests.sync.conftest import HEADERS, PASSWORD, Client, World, make_client

_F = VerificationFlag.__table__
_M = VerificationComment.__table__
_H = OwnerHistory.__table__
_A = Assignment.__table__
_AM = AssignmentMember.__table__
_U = User.__table__
USER_KEYS = {"id", "display_name", "active", "team_id"}


@dataclass
class Staff:
    """People this module adds to the seeded organisation."""

    verifier: str  # user id of "ver", verifier of a1
    sales: str  # user id of "sales" (a role that cannot see the verification group)


def _login(world: World, login: str) -> httpx.Client:
    c = httpx.Client(base_url=world.server.base + "/api/v1", headers=HEADERS, trust_env=False)
    r = c.post(
        "/auth/login", json={"login": login, "password": PASSWORD, "device_id": f"http-{login}"}
    )
    assert r.status_code == 200, r.text
    c.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
    return c


def _a1_members(world: World, *extra: dict[str, str]) -> list[dict[str, str]]:
    u = world.org.users
    return [
        {"user_id": u["op1"], "role": "operator"},
        {"user_id": u["op2"], "role": "operator"},
        {"user_id": u["sup"], "role": "supervisor"},
        *extra,
    ]


@pytest.fixture(scope="module")
def staff(world: World) -> Staff:
    """A verifier on a1 and a sales representative in team t1 (module-scoped world)."""
    admin = world.admin()
    ids = {}
    for login, role in (("ver", "verifier"), ("sales", "sales_representative")):
        r = admin.post(
            "/users",
            json={
                "login": login,
                "display_name": f"Name of {login}",
                "password": PASSWORD,
                "team_id": world.org.teams["t1"],
                "roles": [role],
            },
        )
        assert r.status_code == 201, r.text
        ids[login] = r.json()["id"]
    members = _a1_members(world, {"user_id": ids["ver"], "role": "verifier"})
    r = admin.put(f"/assignments/{world.org.assignments['a1']}/members", json={"members": members})
    assert r.status_code == 200, r.text
    return Staff(ids["ver"], ids["sales"])


@pytest.fixture
def verifier(world: World, staff: Staff) -> Iterator[httpx.Client]:
    """The verifier's HTTP session."""
    c = _login(world, "ver")
    yield c
    c.close()


def _context(world: World, login: str, *roles: str) -> UserContext:
    return UserContext(
        world.org.users[login], login, evaluate(presets(roles)), world.org.teams["t1"]
    )


def _count(c: Client, table: Any, customer_ids: set[str]) -> int:
    """Rows of ``table`` about ``customer_ids`` in the device file, read afresh with its key."""
    store = open_store(c.db_path, c.key)
    try:
        with store.connection() as conn:
            stmt = select(func.count()).where(table.c.customer_id.in_(sorted(customer_ids)))
            return int(conn.execute(stmt.select_from(table)).scalar_one())
    finally:
        store.close()


def _local(c: Client, table: Any) -> list[Any]:
    with c.store.connection() as conn:
        return list(conn.execute(select(table)).all())


def _pull_all(world: World, login: str) -> dict[str, Any]:
    """The whole change log as ``login``'s pull shows it (raw JSON, no client in between)."""
    with contextlib.closing(_login(world, login)) as http:
        start = http.post("/sync/reconcile", json={"held": []})
        assert start.status_code == 200, start.text
        cursor = Cursor.decode(start.json()["cursor"])
        zero = Cursor(cursor.epoch, 0, cursor.fingerprint).encode()
        page = http.get("/sync/pull", params={"cursor": zero, "limit": 5000})
        assert page.status_code == 200, page.text
        body: dict[str, Any] = page.json()
        body["reconcile"] = start.json()
        return body


def test_users_on_a_device_are_the_ones_its_data_names_without_secrets(
    world: World, staff: Staff, clients: list[Client]
) -> None:
    op3 = make_client(world, "op3")
    clients.append(op3)
    op3.engine.sync()
    users = {r.id: r for r in _local(op3, _U)}
    u = world.org.users
    # a2's rows are op3's own; a2's coordinator is coord: nobody else is named on the device
    assert set(users) == {u["op3"], u["coord"]}
    assert users[u["coord"]].display_name == "coord"
    assert all(r.login == "" for r in users.values())  # the login never travels
    assert users[u["op3"]].team_id == world.org.teams["t2"]  # the caller's own team
    assert users[u["coord"]].team_id is None  # coord is in t1: another team stays away
    assignments = {r.id: r for r in _local(op3, _A)}
    assert set(assignments) == {world.org.assignments["a2"]}
    raw = _pull_all(world, "op3")
    for entry in [*raw["users"], *raw["reconcile"]["users"]]:
        assert set(entry) == USER_KEYS
    assert "password" not in json.dumps(raw)
    assert "sync-test-password" not in json.dumps(raw)


def test_rejection_reaches_the_operator_with_reason_and_comment_first_in_my_work(
    world: World, verifier: httpx.Client, staff: Staff, clients: list[Client]
) -> None:
    op1 = make_client(world, "op1")
    clients.append(op1)
    op1.engine.sync()
    first, second = world.org.customers[1], world.org.customers[2]
    for cid, reason in ((second, "missing"), (first, "wrong_value")):
        r = verifier.post(
            f"/customers/{cid}/verification/reject",
            json={"flags": [{"field": "city", "reason": reason, "comment": f"Check {cid[:4]}"}]},
        )
        assert r.status_code == 200, r.text
    r = verifier.post(f"/customers/{first}/comments", json={"body": "Call them again, please."})
    assert r.status_code == 201, r.text

    report = op1.engine.sync()
    assert first in report.changes.customers

    flags = [f for f in _local(op1, _F) if f.customer_id == first]
    assert [(f.field, f.reason_code, f.comment, f.resolved) for f in flags] == [
        ("city", "wrong_value", f"Check {first[:4]}", False)
    ]
    assert flags[0].verifier_id == staff.verifier
    work = CustomerQueries(op1.store, _context(world, "op1", "operator")).my_work()
    assert [r.id for r in work.rejected[:2]] == [first, second]  # the newest rejection first
    (flag,) = work.flags[first]
    assert (flag.field, flag.reason_code, flag.verifier) == ("city", "wrong_value", "Name of ver")
    talk = HistoryService(op1.store).discussion(first)
    assert [(c.author, c.body) for c in talk] == [("Name of ver", "Call them again, please.")]


def test_a_flag_on_a_hidden_field_and_the_thread_stay_off_roles_that_cannot_see_them(
    world: World, verifier: httpx.Client, staff: Staff
) -> None:
    cid = world.org.customers[3]
    r = world.admin().post(
        f"/customers/{cid}/verification/reject",
        json={
            "flags": [
                {"field": "margin", "reason": "wrong_value", "comment": "MARGIN-TALK"},
                {"field": "name", "reason": "missing", "comment": "NAME-TALK"},
            ]
        },
    )
    assert r.status_code == 200, r.text
    r = verifier.post(f"/customers/{cid}/comments", json={"body": "THREAD-TALK"})
    assert r.status_code == 201, r.text
    operator = json.dumps(_pull_all(world, "op1"))
    assert "NAME-TALK" in operator
    assert "THREAD-TALK" in operator
    assert "MARGIN-TALK" not in operator
    assert '"margin"' not in operator
    sales = _pull_all(world, "sales")  # owns-team read, verification group hidden
    rows = {r["id"]: r for r in sales["rows"]}
    assert cid in rows
    assert rows[cid]["flags"] == []
    assert rows[cid]["comments"] == []
    assert "TALK" not in json.dumps(sales)


def test_comment_thread_round_trip_between_operator_and_verifier_devices(
    world: World, verifier: httpx.Client, staff: Staff, clients: list[Client]
) -> None:
    op1 = make_client(world, "op1")
    ver = make_client(world, "ver")
    clients.extend([op1, ver])
    op1.engine.sync()
    ver.engine.sync()
    cid = world.org.customers[4]
    ServerApi.over(op1.transport).add_comment(cid, "Is the city right?")
    ver.engine.sync()
    assert [c.body for c in HistoryService(ver.store).discussion(cid)] == ["Is the city right?"]
    ServerApi.over(ver.transport).add_comment(cid, "Yes, it moved last year.")
    op1.engine.sync()
    thread = HistoryService(op1.store).discussion(cid)
    assert [(c.author, c.body) for c in thread] == [
        ("op1", "Is the city right?"),
        ("Name of ver", "Yes, it moved last year."),
    ]


def test_owner_change_reaches_the_history_on_the_device(
    world: World, staff: Staff, clients: list[Client]
) -> None:
    op1 = make_client(world, "op1")
    clients.append(op1)
    op1.engine.sync()
    made = CustomerService(op1.store, _context(world, "op1", "operator")).create(
        {"name": "Historie s.r.o.", "city": "Brno"}, assignment_id=world.org.assignments["a1"]
    )
    op1.engine.sync()  # pushed (the server writes the first owner) and pulled back
    cid = made.customer_id
    r = world.admin().put(f"/customers/{cid}/owner", json={"owner_id": world.org.users["op2"]})
    assert r.status_code == 200, r.text
    op1.engine.sync()  # op1 still sees it: a member of a1
    owners = HistoryService(op1.store).owners(cid)
    assert [(o.owner, o.changed_by, o.valid_to is None) for o in owners] == [
        ("op2", "admin", True),
        ("op1", "op1", False),
    ]
    assert owners[1].valid_to == owners[0].valid_from
    # a seeded record whose history begins with a change still names the owner before it
    old = world.org.customers[5]
    r = world.admin().put(f"/customers/{old}/owner", json={"owner_id": world.org.users["op2"]})
    assert r.status_code == 200, r.text
    op1.engine.sync()
    assert [o.owner for o in HistoryService(op1.store).owners(old)] == ["op2", "op1"]


def test_closing_an_assignment_takes_its_flags_comments_history_off_the_device(
    world: World, clients: list[Client]
) -> None:
    admin = world.admin()
    a2 = world.org.assignments["a2"]
    rows = set(world.org.customers[20:30])
    target = world.org.customers[21]
    assert admin.post(
        f"/customers/{target}/verification/reject",
        json={"flags": [{"field": "city", "reason": "wrong_value"}]},
    ).is_success
    assert admin.post(f"/customers/{target}/comments", json={"body": "a2 talk"}).is_success
    assert admin.put(
        f"/customers/{target}/owner", json={"owner_id": world.org.users["op2"]}
    ).is_success
    op3 = make_client(world, "op3")
    clients.append(op3)
    op3.engine.sync()
    for table in (_F, _M, _H):
        assert _count(op3, table, rows) >= 1  # the check can fail
    assert admin.post(f"/assignments/{a2}/close").status_code == 200
    try:
        op3.engine.sync()
        for table in (_F, _M, _H):
            assert _count(op3, table, rows) == 0
        assert _local(op3, _A) == []
        assert _local(op3, _AM) == []
        left = {r.id for r in _local(op3, _U)}
        assert left == {world.org.users["op3"]}  # nothing names anyone else any more
    finally:
        assert admin.post(f"/assignments/{a2}/reopen").status_code == 200
        assert admin.put(
            f"/customers/{target}/owner", json={"owner_id": world.org.users["op3"]}
        ).is_success
    op3.engine.sync()
    assert _count(op3, _F, rows) == 1  # back whole with the assignment


def test_removing_a_member_takes_the_assignment_and_its_threads_off_the_device(
    world: World, verifier: httpx.Client, staff: Staff, clients: list[Client]
) -> None:
    admin = world.admin()
    a1 = world.org.assignments["a1"]
    rows = set(world.org.customers[:20])
    cid = world.org.customers[6]
    assert verifier.post(f"/customers/{cid}/comments", json={"body": "for op2"}).is_success
    op2 = make_client(world, "op2")
    clients.append(op2)
    op2.engine.sync()
    assert _count(op2, _M, rows) >= 1
    assert {r.assignment_id for r in _local(op2, _AM)} == {a1}
    members = [m for m in _a1_members(world) if m["user_id"] != world.org.users["op2"]]
    members.append({"user_id": staff.verifier, "role": "verifier"})
    assert admin.put(f"/assignments/{a1}/members", json={"members": members}).status_code == 200
    try:
        op2.engine.sync()
        assert _count(op2, _M, rows) == 0
        assert _count(op2, _F, rows) == 0
        assert a1 not in {r.id for r in _local(op2, _A)}
        assert staff.verifier not in {r.id for r in _local(op2, _U)}
    finally:
        restored = _a1_members(world, {"user_id": staff.verifier, "role": "verifier"})
        r = admin.put(f"/assignments/{a1}/members", json={"members": restored})
        assert r.status_code == 200


def test_target_principal_and_coordinator_round_trip_to_my_work(
    world: World, staff: Staff, clients: list[Client]
) -> None:
    admin = world.admin()
    a1 = world.org.assignments["a1"]
    r = admin.patch(
        f"/assignments/{a1}",
        json={"target_per_day": 35, "coordinator_id": world.org.users["sup"]},
    )
    assert r.status_code == 200, r.text
    assert r.json()["target_per_day"] == 35
    op1 = make_client(world, "op1")
    clients.append(op1)
    op1.engine.sync()
    queries = CustomerQueries(op1.store, _context(world, "op1", "operator"))
    work = queries.my_work()
    assert work.assignment is not None
    assert (work.assignment.id, work.assignment.target_per_day) == (a1, 35)
    (local,) = [a for a in _local(op1, _A) if a.id == a1]
    assert local.coordinator_id == world.org.users["sup"]
    service = CustomerService(op1.store, _context(world, "op1", "operator"))
    service.create({"name": "Dnes s.r.o."}, assignment_id=a1)
    assert queries.my_work().entered_today == work.entered_today + 1
    # null clears the target; the change is an ordinary pull (no reconcile)
    r = admin.patch(f"/assignments/{a1}", json={"target_per_day": None})
    assert r.status_code == 200, r.text
    report = op1.engine.sync()
    assert report.changes.assignments
    assert not report.reconciled
    assert queries.my_work().assignment.target_per_day is None  # type: ignore[union-attr]
    r = admin.patch(f"/assignments/{a1}", json={"coordinator_id": world.org.users["coord"]})
    assert r.status_code == 200, r.text


def test_a_principal_may_choose_the_coordinator_but_not_give_the_assignment_away(
    world: World, staff: Staff
) -> None:
    admin = world.admin()
    r = admin.post(
        "/users",
        json={
            "login": "prin",
            "display_name": "Principal",
            "password": PASSWORD,
            "roles": ["principal"],
        },
    )
    assert r.status_code == 201, r.text
    prin_id = r.json()["id"]
    made = admin.post("/assignments", json={"name": "Owned", "principal_id": prin_id})
    assert made.status_code == 201, made.text
    aid = made.json()["id"]
    with contextlib.closing(_login(world, "prin")) as prin:
        r = prin.patch(f"/assignments/{aid}", json={"coordinator_id": world.org.users["coord"]})
        assert r.status_code == 200, r.text
        assert r.json()["coordinator_id"] == world.org.users["coord"]
        r = prin.patch(f"/assignments/{aid}", json={"principal_id": world.org.users["admin"]})
        assert r.status_code == 403, r.text
        r = prin.patch(f"/assignments/{aid}", json={"coordinator_id": "no-such-user"})
        assert r.status_code == 400, r.text
    r = admin.patch(f"/assignments/{aid}", json={"principal_id": world.org.users["admin"]})
    assert r.status_code == 200
    assert r.json()["principal_id"] == world.org.users["admin"]


def test_a_deactivated_user_reaches_only_devices_that_name_them(
    world: World, staff: Staff, clients: list[Client]
) -> None:
    admin = world.admin()
    r = admin.post(
        "/users",
        json={
            "login": "leaver",
            "display_name": "Leaver",
            "password": PASSWORD,
            "team_id": world.org.teams["t1"],
            "roles": ["verifier"],
        },
    )
    assert r.status_code == 201, r.text
    leaver = r.json()["id"]
    members = _a1_members(
        world,
        {"user_id": staff.verifier, "role": "verifier"},
        {"user_id": leaver, "role": "verifier"},
    )
    a1 = world.org.assignments["a1"]
    assert admin.put(f"/assignments/{a1}/members", json={"members": members}).is_success
    with contextlib.closing(_login(world, "leaver")) as http:
        said = http.post(f"/customers/{world.org.customers[7]}/comments", json={"body": "hi"})
        assert said.status_code == 201, said.text
    restored = _a1_members(world, {"user_id": staff.verifier, "role": "verifier"})
    assert admin.put(f"/assignments/{a1}/members", json={"members": restored}).is_success
    op1, op3 = make_client(world, "op1"), make_client(world, "op3")
    clients.extend([op1, op3])
    op1.engine.sync()
    op3.engine.sync()
    named = {r.id: r for r in _local(op1, _U)}
    assert named[leaver].active  # named by the comment, no longer a member
    assert admin.post(f"/users/{leaver}/deactivate", json={}).status_code == 200
    report = op1.engine.sync()
    assert report.changes.users
    assert not {r.id: r for r in _local(op1, _U)}[leaver].active  # history keeps the name
    assert not op3.engine.sync().changes.users
    assert leaver not in {r.id for r in _local(op3, _U)}


def test_a_store_synced_before_entities_fetches_them_once(
    world: World, verifier: httpx.Client, clients: list[Client]
) -> None:
    op1 = make_client(world, "op1")
    clients.append(op1)
    op1.engine.sync()
    cid = world.org.customers[8]
    assert verifier.post(f"/customers/{cid}/comments", json={"body": "old store"}).is_success
    op1.engine.sync()
    with op1.store.connection(write=True) as conn:  # what an older client left behind
        for table in (_F, _M, _H, _AM, _A, _U):
            conn.execute(delete(table))
        conn.execute(text("DELETE FROM sync_state WHERE key = :k"), {"k": state.ENTITIES})
    report = op1.engine.sync()
    assert report.reconciled
    assert cid in report.changes.customers
    assert [c.body for c in HistoryService(op1.store).discussion(cid)] == ["old store"]
    assert world.org.assignments["a1"] in {r.id for r in _local(op1, _A)}
    with op1.store.connection() as conn:
        assert state.get(conn, state.ENTITIES) is not None
    assert not op1.engine.sync().reconciled  # once
