"""The user dialog: create an account, or change the roles of one (roles combine)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.a11y import FormField, LineField
from crm_desktop.ui.i18n import QT_TRANSLATE_NOOP
from crm_desktop.ui.messages import message
from crm_protocol.errors import ErrorCode
from crm_protocol.schemas import MIN_PASSWORD_LENGTH, RoleOut, UserCreate, UserOut

ROLE_LABELS: dict[str, str] = {
    "operator": QT_TRANSLATE_NOOP("UserDialog", "Operator"),
    "verifier": QT_TRANSLATE_NOOP("UserDialog", "Verifier"),
    "supervisor": QT_TRANSLATE_NOOP("UserDialog", "Supervisor"),
    "coordinator": QT_TRANSLATE_NOOP("UserDialog", "Coordinator"),
    "principal": QT_TRANSLATE_NOOP("UserDialog", "Principal"),
    "administrator": QT_TRANSLATE_NOOP("UserDialog", "Administrator"),
    "director": QT_TRANSLATE_NOOP("UserDialog", "Director"),
    "external_operator": QT_TRANSLATE_NOOP("UserDialog", "External call-centre operator"),
    "sales_representative": QT_TRANSLATE_NOOP("UserDialog", "Sales representative"),
    "service_technician": QT_TRANSLATE_NOOP("UserDialog", "Service technician"),
}


def role_label(name: str) -> str:
    """A built-in role's translated name; an administrator's role keeps its own name."""
    from PySide6.QtCore import QCoreApplication

    source = ROLE_LABELS.get(name)
    return QCoreApplication.translate("UserDialog", source) if source else name


_LOGIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._@-")


class UserDialog(QDialog):
    """New account (name, login, password, roles), or the roles of ``user``."""

    def __init__(
        self,
        roles: Sequence[RoleOut],
        user: UserOut | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("user_dialog")
        self.user = user
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.display_name: LineField | None = None
        self.login: LineField | None = None
        self.password: QLineEdit | None = None
        self.fields: dict[str, FormField] = {}
        intro = QLabel()
        intro.setWordWrap(True)
        if user is None:
            self.setWindowTitle(self.tr("New user"))
            intro.setText(self.tr("The new user signs in with this login and password."))
            self.display_name = LineField()
            self.login = LineField()
            # QLineEdit for its password echo mode (the kit's field has none).
            self.password = QLineEdit()
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            self.fields = {
                "display_name": FormField(self.tr("&Name"), self.display_name, required=True),
                "login": FormField(
                    self.tr("&Login"),
                    self.login,
                    required=True,
                    hint=self.tr("Letters, digits and . _ @ -"),
                ),
                "password": FormField(
                    self.tr("&Password"),
                    self.password,
                    required=True,
                    hint=self.tr("At least {n} characters.").format(n=MIN_PASSWORD_LENGTH),
                ),
            }
            for f in self.fields.values():
                f.add_to(form)
        else:
            self.setWindowTitle(self.tr("Roles of {name}").format(name=user.display_name))
            intro.setText(self.tr("Roles combine: the user may do what any of them allows."))
        self.roles_box = QGroupBox(self.tr("Roles"))
        box = QVBoxLayout(self.roles_box)
        self.role_checks: dict[str, QCheckBox] = {}
        held = set(user.roles) if user else set()
        for role in roles:
            check = QCheckBox(role_label(role.name))
            check.setObjectName(f"role_{role.name}")
            check.setChecked(role.name in held)
            box.addWidget(check)
            self.role_checks[role.name] = check
        self.roles_error = QLabel()
        self.roles_error.setObjectName("crm_field_error")
        self.roles_error.setWordWrap(True)
        self.roles_error.hide()
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
        layout.addWidget(self.roles_box)
        layout.addWidget(self.roles_error)
        layout.addWidget(self.buttons)

    def chosen_roles(self) -> list[str]:
        """The roles checked."""
        return [name for name, check in self.role_checks.items() if check.isChecked()]

    def validate(self) -> bool:
        """Check the form; on failure focus the first invalid field."""
        for f in self.fields.values():
            f.clear_error()
        self.roles_error.hide()
        problems: list[tuple[FormField, str]] = []
        if self.display_name is not None and not self.display_name.text().strip():
            problems.append((self.fields["display_name"], message(ErrorCode.REQUIRED)))
        if self.login is not None:
            login = self.login.text().strip()
            if not login:
                problems.append((self.fields["login"], message(ErrorCode.REQUIRED)))
            elif not set(login) <= _LOGIN_CHARS:
                problems.append(
                    (self.fields["login"], self.tr("Use letters, digits and . _ @ - only."))
                )
        if self.password is not None and len(self.password.text()) < MIN_PASSWORD_LENGTH:
            problems.append(
                (
                    self.fields["password"],
                    self.tr("Too short. Use at least {n} characters.").format(
                        n=MIN_PASSWORD_LENGTH
                    ),
                )
            )
        for field, text in problems:
            field.set_error(text)
        if problems:
            problems[0][0].focus_field()
            return False
        if not self.chosen_roles():
            self.roles_error.setText(self.tr("Error: give at least one role."))
            self.roles_error.show()
            first = next(iter(self.role_checks.values()), None)
            if first is not None:
                first.setAccessibleDescription(self.roles_error.text())
                first.setFocus()
            return False
        return True

    def try_accept(self) -> None:
        """Accept only a valid form."""
        if self.validate():
            self.accept()

    def create_body(self) -> UserCreate:
        """The new account as the server takes it."""
        assert self.display_name is not None
        assert self.login is not None
        assert self.password is not None
        return UserCreate(
            login=self.login.text().strip(),
            display_name=self.display_name.text().strip(),
            password=self.password.text(),
            roles=self.chosen_roles(),
        )
