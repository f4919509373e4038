"""The client under test, in its own process, for the AT-SPI suites.

``python -m tests.a11y.app_main LOGIN`` starts the real composition (``crm_desktop.app``) the
way ``crm-desktop --demo`` does — the embedded demo server, the demo's in-memory key store, the
sign-in dialog listing the demo users with ``LOGIN`` pre-selected — but with a smaller data set
and cheap password hashing, so a launch takes seconds. It prints ``SERVER <url>`` once the
server runs.
The app must live in its own process: pyatspi's calls are synchronous D-Bus calls that the
app's Qt event loop has to answer.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import tempfile

from PySide6.QtCore import QTimer

from crm_desktop import paths
from crm_desktop.app import Application
from crm_desktop.demo_server import DEMO_PASSWORD, demo_logins, start_demo_server
from crm_desktop.security.demo_keyring import DemoMemoryKeyring
from crm_desktop.security.keyring_access import KeyringAccess
from crm_desktop.security.vault import KdfParams
from crm_desktop.services.signin import SignIn
from crm_desktop.ui.i18n import Translations
from crm_desktop.ui.main import build_application
from crm_desktop.ui.settings_dialog import UiPreferences
from crm_desktop.ui.theme import ThemeChoice, ThemeManager

CUSTOMERS = 120
CHEAP_KDF = KdfParams(memory_cost_kib=8, iterations=1, lanes=1)


def main(argv: list[str]) -> int:
    """Run the client signed-out, with ``argv[0]`` pre-selected among the demo users."""
    login = argv[0] if argv else "operator"
    app = build_application([])
    preferences = UiPreferences(language="en", theme=ThemeChoice.SYSTEM, text_scale=100)
    translations = Translations(app, paths.cache_dir() / "translations")
    translations.install(preferences.language)
    ThemeManager(app).apply(preferences.theme, preferences.text_scale)
    demo = start_demo_server(CUSTOMERS, cheap_hashing=True)
    home = tempfile.mkdtemp(prefix="crm-a11y-client-")
    os.environ[paths.HOME_ENV] = home
    print(f"SERVER {demo.url}", flush=True)
    # The demo's in-memory key store: a Secret Service on the test bus would pop up a prompt.
    keyring = KeyringAccess(DemoMemoryKeyring())
    application = Application(
        SignIn(lambda: keyring, kdf=CHEAP_KDF),
        preferences,
        on_quit=app.quit,
        server_url=demo.url,
        demo_logins=[(d.login, d.role) for d in demo_logins()],
        demo_password=DEMO_PASSWORD,
        preset_login=login,
    )
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
    ticker = QTimer()
    ticker.timeout.connect(lambda: None)  # lets Python run the signal handlers
    ticker.start(200)
    try:
        application.start()
        code = app.exec()
        application.shutdown()
    finally:
        # A graceful stop waits for the client's long-poll connection: up to 10 s per test.
        demo._server.force_exit = True
        demo.stop()
        shutil.rmtree(home, ignore_errors=True)
    return int(code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
