"""Fixtures for the composed app: a real embedded demo server (in process, free loopback port)
and the client's start flow with an in-memory keyring and cheap Argon2 parameters."""

from __future__ import annotations

import os
from collections.abc import Iterator

import httpx
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from crm_desktop.demo_server import DemoServer, start_demo_server
from crm_desktop.security.keyring_access import KeyringAccess
from crm_desktop.security.vault import KdfParams
from crm_desktop.services.signin import SignIn
from crm_desktop.ui.a11y.announcer import install_accessible_factory
from crm_protocol import PROTOCOL_VERSION
from tests.desktop.security.memory_keyring import MemoryKeyring

CHEAP_KDF = KdfParams(memory_cost_kib=8, iterations=1, lanes=1)


@pytest.fixture(scope="module")
def demo() -> Iterator[DemoServer]:
    """The embedded demo server (200 customers, cheap password hashing)."""
    server = start_demo_server(200, cheap_hashing=True)
    yield server
    server.stop()


@pytest.fixture
def signin() -> SignIn:
    """Sign-in with an in-memory key store and cheap Argon2id."""
    keyring = KeyringAccess(MemoryKeyring())
    return SignIn(lambda: keyring, kdf=CHEAP_KDF, timeout=20)


@pytest.fixture
def api(demo: DemoServer) -> Iterator[httpx.Client]:
    """An HTTP client of the demo server signed in as the administrator."""
    client = httpx.Client(
        base_url=demo.url + "/api/v1",
        headers={"X-CRM-Protocol": str(PROTOCOL_VERSION)},
        trust_env=False,
        timeout=20,
    )
    r = client.post(
        "/auth/login", json={"login": "admin", "password": "demo", "device_id": "test-admin"}
    )
    assert r.status_code == 200, r.text
    client.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
    yield client
    client.close()


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> Iterator[None]:
    install_accessible_factory()
    yield
    for widget in qapp.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    qapp.processEvents()
