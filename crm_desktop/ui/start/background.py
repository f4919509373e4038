"""Run one blocking call off the GUI thread and get its result back on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


class BackgroundCall(QObject):
    """``start(fn)`` runs ``fn`` on a worker thread; ``sig_finished(result)`` or
    ``sig_failed(exception)`` arrive on the GUI thread (STYLE.md rule 7)."""

    sig_finished = Signal(object)
    sig_failed = Signal(object)
    _sig_done = Signal(bool, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sig_done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        """A call is under way."""
        return self._thread is not None and self._thread.is_alive()

    def start(self, fn: Callable[[], Any]) -> None:
        """Run ``fn`` on a new daemon thread."""

        def run() -> None:
            try:
                result = fn()
            except BaseException as exc:  # handed to the GUI thread, which decides
                self._sig_done.emit(False, exc)
                return
            self._sig_done.emit(True, result)

        self._thread = threading.Thread(target=run, name="crm-start", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        """Join the worker (tests, shutdown)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _deliver(self, ok: bool, value: object) -> None:
        (self.sig_finished if ok else self.sig_failed).emit(value)


class ProgressRelay(QObject):
    """Carries ``(phase, done, total)`` progress from a worker thread to the GUI thread."""

    sig_progressed = Signal(str, int, int)

    def report(self, phase: str, done: int, total: int) -> None:
        """Any thread; delivery is queued to this object's thread."""
        self.sig_progressed.emit(phase, done, total)
