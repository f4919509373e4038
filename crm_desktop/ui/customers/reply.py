"""The operator's reply to the verifier, under the thread on the customer form's Discussion tab.

A multi-line field and a "Send reply" button; ``Ctrl+Enter`` in the field sends too. Sending is
online: the thread lives on the server, so the comment is posted there off the UI thread
(``TaskRunner``), then a sync is requested, which brings it back into the local store with the
rest of the thread; the tab shows it from there (the form reads only the store). A failed send
keeps the text in the field and says so; nothing is queued for later. A reply typed for one
customer stays with that customer while the form shows another one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.a11y import Announcer, FormField, Politeness
from crm_desktop.ui.messages import REPLY_OFFLINE, message
from crm_desktop.ui.server_tasks import TaskRunner
from crm_protocol.errors import ErrorCode

# (customer id, body) → the server's answer; blocks, so it runs on the runner's pool.
PostComment = Callable[[str, str], object]
MAX_REPLY_CHARS = 4000  # crm_protocol.schemas.CommentIn.body
SEND_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # Enter on the main keyboard and on the keypad


class VerifierReply(QWidget):
    """Reply field, send button and the background post for the record the form shows."""

    sig_reply_sent = Signal(str)  # customer id

    def __init__(
        self,
        post: PostComment,
        request_sync: Callable[[], None],
        announcer: Announcer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verifier_reply")
        self._post = post
        self._request_sync = request_sync
        self._announcer = announcer
        self._customer_id: str | None = None
        self._drafts: dict[str, str] = {}  # customer id → text typed and not sent
        self._sending: tuple[str, str] | None = None  # (customer id, text) on its way
        self.runner = TaskRunner(self, max_threads=1)

        self.edit = QPlainTextEdit()
        self.edit.setObjectName("verifier_reply_text")
        self.edit.setTabChangesFocus(True)  # Tab leaves the field; Enter makes a new line
        lines = self.edit.fontMetrics().lineSpacing()
        self.edit.setMinimumHeight(lines * 3 + 12)
        self.edit.setMaximumHeight(lines * 6 + 12)
        self.field = FormField("", self.edit)
        self.send_button = QPushButton()
        self.send_button.setObjectName("verifier_reply_send")
        self.send_button.clicked.connect(self.send)
        # Only while the reply field has focus, so the keys mean nothing anywhere else.
        self.send_action = QAction(self.edit)
        self.send_action.setShortcuts([QKeySequence(k) for k in SEND_KEYS])
        self.send_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.send_action.triggered.connect(self.send)
        self.edit.addAction(self.send_action)
        self.progress = QLabel()
        self.progress.setObjectName("verifier_reply_progress")
        self.progress.setWordWrap(True)
        self.progress.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.field.label)
        box.addWidget(self.field.container)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(row)
        self.set_texts(*self.texts())

    # -- texts ------------------------------------------------------------------------------

    def texts(self) -> list[str]:
        """The label and button texts without mnemonics (the form picks the letters)."""
        return [self.tr("Reply to the verifier"), self.tr("Send reply")]

    def set_texts(self, label: str, button: str) -> None:
        """Label and button texts, each with the mnemonic the form chose."""
        self.field.set_label(label)
        self.field.set_hint(self.tr("Ctrl+Enter sends the reply. Sending needs the server."))
        self.send_button.setText(button)
        self.send_button.setToolTip(self.tr("Send the reply to the verifier (Ctrl+Enter)"))
        self.send_action.setText(self.tr("Send reply"))

    # -- the record ---------------------------------------------------------------------------

    @property
    def customer_id(self) -> str | None:
        """The record replies go to (``None``: no reply possible, the box is hidden)."""
        return self._customer_id

    def text(self) -> str:
        """The reply as typed."""
        return self.edit.toPlainText()

    def show_for(self, customer_id: str | None) -> None:
        """Reply on ``customer_id`` (``None``: a record the server does not know yet).

        The draft of the record shown before is kept and comes back with that record.
        """
        if customer_id != self._customer_id:
            if self._customer_id is not None and self.text().strip():
                self._drafts[self._customer_id] = self.text()
            self._customer_id = customer_id
            self.edit.setPlainText(self._drafts.pop(customer_id, "") if customer_id else "")
            self.field.clear_error()
            self.progress.clear()
        self.setVisible(customer_id is not None)

    # -- sending ------------------------------------------------------------------------------

    def send(self) -> None:
        """Post the reply in the background; the text stays in the field until it is sent."""
        customer_id = self._customer_id
        if customer_id is None or self._sending is not None:
            return
        body = self.text().strip()
        if not body:
            self._refuse(self.tr("Type a reply first."))
            return
        if len(body) > MAX_REPLY_CHARS:
            self._refuse(message(ErrorCode.TOO_LONG.value))
            return
        self.field.clear_error()
        self._sending = (customer_id, body)
        self.progress.setText(self.tr("Sending the reply…"))
        self.runner.call(
            lambda: self._post(customer_id, body),
            lambda _comment: self._on_sent(customer_id, body),
            lambda code: self._on_failed(customer_id, code),
        )

    def _refuse(self, text: str) -> None:
        self.field.set_error(text)
        self.field.focus_field()
        self._announcer.announce(text, Politeness.ASSERTIVE)

    def _on_sent(self, customer_id: str, body: str) -> None:
        self._sending = None
        if customer_id == self._customer_id:
            if self.text().strip() == body:  # typed on meanwhile: that text is the user's
                self.edit.clear()
            self.progress.setText(self.tr("Reply sent."))
        elif self._drafts.get(customer_id, "").strip() == body:
            del self._drafts[customer_id]
        self._announcer.announce(self.tr("Reply sent."), Politeness.POLITE)
        self._request_sync()  # the reply comes back with the thread into the local store
        self.sig_reply_sent.emit(customer_id)

    def _on_failed(self, customer_id: str, code: str) -> None:
        self._sending = None
        if code == ErrorCode.SERVER_UNREACHABLE.value:
            text = message(REPLY_OFFLINE)
        else:
            text = self.tr("Reply not sent. {reason} It stays in the field.").format(
                reason=message(code)
            )
        if customer_id == self._customer_id:
            self.progress.clear()
            self.field.set_error(text)
            self.field.focus_field()
        self._announcer.announce(text, Politeness.ASSERTIVE)
