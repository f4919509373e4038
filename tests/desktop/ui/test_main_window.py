"""The shell: pages per policy, shortcuts, status bar as text, and R1/R13/R26 audits."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.ui import main as ui_main
from crm_desktop.ui.a11y import (
    duplicate_mnemonics,
    events,
    mnemonic_of,
    undersized_targets,
    unnamed_focusables,
)
from crm_desktop.ui.actions import SPECS, ActionId
from crm_desktop.ui.demo import demo_policy
from crm_desktop.ui.i18n import LANGUAGES, Translations
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.pages import PageId, PlaceholderPage, visible_pages
from crm_desktop.ui.settings_dialog import SettingsDialog, UiPreferences
from crm_desktop.ui.sync_status import ConnectionState, StaticSyncStatus, SyncStatus
from crm_desktop.ui.theme import ThemeChoice, ThemeManager

KEYBOARD_MAP = Path(__file__).resolve().parents[3] / "accessibility" / "keyboard-map.md"


def _window(qtbot: QtBot, role: str = "administrator", status: StaticSyncStatus | None = None):
    window = MainWindow(demo_policy(role), status or StaticSyncStatus(), UiPreferences())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def translations(qapp: QApplication, tmp_path: Path) -> Iterator[Translations]:
    tr = Translations(qapp, tmp_path)
    yield tr
    tr.remove()


def test_operator_sees_no_users_verification_or_assignment_pages() -> None:
    pages = visible_pages(demo_policy("operator"))
    assert PageId.USERS not in pages
    assert PageId.VERIFICATION not in pages
    assert PageId.ASSIGNMENTS not in pages
    assert pages[0] is PageId.MY_WORK
    assert PageId.SYNC_STATUS in pages


def test_administrator_sees_users_and_verifier_sees_verification() -> None:
    assert PageId.USERS in visible_pages(demo_policy("administrator"))
    assert PageId.VERIFICATION in visible_pages(demo_policy("verifier"))


def test_hidden_pages_are_not_built(qtbot: QtBot) -> None:
    window = _window(qtbot, "operator")
    assert window.page(PageId.USERS) is None
    assert window.navigation.count() == len(window.page_ids())
    titles = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert "Users" not in titles


def test_ctrl_number_switches_page_and_title(qtbot: QtBot) -> None:
    window = _window(qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    qtbot.keyClick(window.navigation, "7", QKeySequence("Ctrl+7")[0].keyboardModifiers())
    assert window.current_page_id() is PageId.SYNC_STATUS
    assert window.windowTitle().startswith("Sync status")
    # The sync page has a button: focus moved into the page.
    assert window.page(PageId.SYNC_STATUS).sync_button.hasFocus()


def test_install_page_replaces_the_placeholder(qtbot: QtBot) -> None:
    window = _window(qtbot)
    page = PlaceholderPage(PageId.CUSTOMERS)
    window.install_page(page)
    assert window.page(PageId.CUSTOMERS) is page
    window.show_page(PageId.CUSTOMERS)
    assert window.stack.currentWidget() is page
    operator = _window(qtbot, "operator")
    with pytest.raises(ValueError, match="hidden"):
        operator.install_page(PlaceholderPage(PageId.USERS))


def test_status_bar_shows_sync_state_as_text_and_announces_the_end(qtbot: QtBot) -> None:
    status = StaticSyncStatus(SyncStatus(ConnectionState.SYNCING, 3, None, 1))
    window = _window(qtbot, status=status)
    assert window.status_connection.text() == "Syncing…"
    assert window.status_pending.text() == "Pending changes: 3"
    assert window.status_conflicts.text() == "Conflicts: 1"
    assert window.status_last_sync.text() == "Last sync: never"
    # A background sync (one after every save) ends silently: only the status bar says so.
    with events.recording() as sent:
        status.set(SyncStatus(ConnectionState.ONLINE, 0, datetime.now(UTC), 1))
        qtbot.waitUntil(lambda: window.status_connection.text() == "Online", timeout=1000)
    assert sent == []
    # A sync the user asked for (Ctrl+R) is said when it ends.
    window.commands[ActionId.SYNC_NOW].trigger()
    with events.recording() as sent:
        status.set(SyncStatus(ConnectionState.SYNCING, 0, datetime.now(UTC), 1))
        qtbot.waitUntil(lambda: window.status_connection.text() == "Syncing…", timeout=1000)
        status.set(SyncStatus(ConnectionState.ONLINE, 0, datetime.now(UTC), 1))
        qtbot.waitUntil(lambda: window.status_connection.text() == "Online", timeout=1000)
    assert [(e.message, e.politeness) for e in sent] == [
        ("Sync finished.", QAccessible.AnnouncementPoliteness.Polite)
    ]
    assert window.status_pending.text() == "Pending changes: 0"
    assert window.status_last_sync.text().startswith("Last sync: ")
    assert window.status_last_sync.text() != "Last sync: never"


def test_where_am_i_speaks_page_and_sync_state(qtbot: QtBot) -> None:
    window = _window(qtbot, status=StaticSyncStatus(SyncStatus(ConnectionState.OFFLINE, 2)))
    with events.recording() as sent:
        text = window.where_am_i()
    assert text.startswith("My work. Offline. Pending changes: 2.")
    assert [e.message for e in sent] == [text]


def test_background_counter_shows_in_the_status_bar(qtbot: QtBot) -> None:
    window = _window(qtbot)
    assert not window.status_events.isVisible()
    window.announcer.note_background_event("New flag")
    assert window.status_events.isVisible()
    assert window.status_events.text() == "New events: 1"


def test_menu_commands_emit_requests(qtbot: QtBot) -> None:
    window = _window(qtbot)
    with qtbot.waitSignal(window.sig_sync_requested):
        window.commands[ActionId.SYNC_NOW].trigger()
    with qtbot.waitSignal(window.sig_lock_requested):
        window.commands[ActionId.LOCK].trigger()


def test_shortcuts_are_unique_and_documented(qtbot: QtBot) -> None:
    window = _window(qtbot)
    actions = window.findChildren(QAction)
    shortcuts = [a.shortcut().toString() for a in actions if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), shortcuts
    doc = KEYBOARD_MAP.read_text(encoding="utf-8")
    for spec in SPECS.values():
        if spec.shortcut:
            assert f"`{spec.shortcut}`" in doc, spec.shortcut
    assert "`Ctrl+1`" in doc
    assert "`Ctrl+7`" in doc


def test_mnemonic_checker_finds_a_planted_duplicate(qtbot: QtBot) -> None:
    window = QWidget()
    QLabel("&Status:", window)
    QLabel("&Save", window)
    QLabel("Save && close", window)
    qtbot.addWidget(window)
    assert duplicate_mnemonics(window) == {"s": ["&Status:", "&Save"]}
    assert mnemonic_of("Save && &close") == "c"
    assert mnemonic_of("no mnemonic") is None


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_main_window_and_settings_have_unique_mnemonics(
    qtbot: QtBot, translations: Translations, lang: str
) -> None:
    assert translations.install(lang)
    window = _window(qtbot)
    for page_id in window.page_ids():
        window.show_page(page_id)
        assert duplicate_mnemonics(window) == {}, (lang, page_id)
    dialog = SettingsDialog(UiPreferences(language=lang), window)
    dialog.show()
    assert duplicate_mnemonics(dialog) == {}, lang


def test_every_focusable_control_has_a_name(qtbot: QtBot) -> None:
    window = _window(qtbot)
    for page_id in window.page_ids():
        window.show_page(page_id)
        assert unnamed_focusables(window) == [], page_id
    dialog = SettingsDialog(UiPreferences(), window)
    dialog.show()
    assert unnamed_focusables(dialog) == []
    assert dialog.language.accessibleName() == "Language"


@pytest.mark.parametrize("choice", [ThemeChoice.STANDARD, ThemeChoice.HIGH_CONTRAST])
def test_buttons_are_at_least_24_px(qtbot: QtBot, qapp: QApplication, choice: ThemeChoice) -> None:
    ThemeManager(qapp).apply(choice, 100)
    window = _window(qtbot)
    window.show_page(PageId.SYNC_STATUS)
    QApplication.processEvents()
    assert undersized_targets(window) == []
    dialog = SettingsDialog(UiPreferences(), window)
    dialog.show()
    QApplication.processEvents()
    assert undersized_targets(dialog) == []


def test_language_switch_relabels_the_running_window(
    qtbot: QtBot, translations: Translations
) -> None:
    window = _window(qtbot)
    translations.install("pl")
    QApplication.processEvents()
    assert window.navigation.item(1).text() == "Klienci"
    assert window.file_menu.title() == "&Plik"
    assert window.page(PageId.MY_WORK).heading.text() == "Moja praca"


def test_run_shows_the_shell_and_returns_zero(qapp: QApplication) -> None:
    def close_all() -> None:
        for widget in QApplication.topLevelWidgets():
            widget.close()

    QTimer.singleShot(200, close_all)
    assert ui_main.run(["--lang", "cs", "--high-contrast", "--role", "operator"]) == 0
    # run() leaves the application in English again.
    assert QApplication.translate("Pages", "Customers") == "Customers"


def test_parse_args_passes_unknown_options_to_qt() -> None:
    args, rest = ui_main.parse_args(["--demo", "--text-scale", "150", "-style", "fusion"])
    assert args.demo
    assert args.text_scale == 150
    assert rest == ["-style", "fusion"]
    prefs = ui_main.initial_preferences(args)
    assert prefs.text_scale == 150
    assert prefs.theme is ThemeChoice.SYSTEM
