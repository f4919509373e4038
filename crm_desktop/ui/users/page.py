"""Users (administrators): the list, new accounts, roles, and deactivation with a handover."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from crm_desktop.services.server_api import ServerApi
from crm_desktop.ui.a11y import Announcer, DataTableView, Politeness
from crm_desktop.ui.messages import message
from crm_desktop.ui.pages import Page, PageId
from crm_desktop.ui.server_tasks import TaskRunner
from crm_desktop.ui.text_table_model import TextRow, TextTableModel
from crm_desktop.ui.users.dialogs import UserDialog, role_label
from crm_desktop.ui.users.handover import HandoverWizard
from crm_protocol.permissions import Permission
from crm_protocol.policy import EffectivePolicy
from crm_protocol.schemas import RoleOut, UserOut


class UsersPage(Page):
    """Every account; create, change roles, deactivate with the handover wizard."""

    def __init__(
        self,
        api: ServerApi,
        policy: EffectivePolicy,
        announcer: Announcer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(PageId.USERS, parent)
        self.api = api
        self.policy = policy
        self.announcer = announcer
        self.runner = TaskRunner(self)
        self._users: list[UserOut] = []
        self._roles: list[RoleOut] = []
        self._me: str | None = None
        self._loaded = False
        self.dialog: UserDialog | None = None
        self.wizard: HandoverWizard | None = None
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.error = QLabel()
        self.error.setObjectName("crm_field_error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.list_label = QLabel()
        self.model = TextTableModel(("", "", "", ""))
        self.view = DataTableView("")
        self.view.setObjectName("users_list")
        self.view.setModel(self.model)
        self.view.setMinimumHeight(260)
        self.view.horizontalHeader().setDefaultSectionSize(200)
        self.list_label.setBuddy(self.view)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        if self.policy.allows(Permission.MANAGE_USERS):
            for name, slot in (
                ("new", self.open_new_dialog),
                ("roles", self.open_roles_dialog),
                ("deactivate", self.open_handover),
            ):
                button = QPushButton()
                button.setObjectName(f"users_{name}")
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

    def retranslate(self) -> None:
        """Re-label after a language change."""
        super().retranslate()
        self.list_label.setText(self.tr("&Users"))
        self.view.setAccessibleName(self.tr("Users"))
        self.model.set_headers(
            (self.tr("Name"), self.tr("Login"), self.tr("Roles"), self.tr("Status"))
        )
        texts = {
            "new": self.tr("&New user…"),
            "roles": self.tr("&Change roles…"),
            "deactivate": self.tr("&Deactivate…"),
        }
        for name, button in self.buttons.items():
            button.setText(texts[name])
        self.reload_button.setText(self.tr("Re&load"))
        if self._loaded:
            self._show_users(self.selected_id())

    # -- loading ------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        """Load the list the first time the page shows."""
        super().showEvent(event)
        if not self._loaded and not self.runner.busy:
            self.refresh()

    def refresh(self) -> None:
        """Fetch users and roles."""

        def fetch() -> tuple[list[UserOut], list[RoleOut], str]:
            return self.api.users(), self.api.roles(), self.api.me().user.id

        self.runner.call(fetch, self._on_loaded, self._on_error)

    def _on_loaded(self, loaded: tuple[list[UserOut], list[RoleOut], str]) -> None:
        self._users, self._roles, self._me = loaded
        self._loaded = True
        self._clear_error()
        self._show_users(self.selected_id())

    def _show_users(self, keep: str | None) -> None:
        rows = [
            TextRow(
                u.id,
                (
                    u.display_name,
                    u.login,
                    ", ".join(role_label(r) for r in u.roles),
                    self.tr("Active") if u.active else self.tr("Deactivated"),
                ),
                u.display_name,
            )
            for u in self._users
        ]
        self.model.set_rows(rows)
        if rows:
            row = self.model.row_of(keep) if keep else -1
            self.view.setCurrentIndex(self.model.index(max(row, 0), 0))
        self._update_buttons()

    def selected_id(self) -> str | None:
        """The id of the user under the cursor."""
        return self.model.id_at(self.view.currentIndex().row())

    def selected(self) -> UserOut | None:
        """The user under the cursor."""
        row_id = self.selected_id()
        return next((u for u in self._users if u.id == row_id), None)

    def select(self, user_id: str) -> None:
        """Put the cursor on a user."""
        row = self.model.row_of(user_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def users(self) -> list[UserOut]:
        """The users listed."""
        return list(self._users)

    def _update_buttons(self, *_: object) -> None:
        u = self.selected()
        usable = u is not None and u.active and u.id != self._me
        if "roles" in self.buttons:
            self.buttons["roles"].setEnabled(u is not None and u.active)
            self.buttons["deactivate"].setEnabled(usable)

    # -- dialogs ------------------------------------------------------------------------------

    def open_new_dialog(self) -> None:
        """Create an account (non-blocking dialog)."""
        dialog = UserDialog(self._roles, None, self)
        dialog.accepted.connect(lambda: self._create(dialog))
        self._open(dialog)

    def open_roles_dialog(self) -> None:
        """Change the selected user's roles."""
        user = self.selected()
        if user is None:
            return
        dialog = UserDialog(self._roles, user, self)
        dialog.accepted.connect(lambda: self._set_roles(user.id, dialog.chosen_roles()))
        self._open(dialog)

    def _open(self, dialog: UserDialog) -> None:
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if dialog is self.dialog:
            self.dialog = None
        if dialog is self.wizard:
            self.wizard = None
            self.refresh()
        dialog.deleteLater()
        self.window().activateWindow()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # R15: back to the invoker

    def _create(self, dialog: UserDialog) -> None:
        body = dialog.create_body()
        self.runner.call(
            lambda: self.api.create_user(body),
            lambda u: self._on_user_changed(u, self.tr("User {name} created.")),
            self._on_error,
        )

    def _set_roles(self, user_id: str, roles: list[str]) -> None:
        self.runner.call(
            lambda: self.api.set_roles(user_id, roles),
            lambda u: self._on_user_changed(u, self.tr("Roles of {name} saved.")),
            self._on_error,
        )

    def _on_user_changed(self, user: UserOut, done: str) -> None:
        self._clear_error()
        self._users = [u for u in self._users if u.id != user.id] + [user]
        self._users.sort(key=lambda u: (u.display_name.casefold(), u.id))
        self._show_users(user.id)
        self.announcer.announce(done.format(name=user.display_name), Politeness.POLITE)

    def open_handover(self) -> None:
        """Deactivate the selected user with the handover wizard."""
        user = self.selected()
        if user is None:
            return
        wizard = HandoverWizard(
            self.api, self._users, self.announcer, leaver_id=user.id, me_id=self._me, parent=self
        )
        wizard.finished.connect(lambda _r: self._closed(wizard))
        self.wizard = wizard
        wizard.open()

    # -- errors -------------------------------------------------------------------------------

    def _on_error(self, code: str) -> None:
        text = message(code)
        self.error.setText(text)
        self.error.show()
        self.announcer.announce(text, Politeness.ASSERTIVE)

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
