"""The Export dialog: the current list or the selected rows to an xlsx file, in the background.

What the user decides: which rows (the list with its filter, its count shown once known, or the
selected rows), where the file goes, and their password (the step-up the server asks for every
export, SECURITY.md T33). The export runs on a worker thread (``TaskRunner.job``) with a
progress bar and a Cancel that removes the partial file; the UI never waits for it. The end —
row count, file name and export number, or what went wrong and what to do — is written in the
dialog and announced (polite on success, assertive on an error).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customer_queries import CustomerFilter
from crm_desktop.services.dataio.progress import CancelToken
from crm_desktop.services.exports import ExportCode, ExportPlan, ExportSelection, ExportService
from crm_desktop.services.exports import ExportSummary as Summary
from crm_desktop.ui.a11y import AccessibleCombo, Announcer, FormField, LineField, Politeness
from crm_desktop.ui.field_labels import field_label
from crm_desktop.ui.messages import message
from crm_desktop.ui.server_tasks import CANCELLED, TaskRunner
from crm_protocol.schemas import ApiErrorCode, ExportOutcome

XLSX_SUFFIX = ".xlsx"
# Errors that belong to one field of the dialog: shown under it, and it gets the focus.
_PASSWORD_ERRORS = frozenset(
    {ApiErrorCode.STEP_UP_FAILED.value, ApiErrorCode.TOO_MANY_ATTEMPTS.value}
)
_FILE_ERRORS = frozenset(
    {ExportCode.DISK_FULL.value, ExportCode.WRITE_DENIED.value, ExportCode.WRITE_FAILED.value}
)


def _label(object_name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if object_name:
        label.setObjectName(object_name)
    return label


def default_export_path(today: date | None = None) -> Path:
    """``Documents/customers-<date>.xlsx`` (the home folder when there is no Documents)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(folder) if folder else Path.home()
    return base / f"customers-{(today or date.today()).isoformat()}{XLSX_SUFFIX}"


class ExportDialog(QDialog):
    """Export the customer list or its selected rows; one export per dialog."""

    sig_export_finished = Signal(object)  # ExportSummary

    def __init__(
        self,
        service: ExportService,
        list_filter: CustomerFilter,
        selected_keys: Sequence[int],
        filter_text: str,
        announcer: Announcer,
        *,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self._service = service
        self._announcer = announcer
        self._filter_text = filter_text
        self._list = ExportSelection(list_filter)
        self._selected = ExportSelection(list_filter, keys=list(selected_keys))
        self._token: CancelToken | None = None
        self._confirmed_path: Path | None = None
        self.summary: Summary | None = None
        self.runner = TaskRunner(self)

        self.intro = _label("export_intro")
        # Which rows: a combo (the kit's, read out on change) rather than radio buttons.
        self.rows = AccessibleCombo()
        self.rows.setObjectName("export_rows")
        self.rows.addItem("", False)  # the list as filtered
        if selected_keys:
            self.rows.addItem("", True)  # the selected rows
        if len(selected_keys) > 1:
            self.rows.setCurrentIndex(1)
        self.rows_field = FormField("", self.rows)
        self.filter_label = _label("export_filter")
        # No focus stop of its own: the combo's description carries the same text.
        self.filter_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.filter_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.path = LineField()
        self.path.setObjectName("export_path")
        self.path.setText(str(path or default_export_path()))
        self.path_field = FormField("", self.path)
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("export_browse")
        self.browse_button.clicked.connect(self.choose_file)
        file_row = QWidget()
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_field.container, 1)
        row.addWidget(self.browse_button, 0, Qt.AlignmentFlag.AlignTop)
        # QLineEdit for its password echo mode (the kit's field has none), as at sign-in.
        self.password = QLineEdit()
        self.password.setObjectName("export_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field = FormField("", self.password, required=True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows_field.add_to(form)
        # The list's filter in words, right under the choice (and its description).
        rows_box = self.rows_field.container.layout()
        if isinstance(rows_box, QVBoxLayout):
            rows_box.insertWidget(1, self.filter_label)
        form.addRow(self.path_field.label, file_row)
        self.password_field.add_to(form)

        self.progress = QProgressBar()
        self.progress.setObjectName("export_progress")
        self.progress.hide()
        self.status = _label("export_status")
        self.status.hide()
        self.error = _label("crm_field_error")
        self.error.hide()

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export_start")
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("export_close")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.path.returnPressed.connect(self.start_export)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self._count_text: dict[bool, str] = {}
        self.retranslate()
        self._count()
        (self.password if self.path.text() else self.path).setFocus(Qt.FocusReason.OtherFocusReason)

    # -- state ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """An export is under way."""
        return self._token is not None

    def retranslate(self) -> None:
        """Label everything in the current language."""
        self.setWindowTitle(self.tr("Export customers"))
        self.intro.setText(
            self.tr(
                "The file holds only the columns your role may see. It is marked with your "
                "login, the time and an export number, and the export is recorded."
            )
        )
        self.rows_field.set_label(self.tr("&Rows"))
        filter_text = self.tr("Filter of the list: {filter}").format(filter=self._filter_text)
        self.filter_label.setText(filter_text)
        self.rows_field.set_hint(filter_text)
        self._show_counts()
        self.path_field.set_label(self.tr("&File"))
        self.path_field.set_hint(self.tr("Where the xlsx file is saved."))
        self.browse_button.setText(self.tr("&Browse…"))
        self.browse_button.setToolTip(self.tr("Choose the file in a file dialog"))
        self.password_field.set_label(self.tr("&Password"))
        self.password_field.set_hint(
            self.tr("Confirm the export with the password you sign in with.")
        )
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.export_button.setText(self.tr("&Export"))
        self.close_button.setText(self.tr("Close") if self.summary else self.tr("Cancel"))

    def _show_counts(self) -> None:
        counting = self.tr("counting…")
        rows = self._count_text.get(False, counting)
        self.rows.setItemText(0, self.tr("The current list ({rows})").format(rows=rows))
        selected = self._count_text.get(True)
        if selected is None:
            n = len(self._selected.keys or ())
            selected = (
                self.tr("{count} rows").format(count=QLocale().toString(n))
                if n
                else self.tr("none selected")
            )
        if self.rows.count() > 1:
            self.rows.setItemText(1, self.tr("The selected rows ({rows})").format(rows=selected))

    def _count(self) -> None:
        """Plan both choices in the background: the counts show what would be exported."""
        selected_too = self.rows.count() > 1

        def work() -> dict[bool, ExportPlan]:
            plans = {False: self._service.plan(self._list, field_label)}
            if selected_too:
                plans[True] = self._service.plan(self._selected, field_label)
            return plans

        self.runner.call(work, self._on_counted, lambda _code: None)

    def _on_counted(self, plans: dict[bool, ExportPlan]) -> None:
        for selected, plan in plans.items():
            self._count_text[selected] = self.tr("{count} customers").format(
                count=QLocale().toString(plan.row_count)
            )
        self._show_counts()

    # -- actions ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        """Pick the file in a save dialog (it asks before replacing a file)."""
        current = self.path.text().strip() or str(default_export_path())
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to file"),
            current,
            self.tr("Excel workbook (*.xlsx)"),
        )
        if chosen:
            path = self._with_suffix(Path(chosen))
            self.path.setText(str(path))
            self._confirmed_path = path
            self.path_field.clear_error()
        self.path.setFocus(Qt.FocusReason.OtherFocusReason)

    def target_path(self) -> Path | None:
        """The file to write (``.xlsx`` added), or ``None`` when none is given."""
        text = self.path.text().strip()
        return self._with_suffix(Path(text).expanduser()) if text else None

    def start_export(self) -> None:
        """Check the form, then run the export in the background."""
        if self.running or self.summary is not None:
            return
        self._clear_errors()
        path = self.target_path()
        if path is None:
            self._field_error(self.path_field, self.tr("Choose where to save the file."))
            return
        if not self.password.text():
            self._field_error(self.password_field, message("required"))
            return
        if path.exists() and path != self._confirmed_path and not self._confirm_replace(path):
            self.path.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        selected = bool(self.rows.currentData())
        selection = self._selected if selected else self._list
        scope = (
            self.tr("selected rows of the customer list; filter: {filter}")
            if selected
            else self.tr("customer list; filter: {filter}")
        ).format(filter=self._filter_text)
        selection = ExportSelection(selection.filter, selection.keys, scope)
        password = self.password.text()
        service = self._service

        def work(cancel: CancelToken, progress: Callable[[int, int], None]) -> Summary:
            # Planned again: the list may have changed since the dialog counted it.
            plan = service.plan(selection, field_label)
            return service.export_file(plan, path, password, progress=progress, cancel=cancel)

        self._set_running(True)
        self._token = self.runner.job(work, self._on_done, self._on_failed, self._on_progress)

    def cancel_export(self) -> None:
        """Stop the export; the partial file is removed and the export reported as cancelled."""
        if self._token is None:
            return
        self._token.cancel()
        self.close_button.setEnabled(False)
        self.status.setText(self.tr("Stopping… the partial file is removed."))

    # -- results ----------------------------------------------------------------------------

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        locale = QLocale()
        self.status.setText(
            self.tr("Writing rows: {done} of {total}.").format(
                done=locale.toString(done), total=locale.toString(total)
            )
        )

    def _on_done(self, summary: Summary) -> None:
        self._token = None
        self.summary = summary
        self._set_running(False)
        locale = QLocale()
        rows = locale.toString(summary.row_count)
        if summary.outcome is ExportOutcome.CANCELLED:
            text = self.tr("Export cancelled. No file was written.")
            spoken, politeness = text, Politeness.POLITE
        else:
            name = summary.path.name if summary.path is not None else ""
            text = self.tr("Exported {rows} customers to {file}. Export number: {id}.").format(
                rows=rows, file=name, id=summary.export_id
            )
            if summary.offline:
                text += " " + self.tr(
                    "You are offline: the export is reported to the server at the next sync."
                )
            elif not summary.reported:
                text += " " + self.tr("The server is told about it at the next sync.")
            spoken = self.tr("Export finished: {rows} customers.").format(rows=rows)
            politeness = Politeness.POLITE
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()
        self.export_button.hide()
        self._set_inputs_enabled(False)  # one export per dialog: what it did stays shown
        self._fit()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setEnabled(True)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._announcer.announce(spoken, politeness)
        self.sig_export_finished.emit(summary)

    def _on_failed(self, code: str) -> None:
        self._token = None
        self._set_running(False)
        self.progress.hide()
        self.status.hide()
        if code == CANCELLED:  # cancelled before a row was written (while asking the server)
            self._show_error(self.tr("Export cancelled. No file was written."))
            return
        text = message("export_columns_changed" if code == "unknown_field" else code)
        if code in _PASSWORD_ERRORS:
            self.password.clear()
            self._field_error(self.password_field, text)
        elif code in _FILE_ERRORS:
            self._field_error(self.path_field, text)
        else:
            self._show_error(text)
            self.export_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._announcer.announce(text, Politeness.ASSERTIVE)

    # -- internals --------------------------------------------------------------------------

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for w in (self.rows, self.path, self.browse_button, self.password):
            w.setEnabled(enabled)

    def _set_running(self, running: bool) -> None:
        self._set_inputs_enabled(not running)
        self.export_button.setEnabled(not running)
        self.close_button.setText(self.tr("&Stop export") if running else self.tr("Cancel"))
        self.close_button.setEnabled(True)
        if running:
            self.progress.setRange(0, 0)  # busy until the server has granted the ticket
            self.progress.show()
            self.status.setText(self.tr("Asking the server for permission…"))
            self.status.show()
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self._fit()

    def _fit(self) -> None:
        """Grow (or shrink) to the content after the progress, summary or an error showed:
        word-wrapped texts are squeezed otherwise."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.adjustSize()

    def _clear_errors(self) -> None:
        self.path_field.clear_error()
        self.password_field.clear_error()
        self.error.hide()

    def _field_error(self, field: FormField, text: str) -> None:
        field.set_error(text)
        field.focus_field()
        self._fit()

    def _show_error(self, text: str) -> None:
        self.error.setText(self.tr("Error: {message}").format(message=text))
        self.error.show()
        self._fit()

    def _confirm_replace(self, path: Path) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Replace the file?"))
        box.setText(self.tr("{file} already exists. Replace it?").format(file=path.name))
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # the safe choice is the default (R21)
        box.exec()
        chosen = box.clickedButton() is replace
        box.deleteLater()
        if chosen:
            self._confirmed_path = path
        return chosen

    @staticmethod
    def _with_suffix(path: Path) -> Path:
        return (
            path if path.suffix.lower() == XLSX_SUFFIX else path.with_name(path.name + XLSX_SUFFIX)
        )

    def _on_close_button_clicked(self) -> None:
        if self.running:
            self.cancel_export()
        else:
            self.reject()

    def reject(self) -> None:
        """Esc or Cancel: stops a running export first; closes otherwise."""
        if self.running:
            self.cancel_export()
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc while running stops the export instead of closing the dialog."""
        if event.key() == Qt.Key.Key_Escape and self.running:
            self.cancel_export()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button behaves like Esc."""
        if self.running:
            self.cancel_export()
            event.ignore()
            return
        super().closeEvent(event)
