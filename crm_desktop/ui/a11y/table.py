"""``DataTableView`` and the rules that make a table read well (R7, R8, R10).

Rules for every model shown in a ``DataTableView``:

* Every column has a non-empty horizontal header (``headerData``, DisplayRole).
* Row headers are hidden unless the model gives meaningful vertical headers (not "1", "2").
* No cell is blank to a screen reader: return :data:`EMPTY_DISPLAY` for DisplayRole and
  :func:`blank_cell_text()` for ``Qt.AccessibleTextRole`` when a value is empty — or wrap the
  model in :class:`NonBlankProxyModel`, which does exactly that.
* The model answers :data:`ROW_KEY_ROLE` with the text that identifies a row to a listener
  (e.g. the customer's name): the F2 editor is named "<column>, <row key>".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from crm_desktop.ui.a11y.focus_fix import apply_focus_order_fix

ROW_KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 0x100
EMPTY_DISPLAY = "—"

_Index = QModelIndex | QPersistentModelIndex


def blank_cell_text() -> str:
    """What a screen reader hears for an empty cell."""
    return QCoreApplication.translate("DataTableView", "blank")


def editor_name(column: str, row_key: str) -> str:
    """The accessible name of an in-cell editor: "<column>, <row key>"."""
    return QCoreApplication.translate("DataTableView", "{column}, {row}").format(
        column=column, row=row_key
    )


class NonBlankProxyModel(QIdentityProxyModel):
    """Shows "—" for empty cells and names them "blank" for screen readers."""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Empty display values become :data:`EMPTY_DISPLAY` / :func:`blank_cell_text`."""
        value = super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and value in (None, ""):
            return EMPTY_DISPLAY
        if role == Qt.ItemDataRole.AccessibleTextRole and value in (None, ""):
            shown = super().data(index, Qt.ItemDataRole.DisplayRole)
            return blank_cell_text() if shown in (None, "") else None
        return value


class NamedEditorDelegate(QStyledItemDelegate):
    """Names each in-cell editor "<column>, <row key>" so F2 is announced with context."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        """The default editor, with an accessible name and the focus-order fix."""
        editor = super().createEditor(parent, option, index)
        model = index.model()
        column = model.headerData(
            index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
        )
        row_key = index.data(ROW_KEY_ROLE)
        if row_key in (None, ""):
            row_key = model.index(index.row(), 0, index.parent()).data()
        editor.setAccessibleName(editor_name(str(column or ""), str(row_key or "")))
        apply_focus_order_fix(editor)
        return editor


class DataTableView(QTableView):
    """A table that reads well: Tab leaves it, whole rows select, F2 edits a named editor.

    ``name`` is the table's accessible name (e.g. "Customers"); it is required on purpose.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        # Tab walking every cell traps keyboard users: arrows move in the table, Tab leaves it.
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setItemDelegate(NamedEditorDelegate(self))
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setHighlightSections(False)
        # Row numbers read as "1", "2": hidden unless the model has meaningful row headers.
        self.verticalHeader().hide()

    def show_row_headers(self, visible: bool = True) -> None:
        """Show the model's vertical headers; only when they are meaningful (not numbers)."""
        self.verticalHeader().setVisible(visible)


def empty_column_headers(model: QAbstractItemModel) -> list[int]:
    """Columns whose header text is empty (R7); ``[]`` when every column is named."""
    return [
        c
        for c in range(model.columnCount())
        if not str(
            model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""
        ).strip()
    ]


def blank_cells(model: QAbstractItemModel) -> list[tuple[int, int]]:
    """Cells a screen reader would speak as empty (R8): ``(row, column)`` pairs."""
    found = []
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            spoken = index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data()
            if spoken in (None, ""):
                found.append((r, c))
    return found
