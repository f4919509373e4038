"""The import wizard: customers from an xlsx or csv file, in five steps.

File (and the assignment the customers go to) → mapping of the file's columns to fields (the
suggestion preselected, the header language shown, problems explained) → preview counts (every
row checked: good, bad by reason, duplicates in the file and among existing customers) → the
import in the background, in all-or-nothing batches, with progress and Stop → summary with the
report of the rows not imported (row, column, reason) and a button to open its folder.

Everything that reads the file or the store runs off the UI thread (``TaskRunner``); the file is
streamed, never held in memory. Keyboard only: every control has a mnemonic or is reached by
Tab, the mapping table edits with F2 (a named combo), Tab leaves it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.services.customers import BatchResult
from crm_desktop.services.dataio.import_file import ImportSource
from crm_desktop.services.dataio.importer import (
    DEFAULT_BATCH_SIZE,
    ImportPreview,
    ImportReport,
    ImportStatus,
)
from crm_desktop.services.dataio.progress import CancelToken
from crm_desktop.services.imports import ImportService, ImportTarget
from crm_desktop.ui.a11y import (
    AccessibleCombo,
    Announcer,
    DataTableView,
    FormField,
    LineField,
    Politeness,
)
from crm_desktop.ui.dataio.mapping_model import FieldChoiceDelegate, MappingModel
from crm_desktop.ui.dataio.texts import (
    issue_reason,
    language_name,
    mapping_problem_text,
    report_titles,
)
from crm_desktop.ui.field_labels import field_label
from crm_desktop.ui.messages import message
from crm_desktop.ui.server_tasks import CANCELLED, TaskRunner
from crm_desktop.ui.text_table_model import TextRow, TextTableModel
from crm_protocol.changes import Changes

PUBLISH_EVERY_S = 2.0  # views refresh at most this often while an import runs
EXAMPLE_ROWS = 20


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if name:
        label.setObjectName(name)
    return label


def _number(value: int) -> str:
    return QLocale().toString(value)


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What the background import produced: its report and the report file (if any)."""

    report: ImportReport
    report_path: Path | None
    report_lines: int


def report_path_for(source: Path, now: datetime | None = None) -> Path:
    """Where the report of importing ``source`` goes: next to it, else in Documents."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    name = f"{source.stem}-import-report-{stamp}.xlsx"
    folder = source.parent
    if not folder.is_dir() or not _writable(folder):
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(docs or Path.home())
    return folder / name


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK)


def _open_with_examples(
    service: ImportService, path: Path
) -> tuple[ImportSource, list[str | None]]:
    """Open ``path`` and read its first data row (the mapping step shows it); worker thread."""
    source = service.open(path)
    rows = source.rows()
    try:
        first = next(rows, None)
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()
    return source, [] if first is None else list(first.cells)


# ------------------------------------------------------------------------------------ pages


class FilePage(QWizardPage):
    """Step 1: the file and where its customers go."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An .xlsx or .csv file whose first row holds the column names."))
        self.path = LineField()
        self.path.setObjectName("import_path")
        self.path_field = FormField(self.tr("Fil&e"), self.path, hint=self.tr("Full path"))
        self.choose_button = QPushButton(self.tr("Ch&oose…"))
        self.choose_button.setObjectName("import_choose")
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path_field.container, 1)
        row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        holder = QWidget()
        holder.setLayout(row)
        self.target = AccessibleCombo()
        self.target.setObjectName("import_target")
        for target in wizard.targets:
            self.target.addItem(target.name or self.tr("No assignment (my customers)"), target)
        self.target_field = FormField(self.tr("&Assignment"), self.target)
        self.target_field.set_hint(self.tr("The imported customers belong to it."))
        self.status = _label(name="import_file_status")
        self.status.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a passing note, announced
        form = QFormLayout(self)
        form.addRow(self.path_field.label, holder)
        self.target_field.add_to(form)
        form.addRow(self.status)
        self.path.textChanged.connect(self._on_path_text_changed)
        self._opened: tuple[str, ImportSource] | None = None
        self._opening = False

    def choose_file(self) -> None:
        """Pick the file with the platform's file dialog."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            self.path.text() or str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"),
        )
        if chosen:
            self.path.setText(chosen)
            self.path.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_target(self) -> ImportTarget | None:
        """The assignment chosen (``None`` when the role may import nowhere)."""
        data = self.target.currentData()
        return data if isinstance(data, ImportTarget) else None

    def source(self) -> ImportSource | None:
        """The opened file (after Next)."""
        return None if self._opened is None else self._opened[1]

    def isComplete(self) -> bool:
        """Next once a path is typed and there is somewhere to import to."""
        return bool(self.path.text().strip()) and self.chosen_target() is not None

    def validatePage(self) -> bool:
        """Open the file in the background; Next goes on once its headers are read."""
        path = self.path.text().strip()
        if self._opened is not None and self._opened[0] == path:
            return True
        if self._opening:
            return False
        self._opening = True
        self.status.setText(self.tr("Reading the file…"))
        self._wizard.clear_error()
        self._wizard.runner.call(
            lambda: _open_with_examples(self._wizard.service, Path(path)),
            lambda opened: self._on_opened(path, *opened),
            self._on_failed,
        )
        return False

    def _on_opened(self, path: str, source: ImportSource, examples: list[str | None]) -> None:
        self._opening = False
        self.status.clear()
        self._opened = (path, source)
        self._wizard.examples = examples
        if self._wizard.currentPage() is self:
            self._wizard.next()

    def _on_failed(self, code: str) -> None:
        self._opening = False
        self.status.clear()
        self._wizard.show_error(code)
        self.path.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_path_text_changed(self, _text: str) -> None:
        self.completeChanged.emit()


class MappingPage(QWizardPage):
    """Step 2: which field each column of the file is imported into."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr("Each column of the file goes into one field, or is not imported.")
        )
        self.language = _label(name="import_language")
        self.model = MappingModel()
        self.model.set_titles(
            (self.tr("Column in the file"), self.tr("Example"), self.tr("Imported into")),
            self.tr("Not imported"),
        )
        self.table = DataTableView(self.tr("Columns of the file"))
        self.table.setObjectName("import_mapping")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(2, FieldChoiceDelegate(self.table))
        self.table_label = QLabel(self.tr("&Columns of the file:"))
        self.table_label.setBuddy(self.table)
        self.table.setAccessibleDescription(
            self.tr("F2 chooses the field of the current column. Tab leaves the table.")
        )
        self.hint = _label(
            self.tr("F2 chooses the field of the current column; Tab leaves the table.")
        )
        self.refused = _label(name="import_refused")
        self.problems = _label(name="crm_field_error")
        self.country = AccessibleCombo()
        self.country.setObjectName("import_country")
        self.country.addItem(self.tr("Poland (PL)"), "PL")
        self.country.addItem(self.tr("Czechia (CZ)"), "CZ")
        self.country.addItem(self.tr("Leave empty"), None)
        self.country_field = FormField(self.tr("Co&untry of rows without one"), self.country)
        self.country_field.set_hint(self.tr("Also decides the format of their postal codes."))
        country_row = QFormLayout()
        self.country_field.add_to(country_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.language)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.refused)
        layout.addLayout(country_row)
        layout.addWidget(self.problems)
        self.model.sig_mapping_changed.connect(self._check)
        self._problem_texts: list[str] = []

    def initializePage(self) -> None:
        """Suggest a mapping for the file (fields this role may not write are left out)."""
        wizard = self._wizard
        source = wizard.file_page.source()
        if source is None:
            return
        assignment_id = wizard.assignment_id()
        filtered = wizard.service.suggest(source, assignment_id)
        suggestion = filtered.suggestion
        defs = {d.field_name: d.label for d in wizard.service.definitions(assignment_id)}
        labels = {
            name: field_label(name, defs.get(name))
            for name in wizard.service.writable_targets(assignment_id)
        }
        self._labels = labels
        self.model.set_file(source.headers, wizard.examples, suggestion.mapping, labels)
        self.table.resizeColumnsToContents()
        matched = len(self.model.mapping())
        texts = [
            self.tr("{matched} of {total} columns recognised.").format(
                matched=_number(matched), total=_number(len(source.headers))
            )
        ]
        if suggestion.language:
            texts.insert(
                0,
                self.tr("The column names are in {language}.").format(
                    language=language_name(suggestion.language)
                ),
            )
        self.language.setText(" ".join(texts))
        if filtered.refused:
            names = ", ".join(
                f"“{source.headers[c]}” ({field_label(f, defs.get(f))})"
                for c, f in sorted(filtered.refused.items())
            )
            self.refused.setText(
                self.tr("Not imported, your role cannot write these fields: {columns}.").format(
                    columns=names
                )
            )
            self.refused.show()
        else:
            self.refused.clear()
            self.refused.hide()
        country = wizard.service.suggested_country(suggestion.language)
        self.country.setCurrentIndex(max(self.country.findData(country), 0))
        self._check()
        self.table.setCurrentIndex(self.model.index(0, 2))

    def mapping(self) -> dict[int, str]:
        """The mapping as edited."""
        return self.model.mapping()

    def default_country(self) -> str | None:
        """The country for rows without one (when the role may set it)."""
        if not self.country_field.container.isVisibleTo(self):
            return None
        data = self.country.currentData()
        return data if isinstance(data, str) else None

    def problem_texts(self) -> list[str]:
        """Why the mapping cannot be used yet (empty when it can)."""
        return list(self._problem_texts)

    def isComplete(self) -> bool:
        """Next only for a usable mapping."""
        return not self._problem_texts and bool(self.model.mapping())

    def _check(self) -> None:
        wizard = self._wizard
        source = wizard.file_page.source()
        if source is None:
            return
        mapping = self.model.mapping()
        problems = wizard.service.problems(mapping, source.headers, wizard.assignment_id())
        labels = getattr(self, "_labels", {})
        self._problem_texts = [mapping_problem_text(p, source.headers, labels) for p in problems]
        if not mapping:
            self._problem_texts.append(self.tr("No column is imported. Choose at least one."))
        self.problems.setText("\n".join(self._problem_texts))
        self.problems.setVisible(bool(self._problem_texts))
        show_country = wizard.service.can_set_country(mapping)
        self.country_field.label.setVisible(show_country)
        self.country_field.container.setVisible(show_country)
        self.completeChanged.emit()


class PreviewPage(QWizardPage):
    """Step 3: every row checked, nothing saved; the counts decide whether to go on."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Every row is checked; nothing is saved yet."))
        self.counts = _label(name="import_counts")
        self.progress = QProgressBar()
        self.progress.setObjectName("import_check_progress")
        self.progress.setAccessibleName(self.tr("Checking progress"))
        self.reasons_model = TextTableModel((self.tr("Reason"), self.tr("Rows")))
        self.reasons = DataTableView(self.tr("Problems by reason"))
        self.reasons.setObjectName("import_reasons")
        self.reasons.setModel(self.reasons_model)
        self.reasons.setEditTriggers(DataTableView.EditTrigger.NoEditTriggers)
        self.reasons_label = QLabel(self.tr("Problems by &reason:"))
        self.reasons_label.setBuddy(self.reasons)
        self.examples_model = TextTableModel((self.tr("Row"), self.tr("Column"), self.tr("Reason")))
        self.examples = DataTableView(self.tr("First problem rows"))
        self.examples.setObjectName("import_examples")
        self.examples.setModel(self.examples_model)
        self.examples.setEditTriggers(DataTableView.EditTrigger.NoEditTriggers)
        self.examples_label = QLabel(self.tr("&First problem rows:"))
        self.examples_label.setBuddy(self.examples)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.progress)
        layout.addWidget(self.reasons_label)
        layout.addWidget(self.reasons, 1)
        layout.addWidget(self.examples_label)
        layout.addWidget(self.examples, 1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.preview: ImportPreview | None = None
        self.token: CancelToken | None = None
        self._generation = 0

    def initializePage(self) -> None:
        """Check every row in the background."""
        wizard = self._wizard
        source = wizard.file_page.source()
        if source is None:
            return
        self.cancel()  # a check started before going back is of no use now
        self._generation += 1
        generation = self._generation
        self.preview = None
        self.counts.setText(self.tr("Checking every row…"))
        self.progress.show()
        self.progress.setRange(0, 0)
        self.reasons_model.set_rows([])
        self.examples_model.set_rows([])
        mapping = wizard.mapping_page.mapping()
        assignment_id = wizard.assignment_id()
        country = wizard.mapping_page.default_country()
        self.token = wizard.runner.job(
            lambda cancel, progress: wizard.service.preview(
                source,
                mapping,
                assignment_id,
                default_country=country,
                cancel=cancel,
                progress=lambda done: progress(done, 0),
            ),
            lambda preview: self._on_checked(preview) if generation == self._generation else None,
            lambda code: self._on_failed(code) if generation == self._generation else None,
            lambda d, t: self._on_progress(d, t) if generation == self._generation else None,
        )
        self.completeChanged.emit()

    def cancel(self) -> None:
        """Stop checking (the wizard is being closed)."""
        if self.token is not None:
            self.token.cancel()

    def _on_progress(self, done: int, _total: int) -> None:
        self.counts.setText(
            self.tr("Checking every row… {done} rows so far.").format(done=_number(done))
        )

    def _on_checked(self, preview: ImportPreview) -> None:
        self.token = None
        self.preview = preview
        self.progress.hide()
        text = self.tr(
            "{total} rows in the file. {valid} can be imported. {bad} cannot: {invalid} with "
            "errors, {in_file} repeated in the file, {existing} already among the customers."
        ).format(
            total=_number(preview.total),
            valid=_number(preview.valid),
            bad=_number(preview.bad),
            invalid=_number(preview.invalid),
            in_file=_number(preview.duplicates_in_file),
            existing=_number(preview.duplicates_existing),
        )
        if preview.valid == 0:
            text += " " + self.tr("Nothing to import: go back and check the columns or the file.")
        self.counts.setText(text)
        self.reasons_model.set_rows(
            [
                TextRow(code, (issue_reason(code), _number(n)), key=issue_reason(code))
                for code, n in sorted(preview.issues.items(), key=lambda kv: -kv[1])
            ]
        )
        headers = self._wizard.file_page.source()
        self.examples_model.set_rows(
            [
                TextRow(
                    f"{bad.source_row}-{n}",
                    (str(bad.source_row), issue.column, issue_reason(issue.code.value)),
                    key=self.tr("row {row}").format(row=bad.source_row),
                )
                for bad in preview.examples[:EXAMPLE_ROWS]
                for n, issue in enumerate(bad.issues)
            ]
            if headers is not None
            else []
        )
        self.reasons.resizeColumnsToContents()
        self.examples.resizeColumnsToContents()
        self.completeChanged.emit()
        self._wizard.announcer.announce(
            self.tr("{valid} of {total} rows can be imported.").format(
                valid=_number(preview.valid), total=_number(preview.total)
            ),
            Politeness.POLITE,
        )

    def _on_failed(self, code: str) -> None:
        self.token = None
        self.progress.hide()
        self.counts.clear()
        if code != CANCELLED:
            self._wizard.show_error(code)

    def isComplete(self) -> bool:
        """Import only once the check found rows to import."""
        return self.preview is not None and self.preview.valid > 0


class RunPage(QWizardPage):
    """Step 4: the import, in the background, with progress and Stop."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Importing"))
        self.state = _label(name="import_state")
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setObjectName("import_stop")
        self.stop_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.progress)
        layout.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.outcome: ImportOutcome | None = None
        self.failure: str | None = None
        self.token: CancelToken | None = None

    @property
    def running(self) -> bool:
        """The import job is under way."""
        return self.token is not None

    def initializePage(self) -> None:
        """Start the import."""
        wizard = self._wizard
        source = wizard.file_page.source()
        preview = wizard.preview_page.preview
        if source is None or preview is None:
            return
        self.outcome = None
        self.failure = None
        total = preview.total
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.state.setText(self.tr("Importing {valid} rows…").format(valid=_number(preview.valid)))
        self.stop_button.setEnabled(True)
        mapping = wizard.mapping_page.mapping()
        assignment_id = wizard.assignment_id()
        country = wizard.mapping_page.default_country()
        report_path = report_path_for(source.path)
        titles = report_titles()
        publisher = _ThrottledPublisher(wizard.publish)
        service = wizard.service

        def work(cancel: CancelToken, progress: Callable[[int, int], None]) -> ImportOutcome:
            try:
                report = service.run(
                    source,
                    mapping,
                    assignment_id,
                    default_country=country,
                    batch_size=wizard.batch_size,
                    cancel=cancel,
                    on_saved=publisher.saved,
                    progress=lambda done: progress(done, total),
                )
            finally:
                publisher.flush()
            lines = 0
            written: Path | None = None
            if report.bad_rows:
                lines = service.write_report(
                    report_path, report, describe=issue_reason, titles=titles
                )
                written = report_path
            return ImportOutcome(report, written, lines)

        self.token = wizard.runner.job(work, self._on_done, self._on_failed, self._on_progress)
        wizard.announcer.announce(self.state.text(), Politeness.POLITE)

    def cancel(self) -> None:
        """Stop after the batch being saved (saved batches stay, whole)."""
        if self.token is not None:
            self.token.cancel()
            self.stop_button.setEnabled(False)
            self.state.setText(self.tr("Stopping after the current batch…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        # Reading runs up to a batch ahead of saving: the bar never moves back.
        self.progress.setValue(max(self.progress.value(), min(done, max(total, 1))))

    def _on_done(self, outcome: ImportOutcome) -> None:
        self.token = None
        self.outcome = outcome
        self.stop_button.setEnabled(False)
        self.progress.setValue(self.progress.maximum())
        self.completeChanged.emit()
        self._wizard.import_ended()

    def _on_failed(self, code: str) -> None:
        self.token = None
        self.failure = code
        self.stop_button.setEnabled(False)
        self.completeChanged.emit()
        self._wizard.import_ended()

    def isComplete(self) -> bool:
        """The summary follows once the job has ended."""
        return self.token is None and (self.outcome is not None or self.failure is not None)


class SummaryPage(QWizardPage):
    """Step 5: what was saved, what was not and where the report is."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Summary"))
        self.summary = _label(name="import_summary")
        self.report_path = LineField()
        self.report_path.setReadOnly(True)
        self.report_path.setObjectName("import_report_path")
        self.report_field = FormField(self.tr("Re&port file"), self.report_path)
        self.report_field.set_hint(self.tr("Every row not imported, with its column and reason."))
        self.open_button = QPushButton(self.tr("&Open the report's folder"))
        self.open_button.setObjectName("import_open_folder")
        self.open_button.clicked.connect(self.open_folder)
        form = QFormLayout()
        self.report_field.add_to(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:
        """Say how the import ended."""
        run = self._wizard.run_page
        outcome = run.outcome
        if outcome is None:
            text = self.tr("The import did not run: {reason}").format(
                reason=message(run.failure or "unknown")
            )
            self._show(text, None, Politeness.ASSERTIVE)
            return
        report = outcome.report
        counts = report.counts
        saved = self.tr("{saved} customers saved.").format(saved=_number(report.saved))
        not_imported = self.tr(
            "{bad} rows not imported: {invalid} with errors, {in_file} repeated in the file, "
            "{existing} already among the customers."
        ).format(
            bad=_number(counts.bad),
            invalid=_number(counts.invalid),
            in_file=_number(counts.duplicates_in_file),
            existing=_number(counts.duplicates_existing),
        )
        if report.status is ImportStatus.COMPLETED:
            head = self.tr("Import finished.")
            politeness = Politeness.POLITE
        elif report.status is ImportStatus.CANCELLED:
            head = self.tr(
                "Import stopped. Whole batches were saved, nothing of the one interrupted. "
                "Run the same file again to finish: saved rows are recognised and skipped."
            )
            politeness = Politeness.ASSERTIVE
        else:
            head = self.tr(
                "Import stopped by an error: {reason} Whole batches were saved, nothing of the "
                "one that failed."
            ).format(reason=message(report.failure_code or "import_save_failed"))
            politeness = Politeness.ASSERTIVE
        text = " ".join((head, saved, not_imported))
        self._show(text, outcome.report_path, politeness)

    def _show(self, text: str, path: Path | None, politeness: Politeness) -> None:
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        has_report = path is not None
        self.report_path.setText(str(path) if path is not None else "")
        for widget in (self.report_field.label, self.report_field.container, self.open_button):
            widget.setVisible(has_report)
        self.report_path_value = path
        spoken = text.split(". ")[0] + "."
        self._wizard.announcer.announce(spoken, politeness)

    def open_folder(self) -> None:
        """Open the folder of the report in the file manager."""
        path = getattr(self, "report_path_value", None)
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


# ------------------------------------------------------------------------------- the wizard


class _ThrottledPublisher:
    """Collects the ids of saved customers on the worker; publishes them every few seconds."""

    def __init__(self, publish: Callable[[Changes], None]) -> None:
        self._publish = publish
        self._pending: set[str] = set()
        self._last = time.monotonic()

    def saved(self, result: BatchResult) -> None:
        self._pending.update(result.customer_ids)
        if time.monotonic() - self._last >= PUBLISH_EVERY_S:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            self._publish(Changes(customers=frozenset(self._pending), outbox=True))
            self._pending = set()
        self._last = time.monotonic()


class ImportWizard(QWizard):
    """Import customers from a file (see the module docstring)."""

    def __init__(
        self,
        service: ImportService,
        user_id: str,
        announcer: Announcer,
        publish: Callable[[Changes], None],
        *,
        default_assignment: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.batch_size = batch_size
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setWindowTitle(self.tr("Import customers"))
        self.service = service
        self.announcer = announcer
        self.publish = publish
        self.runner = TaskRunner(self)
        self.targets = service.targets(user_id)
        self.examples: list[str | None] = []
        self.error = _label(name="crm_field_error")
        self.error.hide()
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        for page in (
            self.file_page,
            self.mapping_page,
            self.preview_page,
            self.run_page,
            self.summary_page,
        ):
            self.addPage(page)
        index = self.file_page.target.findData(
            next((t for t in self.targets if t.assignment_id == default_assignment), None)
        )
        if index >= 0:
            self.file_page.target.setCurrentIndex(index)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.currentIdChanged.connect(self._on_current_id_changed)
        if not self.targets:
            self.file_page.status.setText(
                self.tr(
                    "You can import only into an open assignment you work on, and there is "
                    "none on this device. Sync, or ask your coordinator."
                )
            )
        self.setMinimumSize(640, 480)

    def assignment_id(self) -> str | None:
        """The assignment chosen on the first page."""
        target = self.file_page.chosen_target()
        return None if target is None else target.assignment_id

    def show_error(self, code: str) -> None:
        """Say what went wrong (assertive), on the current page."""
        text = message(code)
        page = self.currentPage()
        layout = page.layout() if page is not None else None
        if layout is not None:
            self.error.setParent(None)
            if isinstance(layout, QFormLayout):
                layout.addRow(self.error)
            else:
                layout.addWidget(self.error)
        self.error.setText(text)
        self.error.show()
        self.announcer.announce(text, Politeness.ASSERTIVE)

    def clear_error(self) -> None:
        """Hide the error of the previous attempt."""
        self.error.hide()
        self.error.clear()

    def import_ended(self) -> None:
        """The background import ended: show the summary (or close, when asked to)."""
        if self._close_after_run:
            self._close_after_run = False
            super().reject()
            return
        self.next()

    _close_after_run = False

    def reject(self) -> None:
        """Cancel: stop a running check or import first (saved batches stay, whole)."""
        if self.run_page.running:
            self._close_after_run = True
            self.run_page.cancel()
            return
        self.preview_page.cancel()
        super().reject()

    def _on_current_id_changed(self, _page_id: int) -> None:
        self.clear_error()
