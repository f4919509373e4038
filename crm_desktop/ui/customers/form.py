"""The customer form: field groups as sections, history and discussion tabs, save.

Sections follow the catalogue's group order. A group the policy hides has no widget at all
(DESIGN.md §5); a read-only group is read-only, titled so, and each of its fields says so in
its accessible description. Validation is inline (identifier checksums from
``crm_protocol.validation``) and again on save through ``CustomerService``, which writes the
row and its outbox entry together. A failed save moves focus to the first invalid field and
announces the error assertively; a successful one is announced politely (R15, R18, R19).
Under the verifier's thread, roles that see the verification group can reply (``reply.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customer_queries import CustomerQueries, CustomerRecord
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.history import HistoryService
from crm_desktop.services.registry import RegistryService
from crm_desktop.ui.a11y import (
    AccessibleCombo,
    Announcer,
    DataTableView,
    FormField,
    Heading,
    LineField,
    NonBlankProxyModel,
    Politeness,
    mnemonic_of,
)
from crm_desktop.ui.customers.mnemonics import window_letters, with_mnemonics
from crm_desktop.ui.customers.reply import PostComment, VerifierReply
from crm_desktop.ui.dataio.ares_form import AresFormLookup
from crm_desktop.ui.field_labels import (
    field_label,
    group_label,
    reason_label,
    verification_label,
)
from crm_desktop.ui.messages import message
from crm_protocol.changes import Changes
from crm_protocol.custom_attributes import CustomAttributeDef
from crm_protocol.errors import KnownError, ValidationFailed
from crm_protocol.fields import STANDARD_FIELDS, FieldDef, FieldGroup, FieldType
from crm_protocol.permissions import Access
from crm_protocol.policy import EffectivePolicy
from crm_protocol.validation import COUNTRY_FIELD, normalise, validate_field

_CONTEXT = "CustomerForm"
MULTILINE_FIELDS = frozenset({"remarks", "business_activity"})


@dataclass
class _Field:
    """One input of the form and what it edits."""

    name: str
    defn: FieldDef
    form_field: FormField
    writable: bool


class _ValueCombo(AccessibleCombo):
    """A combo whose items carry stored values (``None`` = empty)."""

    def set_items(self, items: list[tuple[str, str | None]]) -> None:
        self.clear()
        for label, value in items:
            self.addItem(label, value)

    def value(self) -> str | None:
        data = self.currentData()
        return None if data in (None, "") else str(data)

    def set_value(self, value: str | None) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))


def _input_value(widget: QWidget) -> str | None:
    if isinstance(widget, _ValueCombo):
        return widget.value()
    if isinstance(widget, LineField):
        text = widget.text().strip()
    elif isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText().strip()
    else:
        return None
    return text or None


def _set_input_value(widget: QWidget, value: str | None) -> None:
    if isinstance(widget, _ValueCombo):
        widget.set_value(value)
    elif isinstance(widget, LineField):
        widget.setText(value or "")
    elif isinstance(widget, QPlainTextEdit) and widget.toPlainText() != (value or ""):
        widget.setPlainText(value or "")  # the same text again would be events for nothing


def short_time(iso: str | None) -> str:
    """A stored ISO UTC time as the user's local short date and time."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def _table_model(headers: list[str], rows: list[list[str]], owner: QWidget) -> NonBlankProxyModel:
    proxy = NonBlankProxyModel(owner)
    model = QStandardItemModel(len(rows), len(headers), proxy)
    model.setHorizontalHeaderLabels(headers)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QStandardItem(value)
            item.setEditable(False)
            model.setItem(r, c, item)
    proxy.setSourceModel(model)
    return proxy


class CustomerForm(QWidget):
    """Create or edit one customer."""

    sig_saved = Signal(str)  # customer id
    sig_back_requested = Signal()

    def __init__(
        self,
        service: CustomerService,
        queries: CustomerQueries,
        history: HistoryService,
        policy: EffectivePolicy,
        announcer: Announcer,
        publish: Callable[[Changes], None],
        parent: QWidget | None = None,
        *,
        registry: RegistryService | None = None,
        post_comment: PostComment | None = None,
        request_sync: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customer_form")
        self._service = service
        self._queries = queries
        self._history = history
        self._policy = policy
        self._announcer = announcer
        self._publish = publish
        self._fields: dict[str, _Field] = {}
        self._groups: dict[FieldGroup, QGroupBox] = {}
        self._record: CustomerRecord | None = None
        self._assignment_id: str | None = None
        self._loaded: dict[str, str | None] = {}
        self._shape: tuple[object, ...] = ()
        self._saved_id: str | None = None
        self._read_only = False
        self._defs: tuple[CustomAttributeDef, ...] = ()
        # The ARES lookup next to IČO (None: no registry configured).
        self.ares = None if registry is None else AresFormLookup(registry, announcer, self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.sig_back_requested)
        top.addWidget(self.back_button)
        self.title = Heading()
        top.addWidget(self.title, 1)
        self.position = QLabel()
        top.addWidget(self.position)
        outer.addLayout(top)
        self.status = QLabel()
        self.status.setObjectName("crm_form_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.status.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.status)

        self.tabs = QTabWidget()
        self.details = QWidget()
        self.details_layout = QVBoxLayout(self.details)
        self.details_scroll = QScrollArea()
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setWidget(self.details)
        self.details_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(self.details_scroll, "")
        self.history_tab = QWidget()
        history_box = QVBoxLayout(self.history_tab)
        self.changes_label = QLabel()
        self.changes_table = DataTableView("")
        self.owners_label = QLabel()
        self.owners_table = DataTableView("")
        self.changes_label.setBuddy(self.changes_table)
        self.owners_label.setBuddy(self.owners_table)
        for w in (self.changes_label, self.changes_table, self.owners_label, self.owners_table):
            history_box.addWidget(w)
        self.tabs.addTab(self.history_tab, "")
        self.discussion_tab = QWidget()
        discussion_box = QVBoxLayout(self.discussion_tab)
        self.flags_label = QLabel()
        self.flags_table = DataTableView("")
        self.comments_label = QLabel()
        self.comments_table = DataTableView("")
        self.flags_label.setBuddy(self.flags_table)
        self.comments_label.setBuddy(self.comments_table)
        for w in (self.flags_label, self.flags_table, self.comments_label, self.comments_table):
            discussion_box.addWidget(w)
        # Replying posts to the server, which allows it to whoever sees the verification
        # group (crm_server.services.verification.add_comment): absent for everyone else.
        self.reply: VerifierReply | None = None
        if post_comment is not None and policy.can_see(FieldGroup.VERIFICATION):
            self.reply = VerifierReply(
                post_comment, request_sync or (lambda: None), announcer, self.discussion_tab
            )
            self.reply.hide()  # until a record the server knows is open
            discussion_box.addWidget(self.reply)
        self.tabs.addTab(self.discussion_tab, "")
        outer.addWidget(self.tabs, 1)

        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.save_button = QPushButton()
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.save_button)
        outer.addLayout(bottom)
        self._retranslate_static()

    # -- opening ----------------------------------------------------------------------------

    @property
    def record(self) -> CustomerRecord | None:
        """The record shown (``None`` for a new one)."""
        return self._record

    @property
    def customer_id(self) -> str | None:
        """Id of the record shown."""
        return None if self._record is None else self._record.id

    def open_new(self, assignment_id: str | None) -> None:
        """An empty form for a new customer in ``assignment_id``."""
        self._record = None
        self._assignment_id = assignment_id
        self._read_only = False
        self._build(self._service.custom_definitions(assignment_id), {})
        self._show_header()
        self._fill_tabs()

    def open_customer(self, customer_id: str) -> bool:
        """Show ``customer_id``; False when it is not on this device any more."""
        defs_probe = self._queries.record(customer_id, ())
        if defs_probe is None:
            return False
        defs = self._service.custom_definitions(defs_probe.assignment_id)
        record = self._queries.record(customer_id, defs)
        if record is None:
            return False
        same = customer_id in (self.customer_id, self._saved_id)
        self._saved_id = None
        self._record = record
        self._assignment_id = record.assignment_id
        self._read_only = not self._queries.can_edit(record)
        if same and self._fields and self._shape == self._shape_of(record.definitions):
            # The same record with the same inputs (after a save, a sync): new values in
            # place. Rebuilding every widget sent Orca 43 so many events that it spoke
            # "Saved." late or not at all.
            self._refill(dict(record.values))
        else:
            self._build(record.definitions, dict(record.values))
        self._show_header()
        self._fill_tabs()
        return True

    def _shape_of(self, defs: tuple[CustomAttributeDef, ...]) -> tuple[object, ...]:
        # What decides the inputs and the notes next to them (see _build).
        flags = self._record.flags if self._record is not None else ()
        return (defs, self._read_only, flags)

    def _refill(self, values: dict[str, str | None]) -> None:
        for name, made in self._fields.items():
            value = values.get(name)
            if not made.writable and made.defn.type is FieldType.BOOLEAN and value is not None:
                value = self.tr("Yes") if value == "true" else self.tr("No")
            _set_input_value(made.form_field.field, value)
        self._loaded = {name: _input_value(f.form_field.field) for name, f in self._fields.items()}
        if self.ares is not None:
            self.ares.update_enabled()

    def reopen(self, customer_id: str) -> bool:
        """Re-read the shown customer after a change from elsewhere (e.g. a sync).

        The widgets are rebuilt, so keyboard focus would fall to the next widget in the chain
        (the tab bar): it goes back to the field the user was in (R15).
        """
        focus = self.focusWidget()
        focused = (
            self._focused_field_name() if focus is not None and self.isAncestorOf(focus) else None
        )
        if not self.open_customer(customer_id):
            return False
        widget = self.field_widget(focused) if focused else None
        if widget is not None and self.isVisible():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def refresh_tabs(self) -> None:
        """Re-read history and discussion of the record shown; the inputs are left alone
        (a sync arrived while the user has unsaved edits)."""
        if self._record is not None:
            self._fill_tabs()

    def set_position(self, row: int, total: int) -> None:
        """ "Customer 3 of 120" (hidden for a new record)."""
        if row < 0 or total <= 0:
            self.position.clear()
            return
        self.position.setText(
            self.tr("Customer {row} of {total}").format(
                row=QLocale().toString(row + 1), total=QLocale().toString(total)
            )
        )

    def is_dirty(self) -> bool:
        """Whether a writable field differs from what was loaded."""
        return bool(self._edited_values())

    def first_input(self) -> QWidget | None:
        """The first input of the form (focus goes there when the form opens)."""
        for f in self._fields.values():
            return f.form_field.field
        return None

    def field_widget(self, name: str) -> QWidget | None:
        """The input of field ``name``; ``None`` when the field has no widget (hidden)."""
        found = self._fields.get(name)
        return None if found is None else found.form_field.field

    def form_field(self, name: str) -> FormField | None:
        """The ``FormField`` of ``name``."""
        found = self._fields.get(name)
        return None if found is None else found.form_field

    def section(self, group: FieldGroup) -> QGroupBox | None:
        """The section of ``group``; ``None`` when the policy hides it."""
        return self._groups.get(group)

    def definitions(self) -> tuple[CustomAttributeDef, ...]:
        """The custom attributes of the record shown."""
        return self._defs

    def is_read_only(self) -> bool:
        """Whether the whole record is read-only for this user."""
        return self._read_only

    def is_writable(self, name: str) -> bool:
        """Whether the form has an editable input for field ``name``."""
        found = self._fields.get(name)
        return found is not None and found.writable

    def value(self, name: str) -> str | None:
        """The value in the input of ``name`` now (``None``: empty or no such input)."""
        found = self._fields.get(name)
        return None if found is None else _input_value(found.form_field.field)

    def set_value(self, name: str, value: str | None) -> None:
        """Put ``value`` into the input of ``name`` (as if typed; nothing is saved)."""
        found = self._fields.get(name)
        if found is not None:
            _set_input_value(found.form_field.field, value)

    def validate(self, name: str) -> bool:
        """Check the value of ``name`` now, showing its error inline; True when valid."""
        found = self._fields.get(name)
        return True if found is None or not found.writable else self._validate_one(found)

    def lookup_ares(self) -> bool:
        """Look the IČO up in ARES (the button next to IČO, Ctrl+Shift+A)."""
        if self.ares is None:
            self._announcer.announce(
                self.tr("ARES lookup is not available here."), Politeness.ASSERTIVE
            )
            return False
        return self.ares.lookup()

    # -- building ---------------------------------------------------------------------------

    def _build(self, defs: tuple[CustomAttributeDef, ...], values: dict[str, str | None]) -> None:
        while self.details_layout.count():
            item = self.details_layout.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.deleteLater()
        self._fields.clear()
        self._groups.clear()
        self._defs = defs
        if self.ares is not None:
            self.ares.reset()
        ares_texts = self.ares.texts() if self.ares is not None else []
        entries: list[tuple[FieldGroup, str, FieldDef, str | None]] = []
        for group in FieldGroup:
            if group is FieldGroup.VERIFICATION or not self._policy.can_see(group):
                continue  # hidden: no widget at all
            for f in STANDARD_FIELDS:
                if f.group is group:
                    entries.append((group, f.name, f, None))
            for d in defs:
                if d.group is group:
                    entries.append((group, d.field_name, d.as_field_def(), d.label))
        labels = with_mnemonics(
            [field_label(name, custom) for _, name, _, custom in entries]
            + [self.tr("Back to list"), self.tr("Save")]
            + self._tab_texts()
            + ares_texts,
            window_letters(),
        )
        n = len(entries)
        self.back_button.setText(labels[n])
        self.save_button.setText(labels[n + 1])
        tabs = self._tab_texts()
        for i, text in enumerate(labels[n + 2 : n + 2 + len(tabs)]):
            self.tabs.setTabText(i, text)
        self._label_reply(labels[n : n + 2 + len(tabs)])
        ares_labels = labels[n + 2 + len(tabs) :]
        flags = {f.field: f for f in (self._record.flags if self._record else ())}
        current_group: FieldGroup | None = None
        form: QFormLayout | None = None
        for (group, name, defn, _custom), label in zip(entries, labels, strict=False):
            if group is not current_group:
                current_group = group
                box = QGroupBox()
                writable_group = self._policy.access(group) is Access.WRITE
                title = group_label(group)
                if not writable_group or self._read_only:
                    title = self.tr("{group} (read-only)").format(group=title)
                box.setTitle(title)
                box.setAccessibleName(title)
                form = QFormLayout(box)
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
                self.details_layout.addWidget(box)
                self._groups[group] = box
            writable = self._policy.access(group) is Access.WRITE and not self._read_only
            widget = self._make_input(name, defn, writable)
            hint = self._hint(defn, writable)
            ff = FormField(label, widget, hint=hint, required=defn.required and writable)
            flag = flags.get(name)
            if flag is not None:
                text = (
                    self.tr("Flagged by the verifier: {reason}. {comment}")
                    .format(reason=reason_label(flag.reason_code), comment=flag.comment or "")
                    .strip()
                )
                note = QLabel(text)
                note.setObjectName("crm_field_flag")
                note.setWordWrap(True)
                box_layout = ff.container.layout()
                if box_layout is not None:
                    box_layout.addWidget(note)
                ff.set_hint(f"{text} {hint}".strip())
            value = values.get(name)
            if not writable and defn.type is FieldType.BOOLEAN and value is not None:
                value = self.tr("Yes") if value == "true" else self.tr("No")
            _set_input_value(widget, value)
            assert form is not None
            ff.add_to(form)
            self._fields[name] = _Field(name, defn, ff, writable)
            if writable:
                self._connect_validation(self._fields[name])
            if name == "ico" and self.ares is not None:
                self.ares.attach(ff, *ares_labels)
        self.details_layout.addStretch(1)
        # One label column for every section, so the fields line up down the whole form.
        width = max(
            (made.form_field.label.sizeHint().width() for made in self._fields.values()), default=0
        )
        for made in self._fields.values():
            made.form_field.label.setMinimumWidth(width)
        # The inputs are created after Save, so Tab would reach Save before the first field:
        # Save goes after the last input, where it sits on screen (R12).
        inputs = [made.form_field.field for made in self._fields.values()]
        if inputs:
            QWidget.setTabOrder(inputs[-1], self.save_button)
        self._shape = self._shape_of(defs)
        self._loaded = {name: _input_value(f.form_field.field) for name, f in self._fields.items()}
        self.save_button.setEnabled(
            not self._read_only and any(f.writable for f in self._fields.values())
        )
        if self.ares is not None:
            self.ares.update_enabled()

    def _tab_texts(self) -> list[str]:
        return [self.tr("Details"), self.tr("History"), self.tr("Discussion")]

    def _make_input(self, name: str, defn: FieldDef, writable: bool) -> QWidget:
        widget: QWidget
        if not writable:
            # Read-only fields stay focusable (a disabled widget is skipped by Tab and by
            # screen readers): a read-only text field, also for choices.
            shown = LineField()
            shown.setReadOnly(True)
            widget = shown
        elif defn.type in (FieldType.CHOICE, FieldType.BOOLEAN):
            widget = self._make_combo(defn)
        elif name in MULTILINE_FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 5 + 12)
            widget = edit
        else:
            widget = LineField()
        widget.setObjectName(f"field_{name}")
        return widget

    def _make_combo(self, defn: FieldDef) -> _ValueCombo:
        combo = _ValueCombo()
        items: list[tuple[str, str | None]] = [(self.tr("(none)"), None)]
        if defn.type is FieldType.BOOLEAN:
            items += [(self.tr("Yes"), "true"), (self.tr("No"), "false")]
        else:
            items += [(c, c) for c in defn.choices]
        combo.set_items(items)
        combo.setObjectName(f"field_{defn.name}")
        return combo

    def _hint(self, defn: FieldDef, writable: bool) -> str:
        hints = {
            "nip": self.tr("10 digits"),
            "regon": self.tr("9 or 14 digits"),
            "pkd": self.tr("For example 10.11.Z"),
            "ico": self.tr("8 digits"),
            "dic": self.tr("CZ and 8 to 10 digits"),
            "postal_code": self.tr("For example 00-950 or 602 00"),
            "email": self.tr("For example name@example.com"),
            "website": self.tr("Starts with https://"),
        }
        parts = []
        if defn.type is FieldType.NUMBER:
            parts.append(self.tr("A number"))
        elif defn.type is FieldType.DATE:
            parts.append(self.tr("Year-month-day"))
        elif defn.check is not None and defn.check.value == "phone":
            parts.append(self.tr("Digits, optionally starting with +"))
        elif defn.name in hints:
            parts.append(hints[defn.name])
        if not writable:
            parts.insert(0, self.tr("Read-only."))
        return " ".join(parts)

    def _connect_validation(self, field: _Field) -> None:
        widget = field.form_field.field
        if isinstance(widget, LineField):
            widget.editingFinished.connect(lambda f=field: self._validate_one(f))
        elif isinstance(widget, _ValueCombo):
            widget.currentIndexChanged.connect(lambda _i, f=field: self._validate_one(f))

    def _country(self) -> str | None:
        country = self._fields.get(COUNTRY_FIELD)
        if country is not None:
            return _input_value(country.form_field.field)
        return None if self._record is None else self._record.values.get(COUNTRY_FIELD)

    def _validate_one(self, field: _Field) -> bool:
        value = normalise(field.defn, _input_value(field.form_field.field), country=self._country())
        code = validate_field(field.defn, value, country=self._country())
        if code is None:
            field.form_field.clear_error()
            return True
        field.form_field.set_error(message(code))
        return False

    # -- header and tabs --------------------------------------------------------------------

    def _show_header(self) -> None:
        record = self._record
        if record is None:
            self.title.setText(self.tr("New customer"))
            self.title.setAccessibleName(self.title.text())
            self.set_position(-1, 0)
            self.status.setText(
                self.tr("The record is saved on this device and sent at the next sync.")
            )
            return
        name = record.values.get("name") or self.tr("(no name)")
        self.title.setText(str(name))
        parts = []
        if record.assignment_name:
            parts.append(self.tr("Assignment: {name}").format(name=record.assignment_name))
        if self._policy.can_see(FieldGroup.VERIFICATION):
            state = verification_label(record.verification_state)
            if record.flags:
                fields = ", ".join(field_label(f.field) for f in record.flags)
                state = self.tr("Flagged: {fields}").format(fields=fields)
            parts.append(self.tr("Verification: {state}").format(state=state))
        if self._read_only:
            if record.closed_for_me:
                parts.append(self.tr("Read-only: the assignment is closed."))
            else:
                parts.append(self.tr("Read-only: your role cannot edit this record."))
        self.status.setText(" · ".join(parts))

    def _fill_tabs(self) -> None:
        record = self._record
        changes = [] if record is None else self._history.changes(record.id)
        owners = [] if record is None else self._history.owners(record.id)
        comments = [] if record is None else self._history.discussion(record.id)
        flags = [] if record is None else list(record.flags)
        if self.reply is not None:
            # Only a record the server knows has a thread there to reply to.
            known = record is not None and record.server_seq is not None
            self.reply.show_for(record.id if record is not None and known else None)
        kinds = {
            "create": self.tr("Created"),
            "update": self.tr("Changed"),
            "delete": self.tr("Deleted"),
            "server_version": self.tr("Version from the server"),
        }
        states = {
            "pending": self.tr("Waiting to be sent"),
            "sent": self.tr("Sent"),
            "rejected": self.tr("Refused by the server"),
            "applied": self.tr("On the server"),
        }
        self._set_table(
            self.changes_table,
            [self.tr("When"), self.tr("Change"), self.tr("Fields"), self.tr("State")],
            [
                [
                    short_time(c.at),
                    kinds.get(c.kind, c.kind),
                    ", ".join(field_label(f) for f in c.fields),
                    states.get(c.state, c.state)
                    + (f" ({message(c.error_code)})" if c.error_code else ""),
                ]
                for c in changes
            ],
        )
        self._set_table(
            self.owners_table,
            [self.tr("Owner"), self.tr("From"), self.tr("Until"), self.tr("Changed by")],
            [
                [
                    o.owner,
                    short_time(o.valid_from),
                    short_time(o.valid_to) or self.tr("now"),
                    o.changed_by,
                ]
                for o in owners
            ],
        )
        self._set_table(
            self.flags_table,
            [self.tr("Field"), self.tr("Reason"), self.tr("Comment"), self.tr("Verifier")],
            [
                [field_label(f.field), reason_label(f.reason_code), f.comment or "", f.verifier]
                for f in flags
            ],
        )
        self._set_table(
            self.comments_table,
            [self.tr("When"), self.tr("Author"), self.tr("Message")],
            [[short_time(c.created_at), c.author, c.body] for c in comments],
        )

    @staticmethod
    def _set_table(table: DataTableView, headers: list[str], rows: list[list[str]]) -> None:
        old = table.model()
        table.setModel(_table_model(headers, rows, table))
        table.setEditTriggers(DataTableView.EditTrigger.NoEditTriggers)
        if old is not None:
            old.deleteLater()

    def _retranslate_static(self) -> None:
        self.back_button.setToolTip(self.tr("Back to the customer list (Esc)"))
        self.changes_label.setText(self.tr("Changes"))
        self.changes_table.setAccessibleName(self.tr("Changes"))
        self.owners_label.setText(self.tr("Owners over time"))
        self.owners_table.setAccessibleName(self.tr("Owners over time"))
        self.flags_label.setText(self.tr("Fields flagged by the verifier"))
        self.flags_table.setAccessibleName(self.tr("Fields flagged by the verifier"))
        self.comments_label.setText(self.tr("Discussion with the verifier"))
        self.comments_table.setAccessibleName(self.tr("Discussion with the verifier"))
        texts = with_mnemonics(
            [self.tr("Back to list"), self.tr("Save"), *self._tab_texts()], window_letters()
        )
        self.back_button.setText(texts[0])
        self.save_button.setText(texts[1])
        for i, text in enumerate(texts[2:]):
            self.tabs.setTabText(i, text)
        self._label_reply(texts)

    def _label_reply(self, shown_with_it: list[str]) -> None:
        # The reply box shows only on the Discussion tab, never with the field labels: its
        # letters must differ from the window's and from what shows beside every tab (Back,
        # Save, the tab titles). The fields take nearly every letter, so sharing the
        # form's sequence would leave the reply without one (R13; the audit checks what shows).
        if self.reply is None:
            return
        texts = [*shown_with_it, *self._texts_beside()]
        taken = set(window_letters()) | {m for t in texts if (m := mnemonic_of(t))}
        self.reply.set_texts(*with_mnemonics(self.reply.texts(), taken))

    def _texts_beside(self) -> list[str]:
        # What the window shows next to the form (menu bar, page list) as it is labelled now.
        window, holder = self.window(), self.parentWidget()
        if window is self or holder is None:
            return []
        texts = [a.text() for bar in window.findChildren(QMenuBar) for a in bar.actions()]
        for w in window.findChildren(QWidget):
            beside = not holder.isAncestorOf(w) and w.isVisibleTo(window)
            if beside and isinstance(w, QLabel | QAbstractButton):
                texts.append(w.text())
        return texts

    # -- saving -----------------------------------------------------------------------------

    def _edited_values(self) -> dict[str, str | None]:
        out = {}
        for name, f in self._fields.items():
            if not f.writable:
                continue
            value = _input_value(f.form_field.field)
            if value != self._loaded.get(name):
                out[name] = value
        return out

    def save(self) -> bool:
        """Validate and save through the service; True when saved (or nothing to save)."""
        if self._read_only:
            self._announcer.announce(self.status.text(), Politeness.ASSERTIVE)
            return False
        for f in self._fields.values():
            f.form_field.clear_error()
        values = self._edited_values()
        was_new = self._record is None
        try:
            if self._record is None:
                result = self._service.create(values, assignment_id=self._assignment_id)
            elif values:
                result = self._service.update(self._record.id, values)
            else:
                self._announcer.announce(self.tr("Nothing to save."), Politeness.POLITE)
                return True
        except ValidationFailed as failed:
            self._show_errors(failed)
            return False
        except KnownError as error:
            text = message(error.code)
            self.status.setText(text)
            self._announcer.announce(
                self.tr("Not saved. {reason}").format(reason=text), Politeness.ASSERTIVE
            )
            return False
        self._publish(result.changes)
        extra = "" if self.ares is None else self.ares.after_save(result.customer_id, was_new)
        focused = self._focused_field_name()
        self._saved_id = result.customer_id  # the inputs stay: values refreshed in place
        self.open_customer(result.customer_id)
        # Focus stays on the field the user was in (the widgets were rebuilt).
        widget = self.field_widget(focused) if focused else self.first_input()
        if widget is not None and self.isVisible():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        saved = self.tr("Saved.")
        self._announcer.announce(f"{saved} {extra}" if extra else saved, Politeness.POLITE)
        self.sig_saved.emit(result.customer_id)
        return True

    def _focused_field_name(self) -> str | None:
        focus = self.focusWidget()
        for name, f in self._fields.items():
            if f.form_field.field is focus:
                return name
        return None

    def _show_errors(self, failed: ValidationFailed) -> None:
        first: FormField | None = None
        first_text = ""
        order = list(self._fields)
        for error in sorted(
            failed.errors, key=lambda e: order.index(e.field) if e.field in order else len(order)
        ):
            found = self._fields.get(error.field)
            if found is None:
                continue
            found.form_field.set_error(message(error.code))
            if first is None:
                first = found.form_field
                first_text = f"{field_label(error.field)}: {message(error.code)}"
        count = len(failed.errors)
        if first is not None:
            first.focus_field()
        self._announcer.announce(
            self.tr("Not saved, {count} errors. {first}").format(count=count, first=first_text)
            if count > 1
            else self.tr("Not saved. {first}").format(first=first_text),
            Politeness.ASSERTIVE,
        )
