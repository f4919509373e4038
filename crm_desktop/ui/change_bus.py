"""The in-UI change bus: every view refreshes itself from ``Changes`` (STYLE.md rule 3).

The composition root publishes the ``Changes`` of each service call and of each applied sync
batch; pages subscribe to ``sig_changes_published``. ``publish`` may be called from any thread
(the sync worker): delivery always happens on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot

from crm_protocol.changes import Changes


class ChangeBus(QObject):
    """Carries ``Changes`` values to every view, on the GUI thread."""

    sig_changes_published = Signal(object)  # Changes
    _sig_incoming = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Queued even from the GUI thread: a view never refreshes in the middle of the
        # service call that caused the change.
        self._sig_incoming.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def publish(self, changes: Changes) -> None:
        """Announce ``changes`` (ignored when nothing changed); any thread."""
        if changes:
            self._sig_incoming.emit(changes)

    @Slot(object)
    def _deliver(self, changes: Changes) -> None:
        self.sig_changes_published.emit(changes)


class SessionEvents(QObject):
    """Sync events the GUI must act on, carried from the sync worker to the GUI thread."""

    sig_session_locked = Signal(str)  # a code: session ended, lease expired…
    sig_profile_wiped = Signal()

    def locked(self, code: str) -> None:
        """Any thread: the session can no longer sync (the user must sign in again)."""
        self.sig_session_locked.emit(code)

    def wiped(self) -> None:
        """Any thread: the server ordered a wipe and the profile is gone."""
        self.sig_profile_wiped.emit()
