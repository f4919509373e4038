"""Static accessibility checks over a Qt widget tree, used by tests of every screen.

* :func:`duplicate_mnemonics` — R13: an Alt+letter must reach one control per scope.
* :func:`unnamed_focusables` — R1: every focusable control has a name.
* :func:`undersized_targets` — R26: buttons are at least 24×24 px.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabWidget,
    QWidget,
)

MIN_TARGET_PX = 24
_MNEMONIC = re.compile(r"&(.)")


def mnemonic_of(text: str) -> str | None:
    """The Alt+letter a text defines (``"&Save"`` → ``"s"``); ``&&`` is a literal ampersand."""
    for match in _MNEMONIC.finditer(text.replace("&&", "")):
        char = match.group(1)
        if not char.isspace():
            return char.casefold()
    return None


def _active_in(widget: QWidget, root: QWidget) -> bool:
    return widget is root or widget.isVisibleTo(root)


def _window_texts(root: QWidget) -> Iterable[str]:
    """Texts whose mnemonics are live while ``root`` shows (hidden pages excluded)."""
    for w in root.findChildren(QWidget):
        if not _active_in(w, root) or isinstance(w, QMenu):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            yield w.text()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QTabWidget):
            yield from (w.tabText(i) for i in range(w.count()) if w.isTabVisible(i))
        elif isinstance(w, QMenuBar):
            yield from (a.text() for a in w.actions() if a.isVisible())


def duplicate_mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Mnemonic letters used more than once in one scope of ``root``: letter → texts.

    Scopes: the window itself (labels, buttons, group boxes, tabs, menu-bar titles), and each
    menu separately (its actions' mnemonics work only while it is open).
    """
    scopes: list[list[str]] = [list(_window_texts(root))]
    for menu in root.findChildren(QMenu):
        scopes.append([a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()])
    duplicates: dict[str, list[str]] = {}
    for texts in scopes:
        by_letter: defaultdict[str, list[str]] = defaultdict(list)
        for text in texts:
            letter = mnemonic_of(text)
            if letter is not None:
                by_letter[letter].append(text)
        for letter, users in by_letter.items():
            if len(users) > 1:
                duplicates.setdefault(letter, []).extend(users)
    return duplicates


def _accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def unnamed_focusables(root: QWidget) -> list[QWidget]:
    """Focusable, shown, enabled widgets a screen reader would announce without a name."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if (
            w.focusPolicy() == Qt.FocusPolicy.NoFocus
            or w.focusProxy() is not None
            or not w.isEnabled()
            or not _active_in(w, root)
            or w.isWindow()
        ):
            continue
        if _accessible_name(w):
            continue
        found.append(w)
    return found


def undersized_targets(root: QWidget, minimum: int = MIN_TARGET_PX) -> list[QAbstractButton]:
    """Shown buttons smaller than ``minimum`` px in either direction (lay out first)."""
    return [
        b
        for b in root.findChildren(QAbstractButton)
        if _active_in(b, root) and (b.width() < minimum or b.height() < minimum)
    ]
