"""ARES in the customer form against a local server answering in ARES' shape (no internet):
the lookup fills the empty fields, asks before replacing different ones, can be undone; not
found, a dissolved company, malformed JSON, a slow reply and a rate limit are each explained;
offline lookups are queued in the encrypted store and applied after the next successful sync."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from crm_desktop.app import Application
from crm_desktop.demo_ares import DemoAres, DemoCompany
from crm_desktop.demo_server import DemoServer
from crm_desktop.services.customer_queries import CustomerQueries
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.dataio import AresClient, DataIoCode
from crm_desktop.services.history import HistoryService
from crm_desktop.services.registry import RegistryService
from crm_desktop.services.signin import SignIn
from crm_desktop.store import Store
from crm_desktop.ui.a11y import Politeness, duplicate_mnemonics, unnamed_focusables
from crm_desktop.ui.actions import ActionId
from crm_desktop.ui.customers.form import CustomerForm
from crm_desktop.ui.customers.page import CustomersPage
from crm_desktop.ui.dataio.ares_queue_runner import AresQueueRunner
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.pages import PageId
from crm_desktop.ui.settings_dialog import UiPreferences
from crm_desktop.ui.sync_status import ConnectionState, StaticSyncStatus, SyncStatus
from crm_protocol.changes import Changes
from crm_protocol.errors import KnownError
from tests.desktop.app.conftest import demo, signin  # noqa: F401 - fixtures
from tests.desktop.app.local_data import MEAT, LocalData, context, make_store
from tests.desktop.dataio.conftest import FakeAres, Reply, ares_body

ICO = "27074358"
UNREADABLE = "ARES sent an answer that cannot be read."
ADDRESS = {
    "name": "Asseco Central Europe, a.s.",
    "dic": "CZ27074358",
    "street": "Budějovická",
    "building_number": "778/3a",
    "postal_code": "140 00",
    "city": "Praha",
    "country": "CZ",
}


@pytest.fixture
def data(tmp_path: Path) -> Iterator[LocalData]:
    made = make_store(tmp_path, customers=6)
    yield made
    made.store.close()


@pytest.fixture
def fake_ares() -> Iterator[FakeAres]:
    server = FakeAres()
    yield server
    server.stop()


class Harness:
    """The customers page of a main window, its form wired to ARES at ``url``."""

    def __init__(self, qtbot: QtBot, store: Store, url: str, role: str = "operator") -> None:
        self.ctx = context(role)
        self.store = store
        self.customers = CustomerService(store, self.ctx)
        queries = CustomerQueries(store, self.ctx)
        self.registry = RegistryService.on_store(
            store, self.customers, queries, self.ctx.policy, base_url=url, timeout=(1.0, 0.5)
        )
        self.status = StaticSyncStatus()
        self.window = MainWindow(self.ctx.policy, self.status, UiPreferences())
        qtbot.addWidget(self.window)
        self.published: list[Changes] = []
        self.page = CustomersPage(
            self.customers,
            queries,
            HistoryService(store),
            self.ctx.policy,
            self.window.announcer,
            self.window.commands,
            self.published.append,
            registry=self.registry,
        )
        self.window.install_page(self.page)
        self.window.show_page(PageId.CUSTOMERS)
        self.window.resize(1000, 800)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()  # window shortcuts need the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)
        self.announced: list[tuple[str, Politeness]] = []
        self.window.announcer.sig_announced.connect(lambda t, p: self.announced.append((t, p)))

    @property
    def form(self) -> CustomerForm:
        return self.page.form

    def close(self) -> None:
        self.registry.close()

    def lookup(self, qtbot: QtBot, *, by_key: bool = False) -> None:
        ares = self.form.ares
        assert ares is not None
        with qtbot.waitSignal(ares.sig_lookup_finished, timeout=10_000):
            if by_key:
                field = self.form.field_widget("name")
                assert field is not None
                field.setFocus()
                qtbot.keyClick(
                    field,
                    Qt.Key.Key_A,
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
                )
            else:
                assert ares.button is not None
                qtbot.mouseClick(ares.button, Qt.MouseButton.LeftButton)

    def values(self) -> dict[str, str | None]:
        return {name: self.form.value(name) for name in ADDRESS}


def stored(store: Store, customer_id: str) -> dict[str, object]:
    with store.connection() as conn:
        row = conn.execute(text("SELECT * FROM customers WHERE id = :i"), {"i": customer_id})
        return dict(row.mappings().one())


def answer_question(qtbot: QtBot, button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the next modal question box (it runs its own event loop)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.informativeText())
        seen.append(box.defaultButton().text())
        for button in box.findChildren(QPushButton):
            if button.text() == button_text:
                button.click()
                return

    QTimer.singleShot(0, click)


# --------------------------------------------------------------------------------- the tests


def test_lookup_fills_empty_fields_and_can_be_undone(
    qtbot: QtBot, data: LocalData, fake_ares: FakeAres
) -> None:
    fake_ares.script[ICO] = [Reply(200, ares_body(ICO))]
    h = Harness(qtbot, data.store, fake_ares.url)
    h.page.new_customer(MEAT)
    ares = h.form.ares
    assert ares is not None
    assert ares.button is not None
    assert not ares.button.isEnabled()  # no IČO yet
    ico = h.form.field_widget("ico")
    ico.setText("12345678")  # type: ignore[union-attr]
    assert not ares.button.isEnabled()  # checksum fails
    ico.setText("270 74 358")  # type: ignore[union-attr]
    assert ares.button.isEnabled()
    assert "Ctrl+Shift+A" in ico.accessibleDescription()  # type: ignore[union-attr]
    assert h.window.commands[ActionId.ARES_LOOKUP].isEnabled()
    assert unnamed_focusables(h.window) == []
    assert duplicate_mnemonics(h.window) == {}

    h.lookup(qtbot, by_key=True)  # Ctrl+Shift+A from any field of the form
    assert h.values() == ADDRESS
    assert h.form.form_field("postal_code").error == ""  # type: ignore[union-attr]
    assert ares.note is not None
    note = ares.note.text()
    assert note.startswith("Filled from ARES: Name, DIČ, Street, Number, Postal code, City")
    assert "Legal form: Akciová společnost." in note  # no field holds it: said, not stored
    assert h.announced[-1] == (note, Politeness.POLITE)
    assert ares.undo_button is not None
    assert ares.undo_button.isVisible()
    assert h.form.is_dirty()
    assert unnamed_focusables(h.window) == []
    assert duplicate_mnemonics(h.window) == {}
    h.form.details_scroll.ensureWidgetVisible(ico)
    h.window.grab().save("/tmp/ares-form-filled.png")

    qtbot.mouseClick(ares.undo_button, Qt.MouseButton.LeftButton)
    assert h.values() == dict.fromkeys(ADDRESS)
    assert h.announced[-1] == ("The values from ARES were removed.", Politeness.POLITE)
    assert not ares.undo_button.isVisible()

    h.lookup(qtbot)  # answered from the cache in the store
    assert fake_ares.count(ICO) == 1
    assert h.form.save()
    customer_id = h.form.customer_id
    assert customer_id is not None
    row = stored(data.store, customer_id)
    assert {k: row[k] for k in ADDRESS} == ADDRESS
    with data.store.connection() as conn:
        ops = conn.execute(
            text("SELECT op FROM outbox WHERE entity_id = :i"), {"i": customer_id}
        ).all()
    assert [o[0] for o in ops] == ["create"]
    h.close()


def test_different_values_are_replaced_only_when_the_user_says_so(
    qtbot: QtBot, data: LocalData, fake_ares: FakeAres
) -> None:
    fake_ares.script[ICO] = [Reply(200, ares_body(ICO))]
    h = Harness(qtbot, data.store, fake_ares.url)
    saved = h.customers.create(
        {"name": "Moje firma", "ico": ICO, "city": "Brno", "country": "CZ"}, assignment_id=MEAT
    )
    assert h.page.open_customer(saved.customer_id)
    seen: list[str] = []
    answer_question(qtbot, "&Keep mine", seen)
    h.lookup(qtbot)
    assert seen[0].splitlines() == [
        "Name: “Moje firma” → “Asseco Central Europe, a.s.”",
        "City: “Brno” → “Praha”",
    ]
    assert seen[1] == "&Keep mine"  # the safe choice is the default
    assert (h.form.value("name"), h.form.value("city")) == ("Moje firma", "Brno")
    assert h.form.value("street") == "Budějovická"  # empty: filled
    assert h.form.ares is not None
    assert h.form.ares.note is not None
    assert "Kept your values of: Name, City." in h.form.ares.note.text()

    h.form.ares.undo()
    answer_question(qtbot, "&Replace", seen)
    h.lookup(qtbot)
    assert (h.form.value("name"), h.form.value("city")) == ("Asseco Central Europe, a.s.", "Praha")
    assert stored(data.store, saved.customer_id)["name"] == "Moje firma"  # nothing saved yet
    h.close()


@pytest.mark.parametrize(
    ("reply", "expected", "politeness"),
    [
        (Reply(404, {"kod": "NENALEZENO"}), "ARES has no company with this IČO.", "assertive"),
        (
            Reply(200, '{"ico": "27074358", "obchodniJm'),
            "ARES sent an answer that cannot be read.",
            "assertive",
        ),
        (
            Reply(200, ["not", "a", "company"]),
            "ARES sent an answer that cannot be read.",
            "assertive",
        ),
        (
            Reply(200, ares_body(ICO, datumZaniku="2021-03-31")),
            "Warning: ARES records this company as dissolved on",
            "assertive",
        ),
    ],
    ids=["not-found", "malformed-json", "wrong-shape", "dissolved"],
)
def test_registry_answers_are_explained(
    qtbot: QtBot,
    data: LocalData,
    fake_ares: FakeAres,
    reply: Reply,
    expected: str,
    politeness: str,
) -> None:
    fake_ares.script[ICO] = [reply]
    h = Harness(qtbot, data.store, fake_ares.url)
    h.page.new_customer(MEAT)
    h.form.field_widget("ico").setText(ICO)  # type: ignore[union-attr]
    h.lookup(qtbot)
    text_, spoken = h.announced[-1]
    assert text_.startswith(expected)
    assert spoken is Politeness(getattr(Politeness, politeness.upper()))
    assert h.form.ares is not None
    assert h.form.ares.note is not None
    assert h.form.ares.note.text() == text_
    if "dissolved" in expected:
        assert h.values() == ADDRESS  # a dissolved company still fills, with the warning
    else:
        assert h.form.value("name") is None
    assert h.registry.pending == 0  # permanent answers are not queued
    h.close()


def test_slow_reply_and_rate_limit_are_explained_and_queued(
    qtbot: QtBot, data: LocalData, fake_ares: FakeAres
) -> None:
    fake_ares.script[ICO] = [Reply(200, ares_body(ICO), delay=5)]
    h = Harness(qtbot, data.store, fake_ares.url)
    saved = h.customers.create({"name": "Čekající", "ico": ICO}, assignment_id=MEAT)
    assert h.page.open_customer(saved.customer_id)
    h.lookup(qtbot)
    message, politeness = h.announced[-1]
    assert message.startswith("ARES did not answer in time.")
    assert "The lookup is queued and runs after the next successful sync" in message
    assert politeness is Politeness.ASSERTIVE
    assert [(p.ico, p.customer_id) for p in h.registry.queue.pending()] == [
        (ICO, saved.customer_id)
    ]

    # A new record cannot be queued before it exists: it is queued when saved.
    other = "25596641"
    fake_ares.script[other] = [Reply(429, {"kod": "PRILIS_MNOHO"})]
    h.page.new_customer(MEAT)
    h.form.field_widget("name").setText("Nová firma")  # type: ignore[union-attr]
    h.form.field_widget("ico").setText(other)  # type: ignore[union-attr]
    h.lookup(qtbot)
    message, _ = h.announced[-1]
    assert message.startswith("Too many ARES lookups at once.")
    assert "Save the customer: the lookup is then queued" in message
    assert h.registry.pending == 1
    assert h.form.save()
    assert h.announced[-1] == ("Saved. The ARES lookup is queued.", Politeness.POLITE)
    assert [p.ico for p in h.registry.queue.pending()] == [ICO, other]
    h.close()


def test_offline_lookup_is_queued_then_applied_after_a_successful_sync(
    qtbot: QtBot, data: LocalData
) -> None:
    down = FakeAres()
    port, url = down.port, down.url
    down.stop()  # offline
    h = Harness(qtbot, data.store, url)
    saved = h.customers.create({"name": "Bez adresy", "ico": ICO}, assignment_id=MEAT)
    assert h.page.open_customer(saved.customer_id)
    h.lookup(qtbot)
    message, _ = h.announced[-1]
    assert message.startswith("Cannot reach ARES. Check the network connection.")
    assert h.registry.pending == 1

    queue = AresQueueRunner(h.registry, h.window.announcer, h.published.append, h.status)
    online = SyncStatus(ConnectionState.ONLINE, 0, datetime.now(UTC))
    with qtbot.waitSignal(queue.sig_drained, timeout=10_000) as still_offline:
        h.status.set(online)  # a sync succeeded, but ARES itself is still unreachable
    assert still_offline.args[0].result.remaining == 1
    assert h.window.announcer.background_count == 0

    back = FakeAres(port)
    try:
        back.script[ICO] = [Reply(200, ares_body(ICO))]
        later = SyncStatus(ConnectionState.ONLINE, 0, datetime.now(UTC).replace(year=2099))
        with qtbot.waitSignal(queue.sig_drained, timeout=10_000) as drained:
            h.status.set(later)
    finally:
        back.stop()
    report = drained.args[0]
    assert (report.result.done, report.result.remaining) == (1, 0)
    row = stored(data.store, saved.customer_id)
    assert row["name"] == "Bez adresy"  # not empty: kept
    assert (row["street"], row["city"], row["dic"]) == ("Budějovická", "Praha", "CZ27074358")
    assert any(saved.customer_id in c.customers for c in h.published)
    assert h.window.announcer.background_count == 1
    assert queue.events == [
        "ARES lookup for Asseco Central Europe, a.s.: filled DIČ, Street, Number, "
        "Postal code, City, Country."
    ]
    with data.store.connection() as conn:
        ops = conn.execute(
            text("SELECT op FROM outbox WHERE entity_id = :i ORDER BY client_seq"),
            {"i": saved.customer_id},
        ).all()
    assert [o[0] for o in ops] == ["create", "update"]  # the fill goes to the server too
    queue.stop()
    h.close()


@pytest.mark.parametrize("role", ["verifier", "external_operator"])
def test_roles_that_cannot_write_what_ares_fills_cannot_look_up(
    qtbot: QtBot, data: LocalData, fake_ares: FakeAres, role: str
) -> None:
    fake_ares.script[ICO] = [Reply(200, ares_body(ICO))]
    writer = CustomerService(data.store, context("administrator", user_id="u-op"))
    saved = writer.create({"name": "Cizí firma", "ico": ICO}, assignment_id=MEAT)
    h = Harness(qtbot, data.store, fake_ares.url, role=role)
    if not h.page.open_customer(saved.customer_id):
        pytest.skip("the role does not see this record")
    ares = h.form.ares
    assert ares is not None
    assert ares.button is not None
    assert not ares.button.isEnabled()
    assert not ares.lookup()
    assert h.announced[-1][1] is Politeness.ASSERTIVE
    assert fake_ares.count(ICO) == 0
    h.close()


def test_demo_registry_answers_like_ares() -> None:
    registry = DemoAres([DemoCompany("40485978", "Kovovýroba Novák v.o.s.", city="Brno")])
    try:
        with AresClient(registry.url, timeout=(1.0, 1.0)) as client:
            assert client.lookup("40485978").legal_form == "111"
            assert client.lookup("27082440").dissolved
            with pytest.raises(KnownError) as missing:
                client.lookup("25123891")
            assert missing.value.code == DataIoCode.REGISTRY_NOT_FOUND
    finally:
        registry.stop()


def test_demo_lookup_from_the_application_finds_a_demo_customer(
    qtbot: QtBot,
    demo: DemoServer,  # noqa: F811
    signin: SignIn,  # noqa: F811
) -> None:
    app = Application(
        signin,
        UiPreferences(),
        on_quit=lambda: None,
        server_url=demo.url,
        live_sync=False,
        ares_url=demo.ares_url,
    )
    try:
        app.start()
        dialog = app.login_dialog
        assert dialog is not None
        dialog.login.setText("coordinator")
        dialog.password.setText("demo")
        dialog.submit()
        qtbot.waitUntil(lambda: app.workspace is not None, timeout=60_000)
        ws = app.workspace
        assert ws is not None
        assert ws.registry is not None
        with ws.session.store.connection() as conn:
            customer_id = conn.execute(
                text("SELECT id FROM customers WHERE ico IS NOT NULL LIMIT 1")
            ).scalar_one()
        page = ws.window.page(PageId.CUSTOMERS)
        assert isinstance(page, CustomersPage)
        ws.window.show_page(PageId.CUSTOMERS)
        assert page.open_customer(customer_id)
        ares = page.form.ares
        assert ares is not None
        with qtbot.waitSignal(ares.sig_lookup_finished, timeout=10_000):
            ws.window.commands[ActionId.ARES_LOOKUP].trigger()
        assert ares.note is not None
        assert "ARES has the same data as this record." in ares.note.text()
    finally:
        app.shutdown()
