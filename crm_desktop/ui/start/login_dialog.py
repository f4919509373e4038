"""Sign in (online, creating the local profile) or unlock (offline, with the password).

The dialog only collects input and shows results: the composition root runs the sign-in off
the GUI thread and calls :meth:`LoginDialog.show_error` with a code, which is translated in
``crm_desktop.ui.messages`` (locked-out, wrong password with its wait, lease expired, key store
problems…). In demo mode it lists the demo logins; choosing one fills the login and password.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.a11y import (
    Announcer,
    FormField,
    Heading,
    LineField,
    Politeness,
    plain_label_text,
)
from crm_desktop.ui.messages import message

LOGIN_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class LoginDialog(QDialog):
    """Server, login and password; emits ``sig_sign_in_requested(login, password)``."""

    sig_sign_in_requested = Signal(str, str)
    sig_change_server_requested = Signal()

    def __init__(
        self,
        server_url: str,
        login: str = "",
        *,
        demo_logins: Sequence[tuple[str, str]] = (),
        demo_password: str = "",
        notice: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("Sign in — CRM"))
        self.announcer = Announcer(self)
        self._demo_password = demo_password
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._on_wait_timer_timeout)
        self._wait_left = 0

        layout = QVBoxLayout(self)
        self.heading = Heading(self.tr("Sign in"))
        layout.addWidget(self.heading)

        server_row = QHBoxLayout()
        self.server_label = QLabel()
        self.server_label.setWordWrap(True)
        self.server_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        server_row.addWidget(self.server_label, 1)
        self.change_server_button = QPushButton(self.tr("C&hange server…"))
        self.change_server_button.clicked.connect(self.sig_change_server_requested)
        server_row.addWidget(self.change_server_button)
        layout.addLayout(server_row)
        self.set_server(server_url)

        self.notice = QLabel(notice)
        self.notice.setObjectName("crm_notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        layout.addWidget(self.notice)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.login = LineField(login)
        self.login.setObjectName("login")
        self.login_field = FormField(self.tr("&Login"), self.login, required=True)
        self.login_field.add_to(form)
        # The kit's LineField has no echo mode: a password needs QLineEdit (FormField adds the
        # focus-order fix; the value is never read back to the user anyway).
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field = FormField(self.tr("&Password"), self.password, required=True)
        self.password_field.add_to(form)
        layout.addLayout(form)

        self.demo_label = QLabel(self.tr("&Demo users (password: demo)"))
        self.demo_list = QListWidget()
        self.demo_list.setObjectName("demo_logins")
        # Label in name (R2): voice control users say what they see.
        self.demo_list.setAccessibleName(plain_label_text(self.demo_label.text()))
        self.demo_label.setBuddy(self.demo_list)
        for user_login, role in demo_logins:
            item = QListWidgetItem(
                self.tr("{login} — {role}").format(login=user_login, role=role.replace("_", " "))
            )
            item.setData(LOGIN_ROLE, user_login)
            self.demo_list.addItem(item)
        self.demo_list.currentItemChanged.connect(self._on_demo_list_current_item_changed)
        self.demo_list.itemActivated.connect(lambda _i: self.submit())
        self.demo_list.setMaximumHeight(self.demo_list.sizeHintForRow(0) * 6 + 8)
        has_demo = bool(demo_logins)
        self.demo_label.setVisible(has_demo)
        self.demo_list.setVisible(has_demo)
        layout.addWidget(self.demo_label)
        layout.addWidget(self.demo_list)

        self.status = QLabel()
        self.status.setObjectName("crm_login_status")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("&Quit"))
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        # Return in the password field reaches the default button (Sign in) by itself. Also
        # submitting on returnPressed disabled the fields first, so the same Return then hit
        # Quit (the focused auto-default button) and closed the app (found on AT-SPI).
        self.login.returnPressed.connect(self._on_login_return_pressed)
        self.resize(520, self.sizeHint().height())
        (self.password if login else self.login).setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what the composition root calls ----------------------------------------------------

    def set_server(self, url: str) -> None:
        """Show which server the dialog signs in to."""
        self.server_url = url
        self.server_label.setText(self.tr("Server: {url}").format(url=url))

    def set_busy(self, busy: bool, text: str = "") -> None:
        """Disable input while signing in; ``text`` says what is going on."""
        for w in (self.login, self.password, self.sign_in_button, self.demo_list):
            w.setEnabled(not busy)
        self.change_server_button.setEnabled(not busy)
        if busy:
            self._show_status(text or self.tr("Signing in…"))

    def show_error(self, code: str, retry_after: float = 0.0) -> None:
        """Say what went wrong and what to do; a wait counts down and blocks the button."""
        self.set_busy(False)
        text = message(code)
        self.password_field.set_error(text)
        self.password.clear()
        self._show_status(text)
        self._wait_left = math.ceil(retry_after)
        if self._wait_left > 0:
            self.sign_in_button.setEnabled(False)
            self._show_wait()
            self._wait_timer.start()
            text = f"{text} {self._wait_text()}"
        self.password_field.focus_field()
        self.announcer.announce(text, Politeness.ASSERTIVE)

    # -- input ------------------------------------------------------------------------------

    def submit(self) -> None:
        """Check that both fields are filled, then ask for the sign-in."""
        if not self.sign_in_button.isEnabled():
            return
        login = self.login.text().strip()
        password = self.password.text()
        self.login_field.clear_error()
        self.password_field.clear_error()
        if not login:
            self.login_field.set_error(message("required"))
            self.login_field.focus_field()
            self.announcer.announce(
                self.tr("Login: {error}").format(error=message("required")), Politeness.ASSERTIVE
            )
            return
        if not password:
            self.password_field.set_error(message("required"))
            self.password_field.focus_field()
            self.announcer.announce(
                self.tr("Password: {error}").format(error=message("required")),
                Politeness.ASSERTIVE,
            )
            return
        self.set_busy(True)
        self.sig_sign_in_requested.emit(login, password)

    def _on_login_return_pressed(self) -> None:
        self.password.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_demo_list_current_item_changed(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.login.setText(str(item.data(LOGIN_ROLE)))
        self.password.setText(self._demo_password)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _wait_text(self) -> str:
        return self.tr("Try again in {seconds} s.").format(
            seconds=QLocale().toString(self._wait_left)
        )

    def _show_wait(self) -> None:
        self.sign_in_button.setText(self.tr("&Sign in ({seconds})").format(seconds=self._wait_left))

    def _on_wait_timer_timeout(self) -> None:
        self._wait_left -= 1
        if self._wait_left > 0:
            self._show_wait()
            return
        self._wait_timer.stop()
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.sign_in_button.setEnabled(True)
        self.announcer.announce(self.tr("You can sign in again."), Politeness.POLITE)
