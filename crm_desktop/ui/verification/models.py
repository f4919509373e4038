"""Item models of the verification page: the record's fields, and its comment thread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from crm_desktop.ui.a11y.table import EMPTY_DISPLAY, ROW_KEY_ROLE, blank_cell_text

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_SPOKEN = Qt.ItemDataRole.AccessibleTextRole


@dataclass(frozen=True, slots=True)
class FieldRow:
    """One field of the record under review."""

    name: str
    label: str
    value: str | None
    decision: str = ""  # e.g. "Rejected: wrong value"; "" while undecided


class FieldsModel(QAbstractTableModel):
    """Field, value, decision — read-only; row key is the field label."""

    COLUMNS = 3

    def __init__(self, headers: tuple[str, str, str] = ("Field", "Value", "Decision")) -> None:
        super().__init__()
        self._rows: list[FieldRow] = []
        self._headers = headers
        self._undecided = ""

    def set_headers(self, headers: tuple[str, str, str], undecided: str) -> None:
        """Column titles and the text of an undecided field (after a language change)."""
        self._headers = headers
        self._undecided = undecided
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._rows) - 1, 2))

    def set_rows(self, rows: list[FieldRow]) -> None:
        """Show another record's fields."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_decision(self, name: str, decision: str) -> None:
        """Mark one field's decision."""
        for r, row in enumerate(self._rows):
            if row.name == name:
                self._rows[r] = FieldRow(row.name, row.label, row.value, decision)
                self.dataChanged.emit(self.index(r, 2), self.index(r, 2))

    def row_at(self, row: int) -> FieldRow | None:
        """The field shown in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Fields of the record (0 for a child index)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Field, value, decision."""
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        """Column titles; no row headers (they would read as numbers)."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == _DISPLAY
            and 0 <= section < self.COLUMNS
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        """Texts; an empty value shows "—" and is spoken as "blank"."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == ROW_KEY_ROLE:
            return row.label
        if role not in (_DISPLAY, _SPOKEN):
            return None
        column = index.column()
        if column == 0:
            return row.label
        if column == 1:
            if row.value in (None, ""):
                return EMPTY_DISPLAY if role == _DISPLAY else blank_cell_text()
            return row.value
        return row.decision or self._undecided or EMPTY_DISPLAY

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Selectable, never editable (the verifier judges, the operator corrects)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True, slots=True)
class CommentRow:
    """One message of the operator–verifier thread."""

    author: str
    when: str
    body: str


class CommentsModel(QAbstractTableModel):
    """Author, time, message; row key is "author, time"."""

    COLUMNS = 3

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CommentRow] = []
        self._headers = ("Author", "Time", "Message")

    def set_headers(self, headers: tuple[str, str, str]) -> None:
        """Column titles (after a language change)."""
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def set_rows(self, rows: list[CommentRow]) -> None:
        """Show another thread."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append(self, row: CommentRow) -> None:
        """Add a message at the end."""
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append(row)
        self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Messages (0 for a child index)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Author, time, message."""
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        """Column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == _DISPLAY
            and 0 <= section < self.COLUMNS
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        """Texts of one message."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == ROW_KEY_ROLE:
            return f"{row.author}, {row.when}"
        if role not in (_DISPLAY, _SPOKEN):
            return None
        text = (row.author, row.when, row.body)[index.column()]
        return text or (EMPTY_DISPLAY if role == _DISPLAY else blank_cell_text())

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Selectable, read-only."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def short_datetime(value: Any) -> str:
    """A timestamp in the UI locale's short format (local time)."""
    when = QDateTime(value).toLocalTime() if value is not None else QDateTime()
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)
