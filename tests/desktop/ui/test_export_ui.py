"""Export in the UI: the action exists only for roles that may export, the dialog runs the
export in the background against the real server, and Ctrl+C follows the export rules."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.app import Application
from crm_desktop.security.keyring_access import KeyringAccess
from crm_desktop.services import exports as exports_module
from crm_desktop.services.customer_queries import CustomerFilter, CustomerQueries
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.exports import ExportSelection, ExportService
from crm_desktop.services.history import HistoryService
from crm_desktop.services.server_api import transport_requester
from crm_desktop.services.signin import SignIn
from crm_desktop.ui.a11y import (
    Politeness,
    duplicate_mnemonics,
    undersized_targets,
    unnamed_focusables,
)
from crm_desktop.ui.actions import ActionId
from crm_desktop.ui.customers.export_dialog import ExportDialog
from crm_desktop.ui.customers.page import CustomersPage
from crm_desktop.ui.demo import demo_policy
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.pages import PageId
from crm_desktop.ui.settings_dialog import UiPreferences
from crm_desktop.ui.sync_status import StaticSyncStatus
from crm_desktop.ui.theme import ThemeChoice, ThemeManager
from crm_protocol.errors import ErrorCode, KnownError
from tests.desktop.app.local_data import LocalData, context, make_store
from tests.desktop.dataio.export_env import (  # noqa: F401 - fixtures
    CHEAP_KDF,
    PASSWORD,
    Client,
    ExportWorld,
    export_server,
    world,
)
from tests.desktop.security.memory_keyring import MemoryKeyring

SHORTCUT = "Ctrl+Shift+E"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def env(world: ExportWorld) -> ExportWorld:  # noqa: F811 - the imported fixture
    """The export server's admin side and the clients of this test."""
    return world


# --- helpers ----------------------------------------------------------------------------------


class Recorder:
    """A requester that records every call and answers nothing (the server is never asked)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def __call__(self, method: str, path: str, **_kwargs: Any) -> Any:
        self.calls.append((method, path))
        raise KnownError(ErrorCode.SERVER_UNREACHABLE)


def _window(qtbot: QtBot, policy: Any) -> MainWindow:
    window = MainWindow(policy, StaticSyncStatus(), UiPreferences())
    qtbot.addWidget(window)
    return window


def _page(
    qtbot: QtBot, store: Any, ctx: Any, exports: ExportService | None
) -> tuple[MainWindow, CustomersPage]:
    window = _window(qtbot, ctx.policy)
    page = CustomersPage(
        CustomerService(store, ctx),
        CustomerQueries(store, ctx),
        HistoryService(store),
        ctx.policy,
        window.announcer,
        window.commands,
        lambda _c: None,
        exports=exports,
    )
    window.install_page(page)
    window.show_page(PageId.CUSTOMERS)
    window.show()
    qtbot.waitExposed(window)
    page.model.wait_complete()
    return window, page


def _client_page(qtbot: QtBot, client: Client) -> tuple[MainWindow, CustomersPage]:
    return _page(qtbot, client.session.store, client.session.context, client.service)


def _announced(window: MainWindow) -> list[tuple[str, Politeness]]:
    said: list[tuple[str, Politeness]] = []
    window.announcer.sig_announced.connect(lambda text, p: said.append((text, p)))
    return said


def _select_rows(page: CustomersPage, rows: list[int]) -> None:
    model, selection = page.model, QItemSelection()
    for r in rows:
        selection.select(model.index(r, 0), model.index(r, model.columnCount() - 1))
    sm = page.table.selectionModel()
    sm.setCurrentIndex(model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _press_copy(qtbot: QtBot, page: CustomersPage) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def data(tmp_path: Path) -> Iterator[LocalData]:
    made = make_store(tmp_path, customers=30)
    yield made
    made.store.close()


# --- the action -------------------------------------------------------------------------------


def test_export_action_is_absent_for_a_role_without_export(qtbot: QtBot) -> None:
    window = _window(qtbot, demo_policy("operator"))
    assert ActionId.EXPORT_CUSTOMERS not in window.commands
    assert window.commands.get(ActionId.EXPORT_CUSTOMERS) is None
    shortcuts = {a.shortcut().toString() for a in window.findChildren(QAction)}
    assert SHORTCUT not in shortcuts
    texts = [a.text() for a in window.record_menu.actions()]
    assert not any("Export" in t for t in texts)


@pytest.mark.parametrize("role", ["coordinator", "principal", "administrator"])
def test_export_action_is_present_for_roles_with_export(qtbot: QtBot, role: str) -> None:
    window = _window(qtbot, demo_policy(role))
    action = window.commands[ActionId.EXPORT_CUSTOMERS]
    assert action.shortcut().toString() == SHORTCUT
    assert action in window.record_menu.actions()
    assert action.text() == "&Export customers…"


def test_page_of_a_role_without_export_has_no_button_and_selects_one_row(
    qtbot: QtBot, data: LocalData
) -> None:
    ctx = context("operator")
    recorder = Recorder()
    service = ExportService(data.store, ctx, CustomerQueries(data.store, ctx), recorder)
    _window, page = _page(qtbot, data.store, ctx, service)
    assert page.export_button.isHidden()  # absent, not merely disabled
    assert page.export_action is None
    assert page.table.selectionMode() is QAbstractItemView.SelectionMode.SingleSelection
    assert page.open_export_dialog() is None
    qtbot.keyClick(page.table, Qt.Key.Key_E, CTRL_SHIFT)
    assert page.export_dialog is None
    assert recorder.calls == []


# --- Ctrl+C -----------------------------------------------------------------------------------


def test_a_role_without_export_copies_only_the_current_cell(qtbot: QtBot, data: LocalData) -> None:
    ctx = context("operator")
    window, page = _page(qtbot, data.store, ctx, None)
    said = _announced(window)
    city = page.model.column_of("city")
    page.table.selectAll()  # not possible in a single-selection table: one row at most
    page.table.setCurrentIndex(page.model.index(2, city))
    QApplication.clipboard().setText("before")
    _press_copy(qtbot, page)
    assert QApplication.clipboard().text() == page.model.cell_text(2, city)
    assert "\t" not in QApplication.clipboard().text()
    assert "\n" not in QApplication.clipboard().text()
    assert said == [("Cell copied.", Politeness.POLITE)]


def test_a_role_with_export_copies_one_row_without_a_ticket(qtbot: QtBot, data: LocalData) -> None:
    ctx = context("coordinator")
    recorder = Recorder()
    service = ExportService(data.store, ctx, CustomerQueries(data.store, ctx), recorder)
    window, page = _page(qtbot, data.store, ctx, service)
    said = _announced(window)
    assert page.table.selectionMode() is QAbstractItemView.SelectionMode.ExtendedSelection
    _select_rows(page, [4])
    _press_copy(qtbot, page)
    cells = [page.model.cell_text(4, c) for c in range(page.model.columnCount())]
    assert QApplication.clipboard().text() == "\t".join(cells)
    assert cells[0] == page.model.customer_row(4).values["name"]
    assert recorder.calls == []  # one row is not an export
    assert said == [("Row copied.", Politeness.POLITE)]


def test_several_rows_copied_are_an_export_with_a_ticket_and_a_report(
    qtbot: QtBot,
    env: ExportWorld,
) -> None:
    client = env.sign_in(env.add_user(env.add_role(hidden=("commercial",))))
    window, page = _client_page(qtbot, client)
    said = _announced(window)
    asked: list[int] = []

    def ask(rows: int) -> str:
        asked.append(rows)
        return PASSWORD

    page.copier._ask_password = ask
    _select_rows(page, [0, 2, 3])
    QApplication.clipboard().setText("before")
    _press_copy(qtbot, page)
    assert asked == [3]
    qtbot.waitUntil(lambda: QApplication.clipboard().text() != "before", timeout=20_000)
    lines = QApplication.clipboard().text().splitlines()
    assert len(lines) == 4  # the header, then the three rows
    names = [page.model.cell_text(r, 0) for r in (0, 2, 3)]
    assert [line.split("\t")[0] for line in lines[1:]] == names
    assert "Purchase price" not in lines[0]
    copied = page.copier.last_export
    assert copied is not None
    page.copier.runner.wait()
    qtbot.waitUntil(lambda: env.export(copied.export_id)["reported_at"] is not None)
    recorded = env.export(copied.export_id)
    assert recorded["kind"] == "clipboard"
    assert recorded["row_count"] == 3
    assert recorded["sha256"] == copied.sha256
    assert said[-1] == ("3 rows copied; the copy is recorded as an export.", Politeness.POLITE)


def test_a_wrong_password_copies_nothing_and_says_so(qtbot: QtBot, env: ExportWorld) -> None:
    client = env.sign_in(env.add_user(env.add_role()))
    window, page = _client_page(qtbot, client)
    said = _announced(window)
    page.copier._ask_password = lambda _rows: "wrong-password"
    _select_rows(page, [0, 1])
    QApplication.clipboard().setText("before")
    _press_copy(qtbot, page)
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert said[0][1] is Politeness.ASSERTIVE
    assert said[0][0].startswith("Wrong password.")
    assert QApplication.clipboard().text() == "before"
    box = window.findChild(QMessageBox, "copy_failed_box")
    assert box is not None
    assert box.isVisible()
    assert box.text() == said[0][0]
    box.close()
    assert page.copier.last_export is None


# --- the dialog, end to end -----------------------------------------------------------------


def _shown(qtbot: QtBot, page: CustomersPage) -> ExportDialog:
    """The page's Export dialog, open and active (focus inside it)."""
    dialog = page.open_export_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def _open_dialog(qtbot: QtBot, window: MainWindow, page: CustomersPage) -> ExportDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    action = window.commands[ActionId.EXPORT_CUSTOMERS]
    qtbot.waitUntil(action.isEnabled, timeout=2000)  # enabled while the list shows
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E, CTRL_SHIFT)
    dialog = page.export_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_dialog_exports_the_list_in_the_background(
    qtbot: QtBot,
    qapp: QApplication,
    env: ExportWorld,
    tmp_path: Path,
) -> None:
    ThemeManager(qapp).apply(ThemeChoice.STANDARD, 100)  # the app's sizes (R26)
    client = env.sign_in(env.add_user(env.add_role()))
    window, page = _client_page(qtbot, client)
    said = _announced(window)
    dialog = _open_dialog(qtbot, window, page)
    assert dialog.rows.currentData() is False  # the list
    assert dialog.rows.count() == 1  # nothing selected: no second choice
    total = page.model.rowCount()
    qtbot.waitUntil(lambda: f"({total} customers)" in dialog.rows.currentText(), timeout=20_000)
    assert dialog.rows.accessibleName() == "Rows"
    assert unnamed_focusables(dialog) == []
    assert duplicate_mnemonics(dialog) == {}
    assert undersized_targets(dialog) == []
    assert dialog.password.hasFocus()

    target = tmp_path / "list"
    dialog.path.setText(str(target))
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # the default button: Export
    assert dialog.running
    assert not dialog.password.isEnabled()
    assert dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30_000)
    summary = dialog.summary
    assert summary is not None
    path = tmp_path / "list.xlsx"  # the suffix is added
    assert summary.path == path
    assert f"Exported {total} customers to list.xlsx" in dialog.status.text()
    assert summary.export_id in dialog.status.text()
    assert dialog.close_button.hasFocus()
    assert said == [(f"Export finished: {total} customers.", Politeness.POLITE)]
    wb = load_workbook(path)
    try:
        rows = list(wb.active.iter_rows(values_only=True))
        assert rows[0][0] == "Name"  # translated titles
        assert "Purchase price" not in rows[0]  # the role's hidden group
    finally:
        wb.close()
    assert len(rows) == total + 1
    recorded = env.export(summary.export_id)
    assert recorded["sha256"] == summary.sha256
    assert recorded["row_count"] == total
    assert recorded["scope"].startswith("customer list; filter:")
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.export_dialog is None)
    assert window.focusWidget() is page.table  # focus goes back to the invoker (R15)


def test_dialog_exports_the_selected_rows(qtbot: QtBot, env: ExportWorld, tmp_path: Path) -> None:
    client = env.sign_in(env.add_user(env.add_role()))
    _window, page = _client_page(qtbot, client)
    _select_rows(page, [1, 5, 6])
    dialog = _shown(qtbot, page)
    assert dialog.rows.currentData() is True  # several rows selected: they are the default
    dialog.path.setText(str(tmp_path / "sel.xlsx"))
    dialog.password.setText(PASSWORD)
    dialog.start_export()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30_000)
    wb = load_workbook(tmp_path / "sel.xlsx", read_only=True)
    try:
        rows = list(wb.active.values)
    finally:
        wb.close()
    assert [r[0] for r in rows[1:]] == [page.model.cell_text(r, 0) for r in (1, 5, 6)]
    assert env.export(dialog.summary.export_id)["scope"].startswith("selected rows")


def test_dialog_wrong_password_is_an_error_on_the_password_field(
    qtbot: QtBot,
    env: ExportWorld,
    tmp_path: Path,
) -> None:
    client = env.sign_in(env.add_user(env.add_role()))
    window, page = _client_page(qtbot, client)
    said = _announced(window)
    dialog = _shown(qtbot, page)
    dialog.path.setText(str(tmp_path / "x.xlsx"))
    dialog.password.setText("wrong-password")
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert dialog.password_field.error.startswith("Wrong password.")
    assert dialog.password.hasFocus()
    assert dialog.password.text() == ""
    assert said == [(dialog.password_field.error, Politeness.ASSERTIVE)]
    assert list(tmp_path.iterdir()) == []
    assert dialog.summary is None
    assert dialog.export_button.isEnabled()  # the user may try again


def test_dialog_checks_the_form_before_asking_the_server(qtbot: QtBot, data: LocalData) -> None:
    ctx = context("coordinator")
    recorder = Recorder()
    service = ExportService(data.store, ctx, CustomerQueries(data.store, ctx), recorder)
    _window, page = _page(qtbot, data.store, ctx, service)
    dialog = _shown(qtbot, page)
    dialog.path.setText("")
    dialog.start_export()
    assert dialog.path_field.error == "Choose where to save the file."
    assert dialog.path.hasFocus()
    dialog.path.setText("/tmp/x.xlsx")
    dialog.start_export()
    assert dialog.password_field.error == "This field is required. Fill it in."
    assert not dialog.running
    dialog.runner.wait()
    assert ("POST", "/exports") not in recorder.calls


def test_dialog_offline_without_the_policy_says_what_to_do(
    qtbot: QtBot, data: LocalData, tmp_path: Path
) -> None:
    ctx = context("coordinator")  # may export, but not offline
    recorder = Recorder()
    service = ExportService(data.store, ctx, CustomerQueries(data.store, ctx), recorder)
    window, page = _page(qtbot, data.store, ctx, service)
    said = _announced(window)
    dialog = _shown(qtbot, page)
    out = tmp_path / "out"
    out.mkdir()
    dialog.path.setText(str(out / "x.xlsx"))
    dialog.password.setText("whatever")
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert dialog.error.isVisible()
    assert "allows exports only online" in dialog.error.text()
    assert said[-1][1] is Politeness.ASSERTIVE
    assert list(out.iterdir()) == []


def test_dialog_cancel_stops_the_export_and_leaves_no_file(
    qtbot: QtBot,
    env: ExportWorld,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = env.sign_in(env.add_user(env.add_role()))
    _window, page = _client_page(qtbot, client)
    started = threading.Event()
    real = exports_module.write_export

    def slow(path: Path, columns: Any, rows: Any, mark: Any, **kw: Any) -> Any:
        started.set()
        cancel = kw["cancel"]
        while not cancel.wait(0.01):
            pass
        return real(path, columns, rows, mark, **kw)  # cancelled: raises, removes the file

    monkeypatch.setattr(exports_module, "write_export", slow)
    dialog = _shown(qtbot, page)
    dialog.path.setText(str(tmp_path / "x.xlsx"))
    dialog.password.setText(PASSWORD)
    dialog.start_export()
    qtbot.waitUntil(started.is_set, timeout=20_000)
    assert dialog.close_button.text() == "&Stop export"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc stops the export, keeps the dialog
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20_000)
    assert dialog.status.text() == "Export cancelled. No file was written."
    assert list(tmp_path.iterdir()) == []
    assert env.export(dialog.summary.export_id)["outcome"] == "cancelled"


def test_the_ui_never_waits_for_the_export(qtbot: QtBot, env: ExportWorld, tmp_path: Path) -> None:
    """The export runs beside the event loop, not on it: the UI keeps handling events while
    rows are written (how long the longest stall is, is measured by bench/bench_export.py)."""
    client = env.sign_in(env.add_user(env.add_role()))
    _window, page = _client_page(qtbot, client)
    dialog = _shown(qtbot, page)
    dialog.path.setText(str(tmp_path / "x.xlsx"))
    dialog.password.setText(PASSWORD)
    ticks_while_running: list[bool] = []

    def tick() -> None:
        ticks_while_running.append(dialog.summary is None)

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    dialog.start_export()
    assert dialog.summary is None  # start_export returned before the export finished
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30_000)
    timer.stop()
    assert sum(ticks_while_running) >= 2  # events were handled while the export ran


# --- the running app --------------------------------------------------------------------------


def test_the_app_delivers_pending_export_reports_after_each_sync(
    qtbot: QtBot, env: ExportWorld, tmp_path: Path
) -> None:
    """A report that missed the server goes out with the next successful sync of the app."""
    login = env.add_user(env.add_role())
    keyring = KeyringAccess(MemoryKeyring())
    signin = SignIn(lambda: keyring, kdf=CHEAP_KDF, timeout=20)
    app = Application(
        signin, UiPreferences(), on_quit=lambda: None, server_url=env.demo.url, live_sync=False
    )
    try:
        app.start()
        dialog = app.login_dialog
        assert dialog is not None
        dialog.login.setText(login)
        dialog.password.setText(PASSWORD)
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: app.workspace is not None, timeout=30_000)
        ws = app.workspace
        assert ws is not None
        assert ws.exports is not None
        page = ws.window.page(PageId.CUSTOMERS)
        assert isinstance(page, CustomersPage)
        assert not page.export_button.isHidden()  # the role may export
        qtbot.waitUntil(lambda: ws.runner.status.value == "online", timeout=30_000)

        real = transport_requester(ws.session.transport)

        def reports_lost(method: str, path: str, **kwargs: Any) -> Any:
            if path.endswith("/report"):
                raise KnownError(ErrorCode.SERVER_UNREACHABLE)
            return real(method, path, **kwargs)

        lossy = ExportService(ws.session.store, ws.session.context, ws.queries, reports_lost)
        plan = lossy.plan(ExportSelection(CustomerFilter()))
        summary = lossy.export_file(plan, tmp_path / "x.xlsx", PASSWORD)
        assert not summary.reported
        assert [p.export_id for p in ws.exports.pending()] == [summary.export_id]

        ws.runner.request_sync()  # what a local edit or Ctrl+R does
        qtbot.waitUntil(lambda: ws.exports.pending() == [], timeout=30_000)
        recorded = env.export(summary.export_id)
        assert recorded["sha256"] == summary.sha256
        assert recorded["row_count"] == plan.row_count
    finally:
        app.shutdown()
