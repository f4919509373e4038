"""`crm-server demo` then `crm-server run`: the real process serves HTTP on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from crm_protocol import PROTOCOL_VERSION


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.mark.slow
def test_demo_then_run_serves_the_demo_organisation(tmp_path: Path) -> None:
    env = {**os.environ, "CRM_SERVER_HOME": str(tmp_path), "CRM_DATABASE_URL": ""}
    cli = [sys.executable, "-m", "crm_server.cli"]
    demo = subprocess.run(
        [*cli, "demo", "--customers", "120"], env=env, capture_output=True, text=True, timeout=120
    )
    assert demo.returncode == 0, demo.stderr
    port = _free_port()
    proc = subprocess.Popen(
        [*cli, "run", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}/api/v1"
        headers = {"X-CRM-Protocol": str(PROTOCOL_VERSION)}
        with httpx.Client(base_url=base, headers=headers, timeout=10, trust_env=False) as http:
            for _ in range(100):
                try:
                    if http.get("/health").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            r = http.post(
                "/auth/login",
                json={"login": "operator", "password": "demo", "device_id": "device-real1"},
            )
            assert r.status_code == 200, r.text
            token = r.json()["access_token"]
            page = http.get(
                "/customers",
                params={"page_size": 500},
                headers={"Authorization": f"Bearer {token}"},
            )
            assert page.status_code == 200
            assert page.headers["cache-control"] == "no-store"
            assert page.json()["total"] > 0
            assert all("margin" not in c["values"] for c in page.json()["items"])
            assert http.get("/openapi.json").status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    verify = subprocess.run(
        [*cli, "audit", "verify"], env=env, capture_output=True, text=True, timeout=60
    )
    assert verify.returncode == 0
    assert verify.stdout.strip() == "OK"
