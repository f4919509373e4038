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

    def stop(self) -> None:
        """Stop the server and delete the throw-away database."""
        self._server.should_exit = True
        self._thread.join(10)
        shutil.rmtree(self.directory, ignore_errors=True)


def start_demo_server(customers: int = 1000, *, cheap_hashing: bool = False) -> DemoServer:
    """Start the embedded demo server; raises ``ImportError`` without the server extra."""
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
    return DemoServer(f"http://127.0.0.1:{port}", directory, server, thread)


@contextlib.contextmanager
def demo_server(customers: int = 1000, *, cheap_hashing: bool = False) -> Any:
    """``start_demo_server`` as a context manager."""
    server = start_demo_server(customers, cheap_hashing=cheap_hashing)
    try:
        yield server
    finally:
        server.stop()
