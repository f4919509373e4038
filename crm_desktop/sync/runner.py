"""Runs the sync engine on a worker thread and reports to an observer the UI binds to. No Qt.

The observer's callbacks are called on the worker thread: the Qt layer marshals them to the
GUI thread (a queued signal). States: ``online`` (idle, up to date), ``syncing``, ``offline``
(server unreachable; retried with backoff), ``locked`` (session ended or lease expired: the
user must log in again), ``wiped`` (the server ordered a wipe; the profile is gone).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from enum import StrEnum
from typing import Any, Protocol

from crm_desktop.sync.engine import Progress, SyncEngine, SyncReport
from crm_desktop.sync.errors import Cancelled, SyncError, SyncErrorCode, WipeRequired
from crm_desktop.sync.lease import LeaseStatus
from crm_protocol.errors import ErrorCode, KnownError

log = logging.getLogger(__name__)
WAIT_SECONDS = 25.0
BACKOFF_START = 1.0
BACKOFF_MAX = 60.0


class SyncStatus(StrEnum):
    """What the status bar shows."""

    ONLINE = "online"
    OFFLINE = "offline"
    SYNCING = "syncing"
    LOCKED = "locked"
    WIPED = "wiped"


class SyncObserver(Protocol):
    """What the UI implements (every method is called on the worker thread)."""

    def on_status(self, status: SyncStatus, code: str | None) -> None: ...
    def on_progress(self, phase: str, done: int, total: int) -> None: ...
    def on_synced(self, report: SyncReport, pending: int, conflicts: int) -> None: ...


class NullObserver:
    """An observer that ignores everything."""

    def on_status(self, status: SyncStatus, code: str | None) -> None:
        """Ignore."""

    def on_progress(self, phase: str, done: int, total: int) -> None:
        """Ignore."""

    def on_synced(self, report: SyncReport, pending: int, conflicts: int) -> None:
        """Ignore."""


class SyncRunner:
    """A worker thread: sync, then long-poll; sync again on a change, on ``request_sync()``,
    or after a backoff when offline. ``stop()`` cancels between two transactions."""

    def __init__(
        self,
        engine: SyncEngine,
        observer: SyncObserver | None = None,
        *,
        wait_seconds: float = WAIT_SECONDS,
        live: bool = True,
        backoff_start: float = BACKOFF_START,
        backoff_max: float = BACKOFF_MAX,
    ) -> None:
        self.engine = engine
        self.observer: SyncObserver = observer or NullObserver()
        self.wait_seconds = wait_seconds
        self.live = live
        self.backoff_start = backoff_start
        self.backoff_max = backoff_max
        self.status = SyncStatus.OFFLINE
        self._cancel = threading.Event()
        self._wake = threading.Event()
        self._synced = threading.Event()  # set after every sync attempt of the worker
        self._thread: threading.Thread | None = None
        self._listener: threading.Thread | None = None
        self.last_error: str | None = None

    # --- control (any thread) ----------------------------------------------------------

    def start(self) -> None:
        """Start the worker (and the live listener)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="crm-sync", daemon=True)
        self._thread.start()
        if self.live:
            self._listener = threading.Thread(target=self._listen, name="crm-live", daemon=True)
            self._listener.start()

    def request_sync(self) -> None:
        """Sync as soon as possible (after a local edit, or a user's click)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Cancel and join the worker (it stops between two transactions).

        The listener is not waited for: it may sit in a long-poll for up to ``wait_seconds``;
        it exits when that returns, without touching the store or waking anyone.
        """
        self._cancel.set()
        self._wake.set()
        self._synced.set()
        if self._thread is not None:
            self._thread.join(timeout)
        if self._listener is not None:
            self._listener.join(min(timeout, 0.05))

    def join(self, timeout: float | None = None) -> None:
        """After ``stop()``: wait until both threads have ended (the listener ends when its
        long-poll returns). For tests and a clean exit; the UI need not call it."""
        for thread in (self._thread, self._listener):
            if thread is not None:
                thread.join(timeout)

    # --- worker ------------------------------------------------------------------------

    def _set(self, status: SyncStatus, code: str | None = None) -> None:
        self.status = status
        self.last_error = code
        self.observer.on_status(status, code)

    def _progress(self) -> Progress:
        return self.observer.on_progress

    def sync_now(self) -> SyncReport | None:
        """One sync on the calling thread; returns the report, or None when it failed."""
        if self.engine.lease_status() is LeaseStatus.WIPE:
            self.engine.wipe()
            self._set(SyncStatus.WIPED)
            self._cancel.set()
            return None
        self._set(SyncStatus.SYNCING)
        try:
            report = self.engine.sync(self._progress(), self._cancel)
        except WipeRequired:
            self._set(SyncStatus.WIPED)
            self._cancel.set()
            return None
        except Cancelled:
            return None
        except SyncError as exc:
            self._set(SyncStatus.LOCKED, exc.code)
            self._cancel.set()
            return None
        except KnownError as exc:
            if exc.code == ErrorCode.SERVER_UNREACHABLE:
                self._set(SyncStatus.OFFLINE, exc.code)
                return None
            self._set(SyncStatus.LOCKED, exc.code)
            self._cancel.set()
            return None
        except Exception:  # a bug or a broken store: keep the worker alive, retry with backoff
            log.exception("sync failed")
            self._set(SyncStatus.OFFLINE, SyncErrorCode.FAILED.value)
            return None
        self._set(SyncStatus.ONLINE)
        self.observer.on_synced(report, self.engine.pending_count(), len(self.engine.conflicts()))
        return report

    def _run(self) -> None:
        backoff = self.backoff_start
        while not self._cancel.is_set():
            self._wake.clear()
            try:
                report = self.sync_now()
            finally:
                self._synced.set()
            if self._cancel.is_set():
                return
            if report is None and self.status is SyncStatus.OFFLINE:
                self._wake.wait(backoff)
                backoff = min(backoff * 2, self.backoff_max)
                continue
            backoff = self.backoff_start
            self._wake.wait(self.wait_seconds if not self.live else None)

    def _listen(self) -> None:
        """Long-poll on a thread of its own; wakes the worker when the server has news."""
        backoff = self.backoff_start
        while not self._cancel.is_set():
            if self.status not in (SyncStatus.ONLINE, SyncStatus.SYNCING):
                self._cancel.wait(backoff)
                continue
            try:
                changed = self.engine.wait(self.wait_seconds)
            except Exception as exc:
                if self._cancel.is_set():
                    return
                log.debug("live listener: %s", type(exc).__name__)
                self._wake.set()  # let the worker find out (offline, session ended…)
                self._cancel.wait(backoff)
                backoff = min(backoff * 2, self.backoff_max)
                continue
            backoff = self.backoff_start
            if self._cancel.is_set():
                return
            if changed:
                # Until the worker has pulled, the stored cursor is the old one and the next
                # long-poll would answer at once: wait for the worker instead of spinning.
                self._synced.clear()
                self._wake.set()
                self._synced.wait(self.wait_seconds)


def run_once(
    engine: SyncEngine, on_progress: Callable[[str, int, int], Any] | None = None
) -> SyncReport:
    """One blocking sync (tools, tests)."""
    return engine.sync(on_progress or (lambda _p, _d, _t: None))
