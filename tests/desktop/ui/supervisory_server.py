"""A real ``crm-server`` on loopback over a throw-away SQLite demo database, for the tests of the
supervisory screens (verification, assignments, users, conflicts).

Import the fixtures into a test module: ``from tests.desktop.ui.supervisory_server import
demo_server  # noqa: F401``.
"""

from __future__ import annotations

import os
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

from crm_desktop.services.server_api import ServerApi
from crm_desktop.sync.http import HttpTransport
from crm_protocol import PROTOCOL_VERSION

DEMO_PASSWORD = "demo"
HEADERS = {"X-CRM-Protocol": str(PROTOCOL_VERSION)}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class DemoServer:
    """A running server with the demo organisation; ``admin`` is an httpx client for checks."""

    base: str
    admin: httpx.Client
    _transports: list[HttpTransport] = field(default_factory=list)

    def api_as(self, login: str) -> ServerApi:
        """A ``ServerApi`` signed in as ``login`` on a new device (the app's real path)."""
        transport = HttpTransport(self.base, f"dev-{uuid.uuid4().hex[:12]}", timeout=20)
        transport.login(login, DEMO_PASSWORD)
        self._transports.append(transport)
        return ServerApi.over(transport)

    def get(self, path: str, **params: Any) -> Any:
        """GET as the administrator; the decoded JSON."""
        r = self.admin.get(path, params=params)
        assert r.status_code == 200, r.text
        return r.json()

    def user_id(self, login: str) -> str:
        """The id of the demo user ``login``."""
        return next(u["id"] for u in self.get("/users") if u["login"] == login)

    def close(self) -> None:
        """Close the clients."""
        for t in self._transports:
            t.close()
        self.admin.close()


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    """``crm-server demo`` then ``crm-server run`` in a subprocess (one per test module)."""
    home = tmp_path_factory.mktemp("demo-server")
    env = {
        **os.environ,
        "CRM_SERVER_HOME": str(home),
        "CRM_DATABASE_URL": f"sqlite:///{Path(home) / 'server.db'}",
    }
    cli = [sys.executable, "-m", "crm_server.cli"]
    demo = subprocess.run(
        [*cli, "demo", "--customers", "60"], env=env, capture_output=True, text=True, timeout=120
    )
    assert demo.returncode == 0, demo.stderr
    port = _free_port()
    proc = subprocess.Popen(
        [*cli, "run", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    admin = httpx.Client(base_url=base + "/api/v1", headers=HEADERS, timeout=20, trust_env=False)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if admin.get("/health").status_code == 200:
                    break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        r = admin.post(
            "/auth/login",
            json={"login": "admin", "password": DEMO_PASSWORD, "device_id": "ui-tests-admin"},
        )
        assert r.status_code == 200, r.text
        admin.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
        server = DemoServer(base, admin)
        yield server
        server.close()
    finally:
        admin.close()
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
