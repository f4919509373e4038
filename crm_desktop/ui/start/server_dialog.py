"""First run: ask for the server address (https, or http only for this computer)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from crm_desktop.services.signin import validate_server_url
from crm_desktop.ui.a11y import Announcer, FormField, Heading, LineField, Politeness
from crm_desktop.ui.messages import message
from crm_protocol.errors import KnownError


class ServerAddressDialog(QDialog):
    """Where the CRM server is; refuses plain http:// off loopback with what to do."""

    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_address_dialog")
        self.setWindowTitle(self.tr("CRM server"))
        self.announcer = Announcer(self)
        layout = QVBoxLayout(self)
        self.heading = Heading(self.tr("Connect to your CRM server"))
        layout.addWidget(self.heading)
        self.intro = QLabel(
            self.tr("Enter the address your administrator gave you. It starts with https://.")
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.address = LineField(current)
        self.address.setObjectName("server_address")
        self.address_field = FormField(
            self.tr("Server &address"),
            self.address,
            hint=self.tr("For example https://crm.example.com"),
            required=True,
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.address_field.add_to(form)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Continue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.address.returnPressed.connect(self.accept)
        self._url = ""
        self.resize(520, self.sizeHint().height())
        self.address.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def url(self) -> str:
        """The accepted, canonical server URL."""
        return self._url

    def accept(self) -> None:
        """Accept only an address the client may use; otherwise say what to do."""
        try:
            self._url = validate_server_url(self.address.text())
        except KnownError as error:
            text = message(error.code)
            self.address_field.set_error(text)
            self.address_field.focus_field()
            self.announcer.announce(text, Politeness.ASSERTIVE)
            return
        self.address_field.clear_error()
        super().accept()
