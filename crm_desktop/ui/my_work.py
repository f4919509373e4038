"""My work: the operator's home page (DOMAIN.md, "Who uses it").

The current assignment with its instructions and territory, how many records I entered today
against the assignment's daily target, and my rows a verifier rejected — with the reasons —
first. Enter on a rejected row opens it; Alt+PgDown / Alt+PgUp move between them.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from crm_desktop.services.customer_queries import CustomerQueries, MyWork
from crm_desktop.ui.a11y import Announcer, DataTableView, NonBlankProxyModel, Politeness
from crm_desktop.ui.actions import ActionId, ActionRegistry
from crm_desktop.ui.customers.list_model import CUSTOMER_ID_ROLE, flagged_text
from crm_desktop.ui.field_labels import field_label, reason_label
from crm_desktop.ui.pages import Page, PageId
from crm_protocol.changes import Changes
from crm_protocol.permissions import Permission
from crm_protocol.policy import EffectivePolicy

_ACTIONS = (ActionId.NEXT_RECORD, ActionId.PREVIOUS_RECORD)


class MyWorkPage(Page):
    """The operator's home page."""

    sig_customer_open_requested = Signal(str)
    sig_new_customer_requested = Signal(object)  # assignment id or None

    def __init__(
        self,
        queries: CustomerQueries,
        policy: EffectivePolicy,
        announcer: Announcer,
        commands: ActionRegistry,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(PageId.MY_WORK, parent)
        self._queries = queries
        self._announcer = announcer
        self._commands = commands
        self._work = MyWork(None, 0)

        self.assignment_box = QGroupBox()
        form = QFormLayout(self.assignment_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.assignment_name = QLabel()
        self.instructions = QLabel()
        self.territory = QLabel()
        self.progress = QLabel()
        self.progress.setObjectName("crm_my_work_progress")
        self._captions = [QLabel() for _ in range(4)]
        for caption, value in zip(
            self._captions,
            (self.assignment_name, self.instructions, self.territory, self.progress),
            strict=True,
        ):
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            form.addRow(caption, value)
        self.content.addWidget(self.assignment_box)

        self.rejected_label = QLabel()
        self.rejected_model = QStandardItemModel(0, 3, self)
        self.rejected_proxy = NonBlankProxyModel(self)
        self.rejected_proxy.setSourceModel(self.rejected_model)
        self.rejected_table = DataTableView("")
        self.rejected_table.setModel(self.rejected_proxy)
        self.rejected_table.setEditTriggers(DataTableView.EditTrigger.NoEditTriggers)
        self.rejected_table.activated.connect(self._on_rejected_table_activated)
        self.rejected_label.setBuddy(self.rejected_table)
        self.content.addWidget(self.rejected_label)
        self.content.addWidget(self.rejected_table, 1)

        buttons = QHBoxLayout()
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.new_button.setVisible(policy.allows(Permission.CUSTOMER_CREATE))
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open_current)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.content.addLayout(buttons)

        commands[ActionId.NEXT_RECORD].triggered.connect(lambda: self._step(1))
        commands[ActionId.PREVIOUS_RECORD].triggered.connect(lambda: self._step(-1))
        self.retranslate()
        self.reload()

    @property
    def work(self) -> MyWork:
        """What the page shows."""
        return self._work

    def reload(self) -> None:
        """Query the figures again."""
        self._work = self._queries.my_work()
        self._show()

    def refresh(self, changes: Changes) -> None:
        """Follow a change published on the change bus."""
        if changes.customers or changes.customers_removed or changes.assignments:
            self.reload()

    def retranslate(self) -> None:
        """Re-label after a language change."""
        super().retranslate()
        self.assignment_box.setTitle(self.tr("Current assignment"))
        for caption, text in zip(
            self._captions,
            (
                self.tr("Name:"),
                self.tr("Instructions:"),
                self.tr("Territory:"),
                self.tr("Entered today:"),
            ),
            strict=True,
        ):
            caption.setText(text)
        self.rejected_label.setText(self.tr("Rows rejected by the &verifier"))
        self.rejected_table.setAccessibleName(self.tr("Rows rejected by the verifier"))
        self.new_button.setText(self.tr("&New customer"))
        self.open_button.setText(self.tr("&Open selected"))
        self._show()

    def _show(self) -> None:
        work = self._work
        a = work.assignment
        none = self.tr("No assignment yet. Sync, or ask your supervisor.")
        self.assignment_name.setText(a.name if a else none)
        self.instructions.setText(a.instructions if a and a.instructions else self.tr("None"))
        self.territory.setText(a.territory if a and a.territory else self.tr("None"))
        today = QLocale().toString(work.entered_today)
        if a is not None and a.target_per_day:
            self.progress.setText(
                self.tr("{count} of {target} (the daily target)").format(
                    count=today, target=QLocale().toString(a.target_per_day)
                )
            )
        else:
            self.progress.setText(today)
        m = self.rejected_model
        m.clear()
        m.setHorizontalHeaderLabels([self.tr("Customer"), self.tr("Status"), self.tr("Reason")])
        for row in work.rejected:
            name = QStandardItem(str(row.values.get("name") or row.id))
            name.setData(row.id, CUSTOMER_ID_ROLE)
            status = QStandardItem(flagged_text(row.flagged_fields))
            reasons = QStandardItem(
                self.tr("Open the record for details")
                if not work.flags.get(row.id)
                else "; ".join(
                    f"{field_label(f.field)}: {reason_label(f.reason_code)}"
                    + (f" — {f.comment}" if f.comment else "")
                    for f in work.flags.get(row.id, ())
                )
            )
            for item in (name, status, reasons):
                item.setEditable(False)
            m.appendRow([name, status, reasons])
        self.open_button.setEnabled(bool(work.rejected))
        self.rejected_table.resizeColumnsToContents()

    def _current_id(self) -> str | None:
        index = self.rejected_table.currentIndex()
        if not index.isValid():
            return None
        found = self.rejected_proxy.index(index.row(), 0).data(CUSTOMER_ID_ROLE)
        return None if found is None else str(found)

    def _open_current(self) -> None:
        customer_id = self._current_id()
        if customer_id is None and self._work.rejected:
            customer_id = self._work.rejected[0].id
        if customer_id is not None:
            self.sig_customer_open_requested.emit(customer_id)

    def _on_rejected_table_activated(self, index: QModelIndex) -> None:
        customer_id = self.rejected_proxy.index(index.row(), 0).data(CUSTOMER_ID_ROLE)
        if customer_id:
            self.sig_customer_open_requested.emit(customer_id)

    def _on_new_button_clicked(self) -> None:
        a = self._work.assignment
        self.sig_new_customer_requested.emit(None if a is None else a.id)

    def _step(self, step: int) -> None:
        if not self.isVisible():
            return
        count = self.rejected_proxy.rowCount()
        current = self.rejected_table.currentIndex()
        row = (current.row() if current.isValid() else -1) + step
        if not 0 <= row < count:
            self._announcer.announce(self.tr("No more rejected rows."), Politeness.POLITE)
            return
        self.rejected_table.setCurrentIndex(self.rejected_proxy.index(row, 0))
        self.rejected_table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        """Enable next / previous record while the page shows."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._enable_actions)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leave the commands to the page that shows next."""
        super().hideEvent(event)

    def _enable_actions(self) -> None:
        if self.isVisible():
            for action_id in _ACTIONS:
                self._commands[action_id].setEnabled(True)
