"""``LineField``: the single-line text field screen readers read in full.

Why not ``QLineEdit``: on Orca 43 + Qt 6.12 a filled ``QLineEdit`` is read without its last
character ("Bob Smit" for "Bob Smith"), because ``QAccessibleLineEdit::attributes()`` reports
empty runs and PySide6 cannot override it (ACCESSIBILITY.md, "Last character dropped"). A
``QPlainTextEdit`` reports real runs, so this class dresses one up as a one-line field with a
QLineEdit-like API. What it does not have: validator, input mask, echo mode, completer and
``maxLength`` — validate in the form layer. Spin boxes and table editors keep ``QLineEdit``.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QAccessibleTextRemoveEvent, QFocusEvent, QKeyEvent, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget

from crm_desktop.ui.a11y import events
from crm_desktop.ui.a11y.focus_fix import KEYBOARD_FOCUS_REASONS, apply_focus_order_fix

_BREAK_CHARS = "\r\n\u2028\u2029\x0b\x0c\x85"
_LINE_BREAKS = re.compile(f"[{_BREAK_CHARS}]+")
_RETURN_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


def single_line(text: str) -> str:
    """``text`` without line breaks: breaks at the ends dropped, inner runs become one space."""
    return _LINE_BREAKS.sub(" ", text.strip(_BREAK_CHARS))


def removed_span(before: str, after: str) -> tuple[int, str] | None:
    """Where and what was deleted, when ``after`` is ``before`` minus one contiguous run.

    ``None`` when nothing was removed or the change also inserted text.
    """
    removed = len(before) - len(after)
    if removed <= 0:
        return None
    start = 0
    limit = len(after)
    while start < limit and before[start] == after[start]:
        start += 1
    if before[start + removed :] != after[start:]:
        return None
    return start, before[start : start + removed]


class LineField(QPlainTextEdit):
    """A one-line text field with a QLineEdit-like API, read in full by screen readers.

    Signals: ``textChanged(str)`` on every change, ``textEdited(str)`` only for changes made
    by the user, ``returnPressed()`` and ``editingFinished()`` (Return, or focus leaving after
    an edit).
    """

    # QLineEdit's names, so a LineField drops in where a QLineEdit was; ``textChanged``
    # shadows QPlainTextEdit's argument-less signal on purpose.
    textChanged = Signal(str)  # noqa: N815
    textEdited = Signal(str)  # noqa: N815
    returnPressed = Signal()  # noqa: N815
    editingFinished = Signal()  # noqa: N815

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._programmatic = False
        self._modified_since_focus = False
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setWordWrapMode(QTextOption.WrapMode.NoWrap)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self._on_document_contents_changed)
        apply_focus_order_fix(self)
        if text:
            self.setText(text)

    # -- QLineEdit-like API -------------------------------------------------------------------

    def text(self) -> str:
        """The field's text."""
        return self.toPlainText()

    def setText(self, text: str) -> None:
        """Replace the text (line breaks become spaces); the cursor goes to the end.

        Setting the text a field already has sends nothing: QPlainTextEdit would report a
        deletion and a caret move even for "" over "", and Orca 43, handling that caret event
        once the field has focus, takes the field as already focused and never announces it
        (a new customer form opened silently).
        """
        if single_line(text) == self.toPlainText():
            self.moveCursor(self.textCursor().MoveOperation.End)
            return
        self._programmatic = True
        try:
            self.setPlainText(single_line(text))
        finally:
            self._programmatic = False
        self.moveCursor(self.textCursor().MoveOperation.End)

    def clear(self) -> None:
        """Empty the field."""
        self.setText("")

    # -- geometry: exactly one line of the current font ---------------------------------------

    def _line_height(self) -> int:
        margins = self.contentsMargins()
        viewport = self.viewportMargins()
        return (
            math.ceil(self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + viewport.top()
            + viewport.bottom()
        )

    def sizeHint(self) -> QSize:
        """As wide as a QLineEdit would be; exactly one line of the current font high."""
        return QSize(self.fontMetrics().horizontalAdvance("x") * 17, self._line_height())

    def minimumSizeHint(self) -> QSize:
        """Never shorter than one line: 200 % text must not clip."""
        return QSize(self.fontMetrics().horizontalAdvance("x") * 4, self._line_height())

    def changeEvent(self, event: QEvent) -> None:
        """Follow font and style changes with the one-line height."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()

    # -- input --------------------------------------------------------------------------------

    def keyPressEvent(self, e: QKeyEvent) -> None:
        """Return ends the edit (never a newline); deletions are re-announced with real text."""
        if e.key() in _RETURN_KEYS:
            self.returnPressed.emit()
            self._finish_editing()
            # Like QLineEdit: let a dialog's default button see Return as well.
            e.ignore()
            return
        before = self.toPlainText()
        super().keyPressEvent(e)
        after = self.toPlainText()
        if after != before and not self.isReadOnly():
            self._announce_removal(before, after)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste and drop insert plain text with line breaks turned into spaces."""
        if source.hasText():
            self.insertPlainText(single_line(source.text()))

    def focusInEvent(self, e: QFocusEvent) -> None:
        """Select all on keyboard focus, like QLineEdit."""
        super().focusInEvent(e)
        self._modified_since_focus = False
        if e.reason() in KEYBOARD_FOCUS_REASONS:
            self.selectAll()

    def focusOutEvent(self, e: QFocusEvent) -> None:
        """Leaving the field after an edit finishes editing."""
        super().focusOutEvent(e)
        if self._modified_since_focus and e.reason() != Qt.FocusReason.PopupFocusReason:
            self._finish_editing()

    # -- internals ----------------------------------------------------------------------------

    def _finish_editing(self) -> None:
        self._modified_since_focus = False
        self.editingFinished.emit()

    def _announce_removal(self, before: str, after: str) -> None:
        # Qt reports the deleted characters of a QPlainTextEdit as spaces, so the reader says
        # "space" on BackSpace; re-send the removal with the characters really deleted.
        span = removed_span(before, after)
        if span is not None:
            position, removed = span
            events.send(QAccessibleTextRemoveEvent(self, position, removed))

    def _on_document_contents_changed(self) -> None:
        text = self.toPlainText()
        if "\n" in text or "\u2029" in text:
            # Anything that slipped past the key and paste handlers (e.g. an input method).
            cursor = self.textCursor()
            self.setPlainText(single_line(text))
            self.setTextCursor(cursor)
            return
        self.textChanged.emit(text)
        if not self._programmatic:
            self._modified_since_focus = True
            self.textEdited.emit(text)
