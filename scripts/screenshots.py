"""Render every screen of the client into docs/screenshots/ (en + pl, default + high contrast).

Runs the real app against the embedded demo server (the same as ``crm-desktop --demo``), signs
in as the role each screen belongs to, and grabs each window at 1280×800 with the offscreen
platform (or under Xvfb when ``QT_QPA_PLATFORM=xcb``).

    .venv/bin/python scripts/screenshots.py [OUTPUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CRM_DESKTOP_HOME", tempfile.mkdtemp(prefix="crm-shots-"))

from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop import paths
from crm_desktop.app import Workspace, build_workspace
from crm_desktop.demo_server import DEMO_PASSWORD, demo_logins, start_demo_server
from crm_desktop.security.demo_keyring import DemoMemoryKeyring
from crm_desktop.security.keyring_access import KeyringAccess
from crm_desktop.security.vault import KdfParams
from crm_desktop.services.customer_queries import CustomerFilter
from crm_desktop.services.signin import SignIn
from crm_desktop.sync.engine import SyncEngine
from crm_desktop.ui.customers.page import CustomersPage
from crm_desktop.ui.i18n import Translations
from crm_desktop.ui.main import build_application
from crm_desktop.ui.pages import PageId
from crm_desktop.ui.settings_dialog import UiPreferences
from crm_desktop.ui.start.login_dialog import LoginDialog
from crm_desktop.ui.theme import ThemeChoice, ThemeManager

SIZE = (1280, 800)
CHEAP_KDF = KdfParams(memory_cost_kib=8, iterations=1, lanes=1)


def grab(widget: QWidget, out: Path) -> None:
    """Lay out, paint and save ``widget``."""
    app = QApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(out))
    print(out)


def workspace(signin: SignIn, url: str, login: str) -> Workspace:
    """Sign in as ``login`` and sync, without starting the background runner."""
    session = signin.sign_in(url, login, DEMO_PASSWORD)
    if session.first_login:
        SyncEngine(session.store, session.transport, on_wipe=lambda: None).sync()
    ws = build_workspace(session, UiPreferences(), live=False)
    ws.window.resize(*SIZE)
    ws.window.show()
    return ws


def main() -> None:
    out_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    app = build_application([])
    theme = ThemeManager(app)
    translations = Translations(app, paths.cache_dir() / "translations")
    keyring = KeyringAccess(DemoMemoryKeyring())
    signin = SignIn(lambda: keyring, kdf=CHEAP_KDF)
    server = start_demo_server(400, cheap_hashing=True)
    try:
        scenes: list[tuple[str, Callable[[], QWidget]]] = []

        def login_scene() -> QWidget:
            dialog = LoginDialog(
                server.url,
                "operator",
                demo_logins=[(d.login, d.role) for d in demo_logins()],
                demo_password=DEMO_PASSWORD,
                notice=app.translate(
                    "Start",
                    "Demo mode: a local demo server with sample data. Nothing is kept afterwards.",
                ),
            )
            dialog.show()
            return dialog

        def my_work_scene() -> QWidget:
            ws = workspace(signin, server.url, "operator")
            ws.window.show_page(PageId.MY_WORK)
            return ws.window

        def list_scene() -> QWidget:
            ws = workspace(signin, server.url, "admin")
            ws.window.show_page(PageId.CUSTOMERS)
            page = ws.pages[PageId.CUSTOMERS]
            assert isinstance(page, CustomersPage)
            page.model.set_filter(CustomerFilter(sort="verification_state", descending=True))
            page.model.wait_complete()
            page.table.resizeColumnsToContents()
            page.table.selectRow(0)
            return ws.window

        def form_scene() -> QWidget:
            ws = workspace(signin, server.url, "operator")
            ws.window.show_page(PageId.CUSTOMERS)
            page = ws.pages[PageId.CUSTOMERS]
            assert isinstance(page, CustomersPage)
            page.model.set_filter(CustomerFilter(verification_state="rejected"))
            page.model.wait_complete()
            customer_id = page.model.customer_id(0) or page.model.customer_id(0)
            if customer_id is None:
                page.model.set_filter(CustomerFilter())
                page.model.wait_complete()
                customer_id = page.model.customer_id(0)
            assert customer_id is not None
            page.open_customer(customer_id)
            return ws.window

        scenes = [
            ("login", login_scene),
            ("my_work", my_work_scene),
            ("customers", list_scene),
            ("customer_form", form_scene),
        ]
        for lang in ("en", "pl"):
            translations.install(lang)
            for choice, suffix in (
                (ThemeChoice.STANDARD, "default"),
                (ThemeChoice.HIGH_CONTRAST, "high_contrast"),
            ):
                theme.apply(choice, 100)
                for name, build in scenes:
                    widget = build()
                    grab(widget, out_dir / f"{name}_{lang}_{suffix}.png")
                    widget.close()
                    widget.deleteLater()
                    app.processEvents()
    finally:
        translations.remove()
        server.stop()


if __name__ == "__main__":
    main()
