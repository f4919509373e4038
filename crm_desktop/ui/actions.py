"""The one registry of commands and their shortcuts (STYLE.md rule 8, R13, R28).

Every command the user can give is a ``QAction`` created here, with a translatable label and
a fixed shortcut documented in ``accessibility/keyboard-map.md``. Screens look actions up by
:class:`ActionId`, connect ``triggered`` and enable or disable them; they never create their own
shortcuts. No single-key shortcuts except function keys (R13).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from crm_desktop.services.exports import may_export
from crm_desktop.services.imports import can_import
from crm_desktop.ui.i18n import QT_TRANSLATE_NOOP
from crm_protocol.policy import EffectivePolicy

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
    IMPORT_CUSTOMERS = "import_customers"
    ARES_LOOKUP = "ares_lookup"
    EXPORT_CUSTOMERS = "export_customers"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """Label (with mnemonic), shortcut, whether it starts enabled, and — for a command some
    roles must not have at all — the policy test that decides whether it exists."""

    label: str
    shortcut: str = ""
    enabled: bool = True
    available: Callable[[EffectivePolicy], bool] | None = None


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
    # Absent for roles that may not import (create customers and run bulk operations).
    ActionId.IMPORT_CUSTOMERS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Import customers…"),
        "Ctrl+Shift+I",
        enabled=False,
        available=can_import,
    ),
    ActionId.ARES_LOOKUP: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Loo&k up in ARES"), "Ctrl+Shift+A", enabled=False
    ),
    # Absent (not merely disabled) for roles without export: no menu item, no shortcut.
    ActionId.EXPORT_CUSTOMERS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Export customers…"),
        "Ctrl+Shift+E",
        enabled=False,
        available=may_export,
    ),
}

# Navigation pages take Ctrl+1 … Ctrl+7 in page order (see main_window.PAGE_ORDER).
PAGE_SHORTCUT_PREFIX = "Ctrl+"


def translated_label(action_id: ActionId) -> str:
    """The label of ``action_id`` in the current language (with its mnemonic)."""
    return QCoreApplication.translate(_CONTEXT, SPECS[action_id].label)


class ActionRegistry(QObject):
    """Owns every application-wide ``QAction`` of one main window.

    With a ``policy``, a command whose spec says it is not ``available`` to that policy is
    not created at all (``in`` tells; ``get`` returns ``None`` for it).
    """

    def __init__(self, window: QWidget, policy: EffectivePolicy | None = None) -> None:
        super().__init__(window)
        self._actions: dict[ActionId, QAction] = {}
        for action_id, spec in SPECS.items():
            if spec.available is not None and policy is not None and not spec.available(policy):
                continue
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

    def __contains__(self, action_id: object) -> bool:
        return action_id in self._actions

    def get(self, action_id: ActionId) -> QAction | None:
        """The action, or ``None`` when the policy leaves it out."""
        return self._actions.get(action_id)

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
