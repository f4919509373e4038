"""The operator answers the verifier from the customer form (real embedded server, real start
flow, real sync): the reply is posted to the server, which the administrator's and the
verifier's views of the thread then show, and after the sync it requested the form's
Discussion tab shows it from the encrypted store."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.app import Application, Workspace
from crm_desktop.demo_server import DemoServer
from crm_desktop.services.signin import SignIn
from crm_desktop.ui.a11y import Politeness
from crm_desktop.ui.customers.page import CustomersPage
from crm_desktop.ui.my_work import MyWorkPage
from crm_desktop.ui.pages import PageId
from crm_desktop.ui.settings_dialog import UiPreferences
from crm_protocol import PROTOCOL_VERSION

FIRST = "Landline checked with the customer: it works from 9 to 17."
SECOND = "Also added the e-mail address."


@pytest.fixture
def application(demo: DemoServer, signin: SignIn, qapp: QApplication) -> Iterator[Application]:
    app = Application(
        signin, UiPreferences(), on_quit=lambda: None, server_url=demo.url, live_sync=False
    )
    yield app
    app.shutdown()


def _sign_in(qtbot: QtBot, application: Application, login: str) -> Workspace:
    application.start()
    dialog = application.login_dialog
    assert dialog is not None
    dialog.login.setText(login)
    dialog.password.setText("demo")
    dialog.submit()
    qtbot.waitUntil(lambda: application.workspace is not None, timeout=30_000)
    ws = application.workspace
    assert ws is not None
    ws.window.activateWindow()
    qtbot.waitUntil(ws.window.isActiveWindow, timeout=5000)
    return ws


def _thread(page: CustomersPage) -> list[list[str]]:
    model = page.form.comments_table.model()
    return [
        [str(model.index(r, c, QModelIndex()).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _bodies_on_server(client: httpx.Client, customer_id: str) -> list[str]:
    r = client.get(f"/customers/{customer_id}/comments")
    assert r.status_code == 200, r.text
    return [c["body"] for c in r.json()]


def _as_verifier(demo: DemoServer) -> httpx.Client:
    client = httpx.Client(
        base_url=demo.url + "/api/v1",
        headers={"X-CRM-Protocol": str(PROTOCOL_VERSION)},
        trust_env=False,
        timeout=20,
    )
    r = client.post(
        "/auth/login", json={"login": "verifier", "password": "demo", "device_id": "test-ver"}
    )
    assert r.status_code == 200, r.text
    client.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
    return client


def test_operator_replies_to_the_verifier_and_the_thread_shows_it_after_the_sync(
    qtbot: QtBot, application: Application, demo: DemoServer, api: httpx.Client
) -> None:
    ws = _sign_in(qtbot, application, "operator")
    my_work = ws.window.page(PageId.MY_WORK)
    assert isinstance(my_work, MyWorkPage)
    rejected = my_work.work.rejected[0]  # a record the verifier sent back, with a thread
    my_work.sig_customer_open_requested.emit(rejected.id)
    page = ws.window.page(PageId.CUSTOMERS)
    assert isinstance(page, CustomersPage)
    form = page.form
    assert form.customer_id == rejected.id
    reply = form.reply
    assert reply is not None
    before = _thread(page)
    assert before  # the verifier's messages
    form.tabs.setCurrentWidget(form.discussion_tab)
    qtbot.waitUntil(reply.isVisible, timeout=2000)
    assert reply.edit.accessibleName() == "Reply to the verifier"

    spoken: list[tuple[str, Politeness]] = []
    ws.window.announcer.sig_announced.connect(lambda text, how: spoken.append((text, how)))
    reply.edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(reply.edit.hasFocus, timeout=2000)
    qtbot.keyClicks(reply.edit, FIRST)
    qtbot.keyClick(reply.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ("Reply sent.", Politeness.POLITE) in spoken, timeout=20_000)
    assert reply.text() == ""  # sent: the field is empty again
    assert FIRST in _bodies_on_server(api, rejected.id)  # the server has it (as admin)
    verifier = _as_verifier(demo)
    try:
        assert FIRST in _bodies_on_server(verifier, rejected.id)  # and the verifier sees it
    finally:
        verifier.close()
    # The sync the reply asked for brings it into the local store, and the tab follows.
    qtbot.waitUntil(lambda: any(FIRST in row for row in _thread(page)), timeout=15_000)
    mine = next(row for row in _thread(page) if FIRST in row)
    assert mine[1]  # by its author's name
    assert len(_thread(page)) == len(before) + 1

    # The button does the same, keyboard only (Tab from the field, Space).
    qtbot.keyClicks(reply.edit, SECOND)
    qtbot.keyClick(reply.edit, Qt.Key.Key_Tab)
    assert reply.send_button.hasFocus()
    spoken.clear()
    qtbot.keyClick(reply.send_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ("Reply sent.", Politeness.POLITE) in spoken, timeout=20_000)
    assert _bodies_on_server(api, rejected.id)[-2:] == [FIRST, SECOND]
    qtbot.waitUntil(lambda: any(SECOND in row for row in _thread(page)), timeout=15_000)
    assert reply.send_button.hasFocus()  # focus stays where the user was (R15)
    assert all(how is Politeness.POLITE for _text, how in spoken)
