"""``crm-desktop --demo``: the real server, in this process, on a throw-away database.

The server (``crm_server``, the ``server`` extra) runs under uvicorn on a free loopback port
in a background thread, over a SQLite file in a temporary directory loaded with the demo
organisation (one user per role, password ``demo``). Everything is deleted when the demo ends.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm_desktop.demo_ares import DemoAres, DemoCompany

DEMO_PASSWORD = "demo"  # noqa: S105 - the documented password of every demo user
STARTUP_TIMEOUT = 60.0


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True, slots=True)
class DemoLogin:
    """One demo user: login and the role it holds."""

    login: str
    role: str


def demo_logins() -> list[DemoLogin]:
    """The demo users, one per role preset (password ``demo``)."""
    from crm_protocol.roles import PRESETS

    return [DemoLogin("admin" if r == "administrator" else r, r) for r in PRESETS]


@dataclass
class DemoServer:
    """A running embedded server; ``stop()`` ends it and deletes its database."""

    url: str
    directory: Path
    _server: Any = field(repr=False)
    _thread: threading.Thread = field(repr=False)
    ares: DemoAres | None = field(default=None, repr=False)  # the stand-in ARES registry

    @property
    def ares_url(self) -> str | None:
        """Where the demo's stand-in ARES answers (``None`` when it was not started)."""
        return None if self.ares is None else self.ares.url

    def stop(self) -> None:
        """Stop the server and delete the throw-away database."""
        self._server.should_exit = True
        self._thread.join(10)
        if self.ares is not None:
            self.ares.stop()
        shutil.rmtree(self.directory, ignore_errors=True)


def _registry_entries(engine: Any) -> list[DemoCompany]:
    """The Czech demo customers as the stand-in ARES knows them."""
    from sqlmodel import Session, select

    from crm_server.models import Customer

    with Session(engine) as session:
        customers = session.exec(select(Customer).where(Customer.ico != None)).all()  # noqa: E711
        return [
            DemoCompany(c.ico, c.name, c.street, c.building_number, c.postal_code, c.city, c.region)
            for c in customers
            if c.ico and c.name
        ]


def start_demo_server(
    customers: int = 1000, *, cheap_hashing: bool = False, ares: bool = True
) -> DemoServer:
    """Start the embedded demo server; raises ``ImportError`` without the server extra.

    With ``ares``, a stand-in ARES registry on loopback too (``DemoServer.ares_url``), which
    knows the demo's Czech customers and a few more companies (``crm_desktop.demo_ares``).
    """
    import uvicorn
    from sqlmodel import Session

    from crm_server.app import create_app
    from crm_server.cli import init_database
    from crm_server.config import Settings
    from crm_server.db import make_engine
    from crm_server.demo import load_demo
    from crm_server.services.passwords import PasswordHasher

    directory = Path(tempfile.mkdtemp(prefix="crm-demo-server-"))
    settings = Settings(database_url=f"sqlite:///{directory / 'demo.db'}")
    if cheap_hashing:
        settings = settings.with_cheap_hashing()
    engine = make_engine(settings.database_url)
    init_database(engine)
    with Session(engine) as session:
        load_demo(session, PasswordHasher(settings), customers=customers)
    app = create_app(settings, engine)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="crm-demo-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            server.should_exit = True
            shutil.rmtree(directory, ignore_errors=True)
            raise RuntimeError("the demo server did not start")
        time.sleep(0.02)
    registry = DemoAres(_registry_entries(engine)) if ares else None
    return DemoServer(f"http://127.0.0.1:{port}", directory, server, thread, registry)


@contextlib.contextmanager
def demo_server(customers: int = 1000, *, cheap_hashing: bool = False) -> Any:
    """``start_demo_server`` as a context manager."""
    server = start_demo_server(customers, cheap_hashing=cheap_hashing)
    try:
        yield server
    finally:
        server.stop()
