"""Assignments: the list, records per person, create and edit, custom fields, closing.

Each command exists only for a role whose policy grants it (absent, not disabled, DESIGN §5):
create/edit need ``assignments.manage``, custom fields ``attributes.define``, closing for
operators ``assignments.close_for_operators``, closing definitively and reopening
``assignments.close``. Closing definitively asks first; the safe button (Cancel) is the default.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from crm_desktop.services.server_api import ServerApi
from crm_desktop.ui.a11y import Announcer, DataTableView, Politeness
from crm_desktop.ui.assignments.dialogs import AssignmentDialog, AttributeDialog
from crm_desktop.ui.i18n import QT_TRANSLATE_NOOP
from crm_desktop.ui.messages import message
from crm_desktop.ui.pages import Page, PageId
from crm_desktop.ui.server_tasks import TaskRunner
from crm_desktop.ui.text_table_model import TextRow, TextTableModel
from crm_protocol.permissions import Permission, Scope
from crm_protocol.policy import EffectivePolicy
from crm_protocol.schemas import (
    AssignmentOut,
    AssignmentStatus,
    AttributeOut,
    MemberRole,
    OperatorCount,
    UserOut,
)

_STATUS_LABELS = {
    AssignmentStatus.OPEN: QT_TRANSLATE_NOOP("AssignmentsPage", "Open"),
    AssignmentStatus.CLOSED_FOR_OPERATORS: QT_TRANSLATE_NOOP(
        "AssignmentsPage", "Closed for operators"
    ),
    AssignmentStatus.CLOSED: QT_TRANSLATE_NOOP("AssignmentsPage", "Closed definitively"),
}


class AssignmentsPage(Page):
    """Assignments for supervisors, coordinators and principals."""

    def __init__(
        self,
        api: ServerApi,
        policy: EffectivePolicy,
        announcer: Announcer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(PageId.ASSIGNMENTS, parent)
        self.api = api
        self.policy = policy
        self.announcer = announcer
        self.runner = TaskRunner(self)
        self._assignments: list[AssignmentOut] = []
        self._users: dict[str, UserOut] = {}
        self._loaded = False
        self.editor: AssignmentDialog | None = None
        self.attribute_dialog: AttributeDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._build()
        self.retranslate()

    # -- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.error = QLabel()
        self.error.setObjectName("crm_field_error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.list_label = QLabel()
        self.model = TextTableModel(("", "", "", ""))
        self.view = DataTableView("")
        self.view.setObjectName("assignments_list")
        self.view.setModel(self.model)
        self.view.setMinimumHeight(160)
        self.view.horizontalHeader().setDefaultSectionSize(220)
        self.list_label.setBuddy(self.view)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)

        self.detail = QLabel()
        self.detail.setObjectName("assignment_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.counts_label = QLabel()
        self.counts_model = TextTableModel(("", "", ""))
        self.counts_view = DataTableView("")
        self.counts_view.setObjectName("assignment_counts")
        self.counts_view.setModel(self.counts_model)
        self.counts_view.setMinimumHeight(120)
        self.counts_view.horizontalHeader().setDefaultSectionSize(220)
        self.counts_label.setBuddy(self.counts_view)

        allows = self.policy.allows
        # Absent, not disabled: a button is created only when the policy grants its command.
        self.buttons: dict[str, QPushButton] = {}
        commands = [
            ("new", Permission.MANAGE_ASSIGNMENTS, self.open_new_dialog),
            ("edit", Permission.MANAGE_ASSIGNMENTS, self.open_edit_dialog),
            ("attribute", Permission.DEFINE_CUSTOM_ATTRIBUTES, self.open_attribute_dialog),
            ("close_ops", Permission.CLOSE_ASSIGNMENT_FOR_OPERATORS, self.close_for_operators),
            ("close", Permission.CLOSE_ASSIGNMENT, self.confirm_close),
            ("reopen", Permission.CLOSE_ASSIGNMENT, self.reopen),
        ]
        row = QHBoxLayout()
        for name, permission, slot in commands:
            if allows(permission):
                button = QPushButton()
                button.setObjectName(f"assignments_{name}")
                button.clicked.connect(slot)
                row.addWidget(button)
                self.buttons[name] = button
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.refresh)
        row.addWidget(self.reload_button)
        row.addStretch(1)

        self.content.addWidget(self.error)
        self.content.addWidget(self.list_label)
        self.content.addWidget(self.view, 1)
        self.content.addLayout(row)
        self.content.addWidget(self.detail)
        self.content.addWidget(self.counts_label)
        self.content.addWidget(self.counts_view)

    def retranslate(self) -> None:
        """Re-label after a language change."""
        super().retranslate()
        self.list_label.setText(self.tr("&Assignments"))
        self.view.setAccessibleName(self.tr("Assignments"))
        self.model.set_headers(
            (self.tr("Name"), self.tr("Status"), self.tr("Territory"), self.tr("Members"))
        )
        self.counts_label.setText(self.tr("Records per per&son"))
        self.counts_view.setAccessibleName(self.tr("Records per person"))
        self.counts_model.set_headers((self.tr("Person"), self.tr("Today"), self.tr("In total")))
        texts = {
            "new": self.tr("&New assignment…"),
            "edit": self.tr("&Edit…"),
            "attribute": self.tr("C&ustom field…"),
            "close_ops": self.tr("&Close for operators"),
            "close": self.tr("Close &definitively…"),
            "reopen": self.tr("Re&open"),
        }
        for name, button in self.buttons.items():
            button.setText(texts[name])
        self.reload_button.setText(self.tr("Re&load"))
        if self._loaded:
            self._show_assignments(self.selected_id())

    # -- loading ------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        """Load the list the first time the page shows."""
        super().showEvent(event)
        if not self._loaded and not self.runner.busy:
            self.refresh()

    def refresh(self) -> None:
        """Fetch assignments and the directory of people to staff them with."""

        def fetch() -> tuple[list[AssignmentOut], list[UserOut]]:
            return self.api.assignments(), self.api.user_directory()

        self.runner.call(fetch, self._on_loaded, self._on_error)

    def _on_loaded(self, loaded: tuple[list[AssignmentOut], list[UserOut]]) -> None:
        assignments, users = loaded
        self._loaded = True
        self._clear_error()
        self._assignments = assignments
        if users:
            self._users = {u.id: u for u in users}
        self._show_assignments(self.selected_id())

    def _show_assignments(self, keep: str | None) -> None:
        rows = [
            TextRow(
                a.id,
                (a.name, self.status_text(a.status), a.territory, str(len(a.members))),
                a.name,
            )
            for a in self._assignments
        ]
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep else -1
        if rows:
            self.view.setCurrentIndex(self.model.index(max(row, 0), 0))
        self._update_buttons()

    def status_text(self, status: AssignmentStatus) -> str:
        """The translated status."""
        return self.tr(_STATUS_LABELS[status])

    def person(self, user_id: str | None) -> str:
        """A person's name (a short id when the directory is not readable for this role)."""
        if not user_id:
            return self.tr("nobody")
        user = self._users.get(user_id)
        return user.display_name if user else self.tr("user {id}").format(id=user_id[:8])

    def selected(self) -> AssignmentOut | None:
        """The assignment under the cursor."""
        row_id = self.selected_id()
        return next((a for a in self._assignments if a.id == row_id), None)

    def selected_id(self) -> str | None:
        """The id of the assignment under the cursor."""
        return self.model.id_at(self.view.currentIndex().row())

    def select(self, assignment_id: str) -> None:
        """Put the cursor on an assignment."""
        row = self.model.row_of(assignment_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        a = self.selected()
        if a is None:
            self.detail.setText("")
            self.counts_model.set_rows([])
            return
        members = {
            role: [self.person(m.user_id) for m in a.members if m.role == role]
            for role in MemberRole
        }
        self.detail.setText(
            self.tr(
                "Principal: {principal}. Coordinator: {coordinator}. Supervisors: {sup}. "
                "Operators: {ops}. Verifiers: {ver}.\nInstructions: {instructions}"
            ).format(
                principal=self.person(a.principal_id),
                coordinator=self.person(a.coordinator_id),
                sup=", ".join(members[MemberRole.SUPERVISOR]) or "—",
                ops=", ".join(members[MemberRole.OPERATOR]) or "—",
                ver=", ".join(members[MemberRole.VERIFIER]) or "—",
                instructions=a.instructions or "—",
            )
            + "\n"
            + (
                self.tr("Daily target: {target} records per operator.").format(
                    target=a.target_per_day
                )
                if a.target_per_day
                else self.tr("No daily target.")
            )
        )
        assignment_id = a.id
        self.runner.call(
            lambda: self.api.operator_counts(assignment_id),
            lambda counts: self._on_counts(assignment_id, counts),
            self._on_error,
        )

    def _on_counts(self, assignment_id: str, counts: list[OperatorCount]) -> None:
        if assignment_id != self.selected_id():
            return
        self.counts_model.set_rows(
            [
                TextRow(c.user_id, (self.person(c.user_id), str(c.today), str(c.total)))
                for c in counts
            ]
        )

    def _update_buttons(self) -> None:
        a = self.selected()
        status = a.status if a is not None else None
        enabled = {
            "new": True,
            "edit": a is not None,
            "attribute": a is not None and status is not AssignmentStatus.CLOSED,
            "close_ops": status is AssignmentStatus.OPEN,
            "close": status in (AssignmentStatus.OPEN, AssignmentStatus.CLOSED_FOR_OPERATORS),
            "reopen": status in (AssignmentStatus.CLOSED, AssignmentStatus.CLOSED_FOR_OPERATORS),
        }
        for name, button in self.buttons.items():
            button.setEnabled(enabled[name])

    # -- create and edit ----------------------------------------------------------------------

    def open_new_dialog(self) -> None:
        """The editor for a new assignment (non-blocking)."""
        self._open_editor(AssignmentDialog(list(self._users.values()), None, self))

    def open_edit_dialog(self) -> None:
        """The editor for the selected assignment (non-blocking)."""
        a = self.selected()
        if a is not None:
            # only those who see every assignment may give one to another principal
            sees_all = Scope.ALL in self.policy.scopes(Permission.CUSTOMER_READ)
            dialog = AssignmentDialog(
                list(self._users.values()), a, self, principal_editable=sees_all
            )
            self._open_editor(dialog)

    def _open_editor(self, dialog: AssignmentDialog) -> None:
        dialog.accepted.connect(lambda: self._save(dialog))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.editor = dialog
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if dialog is self.editor:
            self.editor = None
        if dialog is self.attribute_dialog:
            self.attribute_dialog = None
        dialog.deleteLater()
        self.window().activateWindow()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # R15: back to the invoker

    def _save(self, dialog: AssignmentDialog) -> None:
        members = dialog.members()
        original = dialog.assignment
        if original is None:
            create = dialog.create_body()

            def work() -> AssignmentOut:
                made = self.api.create_assignment(create)
                if members is not None:
                    made = self.api.set_members(made.id, members)
                return made

            done = self.tr("Assignment created.")
        else:
            update = dialog.update_body()
            assignment_id = original.id

            def work() -> AssignmentOut:
                changed = self.api.update_assignment(assignment_id, update)
                if members is not None:
                    changed = self.api.set_members(assignment_id, members)
                return changed

            done = self.tr("Assignment saved.")
        self.runner.call(work, lambda a: self._on_changed(a, done), self._on_error)

    def _on_changed(self, assignment: AssignmentOut, done: str) -> None:
        self._clear_error()
        others = [a for a in self._assignments if a.id != assignment.id]
        self._assignments = sorted([*others, assignment], key=lambda a: (a.name, a.id))
        self._show_assignments(assignment.id)
        self.announcer.announce(done, Politeness.POLITE)

    # -- custom fields ------------------------------------------------------------------------

    def open_attribute_dialog(self) -> None:
        """Define a custom field bound to the selected assignment."""
        a = self.selected()
        if a is None:
            return
        assignment_id, name = a.id, a.name
        self.runner.call(
            lambda: self.api.attributes(assignment_id),
            lambda existing: self._show_attribute_dialog(assignment_id, name, existing),
            self._on_error,
        )

    def _show_attribute_dialog(
        self, assignment_id: str, name: str, existing: list[AttributeOut]
    ) -> None:
        dialog = AttributeDialog(name, existing, self)
        dialog.accepted.connect(lambda: self._define(assignment_id, dialog))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.attribute_dialog = dialog
        dialog.open()

    def _define(self, assignment_id: str, dialog: AttributeDialog) -> None:
        body = dialog.body()
        self.runner.call(
            lambda: self.api.define_attribute(assignment_id, body),
            lambda attr: self.announcer.announce(
                self.tr("Custom field {label} defined.").format(label=attr.label),
                Politeness.POLITE,
            ),
            self._on_error,
        )

    # -- closing ------------------------------------------------------------------------------

    def close_for_operators(self) -> None:
        """Stop the operators' work on the selected assignment."""
        a = self.selected()
        if a is None:
            return
        assignment_id = a.id
        self.runner.call(
            lambda: self.api.close_for_operators(assignment_id),
            lambda out: self._on_changed(out, self.tr("Closed for operators.")),
            self._on_error,
        )

    def confirm_close(self) -> None:
        """Ask before closing definitively; Cancel is the default button (R20, R21)."""
        a = self.selected()
        if a is None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirm_close_assignment")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Close assignment definitively"))
        box.setText(self.tr("Close “{name}” definitively?").format(name=a.name))
        box.setInformativeText(
            self.tr(
                "Its sub-assignments close too, their open tasks are cancelled, and operators "
                "can no longer change its records. A coordinator can reopen it later."
            )
        )
        close = box.addButton(self.tr("Close &definitively"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        assignment_id = a.id

        def finished(_result: int) -> None:
            chosen = box.clickedButton()
            self.confirm_box = None
            box.deleteLater()
            self.window().activateWindow()
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if chosen is close:
                self._close(assignment_id)

        box.finished.connect(finished)
        self.confirm_box = box
        box.open()
        cancel.setFocus()

    def _close(self, assignment_id: str) -> None:
        self.runner.call(
            lambda: self.api.close_assignment(assignment_id),
            lambda out: self._on_changed(out, self.tr("Assignment closed definitively.")),
            self._on_error,
        )

    def reopen(self) -> None:
        """Open the selected closed assignment again."""
        a = self.selected()
        if a is None:
            return
        assignment_id = a.id
        self.runner.call(
            lambda: self.api.reopen_assignment(assignment_id),
            lambda out: self._on_changed(out, self.tr("Assignment reopened.")),
            self._on_error,
        )

    # -- errors -------------------------------------------------------------------------------

    def _on_error(self, code: str) -> None:
        text = message(code)
        self.error.setText(text)
        self.error.show()
        self.announcer.announce(text, Politeness.ASSERTIVE)

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
