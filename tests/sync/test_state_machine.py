"""A Hypothesis state machine over three clients and one real server process.

Steps: edits of random fields (small value sets, so merges, no-ops and conflicts happen),
clients going offline and online, reassignments and role changes through the admin API,
client restarts (the store reopened), replies dropped after the server handled the request,
and pushes sent twice. Invariant after a full sync of everyone: every client holds exactly
the server's data filtered to its user's scope and visible fields (the REST API as that user
is the oracle), and every mutation id is answered exactly once on the server with exactly
the effect its answer says.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test
from sqlalchemy import select

from crm_desktop.models import Customer as LocalCustomer
from crm_desktop.sync.engine import SyncEngine
from crm_desktop.sync.wipe import profile_wiper
from crm_protocol.errors import ErrorCode, KnownError
from crm_protocol.fields import STANDARD_FIELDS
from crm_protocol.sync import Directive, Mutation, MutationResult, PullPage, RowsPage
from tests.sync.chaos import Ledger, check, max_seq
from tests.sync.conftest import HEADERS, PASSWORD, Client, World, make_client
from tests.sync.helpers import edit

pytestmark = pytest.mark.slow

LOGINS = ("op1", "op2", "sup")
FIELDS = ("city", "street", "remarks", "region")
VALUES = ("alpha", "beta", "gamma")
ROLES = ("operator", "supervisor", "administrator")
_L = LocalCustomer.__table__
STANDARD = tuple(f.name for f in STANDARD_FIELDS)


class FlakyTransport:
    """The real transport with faults: offline (nothing sent), a reply dropped after the
    server handled the request, a push sent twice (the client keeps the second answer)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.offline = False
        self.drop_next = False
        self.duplicate_next = False

    def _call(self, fn: Any, *args: Any) -> Any:
        if self.offline:
            raise KnownError(ErrorCode.SERVER_UNREACHABLE)
        result = fn(*args)
        if self.drop_next:
            self.drop_next = False
            raise KnownError(ErrorCode.SERVER_UNREACHABLE, {"reason": "dropped"})
        return result

    def hello(self) -> dict[str, Any]:
        return self._call(self.inner.hello)  # type: ignore[no-any-return]

    def push(self, mutations: Sequence[Mutation]) -> list[MutationResult]:
        if self.duplicate_next and not self.offline:
            self.duplicate_next = False
            self.inner.push(mutations)
        return self._call(self.inner.push, mutations)  # type: ignore[no-any-return]

    def pull(self, cursor: str, limit: int) -> PullPage:
        return self._call(self.inner.pull, cursor, limit)  # type: ignore[no-any-return]

    def reconcile(
        self, cursor: str | None, held: Sequence[tuple[str, int | None]], groups: Sequence[str]
    ) -> dict[str, Any]:
        return self._call(self.inner.reconcile, cursor, held, groups)  # type: ignore[no-any-return]

    def rows(self, ids: Sequence[str]) -> RowsPage:
        return self._call(self.inner.rows, ids)  # type: ignore[no-any-return]

    def wait(self, cursor: str, timeout: float) -> bool:
        return self._call(self.inner.wait, cursor, timeout)  # type: ignore[no-any-return]

    def device_status(self) -> Directive:
        return self.inner.device_status()  # type: ignore[no-any-return]

    def wipe_ack(self) -> None:
        self.inner.wipe_ack()


def _engine(c: Client, transport: FlakyTransport) -> SyncEngine:
    return SyncEngine(
        c.store, transport, on_wipe=profile_wiper(c.store, c.profile, c.keyring), page_size=7
    )


def oracle(world: World, http: httpx.Client) -> dict[str, dict[str, Any]]:
    """The user's customers as the REST API shows them: id -> visible values."""
    r = http.get("/customers", params={"page_size": 5000})
    assert r.status_code == 200, r.text
    return {item["id"]: item["values"] for item in r.json()["items"]}


def local_view(c: Client) -> dict[str, dict[str, Any]]:
    """Every local customer with its standard fields."""
    with c.store.connection() as conn:
        rows = conn.execute(select(_L).where(~_L.c.deleted)).all()
    return {r.id: {n: getattr(r, n) for n in STANDARD} for r in rows}


class SyncMachine(RuleBasedStateMachine):
    """Three devices (op1, op2, sup) and the administrator, over one server."""

    world: World
    users: dict[str, httpx.Client]

    def __init__(self) -> None:
        super().__init__()
        self.pool = [*self.world.org.customers[0:6], *self.world.org.customers[20:23]]
        self._reset_server()  # every example starts from the same scopes (replays repeat)
        self.since = max_seq(self.world.engine)
        self.clients: dict[str, Client] = {}
        self.flaky: dict[str, FlakyTransport] = {}
        self.engines: dict[str, SyncEngine] = {}
        self.ledgers = {login: Ledger() for login in LOGINS}
        for login in LOGINS:
            c = make_client(self.world, login)
            self.clients[login] = c
            self.flaky[login] = FlakyTransport(c.transport)
            self.engines[login] = _engine(c, self.flaky[login])
            self.engines[login].sync()

    def _reset_server(self) -> None:
        """op2 back to operator, the pool's records back to their seeded owners."""
        admin, users = self.world.admin(), self.world.org.users
        r = admin.put(f"/users/{users['op2']}/roles", json={"roles": ["operator"]})
        assert r.status_code == 200, r.text
        for i, cid in enumerate(self.pool):
            owner = users["op1"] if i < 6 else users["op3"]
            r = admin.put(f"/customers/{cid}/owner", json={"owner_id": owner})
            assert r.status_code == 200, r.text

    def _held(self, login: str, cid: str) -> bool:
        with self.clients[login].store.connection() as conn:
            return conn.execute(select(_L.c.id).where(_L.c.id == cid)).first() is not None

    @rule(
        login=st.sampled_from(LOGINS),
        idx=st.integers(0, 8),
        name=st.sampled_from(FIELDS),
        value=st.sampled_from(VALUES),
    )
    def edit_field(self, login: str, idx: int, name: str, value: str) -> None:
        cid = self.pool[idx]
        if not self._held(login, cid):
            return
        mid = edit(self.clients[login], cid, **{name: value})
        self.ledgers[login].entries[mid] = {"id": cid, "op": "update", "field": name}

    @rule(login=st.sampled_from(LOGINS))
    def sync(self, login: str) -> None:
        try:
            self.engines[login].sync()
        except KnownError as exc:
            if exc.code != ErrorCode.SERVER_UNREACHABLE:  # offline or a dropped reply only
                raise

    @rule(login=st.sampled_from(LOGINS), offline=st.booleans())
    def set_offline(self, login: str, offline: bool) -> None:
        self.flaky[login].offline = offline

    @rule(login=st.sampled_from(LOGINS))
    def drop_next_reply(self, login: str) -> None:
        self.flaky[login].drop_next = True

    @rule(login=st.sampled_from(LOGINS))
    def duplicate_next_push(self, login: str) -> None:
        self.flaky[login].duplicate_next = True

    @rule(login=st.sampled_from(LOGINS))
    def restart(self, login: str) -> None:
        c = self.clients[login].reopen()
        self.clients[login] = c
        self.engines[login] = _engine(c, self.flaky[login])

    @rule(idx=st.integers(0, 8), owner=st.sampled_from(("op1", "op3")))
    def reassign(self, idx: int, owner: str) -> None:
        cid = self.pool[idx]
        r = self.world.admin().put(
            f"/customers/{cid}/owner", json={"owner_id": self.world.org.users[owner]}
        )
        assert r.status_code == 200, r.text

    @rule(role=st.sampled_from(ROLES))
    def change_op2_role(self, role: str) -> None:
        uid = self.world.org.users["op2"]
        r = self.world.admin().put(f"/users/{uid}/roles", json={"roles": [role]})
        assert r.status_code == 200, r.text

    def teardown(self) -> None:
        try:
            for flaky in self.flaky.values():
                flaky.offline = flaky.drop_next = flaky.duplicate_next = False
            for _ in range(2):  # the second round brings everyone the others' last pushes
                for login in LOGINS:
                    self.engines[login].sync()
            for login in LOGINS:
                c = self.clients[login]
                expected = oracle(self.world, self.users[login])
                held = local_view(c)
                assert set(held) == set(expected), login
                for cid, values in expected.items():
                    for name in STANDARD:  # visible fields equal; hidden ones absent (NULL)
                        assert held[cid][name] == values.get(name), (login, cid, name)
                counts = check(
                    self.world.engine,
                    self.ledgers[login],
                    self.world.org.users[login],
                    c.transport.device_id,
                    self.since,
                )
                assert counts.ok(), (login, counts.line())
                assert self.engines[login].pending_count() == 0
        finally:
            for c in self.clients.values():
                c.store.close()
                c.transport.close()


def _user_http(world: World, login: str) -> httpx.Client:
    c = httpx.Client(base_url=world.server.base + "/api/v1", headers=HEADERS, trust_env=False)
    r = c.post(
        "/auth/login",
        json={"login": login, "password": PASSWORD, "device_id": f"oracle-{uuid.uuid4().hex[:8]}"},
    )
    assert r.status_code == 200, r.text
    c.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
    return c


def test_every_client_equals_its_scope_and_every_mutation_counts_once(world: World) -> None:
    users = {login: _user_http(world, login) for login in LOGINS}
    SyncMachine.world = world
    SyncMachine.users = users
    try:
        run_state_machine_as_test(
            SyncMachine,
            settings=settings(
                max_examples=10,
                stateful_step_count=15,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            ),
        )
    finally:
        for http in users.values():
            http.close()
