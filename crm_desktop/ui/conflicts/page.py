"""Conflicts: a same-field edit made here and on the server; the user picks per field.

Keyboard: the table lists the conflicts (arrows move, Tab leaves); three buttons with
mnemonics settle the selected one — keep mine, accept theirs, restore the original. The
choice goes through ``SyncEngine.resolve_conflict`` (mine and original queue a new change in
the outbox; theirs keeps the server's value), on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from crm_desktop.sync.engine import Choice
from crm_desktop.ui.a11y import Announcer, DataTableView, Politeness
from crm_desktop.ui.messages import message
from crm_desktop.ui.pages import Page, PageId
from crm_desktop.ui.server_tasks import TaskRunner
from crm_desktop.ui.text_table_model import TextRow, TextTableModel
from crm_desktop.ui.verification.labels import field_label
from crm_protocol.changes import Changes
from crm_protocol.sync import ALL_FIELDS


class ConflictSource(Protocol):
    """What the page needs from the sync engine."""

    def conflicts(self) -> list[dict[str, Any]]: ...
    def resolve_conflict(self, conflict_id: str, choice: Choice) -> Changes: ...


class ConflictsPage(Page):
    """Unresolved conflicts and the three ways to settle each."""

    def __init__(
        self,
        engine: ConflictSource,
        announcer: Announcer,
        *,
        record_name: Callable[[str], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(PageId.CONFLICTS, parent)
        self.engine = engine
        self.announcer = announcer
        self.record_name = record_name
        # One worker: the engine's store allows one writer at a time.
        self.runner = TaskRunner(self, max_threads=1)
        self._conflicts: list[dict[str, Any]] = []
        self._loaded = False
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.error = QLabel()
        self.error.setObjectName("crm_field_error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list_label = QLabel()
        self.model = TextTableModel(("", "", "", "", ""))
        self.view = DataTableView("")
        self.view.setObjectName("conflicts_list")
        self.view.setModel(self.model)
        self.view.setMinimumHeight(200)
        self.view.horizontalHeader().setDefaultSectionSize(170)
        self.list_label.setBuddy(self.view)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.detail = QLabel()
        self.detail.setObjectName("conflict_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.mine_button = QPushButton()
        self.theirs_button = QPushButton()
        self.original_button = QPushButton()
        self.reload_button = QPushButton()
        self.mine_button.clicked.connect(lambda: self.resolve(Choice.MINE))
        self.theirs_button.clicked.connect(lambda: self.resolve(Choice.THEIRS))
        self.original_button.clicked.connect(lambda: self.resolve(Choice.ORIGINAL))
        self.reload_button.clicked.connect(self.refresh)
        row = QHBoxLayout()
        for b in (self.mine_button, self.theirs_button, self.original_button, self.reload_button):
            row.addWidget(b)
        row.addStretch(1)
        self.content.addWidget(self.error)
        self.content.addWidget(self.summary)
        self.content.addWidget(self.list_label)
        self.content.addWidget(self.view, 1)
        self.content.addWidget(self.detail)
        self.content.addLayout(row)

    def retranslate(self) -> None:
        """Re-label after a language change."""
        super().retranslate()
        self.list_label.setText(self.tr("&Conflicts"))
        self.view.setAccessibleName(self.tr("Conflicts"))
        self.model.set_headers(
            (
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Mine"),
                self.tr("Theirs"),
                self.tr("Original"),
            )
        )
        self.mine_button.setText(self.tr("Keep &mine"))
        self.theirs_button.setText(self.tr("Accept th&eirs"))
        self.original_button.setText(self.tr("Restore &original"))
        self.reload_button.setText(self.tr("Re&load"))
        if self._loaded:
            self._show(self.selected_id())

    # -- loading ------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        """Load the list each time the page shows (conflicts arrive with every sync)."""
        super().showEvent(event)
        if not self.runner.busy:
            self.refresh()

    def refresh(self) -> None:
        """Read the unresolved conflicts (in the background)."""
        self.runner.call(self.engine.conflicts, self._on_loaded, self._on_error)

    def _on_loaded(self, conflicts: list[dict[str, Any]]) -> None:
        self._loaded = True
        self._conflicts = conflicts
        self._show(self.selected_id())

    def _record(self, entity_id: str) -> str:
        if self.record_name is not None:
            name = self.record_name(entity_id)
            if name:
                return name
        return self.tr("Record {id}").format(id=entity_id[:8])

    def _field(self, name: str) -> str:
        return self.tr("Whole record (deleted here)") if name == ALL_FIELDS else field_label(name)

    def _value(self, value: str | None) -> str:
        return self.tr("(empty)") if value in (None, "") else str(value)

    def _show(self, keep: str | None) -> None:
        rows = [
            TextRow(
                c["id"],
                (
                    self._record(c["entity_id"]),
                    self._field(c["field"]),
                    self._value(c["mine"]),
                    self._value(c["theirs"]),
                    self._value(c["base"]),
                ),
                f"{self._record(c['entity_id'])}, {self._field(c['field'])}",
            )
            for c in self._conflicts
        ]
        self.model.set_rows(rows)
        self.summary.setText(
            self.tr("No conflicts. Every change reached the server cleanly.")
            if not rows
            else self.tr("{n} conflicts wait for your decision.").format(n=len(rows))
        )
        if rows:
            row = self.model.row_of(keep) if keep else -1
            self.view.setCurrentIndex(self.model.index(max(row, 0), 0))
        self._update_buttons()

    def selected_id(self) -> str | None:
        """The id of the conflict under the cursor."""
        return self.model.id_at(self.view.currentIndex().row())

    def selected(self) -> dict[str, Any] | None:
        """The conflict under the cursor."""
        row_id = self.selected_id()
        return next((c for c in self._conflicts if c["id"] == row_id), None)

    def _on_view_current_row_changed(self, _c: QModelIndex, _p: QModelIndex) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        c = self.selected()
        for b in (self.mine_button, self.theirs_button, self.original_button):
            b.setEnabled(c is not None)
        if c is None:
            self.detail.setText("")
            return
        whole = c["field"] == ALL_FIELDS
        # A delete-versus-edit conflict has no "original" to restore.
        self.original_button.setEnabled(not whole)
        self.detail.setText(
            self.tr(
                "{field} of {record}: you entered “{mine}”, {user} entered “{theirs}”, "
                "it was “{base}” before."
            ).format(
                field=self._field(c["field"]),
                record=self._record(c["entity_id"]),
                mine=self._value(c["mine"]),
                theirs=self._value(c["theirs"]),
                base=self._value(c["base"]),
                user=c.get("their_user") or self.tr("someone else"),
            )
        )

    # -- resolving ----------------------------------------------------------------------------

    def resolve(self, choice: Choice) -> None:
        """Settle the selected conflict with ``choice``."""
        c = self.selected()
        if c is None:
            return
        conflict_id = c["id"]
        done = {
            Choice.MINE: self.tr("Kept your value."),
            Choice.THEIRS: self.tr("Accepted their value."),
            Choice.ORIGINAL: self.tr("Restored the original value."),
        }[choice]

        def work() -> list[dict[str, Any]]:
            self.engine.resolve_conflict(conflict_id, choice)
            return self.engine.conflicts()

        self.runner.call(work, lambda left: self._on_resolved(left, done), self._on_error)

    def _on_resolved(self, left: list[dict[str, Any]], done: str) -> None:
        row = max(self.view.currentIndex().row(), 0)
        self._conflicts = left
        self._show(None)
        if left:
            self.view.setCurrentIndex(self.model.index(min(row, len(left) - 1), 0))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # R15: the next conflict
        self.announcer.announce(
            self.tr("{done} {n} left.").format(done=done, n=len(left)), Politeness.POLITE
        )

    def _on_error(self, code: str) -> None:
        text = message(code)
        self.error.setText(text)
        self.error.show()
        self.announcer.announce(text, Politeness.ASSERTIVE)
