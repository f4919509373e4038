"""The focus-order fix: a keyboard FocusIn reaches a text field one event-loop turn late."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFocusEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.ui.a11y import LineField, apply_focus_order_fix


@pytest.fixture
def fields(qtbot: QtBot) -> tuple[LineField, LineField, QWidget]:
    window = QWidget()
    layout = QVBoxLayout(window)
    first, second = LineField(), LineField("Bob Smith")
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    first.setFocus()
    return first, second, window  # the window must outlive the test


def test_tab_focus_is_delayed_while_a_screen_reader_listens(fields: tuple, qtbot: QtBot) -> None:
    first, second, _ = fields
    QAccessible.setActive(True)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    # Qt moved focus, but the widget has not handled FocusIn yet (select-all happens there).
    assert second.hasFocus()
    assert not second.textCursor().hasSelection()
    qtbot.waitUntil(lambda: second.textCursor().selectedText() == "Bob Smith", timeout=1000)


def test_typing_straight_after_tab_lands_in_the_field(fields: tuple, qtbot: QtBot) -> None:
    first, second, _ = fields
    second.setText("")
    QAccessible.setActive(True)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.keyClicks(second, "12")
    QApplication.processEvents()
    assert second.text() == "12"


def test_no_delay_without_a_screen_reader(fields: tuple, qtbot: QtBot) -> None:
    first, second, _ = fields
    assert not QAccessible.isActive()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.textCursor().selectedText() == "Bob Smith"


class _CountingField(LineField):
    def __init__(self) -> None:
        super().__init__()
        self.focus_ins: list[Qt.FocusReason] = []

    def focusInEvent(self, e: QFocusEvent) -> None:
        self.focus_ins.append(e.reason())
        super().focusInEvent(e)


@pytest.mark.parametrize(
    ("reason", "delayed"),
    [
        (Qt.FocusReason.ShortcutFocusReason, True),
        (Qt.FocusReason.BacktabFocusReason, True),
        (Qt.FocusReason.MouseFocusReason, False),
        (Qt.FocusReason.OtherFocusReason, False),
    ],
)
def test_only_keyboard_focus_is_delayed(
    qtbot: QtBot, reason: Qt.FocusReason, delayed: bool
) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    other, field = QLineEdit(), _CountingField()
    layout.addWidget(other)
    layout.addWidget(field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    other.setFocus()
    QAccessible.setActive(True)
    field.setFocus(reason)
    assert field.focus_ins == ([] if delayed else [reason])
    qtbot.waitUntil(lambda: field.focus_ins == [reason], timeout=1000)


def test_fix_applies_to_plain_line_edits_once(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    apply_focus_order_fix(edit)
    apply_focus_order_fix(edit)
    assert edit.property("crm_focus_fix") is True
