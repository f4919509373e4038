"""``AccessibleCombo``: a combo box whose new value is spoken when changed with arrow keys.

Workaround for Orca 43 + Qt 6.12 (ACCESSIBILITY.md, "Combo value change silent"): Orca ignores
the value, selection and name events Qt sends as redundant. Giving accessible focus to the
current row of the (hidden) popup list makes it speak the new value, the way GTK combos do.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

from crm_desktop.ui.a11y import events
from crm_desktop.ui.a11y.focus_fix import apply_focus_order_fix


class AccessibleCombo(QComboBox):
    """QComboBox that announces a key-driven value change while its popup is closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._in_key_press = False
        self.currentIndexChanged.connect(self._on_self_current_index_changed)

    def setEditable(self, editable: bool) -> None:
        """An editable combo's line edit gets the focus-order fix too."""
        super().setEditable(editable)
        if editable and self.lineEdit() is not None:
            apply_focus_order_fix(self)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        """Remember that a change happening now comes from the keyboard."""
        self._in_key_press = True
        try:
            super().keyPressEvent(e)
        finally:
            self._in_key_press = False

    def wheelEvent(self, e: QWheelEvent) -> None:
        """Ignore the wheel: scrolling a page must not silently change a value."""
        e.ignore()

    def _on_self_current_index_changed(self, row: int) -> None:
        if self._in_key_press and row >= 0 and not self.view().isVisible():
            self.announce_current_row()

    def announce_current_row(self) -> None:
        """Give accessible focus to the current row of the popup list (closed or not)."""
        view = QAccessible.queryAccessibleInterface(self.view())
        row = self.currentIndex()
        if view is None or row < 0 or row >= view.childCount():
            return
        item = view.child(row)
        if item is not None:
            events.send(QAccessibleEvent(item, QAccessible.Event.Focus))
