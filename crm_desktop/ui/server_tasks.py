"""Server calls and long jobs off the UI thread (STYLE.md rule 7, R29).

``TaskRunner.call()`` runs a blocking function on a small thread pool and delivers its result
(or an error *code*, never an exception text) back on the GUI thread. ``TaskRunner.job()`` does
the same for a cancellable job that reports step progress. Every screen that talks to the server
owns one runner; ``wait()`` is for tests and for closing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from crm_desktop.services.dataio.progress import CancelToken, OperationCancelled
from crm_desktop.sync.errors import SyncErrorCode
from crm_desktop.sync.http import SessionEnded
from crm_protocol.errors import KnownError

log = logging.getLogger(__name__)

CANCELLED = "cancelled"  # the code a cancelled job ends with
UNKNOWN = "unknown"


def error_code(exc: BaseException) -> str:
    """The code the UI shows for ``exc`` (``messages.message(code)`` turns it into text)."""
    if isinstance(exc, KnownError):
        return exc.code
    if isinstance(exc, SessionEnded):
        return SyncErrorCode.SESSION_ENDED.value
    if isinstance(exc, OperationCancelled):
        return CANCELLED
    return UNKNOWN


class _Relay(QObject):
    """Lives on the GUI thread. The worker emits; the slots are this object's own methods, so
    Qt queues them onto the GUI thread (a plain lambda slot would run on the worker)."""

    sig_finished = Signal(object)
    sig_failed = Signal(str)
    sig_progressed = Signal(int, int)

    def __init__(
        self,
        runner: TaskRunner,
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
        on_progress: Callable[[int, int], None] | None,
    ) -> None:
        super().__init__(runner)
        self._runner = runner
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self.sig_finished.connect(self._finished)
        self.sig_failed.connect(self._failed)
        self.sig_progressed.connect(self._progressed)

    @Slot(object)
    def _finished(self, result: Any) -> None:
        self._runner._end(self)
        self._on_done(result)

    @Slot(str)
    def _failed(self, code: str) -> None:
        self._runner._end(self)
        self._on_error(code)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)


class _Work(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # reported as a code; a bug is logged with its traceback
            code = error_code(exc)
            if code == UNKNOWN:
                log.exception("background task failed")
            _emit(self._relay.sig_failed, code)
        else:
            _emit(self._relay.sig_finished, result)


def _emit(signal: Any, *args: Any) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:  # the screen was closed meanwhile: nobody to tell
        return


class TaskRunner(QObject):
    """Runs blocking calls for one screen on its own small pool."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._busy = 0

    @property
    def busy(self) -> bool:
        """True while a call or job is running."""
        return self._busy > 0

    def call(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
    ) -> None:
        """Run ``fn()`` in the background; ``on_done(result)`` or ``on_error(code)`` follow."""
        self._start(fn, on_done, on_error, None)

    def job(
        self,
        fn: Callable[[CancelToken, Callable[[int, int], None]], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
        on_progress: Callable[[int, int], None],
    ) -> CancelToken:
        """Run a cancellable ``fn(cancel, progress)``; returns the token to cancel it with."""
        token = CancelToken()
        relay = self._start(None, on_done, on_error, on_progress)
        work = _Work(lambda: fn(token, lambda d, t: _emit(relay.sig_progressed, d, t)), relay)
        self.pool.start(work)
        return token

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every task ended (tests, closing); True when all did."""
        return self.pool.waitForDone(msecs)

    def _start(
        self,
        fn: Callable[[], Any] | None,
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
        on_progress: Callable[[int, int], None] | None,
    ) -> _Relay:
        relay = _Relay(self, on_done, on_error, on_progress)
        self._busy += 1
        if fn is not None:
            self.pool.start(_Work(fn, relay))
        return relay

    def _end(self, relay: QObject) -> None:
        self._busy -= 1
        relay.deleteLater()
