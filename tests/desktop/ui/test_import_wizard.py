"""The import wizard on a real SQLCipher store (and, end to end, the real embedded server):
keyboard-driven mapping, every good row saved with its outbox entry, every bad row in the report,
no duplicates on a second run, whole batches only after a failure or a Stop, no action for roles
that may not import."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from crm_desktop.app import Application
from crm_desktop.demo_server import DemoServer
from crm_desktop.services import imports
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.imports import ImportService
from crm_desktop.services.signin import SignIn
from crm_desktop.store import Store
from crm_desktop.ui.a11y import Politeness, duplicate_mnemonics, unnamed_focusables
from crm_desktop.ui.actions import ActionId
from crm_desktop.ui.dataio.import_launcher import ImportLauncher
from crm_desktop.ui.dataio.import_wizard import ImportWizard
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.messages import message
from crm_desktop.ui.settings_dialog import UiPreferences
from crm_desktop.ui.sync_status import StaticSyncStatus
from crm_protocol.changes import Changes
from tests.desktop.app.conftest import api, demo, signin  # noqa: F401 - fixtures
from tests.desktop.app.local_data import ADMIN, LocalData, context, make_store
from tests.desktop.dataio.conftest import SampleFile, sample_file, write_csv

SHOTS = Path("/tmp")


@pytest.fixture
def data(tmp_path: Path) -> Iterator[LocalData]:
    made = make_store(tmp_path, customers=30)
    yield made
    made.store.close()


class Harness:
    """A main window with the import command wired the way the application wires it."""

    def __init__(self, qtbot: QtBot, store: Store, role: str = "coordinator") -> None:
        ctx = context(role, user_id=ADMIN, login="admin")
        self.window = MainWindow(ctx.policy, StaticSyncStatus(), UiPreferences())
        qtbot.addWidget(self.window)
        self.service = ImportService(store, CustomerService(store, ctx), ctx.policy)
        self.published: list[Changes] = []
        self.announced: list[tuple[str, Politeness]] = []
        self.window.announcer.sig_announced.connect(lambda t, p: self.announced.append((t, p)))
        self.launcher = ImportLauncher(
            self.window, self.service, ADMIN, self.window.announcer, self.published.append
        )
        action = self.window.commands.get(ActionId.IMPORT_CUSTOMERS)
        if action is not None:
            action.triggered.connect(self.launcher.open)
            action.setEnabled(True)
        self.window.show()
        qtbot.waitExposed(self.window)

    def wizard(self, qtbot: QtBot, batch_size: int | None = None) -> ImportWizard:
        if batch_size is None:
            wizard = self.launcher.open()
        else:  # a small batch size, so a few hundred rows make several batches
            wizard = ImportWizard(
                self.service,
                ADMIN,
                self.window.announcer,
                self.published.append,
                batch_size=batch_size,
                parent=self.window,
            )
            wizard.open()
        qtbot.waitExposed(wizard)
        return wizard


def audit(wizard: QWizard, shot: str | None = None) -> None:
    QApplication.processEvents()
    assert unnamed_focusables(wizard) == [], wizard.currentPage().title()
    assert duplicate_mnemonics(wizard) == {}, wizard.currentPage().title()
    if shot is not None:
        wizard.grab().save(str(SHOTS / f"import-wizard-{shot}.png"))


def to_mapping(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=20_000)


def to_preview(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.preview is not None, timeout=30_000)


def to_summary(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=60_000)


def run_through(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    to_mapping(qtbot, wizard, path)
    to_preview(qtbot, wizard)
    to_summary(qtbot, wizard)


def count(store: Store, table: str, where: str = "1") -> int:
    with store.connection() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table} WHERE {where}")).scalar_one())


def stored_names(store: Store) -> set[str]:
    with store.connection() as conn:
        return {str(r[0]) for r in conn.execute(text("SELECT name FROM customers"))}


def report_rows(path: Path) -> list[tuple[object, ...]]:
    wb = load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    finally:
        wb.close()


def assert_report_lists_every_bad_row(path: Path, sample: SampleFile) -> None:
    rows = report_rows(path)
    assert rows[0] == ("Row", "Column", "Field", "Value", "Code", "Reason", "Detail")
    got = {(r[0], r[1], r[5]) for r in rows[1:]}
    assert got == {(row, header, message(code)) for row, (header, code) in sample.bad.items()}


# --------------------------------------------------------------------------------- the tests


def test_import_saves_every_good_row_and_reports_every_bad_one(
    qtbot: QtBot, data: LocalData, tmp_path: Path
) -> None:
    sample = sample_file(tmp_path, "pl", "xlsx", 300)
    assert len(sample.bad) == 15  # 5 %
    h = Harness(qtbot, data.store)
    before = count(data.store, "customers")

    h.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is h.window)
    h.window.navigation.setFocus()
    qtbot.keyClick(
        h.window.navigation,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wizard = h.launcher.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    audit(wizard, "1-file")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(wizard.file_page.path, str(sample.path))
    qtbot.keyClick(wizard, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &Next
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=20_000)

    page = wizard.mapping_page
    audit(wizard, "2-mapping")
    assert "Polish" in page.language.text()
    assert "13 of 13" in page.language.text()
    assert page.mapping() == {
        0: "name",
        1: "nip",
        2: "regon",
        3: "street",
        4: "building_number",
        5: "postal_code",
        6: "city",
        7: "region",
        8: "country",
        9: "landline",
        10: "mobile",
        11: "email",
        12: "remarks",
    }
    # Keyboard: F2 on the field column of "Uwagi" opens a named combo; Home picks "Not imported".
    table = page.table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentIndex(page.model.index(12, 2))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None
    assert editor.accessibleName() == "Imported into, Uwagi"
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert 12 not in page.mapping()
    qtbot.wait(300)  # Enter committed the choice, and did not press the wizard's Next
    assert wizard.currentPage() is page
    assert QApplication.focusWidget() is table
    assert page.model.index(12, 2).data() == "Not imported"
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table  # Tab leaves the table

    qtbot.keyClick(wizard, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.preview_page.preview is not None, timeout=30_000)
    audit(wizard, "3-preview")
    preview = wizard.preview_page.preview
    assert preview is not None
    assert (preview.total, preview.valid, preview.invalid) == (300, 285, 15)
    assert "285 can be imported" in wizard.preview_page.counts.text()
    assert wizard.preview_page.reasons_model.rowCount() == 4
    assert ("285 of 300 rows can be imported.", Politeness.POLITE) in h.announced
    assert count(data.store, "customers") == before  # nothing saved by the check

    qtbot.keyClick(wizard, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # &Import
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=60_000)
    audit(wizard, "5-summary")
    summary = wizard.summary_page.summary.text()
    assert summary.startswith("Import finished. 285 customers saved. 15 rows not imported")
    assert h.announced[-1] == ("Import finished.", Politeness.POLITE)

    assert count(data.store, "customers") == before + 285
    assert stored_names(data.store) >= {str(g["name"]) for g in sample.good}
    assert count(data.store, "outbox", "op = 'create' AND state = 'pending'") == 285
    assert sum(len(c.customers) for c in h.published) == 285
    assert all(c.outbox for c in h.published)
    report = Path(wizard.summary_page.report_path.text())
    assert report.parent == sample.path.parent
    assert_report_lists_every_bad_row(report, sample)

    wizard.accept()
    qtbot.waitUntil(lambda: h.launcher.wizard is None)


def test_importing_the_same_file_twice_creates_no_duplicates(
    qtbot: QtBot, data: LocalData, tmp_path: Path
) -> None:
    sample = sample_file(tmp_path, "cs", "csv", 200)
    h = Harness(qtbot, data.store)
    before = count(data.store, "customers")
    first = h.wizard(qtbot)
    run_through(qtbot, first, sample.path)
    assert count(data.store, "customers") == before + 190
    first.accept()

    second = h.wizard(qtbot)
    to_mapping(qtbot, second, sample.path)
    to_preview(qtbot, second)
    preview = second.preview_page.preview
    assert preview is not None
    assert (preview.valid, preview.duplicates_existing, preview.invalid) == (0, 190, 10)
    assert "Nothing to import" in second.preview_page.counts.text()
    assert not second.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert count(data.store, "customers") == before + 190
    assert count(data.store, "outbox") == 190


def test_a_failing_batch_leaves_whole_batches_and_the_summary_says_so(
    qtbot: QtBot, data: LocalData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = sample_file(tmp_path, "pl", "xlsx", 300)
    calls: list[str] = []
    real = imports.put_values

    def failing(conn: object, space: str, values: object) -> None:
        calls.append(space)
        real(conn, space, values)  # type: ignore[arg-type]
        if len(calls) == 3:  # batch 3's rows and outbox entries are written: now it fails
            raise OSError("disk full")

    monkeypatch.setattr(imports, "put_values", failing)
    h = Harness(qtbot, data.store)
    before = count(data.store, "customers")
    wizard = h.wizard(qtbot, batch_size=50)
    run_through(qtbot, wizard, sample.path)
    summary = wizard.summary_page.summary.text()
    assert summary.startswith("Import stopped by an error")
    assert "100 customers saved." in summary
    assert h.announced[-1][1] is Politeness.ASSERTIVE
    assert count(data.store, "customers") == before + 100
    assert count(data.store, "outbox") == 100
    good_first = {str(g["name"]) for g in sample.good[:100]}
    assert stored_names(data.store) >= good_first
    assert not stored_names(data.store) & {str(g["name"]) for g in sample.good[100:]}
    wizard.accept()

    monkeypatch.setattr(imports, "put_values", real)
    again = h.wizard(qtbot, batch_size=50)
    run_through(qtbot, again, sample.path)
    assert again.summary_page.summary.text().startswith("Import finished. 185 customers saved.")
    assert count(data.store, "customers") == before + 285


def test_stop_keeps_the_saved_batch_whole_and_never_blocks_the_ui(
    qtbot: QtBot, data: LocalData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = sample_file(tmp_path, "cs", "xlsx", 300)
    inside, release = threading.Event(), threading.Event()
    real = imports.put_values

    def slow(conn: object, space: str, values: object) -> None:
        real(conn, space, values)  # type: ignore[arg-type]
        inside.set()
        release.wait(20)  # batch 1 sits in its transaction until the test lets it go

    monkeypatch.setattr(imports, "put_values", slow)
    h = Harness(qtbot, data.store)
    before = count(data.store, "customers")
    wizard = h.wizard(qtbot, batch_size=50)
    to_mapping(qtbot, wizard, sample.path)
    to_preview(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(inside.is_set, timeout=20_000)
    run = wizard.run_page
    assert wizard.currentPage() is run
    assert run.running
    audit(wizard, "4-run")
    qtbot.mouseClick(run.stop_button, Qt.MouseButton.LeftButton)  # the UI answers meanwhile
    assert run.state.text() == "Stopping after the current batch…"
    assert not run.stop_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=30_000)
    summary = wizard.summary_page.summary.text()
    assert summary.startswith("Import stopped.")
    assert "50 customers saved." in summary
    assert count(data.store, "customers") == before + 50
    assert count(data.store, "outbox") == 50


def test_mapping_problems_are_explained_and_fixed_from_the_keyboard(
    qtbot: QtBot, data: LocalData, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "odd.csv",
        ["Klient", "Telefon", "Tel"],
        [["Alfa", "+48 601 000 001", "+48 601 000 002"]],
    )
    h = Harness(qtbot, data.store)
    wizard = h.wizard(qtbot)
    to_mapping(qtbot, wizard, path)
    page = wizard.mapping_page
    assert page.mapping() == {1: "landline", 2: "mobile"}  # "Klient" is not recognised
    assert page.problem_texts() == ["Name is required: import a column of the file into it."]
    assert page.problems.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.country_field.container.isVisible()  # no country column: one for all rows

    page.table.setFocus(Qt.FocusReason.TabFocusReason)
    page.table.setCurrentIndex(page.model.index(2, 2))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None
    assert editor.accessibleName() == "Imported into, Tel"
    index = editor.findData("landline")  # type: ignore[attr-defined]
    editor.setCurrentIndex(index)  # type: ignore[attr-defined]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert page.problem_texts() == [
        "Landline is chosen for more than one column (also “Tel”). Keep one.",
        "Name is required: import a column of the file into it.",
    ]

    page.model.set_field(2, "mobile")
    page.table.setCurrentIndex(page.model.index(0, 2))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.setCurrentIndex(editor.findData("name"))  # type: ignore[union-attr]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert page.problem_texts() == []
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    audit(wizard)


def test_roles_that_may_not_import_have_no_import_command(qtbot: QtBot, data: LocalData) -> None:
    operator = Harness(qtbot, data.store, role="operator")
    assert ActionId.IMPORT_CUSTOMERS not in operator.window.commands  # absent, not disabled
    texts = [a.text() for a in operator.window.file_menu.actions()]
    assert "&Import customers…" not in texts
    operator.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is operator.window)
    operator.window.navigation.setFocus()
    qtbot.keyClick(
        operator.window.navigation,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert operator.launcher.wizard is None

    coordinator = Harness(qtbot, data.store, role="coordinator")
    action = coordinator.window.commands.get(ActionId.IMPORT_CUSTOMERS)
    assert action is not None
    assert action.isEnabled()
    assert action in coordinator.window.file_menu.actions()


# ------------------------------------------------------------------- end to end, real server


@pytest.fixture
def application(
    demo: DemoServer,  # noqa: F811 - the fixture imported above
    signin: SignIn,  # noqa: F811
    qapp: QApplication,
) -> Iterator[Application]:
    app = Application(
        signin, UiPreferences(), on_quit=lambda: None, server_url=demo.url, live_sync=False
    )
    yield app
    app.shutdown()


def test_imported_customers_reach_the_server(
    qtbot: QtBot,
    application: Application,
    api: httpx.Client,  # noqa: F811
    tmp_path: Path,
) -> None:
    sample = sample_file(tmp_path, "cs", "xlsx", 60)
    application.start()
    dialog = application.login_dialog
    assert dialog is not None
    dialog.login.setText("coordinator")
    dialog.password.setText("demo")
    dialog.submit()
    qtbot.waitUntil(lambda: application.workspace is not None, timeout=60_000)
    ws = application.workspace
    assert ws is not None
    assert ws.import_launcher is not None
    ws.window.commands[ActionId.IMPORT_CUSTOMERS].trigger()
    wizard = ws.import_launcher.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    target = wizard.file_page.target
    target.setCurrentIndex(target.findText("Strojírenské firmy, Jihomoravský kraj"))
    run_through(qtbot, wizard, sample.path)
    assert wizard.summary_page.summary.text().startswith("Import finished. 57 customers saved.")
    wizard.accept()

    # The import woke the sync runner: the outbox empties through a real push.
    qtbot.waitUntil(lambda: ws.engine.pending_count() == 0, timeout=60_000)
    r = api.get("/customers", params={"filter": "name:prefix:Společnost ", "page_size": 200})
    assert r.status_code == 200, r.text
    on_server = {item.get("values", item)["name"] for item in r.json()["items"]}
    assert on_server >= {str(g["name"]) for g in sample.good}

    # an operator signs in on the same device: no import command at all
    application.log_out()
    operator = application.login_dialog
    assert operator is not None
    operator.login.setText("operator")
    operator.password.setText("demo")
    operator.submit()
    qtbot.waitUntil(lambda: application.workspace is not None, timeout=60_000)
    assert application.workspace.import_launcher is None
    assert ActionId.IMPORT_CUSTOMERS not in application.workspace.window.commands
