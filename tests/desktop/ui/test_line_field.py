"""LineField: the one-line QPlainTextEdit with a QLineEdit-like API (ACCESSIBILITY.md)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.ui.a11y import LineField, events, removed_span, single_line


@pytest.fixture
def form(qtbot: QtBot) -> tuple[QWidget, LineField, LineField]:
    window = QWidget()
    layout = QVBoxLayout(window)
    first, second = LineField(), LineField()
    first.setAccessibleName("Name")
    second.setAccessibleName("Phone")
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    return window, first, second


def test_line_field_behaves_like_a_line_edit(qtbot: QtBot) -> None:
    field = LineField()
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.textChanged) as changed:
        field.setText("Bob Smith")
    assert changed.args == ["Bob Smith"]
    assert field.text() == "Bob Smith"
    assert field.textCursor().position() == len("Bob Smith")
    field.setPlaceholderText("Full name")
    assert field.placeholderText() == "Full name"
    field.setReadOnly(True)
    assert field.isReadOnly()
    assert field.tabChangesFocus()
    assert field.lineWrapMode() is QPlainTextEdit.LineWrapMode.NoWrap
    assert field.verticalScrollBarPolicy() is Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert field.horizontalScrollBarPolicy() is Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_set_text_turns_line_breaks_into_spaces(qtbot: QtBot) -> None:
    field = LineField()
    qtbot.addWidget(field)
    field.setText("Bob\r\nSmith\n")
    assert field.text() == "Bob Smith"


@pytest.mark.parametrize(
    ("pasted", "expected"),
    [("123 456\n", "123 456"), ("Bob\nSmith", "Bob Smith"), ("a\r\n\r\nb", "a b"), ("x", "x")],
)
def test_paste_strips_newlines(qtbot: QtBot, pasted: str, expected: str) -> None:
    field = LineField()
    qtbot.addWidget(field)
    mime = QMimeData()
    mime.setText(pasted)
    field.insertFromMimeData(mime)
    assert field.text() == expected
    assert single_line(pasted) == expected


def test_clipboard_paste_with_keyboard_stays_on_one_line(form: tuple, qtbot: QtBot) -> None:
    _, field, _ = form
    QApplication.clipboard().setText("Main street 1\nPrague")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "Main street 1 Prague"
    assert field.document().blockCount() == 1


def test_return_emits_return_pressed_and_inserts_no_newline(form: tuple, qtbot: QtBot) -> None:
    _, field, _ = form
    field.setFocus()
    qtbot.keyClicks(field, "Bob")
    with qtbot.waitSignals([field.returnPressed, field.editingFinished]):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert field.text() == "Bob"


def test_typing_emits_text_edited_but_set_text_does_not(qtbot: QtBot) -> None:
    field = LineField()
    qtbot.addWidget(field)
    edited: list[str] = []
    field.textEdited.connect(edited.append)
    field.setText("abc")
    assert edited == []
    field.setFocus()
    qtbot.keyClicks(field, "d")
    assert edited == ["abcd"]


def test_keyboard_focus_selects_all(form: tuple, qtbot: QtBot) -> None:
    _, first, second = form
    second.setText("602123456")
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus()
    assert second.textCursor().selectedText() == "602123456"


def test_height_is_one_line_and_follows_the_font(qtbot: QtBot) -> None:
    field = LineField()
    qtbot.addWidget(field)
    field.show()
    base_hint, base_line = field.sizeHint().height(), field.fontMetrics().lineSpacing()
    big = QFont(field.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    field.setFont(big)
    field.resize(field.sizeHint())
    assert field.sizeHint().height() - base_hint >= field.fontMetrics().lineSpacing() - base_line
    assert field.sizeHint().height() < 2 * field.fontMetrics().lineSpacing() + 16  # one line
    # The viewport fits a full line of the 200 % font: nothing is clipped.
    margin = field.document().documentMargin()
    assert field.viewport().height() >= field.fontMetrics().lineSpacing() + 2 * margin - 1


def test_backspace_resends_text_removed_with_the_real_characters(form: tuple, qtbot: QtBot) -> None:
    _, field, _ = form
    field.setText("Bob Smith")
    field.setFocus()
    with events.recording() as sent:
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    removals = [e for e in sent if e.type == QAccessible.Event.TextRemoved]
    assert [(e.position, e.text) for e in removals] == [(8, "h")]
    assert field.text() == "Bob Smit"


def test_deleting_a_selection_reports_the_whole_run(form: tuple, qtbot: QtBot) -> None:
    _, field, _ = form
    field.setText("Bob Smith")
    field.setFocus()
    field.selectAll()
    with events.recording() as sent:
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert [(e.position, e.text) for e in sent] == [(0, "Bob Smith")]


def test_typing_sends_no_removal(form: tuple, qtbot: QtBot) -> None:
    _, field, _ = form
    field.setFocus()
    with events.recording() as sent:
        qtbot.keyClicks(field, "ab")
    assert sent == []


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Bob Smith", "Bob Smit", (8, "h")),
        ("Bob Smith", "ob Smith", (0, "B")),
        ("Bob Smith", "Bob", (3, " Smith")),
        ("aaa", "aa", (2, "a")),
        ("abc", "abc", None),
        ("abc", "abcd", None),
        ("abc", "xy", None),
    ],
)
def test_removed_span(before: str, after: str, expected: tuple[int, str] | None) -> None:
    assert removed_span(before, after) == expected


def test_setting_the_same_text_changes_nothing(qtbot: QtBot) -> None:
    # Orca 43 took the caret event of a no-op setText("") on a new form's first field for
    # focus and never announced the field: the same text must not touch the document.
    field = LineField()
    qtbot.addWidget(field)
    changes: list[str] = []
    field.textChanged.connect(changes.append)
    revision = field.document().revision()
    field.setText("")
    assert changes == []
    assert field.document().revision() == revision
    field.setText("Bob Smith")
    field.setText("Bob Smith")
    assert changes == ["Bob Smith"]
