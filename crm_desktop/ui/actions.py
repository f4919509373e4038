"""The one registry of commands and their shortcuts (STYLE.md rule 8, R13, R28).

Every command the user can give is a ``QAction`` created here, with a translatable label and
a fixed shortcut documented in ``accessibility/keyboard-map.md``. Screens look actions up by
:class:`ActionId`, connect ``triggered`` and enable or disable them; they never create their own
shortcuts. No single-key shortcuts except function keys (R13).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from crm_desktop.ui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "Actions"


class ActionId(StrEnum):
    """Stable names of the application's commands."""

    SYNC_NOW = "sync_now"
    LOCK = "lock"
    LOG_OUT = "log_out"
    QUIT = "quit"
    SAVE = "save"
    SEARCH = "search"
    NEXT_RECORD = "next_record"
    PREVIOUS_RECORD = "previous_record"
    NEXT_FLAGGED = "next_flagged"
    PREVIOUS_FLAGGED = "previous_flagged"
    WHERE_AM_I = "where_am_i"
    SWITCH_PANE = "switch_pane"
    SETTINGS = "settings"
    KEYBOARD_HELP = "keyboard_help"
    ABOUT = "about"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """Label (with mnemonic), shortcut and whether it starts enabled."""

    label: str
    shortcut: str = ""
    enabled: bool = True


# Labels are source strings for lupdate; they are translated when actions are (re)labelled.
SPECS: dict[ActionId, ActionSpec] = {
    ActionId.SYNC_NOW: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Sync now"), "Ctrl+R"),
    ActionId.LOCK: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Lock"), "Ctrl+L"),
    ActionId.LOG_OUT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Log &out"), "Ctrl+Shift+L"),
    ActionId.QUIT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q"),
    ActionId.SAVE: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Save"), "Ctrl+S", enabled=False),
    ActionId.SEARCH: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Sea&rch"), "Ctrl+F", enabled=False),
    ActionId.NEXT_RECORD: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Next record"), "Alt+PgDown", enabled=False
    ),
    ActionId.PREVIOUS_RECORD: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Previous record"), "Alt+PgUp", enabled=False
    ),
    ActionId.NEXT_FLAGGED: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Next &flagged row"), "F8", enabled=False
    ),
    ActionId.PREVIOUS_FLAGGED: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Previous f&lagged row"), "Shift+F8", enabled=False
    ),
    ActionId.WHERE_AM_I: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Where am I"), "Ctrl+Shift+W"),
    ActionId.SWITCH_PANE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Switch between &navigation and page"), "F6"
    ),
    ActionId.SETTINGS: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Settings…"), "Ctrl+,"),
    ActionId.KEYBOARD_HELP: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), "F1"),
    ActionId.ABOUT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&About")),
}

# Navigation pages take Ctrl+1 … Ctrl+7 in page order (see main_window.PAGE_ORDER).
PAGE_SHORTCUT_PREFIX = "Ctrl+"


def translated_label(action_id: ActionId) -> str:
    """The label of ``action_id`` in the current language (with its mnemonic)."""
    return QCoreApplication.translate(_CONTEXT, SPECS[action_id].label)


class ActionRegistry(QObject):
    """Owns every application-wide ``QAction`` of one main window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._actions: dict[ActionId, QAction] = {}
        for action_id, spec in SPECS.items():
            action = QAction(window)
            action.setObjectName(f"action_{action_id.value}")
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(spec.enabled)
            # Added to the window so its shortcut works even when no menu shows it.
            window.addAction(action)
            self._actions[action_id] = action
        self.retranslate()

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def all(self) -> dict[ActionId, QAction]:
        """Every action by id."""
        return dict(self._actions)

    def retranslate(self) -> None:
        """Re-label every action in the current language (after ``LanguageChange``)."""
        for action_id, action in self._actions.items():
            label = translated_label(action_id)
            action.setText(label)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
            action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
