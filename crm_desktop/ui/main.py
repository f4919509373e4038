"""``crm-desktop``: build the Qt application, apply theme and language, show the shell.

For now the shell runs on a demo policy and a demo sync state; sign-in, the store and the
sync engine plug in here as they land (the composition moves to ``crm_desktop/app.py``).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from crm_desktop import paths
from crm_desktop.ui.a11y.announcer import install_accessible_factory
from crm_desktop.ui.demo import DEMO_ROLE, demo_policy, demo_sync_status, fake_sync
from crm_desktop.ui.i18n import LANGUAGES, Translations, system_language
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.settings_dialog import UiPreferences
from crm_desktop.ui.theme import TEXT_SCALES, ThemeChoice, ThemeManager
from crm_protocol.roles import PRESETS

APP_NAME = "crm-desktop"
DISPLAY_NAME = "CRM"


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and whatever is left for Qt (e.g. ``-platform offscreen``)."""
    parser = argparse.ArgumentParser(prog=APP_NAME, description="Offline-first CRM client.")
    parser.add_argument("--demo", action="store_true", help="run on demo data")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="user interface language")
    parser.add_argument("--high-contrast", action="store_true", help="use the high-contrast theme")
    parser.add_argument(
        "--text-scale",
        type=int,
        choices=TEXT_SCALES,
        default=100,
        help="text size in percent",
    )
    parser.add_argument(
        "--role", choices=sorted(PRESETS), default=DEMO_ROLE, help="demo: the user's role"
    )
    return parser.parse_known_args(list(argv))


def initial_preferences(args: argparse.Namespace) -> UiPreferences:
    """Preferences from the command line (settings storage comes later)."""
    return UiPreferences(
        language=args.lang or system_language(),
        theme=ThemeChoice.HIGH_CONTRAST if args.high_contrast else ThemeChoice.SYSTEM,
        text_scale=args.text_scale,
    )


def build_application(qt_args: Sequence[str]) -> QApplication:
    """The one ``QApplication``, named for the accessibility bus and the window manager."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([APP_NAME, *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setDesktopFileName(APP_NAME)
    install_accessible_factory()
    return app


def run(argv: Sequence[str]) -> int:
    """Start the desktop client; returns the process exit code."""
    args, qt_args = parse_args(argv)
    app = build_application(qt_args)
    preferences = initial_preferences(args)
    translations = Translations(app, paths.cache_dir() / "translations")
    translations.install(preferences.language)
    theme = ThemeManager(app)
    theme.apply(preferences.theme, preferences.text_scale)

    status = demo_sync_status()
    window = MainWindow(demo_policy(args.role), status, preferences)

    def apply_preferences(chosen: UiPreferences) -> None:
        translations.install(chosen.language)
        theme.apply(chosen.theme, chosen.text_scale)

    window.sig_preferences_changed.connect(apply_preferences)
    window.sig_sync_requested.connect(lambda: fake_sync(status))
    window.sig_lock_requested.connect(window.close)
    window.sig_logout_requested.connect(window.close)
    window.show()
    try:
        return app.exec()
    finally:
        # Leave a reused QApplication (tests, embedding) in English, as found.
        translations.remove()
