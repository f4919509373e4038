"""``Announcer``: short spoken status messages, and a counter of background events (R18, R22).

Two channels, because no single one reaches every reader (ACCESSIBILITY.md, "Announcements on
Orca 43"): a ``QAccessibleAnnouncementEvent`` (NVDA, JAWS, Orca >= 45.2) and a tiny label whose
accessible role is Notification, shown for a few seconds — Orca 43 ignores announcement events
but speaks any Notification object that becomes visible.
"""

from __future__ import annotations

from enum import Enum
from functools import partial

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QLabel, QWidget

from crm_desktop.ui.a11y import events

NOTIFICATION_VISIBLE_MS = 4000


class Politeness(Enum):
    """How urgently a message is spoken: polite waits, assertive interrupts."""

    POLITE = QAccessible.AnnouncementPoliteness.Polite
    ASSERTIVE = QAccessible.AnnouncementPoliteness.Assertive


class NotificationLabel(QLabel):
    """A 1×1 label exposed to assistive technology with the Notification role."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("crm_notification")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setGeometry(0, 0, 1, 1)
        self.hide()


class _NotificationAccessible(QAccessibleWidget):
    """Role Notification, named by the label's text; no text or action interfaces."""

    def __init__(self, widget: NotificationLabel) -> None:
        super().__init__(widget, QAccessible.Role.Notification)
        self._label = widget

    def text(self, t: QAccessible.Text) -> str:
        """The message is the name (what Orca speaks) and the description."""
        if t in (QAccessible.Text.Name, QAccessible.Text.Description):
            return self._label.text()
        return super().text(t)

    # The stub says int, but an int (or None) returned here crashes: PySide6 needs a VoidPtr.
    def interface_cast(self, t: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        """No extra interfaces. PySide6 needs a ``VoidPtr`` here; ``None`` or an int crash."""
        return shiboken6.VoidPtr(0)


# Qt caches the raw pointer of every interface a factory returns: keep the Python objects alive
# as long as their widgets live.
_interfaces: dict[int, _NotificationAccessible] = {}
_factory_installed = False


def _accessible_factory(key: str, obj: QObject) -> QAccessibleWidget | None:
    if isinstance(obj, NotificationLabel):
        iface = _interfaces.get(id(obj))
        if iface is None:
            iface = _NotificationAccessible(obj)
            _interfaces[id(obj)] = iface
            obj.destroyed.connect(partial(_interfaces.pop, id(obj), None))
        return iface
    return None


def install_accessible_factory() -> None:
    """Register the kit's accessible interfaces; call after ``QApplication`` exists."""
    global _factory_installed  # Qt's factory list is process-global too
    if _factory_installed:
        return
    if QApplication.instance() is None:
        raise RuntimeError("install_accessible_factory() needs a QApplication first")
    QAccessible.installFactory(_accessible_factory)
    _factory_installed = True


class Announcer(QObject):
    """Speaks short messages for the window it belongs to, and counts background events.

    ``announce()`` is for the result of something the user just did (saved, 12 found, error);
    ``note_background_event()`` is for things that happen on their own (a flag received): they
    raise ``background_count`` — shown in the status bar — and are spoken politely only when
    ``speak`` is true, so speech never floods a split headset.
    """

    sig_announced = Signal(str, Politeness)
    sig_background_count_changed = Signal(int)

    def __init__(self, window: QWidget, visible_ms: int = NOTIFICATION_VISIBLE_MS) -> None:
        super().__init__(window)
        install_accessible_factory()
        self._window = window
        self._label = NotificationLabel(window)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(visible_ms)
        self._hide_timer.timeout.connect(self._label.hide)
        self._background_count = 0

    @property
    def notification_label(self) -> NotificationLabel:
        """The Notification-role label (for tests and the status bar)."""
        return self._label

    def announce(self, message: str, politeness: Politeness = Politeness.POLITE) -> None:
        """Speak ``message`` once: polite for success, assertive for errors (keep it short)."""
        event = QAccessibleAnnouncementEvent(self._window, message)
        event.setPoliteness(politeness.value)
        events.send(event)
        # Orca 43 speaks a Notification object when it *becomes* visible: re-show it.
        self._label.hide()
        self._label.setText(message)
        self._label.raise_()
        self._label.show()
        self._hide_timer.start()
        self.sig_announced.emit(message, politeness)

    def note_background_event(self, message: str, *, speak: bool = False) -> None:
        """Count one background event; speak it politely only when ``speak`` is true."""
        self._set_background_count(self._background_count + 1)
        if speak:
            self.announce(message, Politeness.POLITE)

    def reset_background_count(self) -> None:
        """The user has seen the background events (e.g. opened the list of flags)."""
        self._set_background_count(0)

    @property
    def background_count(self) -> int:
        """Background events since the last reset (``sig_background_count_changed`` tells)."""
        return self._background_count

    def _set_background_count(self, value: int) -> None:
        if value != self._background_count:
            self._background_count = value
            self.sig_background_count_changed.emit(value)
