"""The customer form: sections per policy, read-only groups said so, a definitively closed
assignment makes its records read-only for its operators, inline checksum validation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from crm_desktop.services.customer_queries import CustomerQueries
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.history import HistoryService
from crm_desktop.ui.a11y import Announcer, LineField
from crm_desktop.ui.customers.form import CustomerForm
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.settings_dialog import UiPreferences
from crm_desktop.ui.sync_status import StaticSyncStatus
from crm_protocol.fields import FieldGroup
from tests.desktop.app.local_data import MEAT, REJECTED_ID, LocalData, context, make_store


@pytest.fixture
def data(tmp_path: Path) -> Iterator[LocalData]:
    made = make_store(tmp_path, customers=6)
    yield made
    made.store.close()


def _form(qtbot: QtBot, data: LocalData, role: str) -> CustomerForm:
    ctx = context(role)
    window = MainWindow(ctx.policy, StaticSyncStatus(), UiPreferences())
    qtbot.addWidget(window)
    form = CustomerForm(
        CustomerService(data.store, ctx),
        CustomerQueries(data.store, ctx),
        HistoryService(data.store),
        ctx.policy,
        Announcer(window),
        lambda _c: None,
    )
    qtbot.addWidget(form)
    form.show()
    return form


def test_sections_follow_catalogue_order_and_hidden_groups_have_no_widget(
    qtbot: QtBot, data: LocalData
) -> None:
    form = _form(qtbot, data, "operator")
    assert form.open_customer(REJECTED_ID)
    assert form.section(FieldGroup.COMMERCIAL) is None
    assert form.field_widget("margin") is None
    assert form.field_widget("purchase_price") is None
    assert form.findChildren(LineField, "field_margin") == []
    titles = [form.section(g).title() for g in (FieldGroup.IDENTIFICATION, FieldGroup.ADDRESS)]
    assert titles == ["Identification", "Address"]
    # the record's assignment brings its custom attribute
    herd = form.field_widget("custom.herd_size")
    assert isinstance(herd, LineField)
    assert herd.text() == "120"
    # the verifier's flag is shown next to its field and in its description
    assert "Flagged by the verifier" in form.field_widget("landline").accessibleDescription()


def test_read_only_group_is_read_only_and_said_so(qtbot: QtBot, data: LocalData) -> None:
    form = _form(qtbot, data, "supervisor")  # commercial: read
    assert form.open_customer(REJECTED_ID)
    box = form.section(FieldGroup.COMMERCIAL)
    assert box is not None
    assert "(read-only)" in box.title()
    margin = form.field_widget("margin")
    assert isinstance(margin, LineField)
    assert margin.isReadOnly()
    assert margin.accessibleDescription().startswith("Read-only.")


def test_closed_assignment_makes_records_read_only_for_its_operators(
    qtbot: QtBot, data: LocalData
) -> None:
    form = _form(qtbot, data, "operator")
    assert form.open_customer(REJECTED_ID)
    name = form.field_widget("name")
    assert isinstance(name, LineField)
    assert not name.isReadOnly()
    with data.store.connection(write=True) as conn:
        conn.execute(text("UPDATE assignments SET status = 'closed' WHERE id = :a"), {"a": MEAT})
    assert form.open_customer(REJECTED_ID)
    name = form.field_widget("name")
    assert isinstance(name, LineField)
    assert name.isReadOnly()
    assert "Read-only: the assignment is closed." in form.status.text()
    assert not form.save_button.isEnabled()
    assert not form.save()


def test_inline_validation_shows_the_checksum_error_next_to_the_field(
    qtbot: QtBot, data: LocalData
) -> None:
    form = _form(qtbot, data, "operator")
    form.open_new(MEAT)
    qtbot.wait(1)  # new sections show on the next event-loop turn
    nip = form.field_widget("nip")
    assert isinstance(nip, LineField)
    nip.setFocus()
    qtbot.keyClicks(nip, "1234567890")
    qtbot.keyClick(nip, Qt.Key.Key_Return)  # ends the edit, like leaving the field
    field = form.form_field("nip")
    assert field is not None
    assert "Not a valid NIP" in field.error
    assert field.error_label.isVisibleTo(form)
    nip.setText("5260250274")
    qtbot.keyClick(nip, Qt.Key.Key_Return)
    assert field.error == ""
