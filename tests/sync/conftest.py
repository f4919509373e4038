"""Sync fixtures: a real ``crm-server run`` process on loopback (SQLite or a fresh PostgreSQL
schema per module), a seeded organisation, and real encrypted client stores in temp dirs."""

from __future__ import annotations

import contextlib
import gc
import os
import secrets
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session

from crm_desktop import paths
from crm_desktop.paths import Profile
from crm_desktop.security.keyring_access import KeyringAccess
from crm_desktop.store import Store, open_store
from crm_desktop.sync.engine import SyncEngine
from crm_desktop.sync.http import HttpTransport
from crm_desktop.sync.wipe import profile_wiper
from crm_protocol import PROTOCOL_VERSION
from crm_server.cli import init_database
from crm_server.config import Settings
from crm_server.db import make_engine
from crm_server.models import (
    Assignment,
    AssignmentMember,
    Customer,
    Division,
    Organisation,
    Team,
    User,
)
from crm_server.services.passwords import PasswordHasher
from crm_server.services.roles import set_user_roles
from tests.desktop.security.memory_keyring import MemoryKeyring

PG_BASE_URL = "postgresql+psycopg://root@127.0.0.1:5432/test"
PASSWORD = "sync-test-password"
HEADERS = {"X-CRM-Protocol": str(PROTOCOL_VERSION)}
ADMIN_RELOGIN = 300.0  # seconds
# login -> (role, team)
USERS = {
    "admin": ("administrator", "t1"),
    "op1": ("operator", "t1"),
    "op2": ("operator", "t1"),
    "op3": ("operator", "t2"),
    "sup": ("supervisor", "t1"),
    "coord": ("coordinator", "t1"),
}


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class Org:
    """Ids of the seeded organisation."""

    users: dict[str, str] = field(default_factory=dict)
    teams: dict[str, str] = field(default_factory=dict)
    assignments: dict[str, str] = field(default_factory=dict)
    customers: list[str] = field(default_factory=list)


def seed(engine: Engine, customers: int = 20) -> Org:
    """Users, two assignments (a1: op1, op2, sup; a2: op3), ``customers`` rows in each."""
    org = Org()
    hasher = PasswordHasher(Settings(database_url="sqlite://").with_cheap_hashing())
    pw = hasher.hash(PASSWORD)
    with Session(engine) as s:
        o = Organisation(name="Org")
        s.add(o)
        s.flush()
        d = Division(organisation_id=o.id, name="B2B")
        s.add(d)
        s.flush()
        for t in ("t1", "t2"):
            team = Team(division_id=d.id, name=t)
            s.add(team)
            s.flush()
            org.teams[t] = team.id
        for login, (role, team) in USERS.items():
            u = User(login=login, display_name=login, password_hash=pw, team_id=org.teams[team])
            s.add(u)
            s.flush()
            org.users[login] = u.id
            set_user_roles(s, u.id, [role])
        for name in ("a1", "a2"):
            a = Assignment(name=name, coordinator_id=org.users["coord"])
            s.add(a)
            s.flush()
            org.assignments[name] = a.id
        for a, login, role in (
            ("a1", "op1", "operator"),
            ("a1", "op2", "operator"),
            ("a1", "sup", "supervisor"),
            ("a2", "op3", "operator"),
        ):
            s.add(
                AssignmentMember(
                    assignment_id=org.assignments[a], user_id=org.users[login], role=role
                )
            )
        s.flush()
        for a, owner in (("a1", "op1"), ("a2", "op3")):
            for i in range(customers):
                cid = str(uuid.uuid4())
                s.add(
                    Customer(
                        id=cid,
                        assignment_id=org.assignments[a],
                        owner_id=org.users[owner],
                        created_by=org.users[owner],
                        name=f"Firma {a} {i}",
                        city="Praha",
                        remarks="start",
                        margin=f"SECRET-MARGIN-{i}",
                        purchase_price="100",
                    )
                )
                org.customers.append(cid)
        s.commit()
    return org


class ServerProcess:
    """``crm-server run`` in a subprocess; restartable (same database)."""

    def __init__(self, url: str, home: Path) -> None:
        self.url = url
        self.home = home
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        env = {
            **os.environ,
            "CRM_SERVER_HOME": str(self.home),
            "CRM_DATABASE_URL": self.url,
        }
        cmd = [sys.executable, "-m", "crm_server.cli", "run", "--port", str(self.port)]
        self.proc = subprocess.Popen(
            cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                r = httpx.get(self.base + "/api/v1/health", timeout=1, trust_env=False)
                if r.status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError("server did not start")

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(10)
            self.proc = None

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(3)  # open long-polls would hold a graceful stop for their timeout
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
            self.proc = None


@dataclass
class World:
    """A running server over a seeded database."""

    server: ServerProcess
    engine: Engine
    org: Org
    _admin: httpx.Client | None = None
    _admin_at: float = 0.0

    def admin(self) -> httpx.Client:
        """An HTTP client logged in as the administrator (one per world, closed with it; a
        new login every few minutes, as access tokens live ten)."""
        if self._admin is not None and time.monotonic() - self._admin_at < ADMIN_RELOGIN:
            return self._admin
        if self._admin is not None:
            self._admin.close()
        c = httpx.Client(base_url=self.server.base + "/api/v1", headers=HEADERS, trust_env=False)
        r = c.post(
            "/auth/login",
            json={
                "login": "admin",
                "password": PASSWORD,
                "device_id": f"adm-{uuid.uuid4().hex[:8]}",
            },
        )
        assert r.status_code == 200, r.text
        c.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
        self._admin = c
        self._admin_at = time.monotonic()
        return c


def make_db_url(kind: str, tmp: Path) -> tuple[str, Any]:
    """A fresh database URL and a cleanup callable."""
    if kind == "sqlite":
        return f"sqlite:///{tmp / 'server.db'}", lambda: None
    schema = f"s_{uuid.uuid4().hex[:12]}"
    admin = make_engine(PG_BASE_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop() -> None:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return f"{PG_BASE_URL}?options=-csearch_path%3D{schema}", drop


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    """A seeded database and a real server process over it."""
    tmp = tmp_path_factory.mktemp("srv")
    url, drop = make_db_url(request.param, tmp)
    engine = make_engine(url)
    init_database(engine)
    org = seed(engine)
    server = ServerProcess(url, tmp)
    server.start()
    w = World(server, engine, org)
    try:
        yield w
    finally:
        if w._admin is not None:
            w._admin.close()
        server.stop()
        engine.dispose()
        drop()


@dataclass
class Client:
    """A desktop client: profile, encrypted store, transport, engine."""

    login: str
    profile: Profile
    store: Store
    transport: HttpTransport
    engine: SyncEngine
    keyring: KeyringAccess
    key: bytes

    @property
    def db_path(self) -> Path:
        return paths.db_path(self.profile.id, create=False)

    def reopen(self) -> Client:
        """Close the store and open it again (a client restart, same device)."""
        self.store.close()
        store = open_store(self.db_path, self.key)
        engine = SyncEngine(
            store, self.transport, on_wipe=profile_wiper(store, self.profile, self.keyring)
        )
        return Client(
            self.login, self.profile, store, self.transport, engine, self.keyring, self.key
        )


def make_client(world: World, login: str, *, base: str | None = None) -> Client:
    """Log in as ``login`` on a new device with a fresh encrypted store."""
    base = base or world.server.base
    profile = Profile(base, f"{login}-{uuid.uuid4().hex[:6]}")
    keyring = KeyringAccess(MemoryKeyring())
    keyring.create_secret(profile.id)
    key = secrets.token_bytes(32)
    store = open_store(paths.db_path(profile.id), key)
    transport = HttpTransport(base, f"dev-{uuid.uuid4().hex[:12]}", timeout=20)
    transport.login(login, PASSWORD)
    engine = SyncEngine(store, transport, on_wipe=profile_wiper(store, profile, keyring))
    return Client(login, profile, store, transport, engine, keyring, key)


@pytest.fixture
def clients(world: World) -> Iterator[list[Client]]:
    """Clients made by a test (closed afterwards)."""
    made: list[Client] = []
    yield made
    for c in made:
        with contextlib.suppress(Exception):
            c.store.close()
        c.transport.close()


@pytest.fixture(autouse=True)
def _collect_garbage() -> Iterator[None]:
    """Collect after every test, so an unclosed socket warns (and fails) in the test that
    leaked it rather than at a random later moment (inside a Hypothesis example, say)."""
    yield
    gc.collect()
