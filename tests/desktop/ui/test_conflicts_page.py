"""Conflicts page over a real encrypted store and a real SyncEngine: planted conflicts are
resolved per field (mine, theirs) from the keyboard-operable buttons."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.models import Conflict, Customer
from crm_desktop.store import Store, open_store
from crm_desktop.sync.engine import SyncEngine
from crm_desktop.sync.http import HttpTransport
from crm_desktop.ui.a11y import (
    Announcer,
    blank_cells,
    duplicate_mnemonics,
    empty_column_headers,
    undersized_targets,
    unnamed_focusables,
)
from crm_desktop.ui.conflicts.page import ConflictsPage
from crm_desktop.ui.theme import ThemeChoice, ThemeManager

CUSTOMER = str(uuid.uuid4())


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[SyncEngine]:
    store = open_store(tmp_path / "crm.db", os.urandom(32))
    with store.session(write=True) as s:
        s.add(Customer(id=CUSTOMER, name="Masarnia Nowak", city="Radom", mobile="600100200"))
        s.flush()
        s.add(
            Conflict(
                id="k1",
                entity_id=CUSTOMER,
                field="city",
                base="Radom",
                mine="Płock",
                theirs="Siedlce",
                their_user="Operator 2",
            )
        )
        s.add(
            Conflict(
                id="k2",
                entity_id=CUSTOMER,
                field="mobile",
                base="600100200",
                mine="600100201",
                theirs="600100299",
                their_user="Operator 2",
            )
        )
    # The conflict views never call the server; the transport points nowhere.
    transport = HttpTransport("http://127.0.0.1:9", "dev-conflicts-test")
    yield SyncEngine(store, transport, on_wipe=lambda: None)
    transport.close()
    store.close()


@pytest.fixture
def page(qtbot: QtBot, engine: SyncEngine) -> Iterator[ConflictsPage]:
    host = QMainWindow()
    view = ConflictsPage(engine, Announcer(host), record_name=lambda _id: "Masarnia Nowak")
    host.setCentralWidget(view)
    host.resize(1000, 600)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and not view.runner.busy)
    yield view
    view.runner.wait()


def _customer(store: Store) -> Customer:
    with store.session() as s:
        return s.exec(select(Customer).where(Customer.id == CUSTOMER)).scalars().one()  # type: ignore[call-overload]


def test_conflicts_are_resolved_per_field_with_the_keyboard(
    qtbot: QtBot, page: ConflictsPage, engine: SyncEngine
) -> None:
    assert page.model.index(0, 1).data() == "City"
    assert page.model.index(0, 2).data() == "Płock"
    assert "Operator 2" in page.detail.text()
    page.view.setFocus()
    # Alt+M keeps mine for the first conflict (city).
    qtbot.keyClick(page.view, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.runner.busy)
    assert _customer(engine.store).city == "Płock"
    assert engine.pending_count() == 1  # "mine" goes to the server as a new change
    assert page.view.hasFocus()
    # Alt+E accepts theirs for the second (mobile).
    qtbot.keyClick(page.view, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not page.runner.busy)
    assert _customer(engine.store).mobile == "600100299"
    assert engine.conflicts() == []
    assert engine.pending_count() == 1
    assert page.summary.text().startswith("No conflicts")
    assert not page.mine_button.isEnabled()


def test_page_passes_the_kit_audits_and_model_is_sound(
    qapp: QApplication, page: ConflictsPage, qtmodeltester: object
) -> None:
    assert unnamed_focusables(page) == []
    assert duplicate_mnemonics(page.window()) == {}
    themes = ThemeManager(qapp)
    for choice in (ThemeChoice.STANDARD, ThemeChoice.HIGH_CONTRAST):
        themes.apply(choice, 100)
        QApplication.processEvents()
        assert undersized_targets(page) == [], choice
    assert empty_column_headers(page.model) == []
    assert blank_cells(page.model) == []
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
