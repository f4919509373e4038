"""The customer list: the lazy model passes qtmodeltester, columns follow the policy, flags
read as text, search and sort run in SQL, and the page passes the kit audits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crm_desktop.services.customer_queries import CustomerFilter, CustomerQueries
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.history import HistoryService
from crm_desktop.ui.a11y import (
    blank_cells,
    duplicate_mnemonics,
    empty_column_headers,
    undersized_targets,
    unnamed_focusables,
)
from crm_desktop.ui.customers.list_model import FLAGGED_ROLE, CustomerListModel
from crm_desktop.ui.customers.page import CustomersPage
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.pages import PageId
from crm_desktop.ui.settings_dialog import UiPreferences
from crm_desktop.ui.sync_status import StaticSyncStatus
from crm_desktop.ui.theme import ThemeChoice, ThemeManager
from tests.desktop.app.local_data import REJECTED_ID, LocalData, context, make_store


@pytest.fixture
def data(tmp_path: Path) -> Iterator[LocalData]:
    made = make_store(tmp_path, customers=450)  # more than two pages of 200
    yield made
    made.store.close()


def _page(
    qtbot: QtBot, data: LocalData, role: str = "operator"
) -> tuple[MainWindow, CustomersPage]:
    ctx = context(role)
    window = MainWindow(ctx.policy, StaticSyncStatus(), UiPreferences())
    qtbot.addWidget(window)
    page = CustomersPage(
        CustomerService(data.store, ctx),
        CustomerQueries(data.store, ctx),
        HistoryService(data.store),
        ctx.policy,
        window.announcer,
        window.commands,
        lambda _c: None,
    )
    window.install_page(page)
    window.show_page(PageId.CUSTOMERS)
    window.show()
    qtbot.waitExposed(window)
    return window, page


def test_model_passes_qtmodeltester(qtmodeltester, data: LocalData) -> None:
    model = CustomerListModel(CustomerQueries(data.store, context("administrator")))
    model.reload()
    assert not model.complete
    assert model.rowCount() == 200
    model.wait_complete()
    assert model.complete
    assert model.rowCount() == 450
    qtmodeltester.check(model, force_py=True)
    # the tester stays connected: it checks the resets and inserts that follow
    model.set_filter(CustomerFilter(text="firma"))
    model.wait_complete()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.wait_complete()
    assert model.rowCount() == 450


def test_rows_load_lazily_in_pages(data: LocalData) -> None:
    model = CustomerListModel(CustomerQueries(data.store, context("administrator")))
    model.reload()
    model.wait_complete()
    assert model.rowCount() == 450
    assert model._pages == {}
    model.index(420, 0).data()
    assert list(model._pages) == [2]


def test_operator_has_no_commercial_column_admin_has_both(data: LocalData) -> None:
    operator = CustomerListModel(CustomerQueries(data.store, context("operator")))
    admin = CustomerListModel(CustomerQueries(data.store, context("administrator")))
    assert operator.column_of("purchase_price") == -1
    assert operator.column_of("margin") == -1
    assert admin.column_of("purchase_price") >= 0
    assert admin.column_of("margin") >= 0


def test_flagged_row_reads_as_text_with_an_icon_and_no_cell_is_blank(data: LocalData) -> None:
    model = CustomerListModel(CustomerQueries(data.store, context("operator")))
    model.set_filter(CustomerFilter(text="firma"))
    model.wait_complete()
    row = model.row_of(REJECTED_ID)
    status = model.index(row, model.column_of("verification_state"))
    assert status.data() == "Flagged: Landline"
    assert not status.data(Qt.ItemDataRole.DecorationRole).isNull()
    # Said once, by the status cell right after the name (R9); no second "flagged" elsewhere.
    assert model.column_of("verification_state") == 1
    assert model.index(row, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole) is None
    assert model.index(row, 0).data(FLAGGED_ROLE)
    assert empty_column_headers(model) == []
    assert blank_cells(model) == []


def test_sorting_clicks_re_query_in_sql(qtbot: QtBot, data: LocalData) -> None:
    _window, page = _page(qtbot, data, "administrator")
    page.model.wait_complete()
    column = page.model.column_of("name")
    first = page.model.index(0, column).data()
    page.table.horizontalHeader().sectionClicked.emit(column)  # already by name: reverse
    assert page.model.filter.descending
    assert page.model.index(0, column).data() > first


def test_search_as_you_type_is_debounced(qtbot: QtBot, data: LocalData) -> None:
    _window, page = _page(qtbot, data)
    page.search.setFocus()
    page.model.wait_complete()
    qtbot.keyClicks(page.search, "B001")
    assert page.model.rowCount() == 450  # not yet: debounced
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.customer_id(0) == REJECTED_ID
    assert page.count_label.text() == "1 customers"


@pytest.mark.parametrize("choice", [ThemeChoice.STANDARD, ThemeChoice.HIGH_CONTRAST])
def test_page_passes_the_kit_audits_as_operator_and_admin(
    qtbot: QtBot, qapp: QApplication, data: LocalData, choice: ThemeChoice
) -> None:
    ThemeManager(qapp).apply(choice, 100)
    for role in ("operator", "administrator"):
        window, page = _page(qtbot, data, role)
        QApplication.processEvents()
        assert unnamed_focusables(window) == []
        assert duplicate_mnemonics(window) == {}
        assert undersized_targets(page) == []
        page.open_customer(REJECTED_ID)
        QApplication.processEvents()
        assert unnamed_focusables(window) == []
        assert duplicate_mnemonics(window) == {}
        assert undersized_targets(page) == []
        window.close()


def test_next_flagged_and_next_record_shortcuts(qtbot: QtBot, data: LocalData) -> None:
    window, page = _page(qtbot, data)
    page.model.wait_complete()
    qtbot.wait(10)
    page.table.setFocus()
    from crm_desktop.ui.actions import ActionId

    window.commands[ActionId.NEXT_FLAGGED].trigger()
    assert page.model.customer_id(page._current_row()) == REJECTED_ID
    window.commands[ActionId.NEXT_RECORD].trigger()
    assert page._current_row() == page.model.row_of(REJECTED_ID) + 1
