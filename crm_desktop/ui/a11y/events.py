"""One door for the accessibility events the kit sends, so tests and debug tools can watch them.

Qt offers no Python hook on ``QAccessible.updateAccessibility`` (``installUpdateHandler`` is not
bound in PySide6), so every event the kit emits goes through :func:`send`, which tells the
listeners registered with :func:`recording` what was sent and then hands the event to Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleTextRemoveEvent,
)


@dataclass(frozen=True, slots=True)
class SentEvent:
    """What one sent event said, copied out (Qt owns the event object)."""

    type: QAccessible.Event
    name: str  # accessible name of the interface the event is about
    message: str = ""  # announcement text
    politeness: QAccessible.AnnouncementPoliteness | None = None
    position: int = -1  # text events: where the text was removed
    text: str = ""  # text events: the removed text


_recorders: list[list[SentEvent]] = []


def _describe(event: QAccessibleEvent) -> SentEvent:
    iface = event.accessibleInterface()
    name = iface.text(QAccessible.Text.Name) if iface is not None and iface.isValid() else ""
    if isinstance(event, QAccessibleAnnouncementEvent):
        return SentEvent(event.type(), name, event.message(), event.politeness())
    if isinstance(event, QAccessibleTextRemoveEvent):
        return SentEvent(
            event.type(), name, position=event.changePosition(), text=event.textRemoved()
        )
    return SentEvent(event.type(), name)


def send(event: QAccessibleEvent) -> None:
    """Send ``event`` to the platform's accessibility bridge (and to any recorder)."""
    if _recorders:
        described = _describe(event)
        for recorder in _recorders:
            recorder.append(described)
    QAccessible.updateAccessibility(event)


@contextmanager
def recording() -> Iterator[list[SentEvent]]:
    """Collect every event the kit sends inside the ``with`` block."""
    events: list[SentEvent] = []
    _recorders.append(events)
    try:
        yield events
    finally:
        _recorders.remove(events)
