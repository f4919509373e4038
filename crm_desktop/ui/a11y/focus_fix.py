"""Make screen readers announce a text field reached by Tab, even when it is empty.

Workaround for Orca 43 + Qt 6.12 (ACCESSIBILITY.md, "Empty field silent on Tab"): Qt delivers
``FocusIn`` (which emits caret and selection events) *before* its accessible Focus event, and
Orca then drops the focus event, so an empty field is never spoken. Swallowing the keyboard
``FocusIn`` and re-sending it one event-loop turn later puts the accessible Focus event first.
An extra Focus event before or after does not help (Orca drops it as a duplicate).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QFocusEvent
from PySide6.QtWidgets import QApplication, QWidget

# Focus reasons that come from the keyboard; mouse and programmatic focus are left alone.
KEYBOARD_FOCUS_REASONS = frozenset(
    {
        Qt.FocusReason.TabFocusReason,
        Qt.FocusReason.BacktabFocusReason,
        Qt.FocusReason.ShortcutFocusReason,
    }
)


class FocusOrderFix(QObject):
    """Event filter that delays keyboard ``FocusIn`` on text inputs by one event-loop turn."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._resending: QWidget | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Swallow a keyboard FocusIn while a screen reader listens; re-send it later."""
        if (
            event.type() == QEvent.Type.FocusIn
            and watched is not self._resending
            and isinstance(watched, QWidget)
            and isinstance(event, QFocusEvent)
            and event.reason() in KEYBOARD_FOCUS_REASONS
            and QAccessible.isActive()
        ):
            reason = event.reason()
            QTimer.singleShot(0, lambda: self._resend(watched, reason))
            return True
        return False

    def _resend(self, widget: QWidget, reason: Qt.FocusReason) -> None:
        # The user may have tabbed on (or the widget died) before this turn of the loop.
        if not shiboken6.isValid(widget) or not widget.hasFocus():
            return
        self._resending = widget
        try:
            QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusIn, reason))
        finally:
            self._resending = None


_shared: FocusOrderFix | None = None


def apply_focus_order_fix(widget: QWidget) -> None:
    """Install the shared :class:`FocusOrderFix` on one text input (idempotent per widget)."""
    global _shared  # one filter per application, created lazily
    if _shared is None or not shiboken6.isValid(_shared):
        _shared = FocusOrderFix(QCoreApplication.instance())
    if widget.property("crm_focus_fix") is True:
        return
    widget.installEventFilter(_shared)
    widget.setProperty("crm_focus_fix", True)
