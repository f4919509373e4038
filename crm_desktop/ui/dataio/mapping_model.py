"""The mapping table of the import wizard: one row per file column, the field it goes into.

Columns: the header as written in the file, an example value from the first data row, and the
field it is imported into ("Not imported" when none). The third column is edited with F2,
which opens a combo of the fields the role may write; the editor is named "<column>, <header>"
(R10) and Tab leaves the table (``DataTableView``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from crm_desktop.ui.a11y import AccessibleCombo
from crm_desktop.ui.a11y.table import EMPTY_DISPLAY, ROW_KEY_ROLE, blank_cell_text, editor_name

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_SPOKEN = Qt.ItemDataRole.AccessibleTextRole
_EDIT = Qt.ItemDataRole.EditRole
FIELD_COLUMN = 2
FIELD_ROLE = int(Qt.ItemDataRole.UserRole) + 0x110  # the field name (None: not imported)


class MappingModel(QAbstractTableModel):
    """File columns and the field each is imported into; the mapping is edited in column 2."""

    sig_mapping_changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._headers: tuple[str, ...] = ()
        self._examples: tuple[str, ...] = ()
        self._mapping: dict[int, str] = {}
        self._labels: dict[str, str] = {}  # field -> label
        self._titles = ("", "", "")
        self._not_imported = ""

    def set_titles(self, titles: tuple[str, str, str], not_imported: str) -> None:
        """Column titles and the text of an unmapped column, in the UI language."""
        self._titles = titles
        self._not_imported = not_imported
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._headers:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._headers) - 1, 2))

    def set_file(
        self,
        headers: Sequence[str],
        examples: Sequence[str | None],
        mapping: Mapping[int, str],
        labels: Mapping[str, str],
    ) -> None:
        """Show another file: its headers, one example per column, a starting mapping and the
        labels of the fields a column may go into (``choices`` in that order)."""
        self.beginResetModel()
        self._headers = tuple(headers)
        self._examples = tuple(
            (examples[i] or "") if i < len(examples) else "" for i in range(len(headers))
        )
        self._mapping = {c: f for c, f in mapping.items() if f in labels}
        self._labels = dict(labels)
        self.endResetModel()
        self.sig_mapping_changed.emit()

    def mapping(self) -> dict[int, str]:
        """Column index -> field name, for the columns that are imported."""
        return dict(sorted(self._mapping.items()))

    def choices(self) -> list[tuple[str, str | None]]:
        """(label, field) for the editor: "Not imported" first, then every writable field."""
        return [(self._not_imported, None), *((lbl, f) for f, lbl in self._labels.items())]

    def header_of(self, row: int) -> str:
        """The file's header of ``row`` (a column of the file)."""
        return self._headers[row] if 0 <= row < len(self._headers) else ""

    def set_field(self, row: int, field: str | None) -> None:
        """Import column ``row`` into ``field`` (``None``: not at all)."""
        if not 0 <= row < len(self._headers):
            return
        if field is None or field not in self._labels:
            self._mapping.pop(row, None)
        else:
            self._mapping[row] = field
        index = self.index(row, FIELD_COLUMN)
        self.dataChanged.emit(index, index)
        self.sig_mapping_changed.emit()

    # -- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One row per column of the file."""
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Header, example, field."""
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        """Column titles; no row headers."""
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < 3:
            return self._titles[section]
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        """Texts; empty cells show "—" and are spoken as "blank"."""
        if not index.isValid() or not 0 <= index.row() < len(self._headers):
            return None
        row, column = index.row(), index.column()
        if role == ROW_KEY_ROLE:
            return self._headers[row] or EMPTY_DISPLAY
        field = self._mapping.get(row)
        if role == FIELD_ROLE or (role == _EDIT and column == FIELD_COLUMN):
            return field
        if role not in (_DISPLAY, _SPOKEN):
            return None
        if column == 0:
            text = self._headers[row]
        elif column == 1:
            text = self._examples[row]
        else:
            text = self._not_imported if field is None else self._labels.get(field, field)
        if text:
            return text
        return EMPTY_DISPLAY if role == _DISPLAY else blank_cell_text()

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:
        """The field of a column, from the editor."""
        if not index.isValid() or index.column() != FIELD_COLUMN or role != _EDIT:
            return False
        self.set_field(index.row(), None if value in (None, "") else str(value))
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """The field column is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == FIELD_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


class FieldChoiceDelegate(QStyledItemDelegate):
    """Edits the field column with a combo of the model's choices, named "<column>, <header>"."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        """An ``AccessibleCombo`` (its new value is spoken on arrow keys)."""
        model = index.model()
        combo = AccessibleCombo(parent)
        combo.setObjectName("mapping_field_editor")
        source = _mapping_model(model)
        for label, field in source.choices() if source is not None else []:
            combo.addItem(label, field)
        column = model.headerData(index.column(), Qt.Orientation.Horizontal, _DISPLAY)
        row_key = index.data(ROW_KEY_ROLE) or ""
        combo.setAccessibleName(editor_name(str(column or ""), str(row_key)))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        """Select the column's current field."""
        if isinstance(editor, AccessibleCombo):
            found = editor.findData(index.data(FIELD_ROLE))
            editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        """Write the chosen field back."""
        if isinstance(editor, AccessibleCombo):
            model.setData(index, editor.currentData(), _EDIT)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Enter commits the choice and closes the editor — and goes no further: in a dialog
        it would also press the default button (the wizard's Next)."""
        if (
            isinstance(editor, AccessibleCombo)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not editor.view().isVisible()
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)


def _mapping_model(model: QAbstractItemModel) -> MappingModel | None:
    return model if isinstance(model, MappingModel) else None
