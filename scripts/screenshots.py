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
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CRM_DESKTOP_HOME", tempfile.mkdtemp(prefix="crm-shots-"))

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget
from stdnum.pl import nip

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
from crm_desktop.ui.dataio.import_wizard import ImportWizard
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


def wait_for(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the event loop until ``condition()`` holds (background work finishing)."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready")
        loop.processEvents()
        time.sleep(0.01)


def import_sample(folder: Path) -> Path:
    """A small Polish csv with a few bad rows, as a supervisor would receive it."""
    lines = ["Nazwa;NIP;Miejscowość;Kod pocztowy;Telefon"]
    numbers = (f"77700{n:04d}" for n in range(10_000))
    valid = (f"{b}{c}" for b in numbers if (c := nip.checksum(b + "0") % 11) < 10)
    for i, number in zip(range(40), valid, strict=False):
        name = "" if i == 7 else f"Hurtownia Mięsa {i}"
        code = "00-95" if i == 13 else "26-600"
        lines.append(f"{name};{number};Radom;{code};+48 48 360 {i:02d} 00")
    path = folder / "klienci-radom.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


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

        def export_scene() -> QWidget:
            ws = workspace(signin, server.url, "admin")
            ws.window.show_page(PageId.CUSTOMERS)
            page = ws.pages[PageId.CUSTOMERS]
            assert isinstance(page, CustomersPage)
            page.model.wait_complete()
            dialog = page.open_export_dialog()
            assert dialog is not None
            dialog.path.setText(str(Path.home() / "Documents" / "customers-2026-11-22.xlsx"))
            return dialog

        def import_wizard(ws: Workspace) -> ImportWizard:
            launcher = ws.import_launcher
            assert launcher is not None
            wizard = launcher.open()
            wizard.file_page.path.setText(str(import_sample(Path(tempfile.mkdtemp()))))
            wizard.next()
            wait_for(lambda: wizard.currentPage() is wizard.mapping_page)
            return wizard

        def import_mapping_scene() -> QWidget:
            return import_wizard(workspace(signin, server.url, "coordinator"))

        def import_preview_scene() -> QWidget:
            wizard = import_wizard(workspace(signin, server.url, "coordinator"))
            wizard.next()
            wait_for(lambda: wizard.preview_page.preview is not None)
            return wizard

        scenes = [
            ("login", login_scene),
            ("my_work", my_work_scene),
            ("customers", list_scene),
            ("customer_form", form_scene),
            ("export_dialog", export_scene),
            ("import_mapping", import_mapping_scene),
            ("import_preview", import_preview_scene),
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
