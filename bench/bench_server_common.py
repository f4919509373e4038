"""Shared harness of the server benchmarks: a real `crm-server run` process on loopback over a
fresh SQLite file or PostgreSQL schema, loaded with the demo organisation."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx
from sqlalchemy import Engine, text

from crm_protocol import PROTOCOL_VERSION
from crm_server.db import make_engine

PG_BASE = os.environ.get("CRM_BENCH_PG", "postgresql+psycopg://root@127.0.0.1:5432/test")


@dataclass
class Running:
    """A served database: its URL, an engine on it, and an HTTP client."""

    url: str
    engine: Engine
    http: httpx.Client

    def login(self, user: str) -> dict[str, str]:
        r = self.http.post(
            "/auth/login",
            json={"login": user, "password": "demo", "device_id": f"bench-{uuid.uuid4().hex[:8]}"},
        )
        r.raise_for_status()
        return {"Authorization": f"Bearer {r.json()['access_token']}"}


@contextmanager
def database(kind: str) -> Iterator[str]:
    """A fresh empty database URL: a temp SQLite file or a throw-away PostgreSQL schema."""
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            yield f"sqlite:///{tmp}/bench.db"
        return
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = make_engine(PG_BASE)
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{PG_BASE}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def served(kind: str, customers: int) -> Iterator[Running]:
    """Demo data loaded by the CLI, then `crm-server run` serving it on loopback."""
    with database(kind) as url:
        cli = [sys.executable, "-m", "crm_server.cli", "--database-url", url]
        subprocess.run(
            [*cli, "demo", "--customers", str(customers)], check=True, stdout=subprocess.DEVNULL
        )
        port = _free_port()
        proc = subprocess.Popen(
            [*cli, "run", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        engine = make_engine(url)
        headers = {"X-CRM-Protocol": str(PROTOCOL_VERSION)}
        base = f"http://127.0.0.1:{port}/api/v1"
        try:
            with httpx.Client(base_url=base, headers=headers, timeout=60, trust_env=False) as http:
                for _ in range(200):
                    try:
                        if http.get("/health").status_code == 200:
                            break
                    except httpx.TransportError:
                        time.sleep(0.05)
                yield Running(url, engine, http)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
            engine.dispose()
