"""Ctrl+C in the customer list: what may go to the clipboard (SECURITY.md T33, T35).

Copying is a way out of the CRM like an export, so it follows the export rules:

* a role without export copies the current cell only — never a row or a selection;
* a role with export copies the current row's visible columns (one row is not an export);
* more than one selected row is an export of kind clipboard: the password is asked for (the
  step-up), the server grants a ticket, the rows — only the fields the role may see, only rows
  within its export scope — are copied as tab-separated text, and the copy is reported with
  its row count and the SHA-256 of the text.

The ticket and the text are made off the UI thread; the result is announced.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.exports import (
    ClipboardExport,
    ExportSelection,
    ExportService,
    clipboard_cell,
    clipboard_row,
)
from crm_desktop.ui.a11y import Announcer, FormField, Politeness
from crm_desktop.ui.customers.list_model import CustomerListModel
from crm_desktop.ui.field_labels import field_label
from crm_desktop.ui.messages import message
from crm_desktop.ui.server_tasks import TaskRunner


class StepUpDialog(QDialog):
    """Asks for the password before several rows are copied (the export's step-up)."""

    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copy_step_up_dialog")
        self.setWindowTitle(self.tr("Copy {rows} rows").format(rows=QLocale().toString(rows)))
        intro = QLabel(
            self.tr(
                "Copying more than one row counts as an export: it is recorded with your "
                "login, and needs your password."
            )
        )
        intro.setWordWrap(True)
        # QLineEdit for its password echo mode (the kit's field has none), as at sign-in.
        self.password = QLineEdit()
        self.password.setObjectName("copy_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field = FormField(self.tr("&Password"), self.password, required=True)
        form = QFormLayout()
        self.password_field.add_to(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Copy"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_accepted(self) -> None:
        if not self.password.text():
            self.password_field.set_error(message("required"))
            self.password_field.focus_field()
            return
        self.accept()


class RowCopier(QObject):
    """Handles the copy key of the customer table (an event filter on the table)."""

    def __init__(
        self,
        table: QTableView,
        model: CustomerListModel,
        announcer: Announcer,
        exports: ExportService | None,
        *,
        ask_password: Callable[[int], str | None] | None = None,
    ) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        self._announcer = announcer
        self._exports = exports if exports is not None and exports.allowed else None
        self._ask_password = ask_password or self._ask_in_dialog
        self.runner = TaskRunner(self)
        self.last_export: ClipboardExport | None = None
        table.installEventFilter(self)

    @property
    def may_export(self) -> bool:
        """The role may export (and so copy rows)."""
        return self._exports is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take the copy key (Ctrl+C, Ctrl+Insert) before the table's own one-cell copy."""
        if watched is self._table and event.type() in (
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
        ):
            key = event if isinstance(event, QKeyEvent) else None
            if key is not None and key.matches(QKeySequence.StandardKey.Copy):
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.copy()
                return True
        return super().eventFilter(watched, event)

    def selected_rows(self) -> list[int]:
        """Selected rows in list order (from the selection ranges: no row is fetched)."""
        rows: set[int] = set()
        selection = self._table.selectionModel().selection()
        for i in range(selection.count()):
            part = selection.at(i)
            rows.update(range(part.top(), part.bottom() + 1))
        return sorted(rows)

    def copy(self) -> None:
        """Copy what the role may copy (see the module docstring) and say what was copied."""
        current = self._table.currentIndex()
        if self._exports is None:
            if not current.isValid():
                return
            text = self._model.cell_text(current.row(), current.column())
            QApplication.clipboard().setText(clipboard_cell(text))
            self._announcer.announce(self.tr("Cell copied."), Politeness.POLITE)
            return
        rows = self.selected_rows()
        if len(rows) > 1:
            self.copy_rows(rows)
            return
        row = rows[0] if rows else current.row()
        if row < 0:
            return
        values = [self._model.cell_text(row, c) for c in range(len(self._model.columns))]
        QApplication.clipboard().setText(clipboard_row(values))
        self._announcer.announce(self.tr("Row copied."), Politeness.POLITE)

    def copy_rows(self, rows: list[int]) -> None:
        """Several rows: step-up password, ticket, text, clipboard, report (in the background)."""
        exports = self._exports
        if exports is None or self.runner.busy:
            return
        password = self._ask_password(len(rows))
        if not password:
            return
        keys = [k for k in (self._model.key_at(r) for r in rows) if k is not None]
        selection = ExportSelection(
            self._model.filter,
            keys,
            self.tr("{rows} rows of the customer list copied to the clipboard").format(
                rows=len(keys)
            ),
        )
        columns = list(self._model.columns)

        def work() -> ClipboardExport:
            plan = exports.plan(selection, field_label, columns=columns)
            return exports.copy_rows(plan, password)

        self.runner.call(work, self._on_copied, self._on_failed)

    def _on_copied(self, copied: ClipboardExport) -> None:
        QApplication.clipboard().setText(copied.text)
        self.last_export = copied
        exports = self._exports
        if exports is not None:
            # Reported in the background; an unreachable server leaves it for the next sync.
            self.runner.call(
                lambda: exports.report_clipboard(copied), lambda _ok: None, lambda _c: None
            )
        self._announcer.announce(
            self.tr("{rows} rows copied; the copy is recorded as an export.").format(
                rows=QLocale().toString(copied.row_count)
            ),
            Politeness.POLITE,
        )

    def _on_failed(self, code: str) -> None:
        text = message("export_columns_changed" if code == "unknown_field" else code)
        self._announcer.announce(text, Politeness.ASSERTIVE)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Not copied"), text, parent=self._table.window()
        )
        box.setObjectName("copy_failed_box")
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.finished.connect(box.deleteLater)
        box.open()

    def _ask_in_dialog(self, rows: int) -> str | None:
        dialog = StepUpDialog(rows, self._table.window())
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        password = dialog.password.text() if accepted else None
        dialog.deleteLater()
        return password
