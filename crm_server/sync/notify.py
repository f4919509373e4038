"""Live wake-ups for ``/sync/wait`` long-polls.

Every committed ORM session in this process wakes the waiters (``after_commit``, so a woken
waiter already sees the new rows); on PostgreSQL a ``LISTEN crm_changes`` thread also wakes
them for commits made by other server processes (a statement trigger on ``change_log`` sends
``NOTIFY``). Waiters recheck the change log on every wake-up and at least once a second, so a
lost notification costs latency, never a missed change.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import weakref
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session as OrmSession

log = logging.getLogger(__name__)
CHANNEL = "crm_changes"
_NOTIFIERS: weakref.WeakSet[ChangeNotifier] = weakref.WeakSet()
_HOOKED = threading.Lock()
_hooked = False


def _on_commit(_session: Any) -> None:
    for notifier in list(_NOTIFIERS):
        notifier.wake()


def _hook_sessions() -> None:
    global _hooked
    with _HOOKED:
        if not _hooked:
            event.listen(OrmSession, "after_commit", _on_commit)
            _hooked = True


class ChangeNotifier:
    """Wakes asyncio waiters (from any thread) when the change log may have moved."""

    def __init__(self, engine: Engine) -> None:
        self._lock = threading.Lock()
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        _hook_sessions()
        _NOTIFIERS.add(self)
        if engine.dialect.name == "postgresql":
            url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
            self._thread = threading.Thread(
                target=self._listen, args=(url,), name="crm-listen", daemon=True
            )
            self._thread.start()

    def wake(self) -> None:
        """Wake every waiter (thread-safe)."""
        with self._lock:
            waiters = list(self._waiters)
        for loop, ev in waiters:
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(ev.set)

    def register(self) -> asyncio.Event:
        """An event that the next wake-up sets; ``unregister`` it when done."""
        ev = asyncio.Event()
        with self._lock:
            self._waiters.add((asyncio.get_running_loop(), ev))
        return ev

    def unregister(self, ev: asyncio.Event) -> None:
        """Stop waking ``ev``."""
        with self._lock:
            self._waiters = {w for w in self._waiters if w[1] is not ev}

    def close(self) -> None:
        """Stop the LISTEN thread."""
        self._stop.set()

    def _listen(self, url: str) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(url, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    while not self._stop.is_set():
                        for _ in conn.notifies(timeout=1.0):
                            self.wake()
            except Exception as exc:
                log.warning("LISTEN connection lost: %s", type(exc).__name__)
                self._stop.wait(1.0)
