"""Runs the offline ARES queue after each successful sync and tells the user what it did.

A sync that succeeds means the device is back online: the queued lookups run in the background
(never on the sync worker), their results fill the still-empty fields of their customers through
``CustomerService``, the views refresh from the ``Changes``, and each outcome is counted in the
window's background-event counter (R22: no flood of speech on a split headset).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from crm_desktop.services.registry import (
    LEGAL_FORM_FIELD,
    DrainedLookup,
    DrainReport,
    RegistryService,
)
from crm_desktop.ui.a11y import Announcer
from crm_desktop.ui.field_labels import field_label
from crm_desktop.ui.messages import message
from crm_desktop.ui.server_tasks import TaskRunner
from crm_desktop.ui.sync_status import SyncStatus, SyncStatusSource
from crm_protocol.changes import Changes


class AresQueueRunner(QObject):
    """Drains the registry queue when a sync has just succeeded."""

    sig_drained = Signal(object)  # DrainReport, after it was published and counted
    _sig_status = Signal(object)

    def __init__(
        self,
        registry: RegistryService,
        announcer: Announcer,
        publish: Callable[[Changes], None],
        status: SyncStatusSource,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._announcer = announcer
        self._publish = publish
        self.runner = TaskRunner(self, max_threads=1)
        self._last_sync = status.current().last_sync
        self._running = False
        self.events: list[str] = []  # what was counted, newest last (tests and the log)
        # Status callbacks come from the sync worker: carried to this thread by a signal.
        self._sig_status.connect(self._on_status)
        self._unsubscribe = status.subscribe(self._forward)

    def _forward(self, status: SyncStatus) -> None:
        try:
            self._sig_status.emit(status)
        except RuntimeError:  # closed meanwhile: nobody to tell
            return

    def stop(self) -> None:
        """Stop listening to the sync state and wait for a running drain."""
        self._unsubscribe()
        self.runner.wait()

    def drain_now(self) -> bool:
        """Run the queue now (when it has something and is not running); True when started."""
        if self._running or self._registry.pending == 0:
            return False
        self._running = True
        self.runner.call(self._registry.drain, self._on_drained, self._on_failed)
        return True

    @Slot(object)
    def _on_status(self, status: SyncStatus) -> None:
        if status.last_sync is not None and status.last_sync != self._last_sync:
            self._last_sync = status.last_sync
            self.drain_now()

    def _on_drained(self, report: DrainReport) -> None:
        self._running = False
        if report.changes:
            self._publish(report.changes)
        for lookup in report.lookups:
            text = self.describe(lookup)
            self.events.append(text)
            self._announcer.note_background_event(text)
        self.sig_drained.emit(report)

    def _on_failed(self, _code: str) -> None:
        self._running = False  # the queue keeps its items; the next sync tries again

    def describe(self, lookup: DrainedLookup) -> str:
        """One line for the background-event counter."""
        who = lookup.name or lookup.ico
        if lookup.filled:
            fields = ", ".join(
                self.tr("Legal form") if f == LEGAL_FORM_FIELD else field_label(f)
                for f in lookup.filled
            )
            text = self.tr("ARES lookup for {name}: filled {fields}.").format(
                name=who, fields=fields
            )
        elif lookup.code is None:
            text = self.tr("ARES lookup for {name}: nothing to fill.").format(name=who)
        else:
            text = self.tr("ARES lookup for IČO {ico} not applied: {reason}").format(
                ico=lookup.ico, reason=message(lookup.code)
            )
        if lookup.dissolved:
            text += " " + self.tr("The company is dissolved.")
        return text

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until a running drain ended (tests, closing)."""
        return self.runner.wait(msecs)
