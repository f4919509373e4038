"""Fixtures for the suites that run on the real accessibility stack (``scripts/a11y``).

They need an X server, the AT-SPI bus and Debian's pyatspi, which only ``scripts/a11y``
(through ``tests/a11y/inner.sh``) sets up; anywhere else this folder is not collected, so the
main suite (offscreen Qt, no bus) is unaffected.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

if not os.environ.get("CRM_A11Y_STACK"):
    collect_ignore_glob = ["test_*.py"]

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 60.0


@dataclass
class Client:
    """A running client process and its application object on the AT-SPI bus."""

    process: subprocess.Popen[str]
    server_url: str
    app: Any
    log: Path

    def stop(self) -> None:
        """End the process (SIGTERM, then SIGKILL after a bounded wait)."""
        if self.process.stdout is not None:
            self.process.stdout.close()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


def launch(login: str, log: Path) -> Client:
    """Start the client signed out, ``login`` pre-selected; wait until it is on the bus."""
    from tests.a11y import atspi

    if atspi.application() is not None:
        raise AssertionError("another client is still on the bus")
    with log.open("w") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.a11y.app_main", login],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if not line.startswith("SERVER "):
        process.kill()
        process.wait(5)
        raise AssertionError(f"the client did not start: {log.read_text()[-2000:]}")
    client = Client(process, line.split(" ", 1)[1], None, log)
    try:
        client.app = atspi.wait_for("the client on the bus", atspi.application, START_TIMEOUT)
        atspi.window(client.app, "Sign in", START_TIMEOUT)
    except BaseException:
        client.stop()
        raise
    return client


@pytest.fixture
def start_client(tmp_path: Path) -> Iterator[Callable[[str], Client]]:
    """``start_client(login)``: the client, stopped at the end of the test."""
    started: list[Client] = []

    def start(login: str) -> Client:
        client = launch(login, tmp_path / f"client-{login}.log")
        started.append(client)
        return client

    yield start
    for client in started:
        client.stop()
