"""A real embedded server and signed-in clients for the export tests (service and UI).

``export_server`` starts the in-process demo server (real HTTP on loopback, SQLite) once per
module; ``ExportWorld`` adds roles and users through the admin API, signs clients in the app's
way (vault, SQLCipher store, initial sync) and reads the server's audit trail and exports.
Import the fixtures into a test module: ``from tests.desktop.dataio.export_env import
export_server, world  # noqa: F401``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from crm_desktop.demo_server import DemoServer, start_demo_server
from crm_desktop.security.keyring_access import KeyringAccess
from crm_desktop.security.vault import KdfParams
from crm_desktop.services.customer_queries import CustomerQueries
from crm_desktop.services.exports import ExportService, vault_step_up
from crm_desktop.services.server_api import Requester, transport_requester
from crm_desktop.services.signin import Session, SignIn
from crm_desktop.sync.engine import SyncEngine
from crm_desktop.sync.wipe import profile_wiper
from crm_protocol import PROTOCOL_VERSION
from tests.desktop.security.memory_keyring import MemoryKeyring

CHEAP_KDF = KdfParams(memory_cost_kib=8, iterations=1, lanes=1)
PASSWORD = "export-test-pass"
DEMO_PASSWORD = "demo"
CUSTOMERS = 120


@dataclass
class Client:
    """One signed-in desktop client: session, synced store and its export service."""

    session: Session
    engine: SyncEngine
    queries: CustomerQueries
    service: ExportService
    requester: Requester

    @property
    def login(self) -> str:
        return self.session.context.login

    def close(self) -> None:
        self.session.close()


@dataclass
class ExportWorld:
    """The server side of the export tests, plus the clients signed in during one test."""

    demo: DemoServer
    admin: httpx.Client
    clients: list[Client] = field(default_factory=list)

    def add_role(
        self,
        *,
        export: bool = True,
        hidden: tuple[str, ...] = ("commercial",),
        row_cap: int | None = 1000,
        daily_rows: int | None = 5000,
        offline_export: bool = False,
    ) -> str:
        """A new role: reads everything, exports everything (or not), some groups hidden."""
        name = f"t_{uuid.uuid4().hex[:10]}"
        grants = {"customer.read": ["all"], "customer.edit": ["all"]}
        if export:
            grants["customer.export"] = ["all"]
        access = {g: "hidden" for g in hidden}
        body = {
            "name": name,
            "grants": grants,
            "field_access": access,
            "default_access": "read",
            "limits": {
                "export_row_cap": row_cap,
                "export_daily_rows": daily_rows,
                "offline_export": offline_export,
            },
        }
        r = self.admin.post("/roles", json=body)
        assert r.status_code == 201, r.text
        return name

    def add_user(self, role: str) -> str:
        """A new user holding ``role`` (password :data:`PASSWORD`); returns the login."""
        login = f"u{uuid.uuid4().hex[:10]}"
        body = {"login": login, "display_name": login, "password": PASSWORD, "roles": [role]}
        r = self.admin.post("/users", json=body)
        assert r.status_code == 201, r.text
        return login

    def sign_in(self, login: str, password: str = PASSWORD) -> Client:
        """Sign in the app's way and run the initial sync (the store gets its customers)."""
        keyring = KeyringAccess(MemoryKeyring())
        signin = SignIn(lambda: keyring, kdf=CHEAP_KDF, timeout=20)
        session = signin.login_online(self.demo.url, login, password)
        engine = SyncEngine(
            session.store,
            session.transport,
            on_wipe=profile_wiper(session.store, session.profile, keyring),
        )
        engine.sync(lambda _p, _d, _t: None)
        queries = CustomerQueries(session.store, session.context)
        requester = transport_requester(session.transport)
        service = ExportService(
            session.store,
            session.context,
            queries,
            requester,
            offline_step_up=vault_step_up(session.profile, keyring),
        )
        client = Client(session, engine, queries, service, requester)
        self.clients.append(client)
        return client

    def audit(self, action: str | None = None) -> list[dict[str, Any]]:
        """Every audit event (of ``action``), oldest first."""
        events: list[dict[str, Any]] = []
        after = 0
        while True:
            r = self.admin.get("/audit", params={"after_seq": after, "limit": 1000})
            assert r.status_code == 200, r.text
            page = r.json()
            events += page
            if len(page) < 1000:
                break
            after = page[-1]["seq"]
        return [e for e in events if action is None or e["action"] == action]

    def exports(self) -> list[dict[str, Any]]:
        """Every export the server recorded (newest first)."""
        r = self.admin.get("/exports", params={"page_size": 500})
        assert r.status_code == 200, r.text
        found: list[dict[str, Any]] = r.json()
        return found

    def export(self, export_id: str) -> dict[str, Any]:
        """The server's record of one export."""
        return next(e for e in self.exports() if e["export_id"] == export_id)

    def close_clients(self) -> None:
        for client in self.clients:
            client.close()
        self.clients.clear()


@pytest.fixture(scope="module")
def export_server() -> Iterator[DemoServer]:
    """The embedded demo server with :data:`CUSTOMERS` customers (cheap password hashing)."""
    server = start_demo_server(CUSTOMERS, cheap_hashing=True)
    yield server
    server.stop()


@pytest.fixture
def world(export_server: DemoServer) -> Iterator[ExportWorld]:
    """The admin API of the export server; clients signed in by the test close at the end."""
    admin = httpx.Client(
        base_url=export_server.url + "/api/v1",
        headers={"X-CRM-Protocol": str(PROTOCOL_VERSION)},
        trust_env=False,
        timeout=20,
    )
    r = admin.post(
        "/auth/login",
        json={"login": "admin", "password": DEMO_PASSWORD, "device_id": f"x-{uuid.uuid4().hex}"},
    )
    assert r.status_code == 200, r.text
    admin.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
    made = ExportWorld(export_server, admin)
    yield made
    made.close_clients()
    admin.close()
