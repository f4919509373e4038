"""The verification queue: one record at a time, approve or reject per field, keyboard-first.

In the record's field table one key makes each decision (A approve, R reject the selected field,
S send the rejection, N next record). The keys live on the table only, so typing a comment
never triggers them; they can be remapped with ``keys``. Every button also has an Alt+letter.
Server calls run in the background; results are announced once (polite for success, assertive
for errors).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.server_api import ServerApi
from crm_desktop.ui.a11y import (
    AccessibleCombo,
    Announcer,
    DataTableView,
    FormField,
    LineField,
    Politeness,
)
from crm_desktop.ui.messages import message
from crm_desktop.ui.pages import Page, PageId
from crm_desktop.ui.server_tasks import TaskRunner
from crm_desktop.ui.verification.labels import field_label, reason_label, state_label
from crm_desktop.ui.verification.models import (
    CommentRow,
    CommentsModel,
    FieldRow,
    FieldsModel,
    short_datetime,
)
from crm_protocol.fields import STANDARD_FIELDS
from crm_protocol.schemas import (
    AttributeOut,
    CommentOut,
    CustomerOut,
    CustomerPage,
    FlagIn,
    RejectReason,
)

QUEUE_PAGE_SIZE = 50

# Decision keys on the field table (R13: single keys only where they cannot eat typing, and
# remappable). Documented in accessibility/keyboard-map.md.
DEFAULT_KEYS: dict[str, str] = {"approve": "A", "reject": "R", "send": "S", "next": "N"}


@dataclass
class _Details:
    comments: list[CommentOut]
    attributes: list[AttributeOut] | None
    me: str | None


class RejectFieldDialog(QDialog):
    """Reason (required) and comment for rejecting one field."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reject_field_dialog")
        self.setWindowTitle(self.tr("Reject field: {field}").format(field=field))
        self.reason = AccessibleCombo()
        for reason in RejectReason:
            self.reason.addItem(reason_label(reason), reason.value)
        self.reason.setCurrentIndex(list(RejectReason).index(RejectReason.WRONG_VALUE))
        self.comment = LineField()
        self.reason_field = FormField(self.tr("&Reason"), self.reason)
        self.comment_field = FormField(
            self.tr("&Comment"), self.comment, hint=self.tr("Optional; the operator reads it.")
        )
        intro = QLabel(
            self.tr("Field {field} will be sent back to the operator.").format(field=field)
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.reason_field.add_to(form)
        self.comment_field.add_to(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Re&ject field"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setAccessibleDescription(intro.text())
        self.reason.setFocus()

    def chosen_reason(self) -> RejectReason:
        """The reason picked."""
        return RejectReason(self.reason.currentData())

    def chosen_comment(self) -> str | None:
        """The comment, ``None`` when empty."""
        text = self.comment.text().strip()
        return text or None


class VerificationPage(Page):
    """The verifier's queue."""

    def __init__(
        self,
        api: ServerApi,
        announcer: Announcer,
        *,
        keys: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(PageId.VERIFICATION, parent)
        self.api = api
        self.announcer = announcer
        self.runner = TaskRunner(self)
        self.keys = {**DEFAULT_KEYS, **(keys or {})}
        self._queue: list[CustomerOut] = []
        self._total = 0
        self._index = 0
        self._pending: dict[str, dict[str, FlagIn]] = {}
        self._attributes: dict[str, dict[str, str]] = {}  # assignment id → field → label
        self._me: str | None = None
        self._deciding = False  # a verdict is on its way: a second key press waits
        self.reject_dialog: RejectFieldDialog | None = None
        self._build()
        self.retranslate()

    # -- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.status = QLabel()
        self.status.setObjectName("verification_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.error = QLabel()
        self.error.setObjectName("crm_field_error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.record_title = QLabel()
        self.record_title.setObjectName("verification_record")
        self.record_title.setWordWrap(True)
        font = self.record_title.font()
        font.setBold(True)
        self.record_title.setFont(font)

        self.fields_model = FieldsModel()
        self.fields_view = DataTableView("")
        self.fields_view.setObjectName("verification_fields")
        self.fields_view.setModel(self.fields_model)
        self.fields_view.setMinimumHeight(220)
        self.fields_view.horizontalHeader().setDefaultSectionSize(200)
        self.keys_hint = QLabel()
        self.keys_hint.setWordWrap(True)

        self.approve_button = QPushButton()
        self.reject_button = QPushButton()
        self.send_button = QPushButton()
        self.next_button = QPushButton()
        self.reload_button = QPushButton()
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.open_reject_dialog)
        self.send_button.clicked.connect(self.send_rejection)
        self.next_button.clicked.connect(self.next_record)
        self.reload_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        for b in (
            self.approve_button,
            self.reject_button,
            self.send_button,
            self.next_button,
            self.reload_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self._key_actions: dict[str, QAction] = {}
        for name, slot in (
            ("approve", self.approve),
            ("reject", self.open_reject_dialog),
            ("send", self.send_rejection),
            ("next", self.next_record),
        ):
            action = QAction(self.fields_view)
            action.setShortcut(QKeySequence(self.keys[name]))
            # Only while the field table has focus: a letter typed in a text field stays text.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.fields_view.addAction(action)
            self._key_actions[name] = action

        self.comments_box = QGroupBox()
        self.comments_model = CommentsModel()
        self.comments_view = DataTableView("")
        self.comments_view.setObjectName("verification_comments")
        self.comments_view.setModel(self.comments_model)
        self.comments_view.setMinimumHeight(110)
        self.comments_view.horizontalHeader().setDefaultSectionSize(140)
        self.comment_edit = LineField()
        self.comment_field = FormField("", self.comment_edit)
        self.comment_edit.returnPressed.connect(self.post_comment)
        self.post_button = QPushButton()
        self.post_button.clicked.connect(self.post_comment)
        form = QFormLayout()
        self.comment_field.add_to(form)
        box = QVBoxLayout(self.comments_box)
        box.addWidget(self.comments_view)
        row = QHBoxLayout()
        row.addLayout(form, 1)
        row.addWidget(self.post_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(row)

        self.content.addWidget(self.status)
        self.content.addWidget(self.error)
        self.content.addWidget(self.record_title)
        self.content.addWidget(self.fields_view, 1)
        self.content.addWidget(self.keys_hint)
        self.content.addLayout(buttons)
        self.content.addWidget(self.comments_box)
        self._update_enabled()

    def retranslate(self) -> None:
        """Re-label after a language change."""
        super().retranslate()
        self.fields_view.setAccessibleName(self.tr("Fields of the record"))
        self.fields_model.set_headers(
            (self.tr("Field"), self.tr("Value"), self.tr("Decision")), self.tr("Not decided")
        )
        self.comments_view.setAccessibleName(self.tr("Comments with the operator"))
        self.comments_model.set_headers((self.tr("Author"), self.tr("Time"), self.tr("Message")))
        self.comments_box.setTitle(self.tr("Discussion with the operator"))
        self.comment_field.set_label(self.tr("Co&mment to the operator"))
        self.post_button.setText(self.tr("Post &comment"))
        self.approve_button.setText(self.tr("&Approve record"))
        self.reject_button.setText(self.tr("Re&ject field…"))
        self.send_button.setText(self.tr("&Send rejection"))
        self.next_button.setText(self.tr("&Next record"))
        self.reload_button.setText(self.tr("Re&load queue"))
        self.keys_hint.setText(
            self.tr(
                "In the field table: {approve} approves the record, {reject} rejects the "
                "selected field, {send} sends the rejection, {next} goes to the next record."
            ).format(**self.keys)
        )
        titles = {
            "approve": self.tr("Approve record"),
            "reject": self.tr("Reject field"),
            "send": self.tr("Send rejection"),
            "next": self.tr("Next record"),
        }
        for name, action in self._key_actions.items():
            action.setText(titles[name])
        self._show_current()

    # -- state --------------------------------------------------------------------------------

    def current(self) -> CustomerOut | None:
        """The record under review."""
        if 0 <= self._index < len(self._queue):
            return self._queue[self._index]
        return None

    def pending_flags(self) -> list[FlagIn]:
        """Fields marked for rejection on the current record, not sent yet."""
        record = self.current()
        return [] if record is None else list(self._pending.get(record.id, {}).values())

    def _update_enabled(self) -> None:
        has = self.current() is not None
        self.approve_button.setEnabled(has)
        self.reject_button.setEnabled(has)
        self.send_button.setEnabled(bool(self.pending_flags()))
        self.next_button.setEnabled(len(self._queue) > 1)
        self.post_button.setEnabled(has)
        self.comment_edit.setEnabled(has)

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Fetch the queue from the server (in the background)."""
        self.runner.call(
            lambda: self.api.verification_queue(1, QUEUE_PAGE_SIZE),
            self._on_queue_loaded,
            self._on_error,
        )

    def showEvent(self, event: Any) -> None:
        """Load the queue the first time the page shows."""
        super().showEvent(event)
        if not self._queue and not self.runner.busy:
            self.refresh()

    def _on_queue_loaded(self, page: CustomerPage) -> None:
        self._clear_error()
        self._queue = list(page.items)
        self._total = page.total
        self._index = 0
        self._show_current()
        if not self._queue:
            self.announcer.announce(self.tr("No records to verify."), Politeness.POLITE)
            return
        self._load_details()

    def _show_current(self) -> None:
        record = self.current()
        if record is None:
            self.status.setText(self.tr("No records are waiting for verification."))
            self.record_title.setText("")
            self.record_title.hide()
            self.fields_model.set_rows([])
            self.comments_model.set_rows([])
            self._update_enabled()
            return
        self.record_title.show()
        self.status.setText(
            self.tr("Record {n} of {total} waiting.").format(n=self._index + 1, total=self._total)
        )
        name = record.values.get("name") or self.tr("Unnamed record")
        city = record.values.get("city")
        place = f"{name}, {city}" if city else name
        self.record_title.setText(
            self.tr("{record} — {state}").format(
                record=place, state=state_label(record.verification_state)
            )
        )
        self._fill_fields(record)
        self._update_enabled()

    def _fill_fields(self, record: CustomerOut) -> None:
        custom = self._attributes.get(record.assignment_id, {})
        pending = self._pending.get(record.id, {})
        names = [f.name for f in STANDARD_FIELDS if f.name in record.values]
        names += sorted(n for n in record.values if n not in names)
        rows = []
        for name in names:
            flag = pending.get(name)
            decision = self._decision_text(flag) if flag is not None else ""
            rows.append(
                FieldRow(name, field_label(name, custom), record.values.get(name), decision)
            )
        self.fields_model.set_rows(rows)
        if rows and not self.fields_view.currentIndex().isValid():
            self.fields_view.setCurrentIndex(self.fields_model.index(0, 0))

    def _decision_text(self, flag: FlagIn) -> str:
        return self.tr("Rejected: {reason}").format(reason=reason_label(flag.reason))

    def _load_details(self) -> None:
        record = self.current()
        if record is None:
            return
        need_attrs = record.assignment_id not in self._attributes
        need_me = self._me is None
        record_id, assignment_id = record.id, record.assignment_id

        def fetch() -> _Details:
            comments = self.api.comments(record_id)
            attrs = self.api.attributes(assignment_id) if need_attrs else None
            me = self.api.me().user.id if need_me else None
            return _Details(comments, attrs, me)

        self.runner.call(
            fetch, lambda d: self._on_details(record_id, assignment_id, d), self._on_error
        )

    def _on_details(self, record_id: str, assignment_id: str, details: _Details) -> None:
        if details.me is not None:
            self._me = details.me
        if details.attributes is not None:
            self._attributes[assignment_id] = {a.field_name: a.label for a in details.attributes}
        record = self.current()
        if record is None or record.id != record_id:
            return
        self._fill_fields(record)
        self.comments_model.set_rows([self._comment_row(record, c) for c in details.comments])

    def _comment_row(self, record: CustomerOut, comment: CommentOut) -> CommentRow:
        if comment.author_id == self._me:
            author = self.tr("You")
        elif comment.author_id in (record.owner_id, record.created_by):
            author = self.tr("Operator")
        else:
            author = self.tr("Colleague")
        return CommentRow(author, short_datetime(comment.created_at), comment.body)

    # -- decisions ----------------------------------------------------------------------------

    def approve(self) -> None:
        """Approve the record under review, then show the next one."""
        record = self.current()
        if record is None or self._deciding:
            return
        record_id = record.id
        self._deciding = True
        self.runner.call(
            lambda: self.api.approve(record_id),
            lambda _out: self._decided(record_id, self.tr("Approved.")),
            self._on_error,
        )

    def open_reject_dialog(self) -> None:
        """Ask reason and comment for the selected field (non-blocking dialog)."""
        row = self.fields_model.row_at(self.fields_view.currentIndex().row())
        if self.current() is None or row is None:
            return
        dialog = RejectFieldDialog(row.label, self)
        dialog.accepted.connect(
            lambda: self.reject_field(row.name, dialog.chosen_reason(), dialog.chosen_comment())
        )
        dialog.finished.connect(lambda _r: self._reject_dialog_closed(dialog))
        self.reject_dialog = dialog
        dialog.open()

    def _reject_dialog_closed(self, dialog: RejectFieldDialog) -> None:
        self.reject_dialog = None
        dialog.deleteLater()
        # R15: focus returns to the invoker (some window managers leave no window active).
        self.window().activateWindow()
        self.fields_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject_field(self, field: str, reason: RejectReason, comment: str | None = None) -> None:
        """Mark ``field`` of the current record for rejection (sent with :meth:`send_rejection`)."""
        record = self.current()
        if record is None:
            return
        flag = FlagIn(field=field, reason=reason, comment=comment)
        self._pending.setdefault(record.id, {})[field] = flag
        self.fields_model.set_decision(field, self._decision_text(flag))
        self._update_enabled()
        label = field_label(field, self._attributes.get(record.assignment_id))
        self.announcer.announce(
            self.tr("{field}: {reason}. Press {send} to send.").format(
                field=label, reason=reason_label(reason), send=self.keys["send"]
            ),
            Politeness.POLITE,
        )

    def send_rejection(self) -> None:
        """Send the fields marked for rejection, then show the next record."""
        record = self.current()
        flags = self.pending_flags()
        if record is None or not flags or self._deciding:
            return
        record_id = record.id
        self._deciding = True
        done = self.tr("Rejection sent.")
        self.runner.call(
            lambda: self.api.reject(record_id, flags),
            lambda _out: self._decided(record_id, done),
            self._on_error,
        )

    def _decided(self, record_id: str, what: str) -> None:
        self._deciding = False
        self._clear_error()
        self._pending.pop(record_id, None)
        self._queue = [r for r in self._queue if r.id != record_id]
        self._total = max(0, self._total - 1)
        if self._index >= len(self._queue):
            self._index = 0
        if not self._queue:
            self.announcer.announce(what, Politeness.POLITE)
            self.refresh()
            return
        self._show_current()
        self._load_details()
        self.announcer.announce(
            self.tr("{what} Next: {record}.").format(what=what, record=self.current_name()),
            Politeness.POLITE,
        )

    def current_name(self) -> str:
        """The name of the record under review ("" when none)."""
        record = self.current()
        return "" if record is None else (record.values.get("name") or "")

    def next_record(self) -> None:
        """Skip to the next record (pending marks are kept for when you come back)."""
        if len(self._queue) < 2:
            return
        self._index = (self._index + 1) % len(self._queue)
        self._show_current()
        self._load_details()
        self.announcer.announce(
            self.tr("Record {n} of {total}: {record}.").format(
                n=self._index + 1, total=self._total, record=self.current_name()
            ),
            Politeness.POLITE,
        )

    # -- discussion ---------------------------------------------------------------------------

    def post_comment(self) -> None:
        """Post the comment to the record's thread."""
        record = self.current()
        text = self.comment_edit.text().strip()
        if record is None or not text:
            return
        record_id = record.id
        self.runner.call(
            lambda: self.api.add_comment(record_id, text),
            lambda c: self._on_comment_posted(record_id, c),
            self._on_error,
        )

    def _on_comment_posted(self, record_id: str, comment: CommentOut) -> None:
        record = self.current()
        if record is not None and record.id == record_id:
            self.comments_model.append(self._comment_row(record, comment))
        self.comment_edit.setText("")
        self.announcer.announce(self.tr("Comment posted."), Politeness.POLITE)

    # -- errors -------------------------------------------------------------------------------

    def _on_error(self, code: str) -> None:
        self._deciding = False
        text = message(code)
        self.error.setText(text)
        self.error.show()
        self.announcer.announce(text, Politeness.ASSERTIVE)

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
