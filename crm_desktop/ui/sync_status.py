"""What the shell shows about synchronisation, and the small interface it is bound to.

The sync engine (a later layer) will implement :class:`SyncStatusSource`; until then
:class:`StaticSyncStatus` is an in-memory one for the demo and tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale


class ConnectionState(StrEnum):
    """Whether the client talks to the server right now."""

    ONLINE = "online"
    OFFLINE = "offline"
    SYNCING = "syncing"


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """One snapshot of the sync state."""

    state: ConnectionState = ConnectionState.OFFLINE
    pending_changes: int = 0  # local changes not yet accepted by the server
    last_sync: datetime | None = None  # timezone-aware; None = never
    conflicts: int = 0  # conflicts waiting for the user


class SyncStatusSource(Protocol):
    """Where the shell reads the sync state from. Callbacks may come from any thread."""

    def current(self) -> SyncStatus:
        """The state now."""
        ...

    def subscribe(self, callback: Callable[[SyncStatus], None]) -> Callable[[], None]:
        """Call ``callback`` on every change; returns a function that unsubscribes."""
        ...


class StaticSyncStatus:
    """An in-memory :class:`SyncStatusSource`: whoever holds it sets the state."""

    def __init__(self, status: SyncStatus | None = None) -> None:
        self._status = status or SyncStatus()
        self._callbacks: list[Callable[[SyncStatus], None]] = []

    def current(self) -> SyncStatus:
        """The state now."""
        return self._status

    def subscribe(self, callback: Callable[[SyncStatus], None]) -> Callable[[], None]:
        """Register ``callback``; the returned function removes it again."""
        self._callbacks.append(callback)
        return lambda: self._callbacks.remove(callback) if callback in self._callbacks else None

    def set(self, status: SyncStatus) -> None:
        """Replace the state and tell every subscriber."""
        self._status = status
        for callback in tuple(self._callbacks):
            callback(status)


def connection_text(state: ConnectionState) -> str:
    """ "Online", "Offline" or "Syncing…" in the UI language."""
    return {
        ConnectionState.ONLINE: QCoreApplication.translate("SyncStatus", "Online"),
        ConnectionState.OFFLINE: QCoreApplication.translate("SyncStatus", "Offline"),
        ConnectionState.SYNCING: QCoreApplication.translate("SyncStatus", "Syncing…"),
    }[state]


def last_sync_text(when: datetime | None) -> str:
    """ "Last sync: <local date and time>" or "Last sync: never"."""
    if when is None:
        return QCoreApplication.translate("SyncStatus", "Last sync: never")
    if when.tzinfo is None:  # the contract says aware; treat a naive one as UTC
        when = when.replace(tzinfo=UTC)
    moment = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))  # local time
    short = QLocale.FormatType.ShortFormat
    # Today's time alone keeps the status bar short enough for 200 % text.
    if moment.date() == QDate.currentDate():
        shown = QLocale().toString(moment.time(), short)
    else:
        shown = QLocale().toString(moment, short)
    return QCoreApplication.translate("SyncStatus", "Last sync: {when}").format(when=shown)


def pending_text(count: int) -> str:
    """ "Pending changes: N"."""
    return QCoreApplication.translate("SyncStatus", "Pending changes: {count}").format(
        count=QLocale().toString(count)
    )


def conflicts_text(count: int) -> str:
    """ "Conflicts: N"."""
    return QCoreApplication.translate("SyncStatus", "Conflicts: {count}").format(
        count=QLocale().toString(count)
    )


def summary_text(status: SyncStatus) -> str:
    """The whole state in one short sentence, for "where am I"."""
    return QCoreApplication.translate(
        "SyncStatus", "{connection}. {pending}. {conflicts}. {last_sync}."
    ).format(
        connection=connection_text(status.state),
        pending=pending_text(status.pending_changes),
        conflicts=conflicts_text(status.conflicts),
        last_sync=last_sync_text(status.last_sync),
    )
