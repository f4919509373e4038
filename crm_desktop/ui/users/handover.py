"""The handover wizard: deactivate a user and give their records to someone else.

Steps (DOMAIN.md, "Handover when someone leaves"): whose records → how many → new owner and
whether open tasks move → run in the background with progress and cancel → summary. The
server ends the leaver's sessions at once and wipes their devices at next contact.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.services.admin_jobs import HandoverPlan, JobOutcome, run_handover
from crm_desktop.services.dataio.progress import CancelToken
from crm_desktop.services.server_api import ServerApi
from crm_desktop.ui.a11y import AccessibleCombo, Announcer, FormField, Politeness
from crm_desktop.ui.messages import message
from crm_desktop.ui.server_tasks import TaskRunner
from crm_protocol.schemas import BulkFilter, ReassignResult, UserOut


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class _OwnerPage(QWizardPage):
    def __init__(self, wizard: HandoverWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Whose records"))
        self.setSubTitle(self.tr("Pick the person who leaves. Their records are handed over."))
        self.leaver = AccessibleCombo()
        for u in wizard.users:
            if u.active and u.id != wizard.me_id:
                self.leaver.addItem(f"{u.display_name} ({u.login})", u.id)
        self.leaver_field = FormField(self.tr("&Leaver"), self.leaver)
        form = QFormLayout(self)
        self.leaver_field.add_to(form)


class _PreviewPage(QWizardPage):
    def __init__(self, wizard: HandoverWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("What moves"))
        self.counts = _label()
        self.counts.setObjectName("handover_counts")
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        self.preview: ReassignResult | None = None

    def initializePage(self) -> None:
        """Count the leaver's records and open tasks (in the background)."""
        self.preview = None
        self.counts.setText(self.tr("Counting…"))
        leaver = self._wizard.leaver_id()
        self._wizard.runner.call(
            lambda: self._wizard.api.reassign_preview(BulkFilter(owner_id=leaver)),
            self._on_counted,
            self._wizard.show_error,
        )
        self.completeChanged.emit()

    def _on_counted(self, preview: ReassignResult) -> None:
        self.preview = preview
        self.counts.setText(
            self.tr("{name} owns {customers} records and has {tasks} open tasks.").format(
                name=self._wizard.leaver_name(),
                customers=preview.customers,
                tasks=preview.open_tasks,
            )
        )
        self.counts.setAccessibleName(self.counts.text())
        self.completeChanged.emit()
        self._wizard.announcer.announce(self.counts.text(), Politeness.POLITE)

    def isComplete(self) -> bool:
        """Next only once the counts are known."""
        return self.preview is not None


class _NewOwnerPage(QWizardPage):
    def __init__(self, wizard: HandoverWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("New owner"))
        self.setSubTitle(self.tr("Who takes the records over."))
        self.owner = AccessibleCombo()
        self.owner_field = FormField(self.tr("New &owner"), self.owner)
        self.tasks = QCheckBox(self.tr("Move open &tasks too"))
        self.tasks.setChecked(True)
        form = QFormLayout(self)
        self.owner_field.add_to(form)
        form.addRow("", self.tasks)

    def initializePage(self) -> None:
        """Everyone active except the leaver."""
        self.owner.clear()
        leaver = self._wizard.leaver_id()
        for u in self._wizard.users:
            if u.active and u.id != leaver:
                self.owner.addItem(f"{u.display_name} ({u.login})", u.id)


class _RunPage(QWizardPage):
    def __init__(self, wizard: HandoverWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Handing over"))
        self.state = _label()
        self.progress = QProgressBar()
        self.progress.setObjectName("handover_progress")
        self.cancel_button = QPushButton(self.tr("&Stop"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.outcome: JobOutcome | None = None
        self.token: CancelToken | None = None

    def initializePage(self) -> None:
        """Start the job."""
        self.outcome = None
        self.progress.setAccessibleName(self.tr("Handover progress"))
        self.progress.setRange(0, 0)
        self.state.setText(self.tr("Moving records and deactivating the user…"))
        self.cancel_button.setEnabled(True)
        plan = self._wizard.plan()
        self.token = self._wizard.runner.job(
            lambda cancel, progress: run_handover(
                self._wizard.api, plan, cancel=cancel, progress=progress
            ),
            self._on_done,
            self._on_failed,
            self._on_progress,
        )
        self._wizard.announcer.announce(self.state.text(), Politeness.POLITE)

    def cancel(self) -> None:
        """Stop after the current step (what moved stays moved)."""
        if self.token is not None:
            self.token.cancel()
            self.cancel_button.setEnabled(False)
            self.state.setText(self.tr("Stopping after the current step…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_done(self, outcome: JobOutcome) -> None:
        self.outcome = outcome
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.state.setText(self.tr("Done."))
        self.completeChanged.emit()
        self._wizard.next()

    def _on_failed(self, code: str) -> None:
        self.outcome = JobOutcome(cancelled=True)
        self.cancel_button.setEnabled(False)
        self._wizard.show_error(code)
        self.completeChanged.emit()
        self._wizard.next()

    def isComplete(self) -> bool:
        """Next once the job has ended."""
        return self.outcome is not None


class _SummaryPage(QWizardPage):
    def __init__(self, wizard: HandoverWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Summary"))
        self.summary = _label()
        self.summary.setObjectName("handover_summary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)

    def initializePage(self) -> None:
        """Say what happened, and what happens to the leaver's devices."""
        outcome = self._wizard.run_page.outcome or JobOutcome(cancelled=True)
        leaver = self._wizard.leaver_name()
        owner = self._wizard.owner_name()
        moved = self.tr("{customers} records and {tasks} open tasks moved to {owner}.").format(
            customers=outcome.customers, tasks=outcome.open_tasks, owner=owner
        )
        if outcome.deactivated:
            text = self.tr(
                "{moved} {leaver} is deactivated and signed out everywhere. Their devices "
                "delete the local data at their next contact with the server."
            ).format(moved=moved, leaver=leaver)
        else:
            text = self.tr(
                "Stopped. {moved} {leaver} is still active; run the handover again to finish."
            ).format(moved=moved, leaver=leaver)
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        politeness = Politeness.POLITE if outcome.deactivated else Politeness.ASSERTIVE
        self._wizard.announcer.announce(
            self.tr("Handover finished.") if outcome.deactivated else self.tr("Handover stopped."),
            politeness,
        )


class HandoverWizard(QWizard):
    """Deactivate a user with the handover of their records."""

    def __init__(
        self,
        api: ServerApi,
        users: Sequence[UserOut],
        announcer: Announcer,
        *,
        leaver_id: str | None = None,
        me_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handover_wizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setWindowTitle(self.tr("Deactivate a user"))
        self.api = api
        self.users = list(users)
        self.me_id = me_id
        self.announcer = announcer
        self.runner = TaskRunner(self)
        self.error = _label()
        self.error.setObjectName("crm_field_error")
        self.owner_page = _OwnerPage(self)
        self.preview_page = _PreviewPage(self)
        self.new_owner_page = _NewOwnerPage(self)
        self.run_page = _RunPage(self)
        self.summary_page = _SummaryPage(self)
        for page in (
            self.owner_page,
            self.preview_page,
            self.new_owner_page,
            self.run_page,
            self.summary_page,
        ):
            self.addPage(page)
        if leaver_id is not None:
            index = self.owner_page.leaver.findData(leaver_id)
            self.owner_page.leaver.setCurrentIndex(max(index, 0))
        # No way back once records move, and no second run from the summary.
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Deactivate and hand over"))
        self.new_owner_page.setCommitPage(True)
        self.setMinimumWidth(560)
        self.currentIdChanged.connect(self._on_current_id_changed)

    def _on_current_id_changed(self, _page_id: int) -> None:
        # R15: Qt leaves keyboard focus on the page it just hid (an invisible widget), so a
        # screen reader says nothing after Next; the new page's first control takes it once
        # the page shows (on the count, run and summary pages that is the label to read).
        QTimer.singleShot(0, self, self.focus_current_page)  # dropped if the wizard is gone

    def focus_current_page(self) -> None:
        """Give keyboard focus to the first focusable control of the page shown."""
        page = self.currentPage()
        if page is None:
            return
        for widget in page.findChildren(QWidget):
            # Any focus policy: the keyboard-selectable labels take click focus only.
            if (
                widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                and widget.isVisibleTo(page)
                and widget.isEnabled()
            ):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    def leaver_id(self) -> str:
        """The id of the person leaving."""
        return str(self.owner_page.leaver.currentData())

    def leaver_name(self) -> str:
        """The leaver as shown in the list."""
        return self.owner_page.leaver.currentText()

    def owner_name(self) -> str:
        """The new owner as shown in the list."""
        return self.new_owner_page.owner.currentText()

    def plan(self) -> HandoverPlan:
        """What the job does."""
        return HandoverPlan(
            user_id=self.leaver_id(),
            new_owner_id=str(self.new_owner_page.owner.currentData()),
            include_tasks=self.new_owner_page.tasks.isChecked(),
        )

    def show_error(self, code: str) -> None:
        """Say what went wrong (assertive), on the current page."""
        text = message(code)
        page = self.currentPage()
        layout = page.layout() if page is not None else None
        if layout is not None:
            self.error.setParent(None)
            layout.addWidget(self.error)
        self.error.setText(text)
        self.error.show()
        self.announcer.announce(text, Politeness.ASSERTIVE)
