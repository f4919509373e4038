"""The operator's main flow end to end, against the real embedded server over HTTP:
sign in → my work → new customer → save with an invalid NIP → error focused → fix → save →
the outbox has it → sync → the server has it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.app import Application
from crm_desktop.demo_server import DemoServer
from crm_desktop.services.signin import SignIn
from crm_desktop.ui.a11y import (
    Politeness,
    duplicate_mnemonics,
    undersized_targets,
    unnamed_focusables,
)
from crm_desktop.ui.actions import ActionId
from crm_desktop.ui.customers.page import CustomersPage
from crm_desktop.ui.my_work import MyWorkPage
from crm_desktop.ui.pages import PageId
from crm_desktop.ui.settings_dialog import UiPreferences
from crm_desktop.ui.theme import ThemeChoice, ThemeManager
from crm_protocol.fields import FieldGroup

VALID_NIP = "5260250274"


@pytest.fixture
def application(demo: DemoServer, signin: SignIn, qapp: QApplication) -> Iterator[Application]:
    ThemeManager(qapp).apply(ThemeChoice.STANDARD, 100)
    quits: list[bool] = []
    app = Application(
        signin,
        UiPreferences(),
        on_quit=lambda: quits.append(True),
        server_url=demo.url,
        live_sync=False,
    )
    yield app
    app.shutdown()
    qapp.setStyleSheet("")


def sign_in(qtbot: QtBot, app: Application, login: str, password: str = "demo") -> None:
    app.start()
    dialog = app.login_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert unnamed_focusables(dialog) == []
    assert duplicate_mnemonics(dialog) == {}
    dialog.login.setText(login)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.workspace is not None, timeout=30_000)


def test_operator_enters_a_customer_that_reaches_the_server(
    qtbot: QtBot, application: Application, api: httpx.Client
) -> None:
    sign_in(qtbot, application, "operator")
    ws = application.workspace
    assert ws is not None
    window = ws.window
    qtbot.waitExposed(window)
    assert window.current_page_id() is PageId.MY_WORK
    my_work = window.page(PageId.MY_WORK)
    assert isinstance(my_work, MyWorkPage)
    assert my_work.assignment_name.text() == "Zakłady mięsne, Mazowieckie"
    assert unnamed_focusables(window) == []
    assert duplicate_mnemonics(window) == {}
    assert undersized_targets(window) == []

    qtbot.mouseClick(my_work.new_button, Qt.MouseButton.LeftButton)
    page = window.page(PageId.CUSTOMERS)
    assert isinstance(page, CustomersPage)
    form = page.form
    assert window.current_page_id() is PageId.CUSTOMERS
    assert form.isVisible()
    assert form.field_widget("purchase_price") is None  # operator: commercial group hidden
    assert form.section(FieldGroup.COMMERCIAL) is None
    assert unnamed_focusables(window) == []
    assert duplicate_mnemonics(window) == {}

    announced: list[tuple[str, Politeness]] = []
    window.announcer.sig_announced.connect(lambda text, p: announced.append((text, p)))
    form.field_widget("name").setText("Masarnia Testowa Sp. z o.o.")
    form.field_widget("nip").setText("1234567890")
    window.commands[ActionId.SAVE].trigger()
    nip = form.form_field("nip")
    assert nip is not None
    assert nip.error
    assert QApplication.focusWidget() is form.field_widget("nip")
    assert "Error:" in form.field_widget("nip").accessibleDescription()
    assert announced[-1][1] is Politeness.ASSERTIVE
    assert "NIP" in announced[-1][0]
    assert ws.engine.pending_count() == 0

    form.field_widget("nip").setText(VALID_NIP)
    window.commands[ActionId.SAVE].trigger()
    assert announced[-1] == ("Saved.", Politeness.POLITE)
    customer_id = form.customer_id
    assert customer_id is not None
    assert form.field_widget("nip").text() == VALID_NIP
    # the where-am-I key names the record and its state, not just the page
    where = window.where_am_i()
    assert "Masarnia Testowa Sp. z o.o." in where
    assert announced[-1] == (where, Politeness.POLITE)

    # The runner was woken by the save: wait for the outbox to empty through a real push.
    qtbot.waitUntil(lambda: ws.engine.pending_count() == 0, timeout=30_000)
    r = api.get(f"/customers/{customer_id}")
    assert r.status_code == 200, r.text
    body = r.json()
    values = body.get("values", body)
    assert values["nip"] == VALID_NIP
    assert values["name"] == "Masarnia Testowa Sp. z o.o."


def test_admin_sees_commercial_fields_operator_does_not(
    qtbot: QtBot, application: Application
) -> None:
    sign_in(qtbot, application, "admin")
    ws = application.workspace
    assert ws is not None
    page = ws.window.page(PageId.CUSTOMERS)
    assert isinstance(page, CustomersPage)
    assert page.model.column_of("purchase_price") >= 0
    assert page.model.column_of("margin") >= 0
    customer_id = page.model.customer_id(0)
    assert customer_id is not None
    assert page.open_customer(customer_id)
    assert page.form.field_widget("purchase_price") is not None
    assert page.form.field_widget("margin") is not None
    assert unnamed_focusables(ws.window) == []
    assert duplicate_mnemonics(ws.window) == {}


def test_wrong_password_is_explained_and_focused(qtbot: QtBot, application: Application) -> None:
    application.start()
    dialog = application.login_dialog
    assert dialog is not None
    dialog.login.setText("operator")
    dialog.password.setText("wrong")
    dialog.submit()
    qtbot.waitUntil(
        lambda: dialog.status.isVisible() and "Sign-in failed" in dialog.status.text(),
        timeout=20_000,
    )
    assert dialog.password_field.error
    assert application.workspace is None
