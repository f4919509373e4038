"""``FormField``: one labelled input with its format hint, required marker and inline error.

What every reader speaks for an error (ACCESSIBILITY.md, R3, R19): the label carries
"(required)", the accessible description carries the format hint, and a failed check puts
"Error: …" first in the description and writes the same text under the field. The form moves
focus to the first invalid field (``focus_field()``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.a11y.focus_fix import apply_focus_order_fix


def plain_label_text(text: str) -> str:
    """A label's text as spoken: mnemonic markers removed, trailing colon dropped."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


class FormField:
    """A label (mnemonic + buddy), an input, a format hint and an inline error label.

    ``label_text`` should carry a mnemonic (``"&Phone"``); the colon and the "(required)"
    marker are added here. Add it to a form with :meth:`add_to`.
    """

    def __init__(
        self,
        label_text: str,
        field: QWidget,
        *,
        hint: str = "",
        required: bool = False,
    ) -> None:
        self.field = field
        self.hint = hint
        self.required = required
        self._base_label = label_text
        self.label = QLabel()
        self.label.setBuddy(field)
        self.error_label = QLabel()
        self.error_label.setObjectName("crm_field_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        # The field and its error message sit together, so the error shows next to the field.
        self.container = QWidget()
        self.container.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box = QVBoxLayout(self.container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(self.error_label)
        if isinstance(field, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
            apply_focus_order_fix(field)
        self._error = ""
        self.set_label(label_text)

    def set_label(self, label_text: str) -> None:
        """Change the label (e.g. after a language change); the accessible name follows."""
        self._base_label = label_text
        text = label_text
        if self.required:
            text = QCoreApplication.translate("FormField", "{label} (required)").format(label=text)
        self.label.setText(QCoreApplication.translate("FormField", "{label}:").format(label=text))
        # Stated, not left to the buddy: QPlainTextEdit does not take its name from a buddy.
        self.field.setAccessibleName(plain_label_text(text))
        self._update_description()

    def set_hint(self, hint: str) -> None:
        """Change the format hint (the accessible description)."""
        self.hint = hint
        self._update_description()

    @property
    def error(self) -> str:
        """The current error message, ``""`` when the field is valid."""
        return self._error

    def set_error(self, message: str) -> None:
        """Show "Error: <message>" under the field and first in its accessible description."""
        self._error = message
        self.error_label.setText(self._error_text())
        self.error_label.show()
        self._update_description()

    def clear_error(self) -> None:
        """The field is valid again."""
        self._error = ""
        self.error_label.clear()
        self.error_label.hide()
        self._update_description()

    def focus_field(self) -> None:
        """Move keyboard focus to the field (the form does this for its first invalid field)."""
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_to(self, layout: QFormLayout) -> None:
        """Append this field as a row of ``layout``."""
        layout.addRow(self.label, self.container)

    def _error_text(self) -> str:
        return QCoreApplication.translate("FormField", "Error: {message}").format(
            message=self._error
        )

    def _update_description(self) -> None:
        parts = [self._error_text()] if self._error else []
        if self.hint:
            parts.append(self.hint)
        self.field.setAccessibleDescription(" ".join(parts))
