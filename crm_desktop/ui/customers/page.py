"""The Customers page: search as you type, filters, the lazy table, and the form.

The list and the form share the page (a stack): Enter on a row opens the form, Esc or
"Back to list" returns to the same row. Alt+PgDown / Alt+PgUp move the form to the next /
previous customer of the list; F8 / Shift+F8 jump to the next / previous flagged row.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customer_queries import CustomerQueries
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.exports import ExportService
from crm_desktop.services.history import HistoryService
from crm_desktop.services.registry import RegistryService
from crm_desktop.ui.a11y import (
    AccessibleCombo,
    Announcer,
    DataTableView,
    FormField,
    LineField,
    Politeness,
    plain_label_text,
)
from crm_desktop.ui.actions import ActionId, ActionRegistry
from crm_desktop.ui.customers.export_dialog import ExportDialog
from crm_desktop.ui.customers.form import CustomerForm
from crm_desktop.ui.customers.list_model import FLAGGED_ROLE, CustomerListModel
from crm_desktop.ui.customers.reply import PostComment
from crm_desktop.ui.customers.row_copy import RowCopier
from crm_desktop.ui.field_labels import verification_label
from crm_desktop.ui.pages import Page, PageId
from crm_protocol.changes import Changes
from crm_protocol.fields import FieldGroup
from crm_protocol.permissions import Permission
from crm_protocol.policy import EffectivePolicy

SEARCH_DEBOUNCE_MS = 150
_PAGE_ACTIONS = (
    ActionId.SAVE,
    ActionId.SEARCH,
    ActionId.NEXT_RECORD,
    ActionId.PREVIOUS_RECORD,
    ActionId.NEXT_FLAGGED,
    ActionId.PREVIOUS_FLAGGED,
)


class CustomersPage(Page):
    """The customer list and form for one signed-in user."""

    sig_count_changed = Signal(int)

    def __init__(
        self,
        service: CustomerService,
        queries: CustomerQueries,
        history: HistoryService,
        policy: EffectivePolicy,
        announcer: Announcer,
        commands: ActionRegistry,
        publish: Callable[[Changes], None],
        parent: QWidget | None = None,
        *,
        registry: RegistryService | None = None,
        exports: ExportService | None = None,
        post_comment: PostComment | None = None,
        request_sync: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(PageId.CUSTOMERS, parent)
        self._queries = queries
        self._policy = policy
        self._announcer = announcer
        self._commands = commands
        self._default_assignment: str | None = None
        self._take_full_height()

        self.stack = QStackedWidget()
        self.content.addWidget(self.stack, 1)
        self.list_view = QWidget()
        self.stack.addWidget(self.list_view)
        box = QVBoxLayout(self.list_view)
        box.setContentsMargins(0, 0, 0, 0)

        self.search = LineField()
        self.search.setObjectName("customer_search")
        self.search_field = FormField("", self.search)
        self.assignment_filter = AccessibleCombo()
        self.owner_filter = AccessibleCombo()
        # Filters on a hidden field group do not exist at all (DESIGN.md §5).
        self.state_filter = AccessibleCombo() if policy.can_see(FieldGroup.VERIFICATION) else None
        self.region_filter = AccessibleCombo() if policy.can_see(FieldGroup.ADDRESS) else None
        self.assignment_field = FormField("", self.assignment_filter)
        self.owner_field = FormField("", self.owner_filter)
        self.state_field = None if self.state_filter is None else FormField("", self.state_filter)
        self.region_field = (
            None if self.region_filter is None else FormField("", self.region_filter)
        )
        grid = QGridLayout()
        grid.addWidget(self.search_field.label, 0, 0)
        grid.addWidget(self.search_field.container, 0, 1, 1, 3)
        filters = [self.assignment_field, self.owner_field]
        filters += [f for f in (self.state_field, self.region_field) if f is not None]
        for i, ff in enumerate(filters):
            grid.addWidget(ff.label, 1 + i // 2, (i % 2) * 2)
            grid.addWidget(ff.container, 1 + i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        box.addLayout(grid)
        self._filters = filters

        self.model = CustomerListModel(queries, self)
        self.table = DataTableView("")
        self.table.setObjectName("customer_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._on_header_section_clicked)
        self.table.activated.connect(self._on_table_activated)
        # Export: several rows may be selected (and exported, or copied as an export) only by
        # a role that may export; Ctrl+C follows the export rules (row_copy).
        self._exports = exports if exports is not None and exports.allowed else None
        if self._exports is not None:
            self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.copier = RowCopier(self.table, self.model, announcer, self._exports)
        self.export_dialog: ExportDialog | None = None
        box.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("crm_list_count")
        row.addWidget(self.count_label, 1)
        self.sort_button = QPushButton()
        self.sort_button.clicked.connect(self._sort_by_current_column)
        row.addWidget(self.sort_button)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.new_customer())
        row.addWidget(self.new_button)
        self.new_button.setVisible(policy.allows(Permission.CUSTOMER_CREATE))
        self.export_action = commands.get(ActionId.EXPORT_CUSTOMERS) if self._exports else None
        self.export_button = QPushButton()
        self.export_button.setObjectName("customer_export")
        row.addWidget(self.export_button)
        # Absent, not disabled, for a role without export (DESIGN.md §5).
        self.export_button.setVisible(self.export_action is not None)
        if self.export_action is not None:
            self.export_button.clicked.connect(self.export_action.trigger)
            self.export_action.triggered.connect(self.open_export_dialog)
        box.addLayout(row)

        # post_comment / request_sync: the form's reply to the verifier (online; see reply.py).
        self.form = CustomerForm(
            service,
            queries,
            history,
            policy,
            announcer,
            publish,
            registry=registry,
            post_comment=post_comment,
            request_sync=request_sync,
        )
        self.form.sig_back_requested.connect(self.show_list)
        self.form.sig_saved.connect(self._on_form_saved)
        self.stack.addWidget(self.form)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.form)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.show_list)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._on_search_return_pressed)
        for combo in self._combos():
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())

        a = commands
        a[ActionId.SAVE].triggered.connect(self._on_save_triggered)
        a[ActionId.SEARCH].triggered.connect(self._on_search_triggered)
        a[ActionId.NEXT_RECORD].triggered.connect(lambda: self._step_record(1))
        a[ActionId.PREVIOUS_RECORD].triggered.connect(lambda: self._step_record(-1))
        a[ActionId.NEXT_FLAGGED].triggered.connect(lambda: self._step_flagged(1))
        a[ActionId.PREVIOUS_FLAGGED].triggered.connect(lambda: self._step_flagged(-1))
        a[ActionId.ARES_LOOKUP].triggered.connect(self._on_ares_lookup_triggered)
        self.model.modelReset.connect(self._show_count)
        self.model.sig_keys_completed.connect(lambda _n: self._show_count())
        self.retranslate()
        self._fill_filter_choices()
        self.model.reload()
        # Sized once from the first page (later pages must not make columns jump).
        self.table.resizeColumnsToContents()

    # -- layout -----------------------------------------------------------------------------

    def _take_full_height(self) -> None:
        # The base page ends with a stretch for short pages; a list page fills the height.
        layout = self.layout()
        if not isinstance(layout, QVBoxLayout):
            return
        item = layout.itemAt(layout.count() - 1)
        if item is not None and item.spacerItem() is not None:
            layout.removeItem(item)
        layout.setStretch(layout.count() - 1, 1)

    # -- what others call -------------------------------------------------------------------

    def set_default_assignment(self, assignment_id: str | None) -> None:
        """The assignment a new customer goes to (the operator's current one)."""
        self._default_assignment = assignment_id

    def new_customer(self, assignment_id: str | None = None) -> None:
        """Open the empty form for a new customer."""
        self.form.open_new(assignment_id or self._selected_assignment())
        self.stack.setCurrentWidget(self.form)
        self._update_actions()
        first = self.form.first_input()
        if first is not None:
            # A key opened the form: a keyboard reason lets Orca 43 speak the field (focus_fix).
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_customer(self, customer_id: str) -> bool:
        """Open the form on ``customer_id`` (selecting it in the list when it is there)."""
        if not self.form.open_customer(customer_id):
            self._announcer.announce(
                self.tr("This customer is no longer on this device."), Politeness.ASSERTIVE
            )
            return False
        row = self.model.row_of(customer_id)
        if row >= 0:
            self._select_row(row)
        self.form.set_position(row, self.model.rowCount())
        self.stack.setCurrentWidget(self.form)
        self._update_actions()
        first = self.form.first_input()
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def show_list(self) -> None:
        """Back to the list, on the row of the record that was open."""
        if self.form.is_dirty():
            self._announcer.announce(
                self.tr("Unsaved changes. Save with Ctrl+S first."), Politeness.ASSERTIVE
            )
            return
        self.stack.setCurrentWidget(self.list_view)
        self._update_actions()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_filter(self) -> None:
        """Re-query the list with the search text and filters (sort order kept)."""
        self._debounce.stop()
        flt = self.model.filter.with_changes(
            text=self.search.text(),
            assignment_id=self.assignment_filter.currentData(),
            owner_id=self.owner_filter.currentData(),
            verification_state=None
            if self.state_filter is None
            else self.state_filter.currentData(),
            region=None if self.region_filter is None else self.region_filter.currentData(),
        )
        if flt != self.model.filter:
            self.model.set_filter(flt)

    def open_export_dialog(self) -> ExportDialog | None:
        """The Export dialog for the list as filtered, or its selected rows (non-modal to
        the event loop: the export runs in the background)."""
        if self._exports is None or not self.isVisible() or self.stack.currentWidget() is self.form:
            return None
        if self.export_dialog is not None and self.export_dialog.isVisible():
            self.export_dialog.raise_()
            self.export_dialog.activateWindow()
            return self.export_dialog
        rows = self.copier.selected_rows()
        keys = [k for k in (self.model.key_at(r) for r in rows) if k is not None]
        dialog = ExportDialog(
            self._exports,
            self.model.filter,
            keys,
            self.filter_description(),
            self._announcer,
            parent=self.window(),
        )
        dialog.finished.connect(self._on_export_dialog_finished)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def filter_description(self) -> str:
        """The list's search and filters in words (shown in the dialog, sent to the audit)."""
        parts = []
        text = self.model.filter.text.strip()  # what the list shows (the search is debounced)
        if text:
            parts.append(self.tr("search “{text}”").format(text=text))
        for field in self._filters:
            combo = field.field
            if isinstance(combo, AccessibleCombo) and combo.currentData() is not None:
                parts.append(f"{plain_label_text(field.label.text())}: {combo.currentText()}")
        return "; ".join(parts) if parts else self.tr("none (every customer in the list)")

    def _on_export_dialog_finished(self, _result: int) -> None:
        dialog = self.export_dialog
        self.export_dialog = None
        if dialog is not None:
            dialog.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # back to the invoker (R15)

    def refresh(self, changes: Changes) -> None:
        """Follow a change published on the change bus."""
        if changes.assignments or changes.users or changes.customers:
            self._fill_filter_choices()
        current = self.form.customer_id if self.stack.currentWidget() is self.form else None
        self.model.refresh(changes)
        if current is not None and not self.form.is_dirty():
            if current in changes.customers_removed:
                self.stack.setCurrentWidget(self.list_view)
            elif current in changes.customers:
                self.form.reopen(current)
        elif current is not None and current in changes.customers:
            self.form.refresh_tabs()  # unsaved edits stay; the thread still shows a new reply

    def where_am_i_text(self) -> str:
        """ "Customer 3 of 120, Name, flagged: …, unsaved changes" for the where-am-I key."""
        if self.stack.currentWidget() is self.form:
            parts = [self.form.position.text() or self.form.title.text(), self.form.title.text()]
            if self.form.status.text():
                parts.append(self.form.status.text())
            if self.form.is_dirty():
                parts.append(self.tr("unsaved changes"))
            return ", ".join(p for p in parts if p)
        return f"{self.title()}, {self.count_label.text()}"

    # -- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Re-label after a language change."""
        super().retranslate()
        self.search_field.set_label(self.tr("&Search"))
        self.search_field.set_hint(self.tr("Name, identifier, phone, e-mail or city"))
        self.assignment_field.set_label(self.tr("&Assignment"))
        self.owner_field.set_label(self.tr("&Owner"))
        if self.state_field is not None:
            self.state_field.set_label(self.tr("&Verification"))
        if self.region_field is not None:
            self.region_field.set_label(self.tr("R&egion"))
        self.table.setAccessibleName(self.tr("Customers"))
        self.new_button.setText(self.tr("&New customer"))
        self.sort_button.setText(self.tr("Sort by &column"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(
            self.tr("Export the list or the selected rows (Ctrl+Shift+E)")
        )
        self.sort_button.setToolTip(
            self.tr("Sort by the column of the current cell; again to reverse")
        )
        self._show_count()

    # -- internals --------------------------------------------------------------------------

    def _fill_filter_choices(self) -> None:
        def fill(combo: AccessibleCombo, items: list[tuple[str, str]]) -> None:
            shown = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
            if shown == [(self.tr("All"), None), *items]:
                return  # unchanged: refilled after every save, it flooded screen readers
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for label, value in items:
                combo.addItem(label, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

        fill(
            self.assignment_filter, [(c.label, c.value) for c in self._queries.assignment_choices()]
        )
        fill(self.owner_filter, [(c.label, c.value) for c in self._queries.owner_choices()])
        if self.state_filter is not None:
            states = ("unverified", "pending", "approved", "rejected")
            fill(self.state_filter, [(verification_label(s), s) for s in states])
        if self.region_filter is not None:
            fill(self.region_filter, [(r, r) for r in self._queries.region_choices()])

    def _combos(self) -> list[AccessibleCombo]:
        found = [self.assignment_filter, self.owner_filter, self.state_filter, self.region_filter]
        return [c for c in found if c is not None]

    def _selected_assignment(self) -> str | None:
        return self.assignment_filter.currentData() or self._default_assignment

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(
            self.tr("{count} customers").format(count=QLocale().toString(count))
        )
        self.sig_count_changed.emit(count)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _on_table_activated(self, index: object) -> None:
        row = getattr(index, "row", lambda: -1)()
        customer_id = self.model.customer_id(row)
        if customer_id is not None:
            self.open_customer(customer_id)

    def _on_search_return_pressed(self) -> None:
        self.apply_filter()
        count = self.model.rowCount()
        self._announcer.announce(
            self.tr("{count} found.").format(count=QLocale().toString(count)), Politeness.POLITE
        )
        if count:
            self._select_row(0)

    def _on_header_section_clicked(self, column: int) -> None:
        self._sort_by(column)

    def _sort_by_current_column(self) -> None:
        index = self.table.currentIndex()
        self._sort_by(index.column() if index.isValid() else 0)

    def _sort_by(self, column: int) -> None:
        name = self.model.columns[column] if 0 <= column < len(self.model.columns) else ""
        if not self._queries.sortable(name):
            self._announcer.announce(self.tr("This column cannot be sorted."), Politeness.POLITE)
            return
        flt = self.model.filter
        descending = flt.sort == name and not flt.descending
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.model.sort(column, order)
        self.table.horizontalHeader().setSortIndicator(column, order)
        title = self.model.headerData(column, Qt.Orientation.Horizontal)
        text = (
            self.tr("Sorted by {column}, descending.")
            if descending
            else self.tr("Sorted by {column}, ascending.")
        )
        self._announcer.announce(text.format(column=title), Politeness.POLITE)

    def _on_form_saved(self, customer_id: str) -> None:
        row = self.model.row_of(customer_id)
        self.form.set_position(row, self.model.rowCount())

    def _on_save_triggered(self) -> None:
        if self.isVisible() and self.stack.currentWidget() is self.form:
            self.form.save()

    def _on_ares_lookup_triggered(self) -> None:
        if self.isVisible() and self.stack.currentWidget() is self.form:
            self.form.lookup_ares()

    def _on_search_triggered(self) -> None:
        if not self.isVisible():
            return
        if self.stack.currentWidget() is self.form:
            self.show_list()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _step_record(self, step: int) -> None:
        if not self.isVisible():
            return
        row = self._current_row() + step
        if not 0 <= row < self.model.rowCount():
            self._announcer.announce(self.tr("No more customers."), Politeness.POLITE)
            return
        if self.stack.currentWidget() is self.form:
            if self.form.is_dirty():
                self._announcer.announce(
                    self.tr("Unsaved changes. Save with Ctrl+S first."), Politeness.ASSERTIVE
                )
                return
            customer_id = self.model.customer_id(row)
            if customer_id is not None:
                self.open_customer(customer_id)
        else:
            self._select_row(row)

    def _step_flagged(self, step: int) -> None:
        if not self.isVisible():
            return
        row = self._current_row() + step
        # Bounded scan: flagged rows are a few; never walk a million rows on one key press.
        limit = 5000
        while 0 <= row < self.model.rowCount() and limit > 0:
            if self.model.index(row, 0).data(FLAGGED_ROLE):
                if self.stack.currentWidget() is self.form:
                    customer_id = self.model.customer_id(row)
                    if customer_id is not None and not self.form.is_dirty():
                        self.open_customer(customer_id)
                else:
                    self._select_row(row)
                    self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            row += step
            limit -= 1
        self._announcer.announce(self.tr("No more flagged customers."), Politeness.POLITE)

    def _update_actions(self) -> None:
        visible = self.isVisible()
        in_form = self.stack.currentWidget() is self.form
        for action_id in _PAGE_ACTIONS:
            self._commands[action_id].setEnabled(visible)
        self._commands[ActionId.SAVE].setEnabled(visible and in_form)
        if self.export_action is not None:
            self.export_action.setEnabled(visible and not in_form)
        self._commands[ActionId.ARES_LOOKUP].setEnabled(
            visible and in_form and self.form.ares is not None
        )

    def showEvent(self, event: QShowEvent) -> None:
        """Enable the page's commands while it shows."""
        super().showEvent(event)
        # Deferred: the page being hidden at the same moment disables them first.
        QTimer.singleShot(0, self, self._update_actions)

    def hideEvent(self, event: QHideEvent) -> None:
        """Disable them when another page shows."""
        super().hideEvent(event)
        for action_id in (*_PAGE_ACTIONS, ActionId.ARES_LOOKUP):
            self._commands[action_id].setEnabled(False)
        if self.export_action is not None:
            self.export_action.setEnabled(False)
