"""``TextTableModel``: a small read-only table of texts that reads well (R7, R8).

For the short lists of the supervisory screens (assignments, counts, users, conflicts) — a few
hundred rows at most, fetched from the server whole. Big lists use a lazy model instead.
Every row has an id (``ROW_ID_ROLE``) and a key for screen readers (``ROW_KEY_ROLE``); empty
cells show "—" and are spoken as "blank".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from crm_desktop.ui.a11y.table import EMPTY_DISPLAY, ROW_KEY_ROLE, blank_cell_text

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_SPOKEN = Qt.ItemDataRole.AccessibleTextRole
ROW_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 0x101


@dataclass(frozen=True, slots=True)
class TextRow:
    """One row: its id, the cell texts, and the text that names it to a listener."""

    id: str
    cells: tuple[str, ...]
    key: str = ""


class TextTableModel(QAbstractTableModel):
    """Read-only rows of texts under fixed column headers."""

    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__()
        self._headers = tuple(headers)
        self._rows: list[TextRow] = []

    def set_headers(self, headers: Sequence[str]) -> None:
        """New column titles (after a language change); the column count stays."""
        self._headers = tuple(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def set_rows(self, rows: Sequence[TextRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[TextRow]:
        """The rows shown."""
        return list(self._rows)

    def row_of(self, row_id: str) -> int:
        """The row number of ``row_id``; -1 when absent."""
        return next((r for r, row in enumerate(self._rows) if row.id == row_id), -1)

    def id_at(self, row: int) -> str | None:
        """The id of ``row``."""
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Rows (0 under a child index: this is a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Columns."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        """Column titles; no row headers (they would read as numbers)."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == _DISPLAY
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        """The cell text; "—" shown and "blank" spoken for an empty one."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == ROW_ID_ROLE:
            return row.id
        if role == ROW_KEY_ROLE:
            return row.key or (row.cells[0] if row.cells else row.id)
        if role not in (_DISPLAY, _SPOKEN):
            return None
        column = index.column()
        text = row.cells[column] if column < len(row.cells) else ""
        if text:
            return text
        return EMPTY_DISPLAY if role == _DISPLAY else blank_cell_text()

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Selectable, read-only."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
