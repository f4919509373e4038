"""The ARES lookup of the customer form: a button next to IČO, and what its answer does.

The lookup runs off the UI thread (``TaskRunner``). A found company fills the empty fields the
role may write (name, address, DIČ, and the legal form where the record has a custom attribute
keyed ``legal_form``); a field that holds a different value is never overwritten silently: the
user is asked, and "Undo the lookup" restores every value the lookup changed until the record is
saved. A dissolved company is a warning; not found, a malformed answer, a timeout or a rate
limit are explained; offline (or a registry that does not answer) the lookup is queued — for a
new record once it is saved — and runs after the next successful sync.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.dataio.ares import normalise_ico
from crm_desktop.services.registry import (
    FILL_ORDER,
    FillPlan,
    LookupOutcome,
    RegistryService,
    plan_fill,
)
from crm_desktop.ui.a11y import Announcer, FormField, Politeness
from crm_desktop.ui.field_labels import field_label
from crm_desktop.ui.messages import message
from crm_desktop.ui.server_tasks import TaskRunner
from crm_protocol.errors import KnownError

if TYPE_CHECKING:
    from crm_desktop.ui.customers.form import CustomerForm


def valid_ico(text: str | None) -> str | None:
    """The normalised IČO in ``text``, ``None`` when it is not a valid one."""
    if not text:
        return None
    try:
        return normalise_ico(text)
    except KnownError:
        return None


class AresFormLookup(QObject):
    """Looks up the form's IČO in ARES and fills the form (see the module docstring)."""

    sig_lookup_finished = Signal()  # the answer has been shown (tests wait for it)

    def __init__(self, registry: RegistryService, announcer: Announcer, form: CustomerForm) -> None:
        super().__init__(form)
        self._registry = registry
        self._announcer = announcer
        self._form = form
        self.runner = TaskRunner(self, max_threads=1)
        self.button: QPushButton | None = None
        self.undo_button: QPushButton | None = None
        self.note: QLabel | None = None
        self._busy = False
        self._snapshot: dict[str, str | None] = {}
        self._pending_ico: str | None = None  # a new record's lookup to queue once saved
        self.last_plan: FillPlan | None = None

    # -- building (the form rebuilds its widgets for every record) --------------------------

    def texts(self) -> list[str]:
        """The buttons' labels, for the form to give them free mnemonics."""
        return [self.tr("Look up in ARES"), self.tr("Undo the lookup")]

    def attach(self, ico: FormField, lookup_text: str, undo_text: str) -> None:
        """Put the buttons next to the IČO field and the answer under it."""
        self.button = QPushButton(lookup_text)
        self.button.setObjectName("ares_lookup")
        self.button.setToolTip(self.tr("Fill name, address and DIČ from ARES (Ctrl+Shift+A)"))
        self.button.clicked.connect(self.lookup)
        self.undo_button = QPushButton(undo_text)
        self.undo_button.setObjectName("ares_undo")
        self.undo_button.setToolTip(self.tr("Restore the values the lookup changed"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        self.note = QLabel()
        self.note.setObjectName("ares_note")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.note.hide()
        box = ico.container.layout()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(ico.field, 1)
        row.addWidget(self.button)
        row.addWidget(self.undo_button)
        holder = QWidget()
        holder.setLayout(row)
        if isinstance(box, QVBoxLayout):
            box.insertWidget(0, holder)
            box.addWidget(self.note)
        ico.field.textChanged.connect(lambda _t: self.update_enabled())  # type: ignore[attr-defined]
        looks_up = self.tr("Ctrl+Shift+A looks it up in ARES.")
        ico.set_hint(f"{ico.hint} {looks_up}".strip())

    def reset(self) -> None:
        """Another record is shown: forget the undo values and a new record's pending lookup."""
        self._snapshot = {}
        self._pending_ico = None
        self.last_plan = None

    def update_enabled(self) -> None:
        """The button works for a valid IČO, when the role may write what ARES fills."""
        if self.button is None:
            return
        ready, _why = self._ready()
        self.button.setEnabled(ready and not self._busy)

    def _fillable(self) -> list[str]:
        return [name for name in FILL_ORDER if self._form.is_writable(name)]

    def _ready(self) -> tuple[bool, str]:
        if self._form.is_read_only():
            return False, self._form.status.text()
        if not self._fillable():
            return False, self.tr("Your role cannot change the fields ARES fills.")
        if valid_ico(self._form.value("ico")) is None:
            return False, self.tr("Enter a valid IČO first.")
        return True, ""

    # -- the lookup --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A lookup is under way."""
        return self._busy

    def lookup(self) -> bool:
        """Start looking the IČO up; False (and said why) when it cannot run now."""
        ready, why = self._ready()
        if self._busy:
            return False
        if not ready:
            self._announcer.announce(why, Politeness.ASSERTIVE)
            return False
        ico = valid_ico(self._form.value("ico"))
        assert ico is not None
        customer_id = self._form.customer_id
        self._busy = True
        self.update_enabled()
        self._show_note(self.tr("Looking up {ico} in ARES…").format(ico=ico))
        self.runner.call(
            lambda: self._registry.lookup(ico, customer_id),
            lambda outcome: self._on_answer(ico, customer_id, outcome),
            lambda code: self._on_answer(ico, customer_id, LookupOutcome(code=code)),
        )
        return True

    def _on_answer(self, ico: str, customer_id: str | None, outcome: LookupOutcome) -> None:
        self._busy = False
        try:
            if customer_id != self._form.customer_id or valid_ico(self._form.value("ico")) != ico:
                self._show_note("")  # the form moved on to another record or IČO meanwhile
                return
            if outcome.company is not None:
                self._apply(outcome)
            else:
                self._explain(ico, outcome)
        finally:
            self.update_enabled()
            self.sig_lookup_finished.emit()

    def _explain(self, ico: str, outcome: LookupOutcome) -> None:
        reason = message(outcome.code or "unknown")
        if outcome.queued:
            text = self.tr(
                "{reason} The lookup is queued and runs after the next successful sync; it "
                "fills the fields that are still empty then."
            ).format(reason=reason)
        elif outcome.transient and self._form.customer_id is None:
            self._pending_ico = ico
            text = self.tr(
                "{reason} Save the customer: the lookup is then queued and runs after the next "
                "successful sync."
            ).format(reason=reason)
        else:
            text = reason
        self._show_note(text)
        self._announcer.announce(text, Politeness.ASSERTIVE)

    def _apply(self, outcome: LookupOutcome) -> None:
        company = outcome.company
        assert company is not None
        fillable = self._fillable()
        current = {name: self._form.value(name) for name in fillable}
        plan = plan_fill(company, current, fillable, self._form.definitions())
        self.last_plan = plan
        replace = bool(plan.conflicts) and self.confirm_replace(plan)
        values = plan.values(replace=replace)
        for name, value in values.items():
            self._snapshot.setdefault(name, current.get(name))
            self._form.set_value(name, value)
        for name in values:  # after all are set: the postal code depends on the country
            self._form.validate(name)
        parts: list[str] = []
        politeness = Politeness.POLITE
        if company.dissolved_on is not None:
            dissolved = company.dissolved_on
            day = QDate(dissolved.year, dissolved.month, dissolved.day)
            when = QLocale().toString(day, QLocale.FormatType.ShortFormat)
            parts.append(
                self.tr("Warning: ARES records this company as dissolved on {date}.").format(
                    date=when
                )
            )
            politeness = Politeness.ASSERTIVE
        if values:
            names = ", ".join(self._label(n) for n in values)
            parts.append(self.tr("Filled from ARES: {fields}.").format(fields=names))
        if plan.conflicts and not replace:
            names = ", ".join(self._label(f.field) for f in plan.conflicts)
            parts.append(self.tr("Kept your values of: {fields}.").format(fields=names))
        if not values and not plan.conflicts:
            parts.append(self.tr("ARES has the same data as this record."))
        stored = any(n.startswith("custom.") for n in values)
        if company.legal_form_text and not stored:
            parts.append(self.tr("Legal form: {form}.").format(form=company.legal_form_text))
        if values:
            parts.append(self.tr("Check the values and save with Ctrl+S, or undo the lookup."))
        text = " ".join(parts)
        self._show_note(text)
        if self.undo_button is not None:
            self.undo_button.setVisible(bool(self._snapshot))
        self._announcer.announce(text, politeness)

    def _label(self, name: str) -> str:
        custom = {d.field_name: d.label for d in self._form.definitions()}
        return field_label(name, custom.get(name))

    def confirm_replace(self, plan: FillPlan) -> bool:
        """Ask whether ARES' values replace the different ones in the form (default: no)."""
        lines = [
            self.tr("{field}: “{old}” → “{new}”").format(
                field=self._label(f.field), old=f.old or "", new=f.new
            )
            for f in plan.conflicts
        ]
        box = QMessageBox(self._form)
        box.setObjectName("ares_replace_question")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("ARES has other values"))
        box.setText(self.tr("Replace these values with the ones from ARES?"))
        box.setInformativeText("\n".join(lines))
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep mine"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # the safe choice (R21)
        box.setEscapeButton(keep)
        box.exec()
        chosen = box.clickedButton() is replace
        box.deleteLater()
        return chosen

    def undo(self) -> None:
        """Restore the values the lookup changed (before the record is saved)."""
        if not self._snapshot:
            return
        for name, value in self._snapshot.items():
            self._form.set_value(name, value)
        for name in self._snapshot:
            self._form.validate(name)
        self._snapshot = {}
        if self.undo_button is not None:
            self.undo_button.hide()
        text = self.tr("The values from ARES were removed.")
        self._show_note(text)
        self._announcer.announce(text, Politeness.POLITE)
        ico = self._form.field_widget("ico")
        if ico is not None:
            ico.setFocus(Qt.FocusReason.OtherFocusReason)

    def after_save(self, customer_id: str, was_new: bool) -> str:
        """The record was saved: queue a new record's pending lookup; text to add to "Saved."."""
        self._snapshot = {}
        ico = self._pending_ico
        self._pending_ico = None
        if not was_new or ico is None or valid_ico(self._form.value("ico")) != ico:
            return ""
        self._registry.enqueue(ico, customer_id)
        return self.tr("The ARES lookup is queued.")

    def _show_note(self, text: str) -> None:
        if self.note is None:
            return
        self.note.setText(text)
        self.note.setVisible(bool(text))
        if self.button is not None:
            self.button.setAccessibleDescription(text)
