"""The assignment editor and the custom attribute definition dialog.

Both validate before anything leaves the client: a failed check writes the error under the
field, puts it first in the field's accessible description and moves focus there (R19).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.a11y import AccessibleCombo, FormField, LineField
from crm_desktop.ui.messages import message
from crm_desktop.ui.verification.labels import group_label, type_label
from crm_protocol.custom_attributes import CustomAttributeDef, validate_definition
from crm_protocol.errors import ErrorCode
from crm_protocol.fields import FieldGroup, FieldType
from crm_protocol.schemas import (
    MAX_TARGET_PER_DAY,
    AssignmentCreate,
    AssignmentOut,
    AssignmentUpdate,
    AttributeIn,
    AttributeOut,
    MemberIn,
    MemberRole,
    UserOut,
)

USER_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 0x102


def _people_combo(
    users: Sequence[UserOut], none_text: str, current: str | None, unknown_text: str = ""
) -> AccessibleCombo:
    combo = AccessibleCombo()
    combo.addItem(none_text, "")
    for u in users:
        if u.active:
            combo.addItem(u.display_name, u.id)
    if current and combo.findData(current) < 0:
        # someone the directory does not list (deactivated): keep them unless changed
        combo.addItem(unknown_text or current[:8], current)
    index = combo.findData(current or "")
    combo.setCurrentIndex(max(index, 0))
    return combo


class AssignmentDialog(QDialog):
    """Create or edit an assignment: description, daily target, principal and coordinator,
    members.

    ``users`` is the directory to pick people from; when it is empty (the role cannot read
    the user list), the people pickers are absent and the people stay as they are. When
    editing, the principal can be changed only with ``principal_editable`` (the server lets
    only those who see every assignment give one to another principal).
    """

    def __init__(
        self,
        users: Sequence[UserOut],
        assignment: AssignmentOut | None = None,
        parent: QWidget | None = None,
        *,
        principal_editable: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assignment_dialog")
        self.assignment = assignment
        self.users = [u for u in users if u.active]
        editing = assignment is not None
        self.setWindowTitle(self.tr("Edit assignment") if editing else self.tr("New assignment"))

        self.name = LineField()
        self.instructions = QPlainTextEdit()
        self.instructions.setTabChangesFocus(True)
        self.instructions.setMinimumHeight(80)
        self.territory = LineField()
        self.name_field = FormField(self.tr("&Name"), self.name, required=True)
        self.instructions_field = FormField(
            self.tr("&Instructions"), self.instructions, hint=self.tr("What operators should do.")
        )
        self.territory_field = FormField(
            self.tr("&Territory"), self.territory, hint=self.tr("For example: mazowieckie.")
        )
        self.target = QSpinBox()
        self.target.setRange(0, MAX_TARGET_PER_DAY)
        self.target.setSpecialValueText(self.tr("No target"))  # shown for 0
        self.target.setAccessibleName(self.tr("Daily target"))
        self.target_field = FormField(
            self.tr("Daily tar&get"),
            self.target,
            hint=self.tr("Records an operator should enter per day; 0 for no target."),
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in (
            self.name_field,
            self.instructions_field,
            self.territory_field,
            self.target_field,
        ):
            f.add_to(form)

        self.principal: AccessibleCombo | None = None
        self.coordinator: AccessibleCombo | None = None
        if self.users:
            principal_now = assignment.principal_id if assignment else None
            coordinator_now = assignment.coordinator_id if assignment else None
            unknown = self.tr("A person not in the directory")
            if not editing or principal_editable:
                self.principal = _people_combo(self.users, self.tr("None"), principal_now, unknown)
                FormField(self.tr("&Principal"), self.principal).add_to(form)
            self.coordinator = _people_combo(self.users, self.tr("None"), coordinator_now, unknown)
            FormField(self.tr("&Coordinator"), self.coordinator).add_to(form)

        self.member_lists: dict[MemberRole, QListWidget] = {}
        self.members_box: QGroupBox | None = None
        self.members_error = QLabel()
        self.members_error.setObjectName("crm_field_error")
        self.members_error.setWordWrap(True)
        self.members_error.hide()
        if self.users:
            self.members_box = QGroupBox(self.tr("Members"))
            row = QHBoxLayout(self.members_box)
            current = {m.user_id: m.role for m in (assignment.members if assignment else [])}
            titles = {
                MemberRole.SUPERVISOR: self.tr("&Supervisors"),
                MemberRole.OPERATOR: self.tr("&Operators"),
                MemberRole.VERIFIER: self.tr("V&erifiers"),
            }
            for role, title in titles.items():
                column = QVBoxLayout()
                label = QLabel(title)
                people = QListWidget()
                people.setObjectName(f"members_{role.value}")
                people.setAccessibleName(title.replace("&", ""))
                people.setAccessibleDescription(self.tr("Space checks or unchecks a person."))
                label.setBuddy(people)
                for u in self.users:
                    item = QListWidgetItem(u.display_name)
                    item.setData(USER_ID_ROLE, u.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    checked = current.get(u.id) == role
                    item.setCheckState(
                        Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )
                    people.addItem(item)
                # Current, not selected: a highlighted row would look checked.
                people.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
                column.addWidget(label)
                column.addWidget(people)
                row.addLayout(column)
                self.member_lists[role] = people

        if assignment is not None:
            self.name.setText(assignment.name)
            self.instructions.setPlainText(assignment.instructions)
            self.territory.setText(assignment.territory)
            self.target.setValue(assignment.target_per_day or 0)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Sa&ve"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.members_box is not None:
            layout.addWidget(self.members_box)
            layout.addWidget(self.members_error)
        layout.addWidget(self.buttons)
        self.name.setFocus()

    def set_checked(self, role: MemberRole, user_id: str, checked: bool = True) -> None:
        """Check or uncheck a person in one member list."""
        people = self.member_lists[role]
        for i in range(people.count()):
            item = people.item(i)
            if item.data(USER_ID_ROLE) == user_id:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(state)

    def members(self) -> list[MemberIn] | None:
        """The checked members; ``None`` when the member lists are absent."""
        if not self.member_lists:
            return None
        chosen: list[MemberIn] = []
        for role, people in self.member_lists.items():
            for i in range(people.count()):
                item = people.item(i)
                if item.checkState() == Qt.CheckState.Checked:
                    chosen.append(MemberIn(user_id=item.data(USER_ID_ROLE), role=role))
        return chosen

    def validate(self) -> bool:
        """Check the form; on failure, focus the first invalid field."""
        self.name_field.clear_error()
        self.members_error.hide()
        if not self.name.text().strip():
            self.name_field.set_error(message(ErrorCode.REQUIRED))
            self.name_field.focus_field()
            return False
        members = self.members() or []
        ids = [m.user_id for m in members]
        if len(ids) != len(set(ids)):
            self.members_error.setText(
                self.tr("Error: a person has one part in an assignment. Uncheck the extra one.")
            )
            self.members_error.show()
            first = next(iter(self.member_lists.values()))
            first.setAccessibleDescription(self.members_error.text())
            first.setFocus()
            return False
        return True

    def try_accept(self) -> None:
        """Accept only a valid form."""
        if self.validate():
            self.accept()

    def target_per_day(self) -> int | None:
        """The daily target typed (``None``: no target)."""
        return self.target.value() or None

    def create_body(self) -> AssignmentCreate:
        """The new assignment as the server takes it."""
        return AssignmentCreate(
            name=self.name.text().strip(),
            instructions=self.instructions.toPlainText().strip(),
            territory=self.territory.text().strip(),
            principal_id=(self.principal.currentData() or None) if self.principal else None,
            coordinator_id=(self.coordinator.currentData() or None) if self.coordinator else None,
            target_per_day=self.target_per_day(),
        )

    def update_body(self) -> AssignmentUpdate:
        """The edit as the server takes it: only the people whose pickers show are sent, and a
        cleared picker or target is sent as ``null`` (it clears the value)."""
        body = AssignmentUpdate(
            name=self.name.text().strip(),
            instructions=self.instructions.toPlainText().strip(),
            territory=self.territory.text().strip(),
            target_per_day=self.target_per_day(),
        )
        if self.principal is not None:
            body.principal_id = self.principal.currentData() or None  # marks it as set
        if self.coordinator is not None:
            body.coordinator_id = self.coordinator.currentData() or None
        return body


_GROUPS = [g for g in FieldGroup if g is not FieldGroup.VERIFICATION]


class AttributeDialog(QDialog):
    """Define a typed custom attribute, in a field group, bound to one assignment."""

    def __init__(
        self,
        assignment_name: str,
        existing: Sequence[AttributeOut],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attribute_dialog")
        self.existing = list(existing)
        self.setWindowTitle(self.tr("New custom field"))
        intro = QLabel(
            self.tr("The field appears on the records of “{assignment}”.").format(
                assignment=assignment_name
            )
        )
        intro.setWordWrap(True)
        self.key = LineField()
        self.label = LineField()
        self.type = AccessibleCombo()
        for kind in FieldType:
            self.type.addItem(type_label(kind), kind.value)
        self.group = AccessibleCombo()
        for group in _GROUPS:
            self.group.addItem(group_label(group), group.value)
        self.group.setCurrentIndex(_GROUPS.index(FieldGroup.CUSTOM))
        self.choices = QPlainTextEdit()
        self.choices.setTabChangesFocus(True)
        self.choices.setMinimumHeight(70)
        self.required = QCheckBox(self.tr("&Required"))
        self.key_field = FormField(
            self.tr("&Key"),
            self.key,
            required=True,
            hint=self.tr("Lowercase letters, digits and underscores, e.g. herd_size."),
        )
        self.label_field = FormField(self.tr("&Label"), self.label, required=True)
        self.type_field = FormField(self.tr("&Type"), self.type)
        self.group_field = FormField(
            self.tr("&Group"), self.group, hint=self.tr("Access to the group decides who sees it.")
        )
        self.choices_field = FormField(
            self.tr("C&hoices"), self.choices, hint=self.tr("One per line; only for a list.")
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in (
            self.key_field,
            self.label_field,
            self.type_field,
            self.group_field,
            self.choices_field,
        ):
            f.add_to(form)
        form.addRow("", self.required)
        self.type.currentIndexChanged.connect(self._on_type_current_index_changed)
        self._on_type_current_index_changed()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.key.setFocus()

    def _on_type_current_index_changed(self, *_: object) -> None:
        is_choice = self.chosen_type() is FieldType.CHOICE
        self.choices.setEnabled(is_choice)

    def chosen_type(self) -> FieldType:
        """The value type picked."""
        return FieldType(self.type.currentData())

    def _choices(self) -> tuple[str, ...]:
        if self.chosen_type() is not FieldType.CHOICE:
            return ()
        return tuple(line.strip() for line in self.choices.toPlainText().splitlines() if line)

    def definition(self) -> CustomAttributeDef:
        """The attribute as typed (not validated)."""
        return CustomAttributeDef(
            id="",
            key=self.key.text().strip(),
            label=self.label.text().strip(),
            type=self.chosen_type(),
            group=FieldGroup(self.group.currentData()),
            choices=self._choices(),
            required=self.required.isChecked(),
        )

    def validate(self) -> bool:
        """Check with the protocol's rules; on failure focus the first invalid field."""
        fields = {"key": self.key_field, "label": self.label_field, "choices": self.choices_field}
        for f in fields.values():
            f.clear_error()
        others = [
            CustomAttributeDef(a.id, a.key, a.label, FieldType(a.type)) for a in self.existing
        ]
        errors = validate_definition(self.definition(), others)
        for error in errors:
            fields[error.field].set_error(message(error.code))
        if errors:
            fields[errors[0].field].focus_field()
        return not errors

    def try_accept(self) -> None:
        """Accept only a valid definition."""
        if self.validate():
            self.accept()

    def body(self) -> AttributeIn:
        """The definition as the server takes it."""
        d = self.definition()
        return AttributeIn(
            key=d.key,
            label=d.label,
            type=d.type.value,
            group=d.group.value,
            choices=list(d.choices),
            required=d.required,
        )
