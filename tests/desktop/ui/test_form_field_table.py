"""FormField (label, hint, error) and DataTableView (Tab, F2 editor name, no blank cells)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QStandardItem, QStandardItemModel
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QFormLayout, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.ui.a11y import (
    EMPTY_DISPLAY,
    ROW_KEY_ROLE,
    DataTableView,
    FormField,
    LineField,
    NonBlankProxyModel,
    blank_cells,
    empty_column_headers,
    plain_label_text,
)


def _description(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def _name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


@pytest.fixture
def phone(qtbot: QtBot) -> tuple[QWidget, FormField]:
    window = QWidget()
    form = QFormLayout(window)
    field = FormField("&Phone", LineField(), hint="10 digits, no spaces", required=True)
    field.add_to(form)
    qtbot.addWidget(window)
    window.show()
    return window, field


def test_label_has_mnemonic_buddy_and_required_marker(phone: tuple) -> None:
    _, field = phone
    assert field.label.text() == "&Phone (required):"
    assert field.label.buddy() is field.field
    # R2: the name contains the visible label text.
    assert plain_label_text(field.label.text()) in _name(field.field)
    assert _description(field.field) == "10 digits, no spaces"


def test_error_goes_to_description_and_next_to_the_field(phone: tuple) -> None:
    _, field = phone
    field.set_error("must be 10 digits.")
    assert _description(field.field) == "Error: must be 10 digits. 10 digits, no spaces"
    assert field.error_label.isVisible()
    assert field.error_label.text() == "Error: must be 10 digits."
    assert field.container.isAncestorOf(field.error_label)
    field.clear_error()
    assert "Error" not in _description(field.field)
    assert not field.error_label.isVisible()


def test_mnemonic_focuses_the_field(phone: tuple, qtbot: QtBot) -> None:
    window, field = phone
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert field.field.hasFocus()


def _customers() -> QStandardItemModel:
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Customer", "Phone", "Verification"])
    for name, phone, verification in [("Bob Smith", "12", ""), ("Ann Lee", "", "OK")]:
        row = [QStandardItem(name), QStandardItem(phone), QStandardItem(verification)]
        for item in row:
            item.setData(name, ROW_KEY_ROLE)
        model.appendRow(row)
    return model


@pytest.fixture
def table(qtbot: QtBot) -> tuple[QWidget, DataTableView, QPushButton]:
    window = QWidget()
    layout = QVBoxLayout(window)
    view = DataTableView("Customers")
    source = _customers()
    source.setParent(view)  # Qt does not own a proxy's source model
    proxy = NonBlankProxyModel(view)
    proxy.setSourceModel(source)
    view.setModel(proxy)
    after = QPushButton("&Save")
    layout.addWidget(view)
    layout.addWidget(after)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    return window, view, after


def test_tab_leaves_the_table(table: tuple, qtbot: QtBot) -> None:
    _, view, after = table
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert view.accessibleName() == "Customers"
    assert view.verticalHeader().isHidden()


def test_f2_editor_is_named_column_and_row_key(table: tuple, qtbot: QtBot) -> None:
    _, view, _ = table
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None
    assert editor is not view
    assert _name(editor) == "Phone, Bob Smith"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert view.hasFocus()


def test_selection_is_whole_rows(table: tuple) -> None:
    _, view, _ = table
    view.setCurrentIndex(view.model().index(1, 2))
    assert len(view.selectionModel().selectedIndexes()) == 3


def test_no_cell_is_blank_through_the_proxy(qtbot: QtBot) -> None:
    source = _customers()
    assert blank_cells(source) == [(0, 2), (1, 1)]
    proxy = NonBlankProxyModel()
    proxy.setSourceModel(source)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert blank_cells(proxy) == []
    assert proxy.index(1, 1).data() == EMPTY_DISPLAY
    assert proxy.index(1, 1).data(Qt.ItemDataRole.AccessibleTextRole) == "blank"
    assert proxy.index(1, 1).data(Qt.ItemDataRole.EditRole) == ""  # editors see the value
    assert proxy.index(0, 1).data(Qt.ItemDataRole.AccessibleTextRole) is None
    assert empty_column_headers(proxy) == []
    source.setHorizontalHeaderItem(1, QStandardItem(""))
    assert empty_column_headers(proxy) == [1]
