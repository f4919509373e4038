"""Cancellation and progress for long jobs (export, import, bulk lookups), free of Qt.

A job runs on a worker thread; the UI holds the ``CancelToken`` and asks it to stop. The job
checks the token at safe points and raises ``OperationCancelled``, after cleaning up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from crm_protocol.errors import CrmError

ProgressCallback = Callable[[int], None]
"""Called with the number of items (rows) done so far."""


class OperationCancelled(CrmError):  # noqa: N818 - a cancel is an outcome, not an error
    """The user cancelled a long job; whatever it produced has been removed."""


class CancelToken:
    """A thread-safe cancel flag: set once from any thread, checked by the job."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """True once ``cancel`` has been called."""
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise ``OperationCancelled`` when cancel was requested."""
        if self._event.is_set():
            raise OperationCancelled()

    def wait(self, timeout: float) -> bool:
        """Sleep up to ``timeout`` seconds, waking early on cancel; True when cancelled."""
        return self._event.wait(timeout)
