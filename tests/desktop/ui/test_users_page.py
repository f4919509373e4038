"""Users against a real server: create an account with combined roles, change roles, and
deactivate a user with the handover wizard (records moved, user inactive)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow
from pytestqt.qtbot import QtBot

from crm_desktop.ui.a11y import (
    Announcer,
    Politeness,
    blank_cells,
    duplicate_mnemonics,
    empty_column_headers,
    undersized_targets,
    unnamed_focusables,
)
from crm_desktop.ui.demo import demo_policy
from crm_desktop.ui.theme import ThemeChoice, ThemeManager
from crm_desktop.ui.users.page import UsersPage
from tests.desktop.ui.supervisory_server import DemoServer, demo_server  # noqa: F401

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def page(qtbot: QtBot, demo_server: DemoServer) -> Iterator[UsersPage]:  # noqa: F811
    host = QMainWindow()
    view = UsersPage(demo_server.api_as("admin"), demo_policy("administrator"), Announcer(host))
    host.setCentralWidget(view)
    host.resize(1000, 700)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.runner.busy, timeout=20_000)
    yield view
    view.runner.wait()
    if view.wizard is not None:
        view.wizard.runner.wait()


def _idle(qtbot: QtBot, page: UsersPage) -> None:
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20_000)


def _owned_by(server: DemoServer, user_id: str) -> int:
    items = server.get("/customers", page_size=5000)["items"]
    return sum(1 for c in items if c["owner_id"] == user_id)


def test_administrator_deactivates_a_user_with_the_handover(
    qtbot: QtBot,
    page: UsersPage,
    demo_server: DemoServer,  # noqa: F811
) -> None:
    spoken: list[tuple[str, Politeness]] = []
    page.announcer.sig_announced.connect(lambda text, p: spoken.append((text, p)))
    leaver = demo_server.user_id("sales_representative")
    heir = demo_server.user_id("supervisor")
    owned_before = _owned_by(demo_server, leaver)
    heir_before = _owned_by(demo_server, heir)
    assert owned_before > 0

    page.select(leaver)
    page.buttons["deactivate"].click()
    wizard = page.wizard
    assert wizard is not None
    assert wizard.leaver_id() == leaver
    assert unnamed_focusables(wizard) == []
    wizard.next()  # → preview
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=20_000)
    preview = wizard.preview_page.preview
    assert preview is not None
    assert preview.customers == owned_before
    assert str(owned_before) in wizard.preview_page.counts.text()
    # R15: each new page takes the focus (Qt leaves it on the hidden page): the counts are read.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.preview_page.counts)
    wizard.next()  # → new owner
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.new_owner_page.owner)
    owner = wizard.new_owner_page.owner
    assert owner.findData(leaver) == -1  # the leaver cannot inherit
    owner.setCurrentIndex(owner.findData(heir))
    assert wizard.new_owner_page.tasks.isChecked()
    assert duplicate_mnemonics(wizard) == {}
    wizard.next()  # commit → run in the background → summary
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=30_000)
    summary = wizard.summary_page.summary.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.summary_page.summary)
    assert f"{owned_before} records" in summary
    assert "devices delete the local data" in summary
    assert ("Handover finished.", Politeness.POLITE) in spoken

    users = {u["id"]: u for u in demo_server.get("/users")}
    assert users[leaver]["active"] is False
    assert _owned_by(demo_server, leaver) == 0
    assert _owned_by(demo_server, heir) == heir_before + owned_before
    wizard.accept()
    qtbot.waitUntil(lambda: page.wizard is None)
    _idle(qtbot, page)
    assert page.model.index(page.model.row_of(leaver), 3).data() == "Deactivated"


def test_administrator_creates_a_user_with_combined_roles_then_changes_them(
    qtbot: QtBot,
    page: UsersPage,
    demo_server: DemoServer,  # noqa: F811
) -> None:
    page.buttons["new"].click()
    dialog = page.dialog
    assert dialog is not None
    assert unnamed_focusables(dialog) == []
    assert duplicate_mnemonics(dialog) == {}
    assert dialog.display_name is not None
    assert dialog.login is not None
    assert dialog.password is not None
    dialog.display_name.setText("Jana Nováková")
    dialog.login.setText("jana")
    dialog.password.setText("short")
    dialog.role_checks["operator"].setChecked(True)
    dialog.role_checks["verifier"].setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()  # the password is too short
    assert dialog.password.accessibleDescription().startswith("Error:")
    dialog.password.setText("long enough password")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: any(u.login == "jana" for u in page.users()), timeout=20_000)
    jana = next(u for u in demo_server.get("/users") if u["login"] == "jana")
    assert sorted(jana["roles"]) == ["operator", "verifier"]

    page.select(jana["id"])
    page.buttons["roles"].click()
    dialog = page.dialog
    assert dialog is not None
    assert dialog.role_checks["operator"].isChecked()
    dialog.role_checks["verifier"].setChecked(False)
    dialog.role_checks["supervisor"].setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    _idle(qtbot, page)
    qtbot.waitUntil(
        lambda: (
            sorted(next(u for u in page.users() if u.login == "jana").roles)
            == ["operator", "supervisor"]
        ),
        timeout=20_000,
    )
    jana = next(u for u in demo_server.get("/users") if u["login"] == "jana")
    assert sorted(jana["roles"]) == ["operator", "supervisor"]


def test_page_passes_the_kit_audits_and_models_are_sound(
    qapp: QApplication, page: UsersPage, qtmodeltester: object
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
