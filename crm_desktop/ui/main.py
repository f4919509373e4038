"""``crm-desktop``: build the Qt application, apply theme and language, start the client.

The application itself is composed in ``crm_desktop/app.py``; this module owns the command
line, the ``QApplication``, and ``--demo`` (an embedded server on throw-away data).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from crm_desktop import paths
from crm_desktop.ui.a11y.announcer import install_accessible_factory
from crm_desktop.ui.i18n import LANGUAGES, Translations, system_language
from crm_desktop.ui.settings_dialog import UiPreferences
from crm_desktop.ui.theme import TEXT_SCALES, ThemeChoice, ThemeManager
from crm_protocol.roles import PRESETS

APP_NAME = "crm-desktop"
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
DISPLAY_NAME = "CRM"


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and whatever is left for Qt (e.g. ``-platform offscreen``)."""
    parser = argparse.ArgumentParser(prog=APP_NAME, description="Offline-first CRM client.")
    parser.add_argument(
        "--demo", action="store_true", help="start an embedded demo server and sign in to it"
    )
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
        "--role", choices=sorted(PRESETS), help="demo: pre-fill the login of this role's user"
    )
    parser.add_argument("--server", help="server address (skips the first-run question)")
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


def _demo_notice(in_memory_keyring: bool) -> str:
    text = QCoreApplication.translate(
        "Start", "Demo mode: a local demo server with sample data. Nothing is kept afterwards."
    )
    if in_memory_keyring:
        text += " " + QCoreApplication.translate(
            "Start",
            "No system key store was found, so the demo keeps its key in memory only. "
            "The real client refuses to run without one.",
        )
    return text


def run(argv: Sequence[str]) -> int:
    """Start the desktop client; returns the process exit code."""
    from crm_desktop.app import Application, default_keyring
    from crm_desktop.services.signin import SignIn

    args, qt_args = parse_args(argv)
    app = build_application(qt_args)
    preferences = initial_preferences(args)
    translations = Translations(app, paths.cache_dir() / "translations")
    translations.install(preferences.language)
    theme = ThemeManager(app)
    theme.apply(preferences.theme, preferences.text_scale)

    quit_requested = False

    def request_quit() -> None:
        nonlocal quit_requested
        quit_requested = True
        app.quit()

    demo = None
    demo_home: str | None = None
    old_home = os.environ.get(paths.HOME_ENV)
    try:
        if args.demo:
            from crm_desktop.demo_server import DEMO_PASSWORD, demo_logins, start_demo_server
            from crm_desktop.security.demo_keyring import demo_keyring_access

            try:
                demo = start_demo_server()
            except ImportError:
                print(
                    "crm-desktop --demo needs the server extra: pip install 'crm-desktop[server]'",
                    file=sys.stderr,
                )
                return 2
            # The demo's profiles are throw-away too: never mix them with real ones.
            demo_home = tempfile.mkdtemp(prefix="crm-demo-client-")
            os.environ[paths.HOME_ENV] = demo_home
            keyring, in_memory = demo_keyring_access()
            role = args.role or "operator"
            application = Application(
                SignIn(lambda: keyring),
                preferences,
                on_quit=request_quit,
                server_url=demo.url,
                demo_logins=[(d.login, d.role) for d in demo_logins()],
                demo_password=DEMO_PASSWORD,
                notice=_demo_notice(in_memory),
                preset_login="admin" if role == "administrator" else role,
                ares_url=demo.ares_url,
            )
        else:
            application = Application(
                SignIn(default_keyring), preferences, on_quit=request_quit, server_url=args.server
            )

        def apply_preferences(chosen: UiPreferences) -> None:
            translations.install(chosen.language)
            theme.apply(chosen.theme, chosen.text_scale)

        application.on_preferences = apply_preferences
        application.start()
        if quit_requested:
            return 0
        # Ctrl+C / SIGTERM end the client cleanly (the demo's throw-away files are removed):
        # Python runs signal handlers only between bytecodes, so tick the interpreter.
        previous = {s: signal.signal(s, lambda *_: app.quit()) for s in _STOP_SIGNALS}
        ticker = QTimer()
        ticker.start(500)
        ticker.timeout.connect(lambda: None)
        try:
            code = app.exec()
        finally:
            ticker.stop()
            for number, handler in previous.items():
                signal.signal(number, handler)
        application.shutdown()
        return int(code)
    finally:
        # Leave a reused QApplication (tests, embedding) in English, as found.
        translations.remove()
        if demo is not None:
            demo.stop()
        if demo_home is not None:
            shutil.rmtree(demo_home, ignore_errors=True)
            if old_home is None:
                os.environ.pop(paths.HOME_ENV, None)
            else:
                os.environ[paths.HOME_ENV] = old_home
