"""What sync brings beside the fields, as the operator sees it (real embedded server, real
start flow): My work shows the assignment's daily target and the rows a verifier rejected with
the reasons; the customer form's Discussion tab shows the verifier's thread and its history
tab the owners — all from the encrypted store, filled by sync (no REST copy)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.app import Application
from crm_desktop.demo_server import DemoServer
from crm_desktop.services.signin import SignIn
from crm_desktop.ui.customers.page import CustomersPage
from crm_desktop.ui.my_work import MyWorkPage
from crm_desktop.ui.pages import PageId
from crm_desktop.ui.settings_dialog import UiPreferences


@pytest.fixture
def application(demo: DemoServer, signin: SignIn, qapp: QApplication) -> Iterator[Application]:
    app = Application(
        signin, UiPreferences(), on_quit=lambda: None, server_url=demo.url, live_sync=False
    )
    yield app
    app.shutdown()


def _cells(model: object, rows: int, columns: int) -> list[list[str]]:
    get = model.index  # type: ignore[attr-defined]
    return [
        [str(get(r, c, QModelIndex()).data() or "") for c in range(columns)] for r in range(rows)
    ]


def test_operator_sees_rejections_with_reasons_the_thread_and_the_owners(
    qtbot: QtBot, application: Application
) -> None:
    application.start()
    dialog = application.login_dialog
    assert dialog is not None
    dialog.login.setText("operator")
    dialog.password.setText("demo")
    dialog.submit()
    qtbot.waitUntil(lambda: application.workspace is not None, timeout=30_000)
    ws = application.workspace
    assert ws is not None
    my_work = ws.window.page(PageId.MY_WORK)
    assert isinstance(my_work, MyWorkPage)
    assert "40" in my_work.progress.text()  # "n of 40 (the daily target)": synced target
    work = my_work.work
    assert work.rejected  # the demo's operator has rejected rows
    first = work.rejected[0]
    assert work.flags[first.id]  # their reasons came with them
    model = my_work.rejected_proxy
    reasons = _cells(model, 1, model.columnCount())[0][2]
    assert reasons != "Open the record for details"
    assert "Proszę sprawdzić." in reasons or "Prosím ověřit." in reasons

    my_work.sig_customer_open_requested.emit(first.id)
    page = ws.window.page(PageId.CUSTOMERS)
    assert isinstance(page, CustomersPage)
    form = page.form
    assert form.customer_id == first.id
    comments = form.comments_table.model()
    thread = _cells(comments, comments.rowCount(), comments.columnCount())
    assert any("Numer nie odpowiada." in row or "Číslo nefunguje." in row for row in thread)
    assert all(row[1] for row in thread)  # every message names its author
    owners = form.owners_table.model()
    periods = _cells(owners, owners.rowCount(), owners.columnCount())
    assert periods
    assert periods[0][0]  # the owner by name
