"""``CustomerListModel``: ordered keys in memory, rows fetched lazily in pages (DESIGN.md §7).

The model keeps only the ordered keys of the current filter (8 bytes a row) and a small cache
of pages of rows. Sorting re-queries the keys in SQL. A flagged row says so in words in its
status cell (and shows an icon), never by colour alone (R9); no cell is blank to a screen
reader (R8).
"""

from __future__ import annotations

import threading
from array import array
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication, QStyle

from crm_desktop.services.customer_queries import (
    OWNER_COLUMN,
    STATUS_COLUMN,
    CustomerFilter,
    CustomerQueries,
    CustomerRow,
)
from crm_desktop.ui.a11y.table import EMPTY_DISPLAY, ROW_KEY_ROLE, blank_cell_text
from crm_desktop.ui.field_labels import field_label, verification_label
from crm_protocol.changes import Changes

PAGE_SIZE = 200
MAX_CACHED_PAGES = 32
CUSTOMER_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
FLAGGED_ROLE = int(Qt.ItemDataRole.UserRole) + 2

_Index = QModelIndex | QPersistentModelIndex


def flagged_text(fields: tuple[str, ...]) -> str:
    """ "Flagged: Landline, E-mail" (or just "Flagged")."""
    if not fields:
        return QCoreApplication.translate("CustomerList", "Flagged")
    names = ", ".join(field_label(f) for f in fields)
    return QCoreApplication.translate("CustomerList", "Flagged: {fields}").format(fields=names)


class CustomerListModel(QAbstractTableModel):
    """The customers matching a filter, in SQL order, loaded a page at a time."""

    sig_keys_completed = Signal(int)  # the full key list arrived: the final row count
    _sig_keys_loaded = Signal(int, object)

    def __init__(self, queries: CustomerQueries, parent: Any = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._complete = True
        self._loader: threading.Thread | None = None
        self._sig_keys_loaded.connect(self._on_keys_loaded, Qt.ConnectionType.QueuedConnection)
        self._queries = queries
        self.columns: tuple[str, ...] = queries.columns
        self._filter = CustomerFilter()
        self._keys: array[int] = array("q")
        self._pages: OrderedDict[int, dict[int, CustomerRow]] = OrderedDict()
        self._flag_icon = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning
        )

    # -- the filter -------------------------------------------------------------------------

    @property
    def filter(self) -> CustomerFilter:
        """The filter shown."""
        return self._filter

    def set_filter(self, flt: CustomerFilter) -> None:
        """Show the customers matching ``flt`` (re-queries the ordered keys)."""
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Query the ordered keys again and drop cached rows.

        The first page of keys is queried here, so the list paints at once; the full ordered
        key list of a long list arrives from a worker thread and extends the rows (the first
        page stays where it is).
        """
        self._generation += 1
        keys = self._queries.ordered_keys(self._filter, limit=PAGE_SIZE + 1)
        complete = len(keys) <= PAGE_SIZE
        self.beginResetModel()
        self._keys = keys if complete else keys[:PAGE_SIZE]
        self._pages.clear()
        self._complete = complete
        self.endResetModel()
        if not complete:
            generation, flt = self._generation, self._filter
            thread = threading.Thread(
                target=self._load_all_keys, args=(generation, flt), daemon=True
            )
            thread.start()
            self._loader = thread

    @property
    def complete(self) -> bool:
        """All keys of the filter are loaded (False while the rest arrives)."""
        return self._complete

    def wait_complete(self, timeout: float = 30.0) -> None:
        """Block until the full key list arrived and is applied (benchmarks, tests)."""
        if self._loader is not None:
            self._loader.join(timeout)
        QCoreApplication.sendPostedEvents(self)

    def _load_all_keys(self, generation: int, flt: CustomerFilter) -> None:
        keys = self._queries.ordered_keys(flt)
        self._sig_keys_loaded.emit(generation, keys)

    def _on_keys_loaded(self, generation: int, keys: array[int]) -> None:
        if generation != self._generation:
            return  # a newer filter won
        self._complete = True
        loaded = len(self._keys)
        if keys[:loaded] != self._keys:
            self.beginResetModel()
            self._keys = keys
            self._pages.clear()
            self.endResetModel()
            return
        if len(keys) > loaded:
            self.beginInsertRows(QModelIndex(), loaded, len(keys) - 1)
            self._keys = keys
            self.endInsertRows()
        self.sig_keys_completed.emit(len(keys))

    def refresh(self, changes: Changes) -> None:
        """Follow ``changes``: new or removed customers re-query, edits refetch rows."""
        if not (changes.customers or changes.customers_removed or changes.policy):
            return
        self.reload()

    # -- lookups ----------------------------------------------------------------------------

    def customer_id(self, row: int) -> str | None:
        """The id of the customer on ``row``."""
        found = self._row(row)
        return None if found is None else found.id

    def customer_row(self, row: int) -> CustomerRow | None:
        """The loaded row (fetching its page if needed)."""
        return self._row(row)

    def row_of(self, customer_id: str) -> int:
        """The row showing ``customer_id``; -1 when it is not in the list."""
        key = self._queries.key_of(customer_id)
        if key is None:
            return -1
        try:
            return self._keys.index(key)
        except ValueError:
            return -1

    def key_at(self, row: int) -> int | None:
        """The store key of ``row`` (no row fetch: exports and copies stream by key)."""
        return int(self._keys[row]) if 0 <= row < len(self._keys) else None

    def cell_text(self, row: int, column: int) -> str:
        """What the cell shows, ``""`` for an empty one (for the clipboard)."""
        found = self._row(row)
        if found is None or not 0 <= column < len(self.columns):
            return ""
        return self._text(found, self.columns[column])

    def column_of(self, name: str) -> int:
        """The column showing field ``name``; -1 when it has none."""
        return self.columns.index(name) if name in self.columns else -1

    # -- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Rows matching the filter."""
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Visible columns (a hidden field group has none)."""
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Selectable, not editable in place (the form edits)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; rows have no numbers (R7)."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return field_label(self.columns[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell values; flagged status in words plus an icon; never blank to a reader."""
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column) or EMPTY_DISPLAY
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(row, column) or blank_cell_text()
        # No "Flagged row" description on every cell: Orca read it after the status cell,
        # so a flagged row said "flagged" twice (R9: once). The status column says it.
        if role == Qt.ItemDataRole.ToolTipRole and column == STATUS_COLUMN and row.flagged:
            return flagged_text(row.flagged_fields)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS_COLUMN and row.flagged:
            return self._flag_icon
        if role == ROW_KEY_ROLE:
            return row.values.get("name") or row.id
        if role == CUSTOMER_ID_ROLE:
            return row.id
        if role == FLAGGED_ROLE:
            return row.flagged
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by a column the policy shows (others keep the current order)."""
        if not 0 <= column < len(self.columns) or not self._queries.sortable(self.columns[column]):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        flt = self._filter.with_changes(sort=self.columns[column], descending=descending)
        if flt != self._filter:
            self.set_filter(flt)

    # -- internals --------------------------------------------------------------------------

    def _text(self, row: CustomerRow, column: str) -> str:
        if column == OWNER_COLUMN:
            return row.owner_name
        if column == STATUS_COLUMN:
            if row.flagged:
                return flagged_text(row.flagged_fields)
            state = row.values.get(STATUS_COLUMN)
            return verification_label(state) if state else ""
        return str(row.values.get(column) or "")

    def _row(self, row: int) -> CustomerRow | None:
        if not 0 <= row < len(self._keys):
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * PAGE_SIZE
            page = self._queries.rows(self._keys[start : start + PAGE_SIZE])
            self._pages[page_no] = page
            if len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._keys[row])
