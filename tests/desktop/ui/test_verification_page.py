"""Verifier flow against a real server: queue → reject a field with a reason → next → approve."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
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
from crm_desktop.ui.theme import ThemeChoice, ThemeManager
from crm_desktop.ui.verification.page import VerificationPage
from crm_protocol.schemas import RejectReason
from tests.desktop.ui.supervisory_server import DemoServer, demo_server  # noqa: F401

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def page(qtbot: QtBot, demo_server: DemoServer) -> Iterator[VerificationPage]:  # noqa: F811
    host = QMainWindow()
    announcer = Announcer(host)
    view = VerificationPage(demo_server.api_as("verifier"), announcer)
    host.setCentralWidget(view)
    host.resize(1000, 800)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: view.current() is not None and not view.runner.busy, timeout=20_000)
    yield view
    view.runner.wait()


def _row_of(page: VerificationPage, field: str) -> int:
    for r in range(page.fields_model.rowCount()):
        row = page.fields_model.row_at(r)
        if row is not None and row.name == field:
            return r
    raise AssertionError(f"{field} not shown")


def _idle(qtbot: QtBot, page: VerificationPage) -> None:
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20_000)


def test_verifier_rejects_a_field_with_a_reason_then_skips_and_approves(
    qtbot: QtBot,
    page: VerificationPage,
    demo_server: DemoServer,  # noqa: F811
) -> None:
    spoken: list[tuple[str, Politeness]] = []
    page.announcer.sig_announced.connect(lambda text, p: spoken.append((text, p)))
    first = page.current()
    assert first is not None
    assert first.verification_state in ("unverified", "pending")

    # R on the field table opens the reject dialog for the selected field.
    page.fields_view.setFocus()
    page.fields_view.setCurrentIndex(page.fields_model.index(_row_of(page, "email"), 0))
    qtbot.keyClick(page.fields_view, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: page.reject_dialog is not None)
    dialog = page.reject_dialog
    assert dialog is not None
    assert unnamed_focusables(dialog) == []
    assert duplicate_mnemonics(dialog) == {}
    dialog.reason.setCurrentIndex(dialog.reason.findData(RejectReason.INVALID_FORMAT.value))
    dialog.comment.setText("Brak domeny")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.reject_dialog is None)
    decision = page.fields_model.index(_row_of(page, "email"), 2).data()
    assert decision == "Rejected: Invalid format"
    assert page.fields_view.hasFocus() or page.fields_view.isAncestorOf(page.focusWidget())

    # S sends the rejection; the next record comes up.
    qtbot.keyClick(page.fields_view, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: page.current() is not None and page.current().id != first.id)
    _idle(qtbot, page)
    rejected = demo_server.get(f"/customers/{first.id}")
    assert rejected["verification_state"] == "rejected"
    assert [(f["field"], f["reason"], f["comment"]) for f in rejected["flags"]] == [
        ("email", "invalid_format", "Brak domeny")
    ]
    assert any(t.startswith("Rejection sent.") and p is Politeness.POLITE for t, p in spoken)

    # N skips a record; A approves the one shown.
    second = page.current()
    assert second is not None
    qtbot.keyClick(page.fields_view, Qt.Key.Key_N)
    third = page.current()
    assert third is not None
    assert third.id != second.id
    _idle(qtbot, page)
    qtbot.keyClick(page.fields_view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: page.current() is None or page.current().id != third.id)
    _idle(qtbot, page)
    assert demo_server.get(f"/customers/{third.id}")["verification_state"] == "approved"
    assert demo_server.get(f"/customers/{second.id}")["verification_state"] in (
        "unverified",
        "pending",
    )


def test_comment_reaches_the_records_thread(
    qtbot: QtBot,
    page: VerificationPage,
    demo_server: DemoServer,  # noqa: F811
) -> None:
    record = page.current()
    assert record is not None
    page.comment_edit.setText("Proszę poprawić numer.")
    page.post_button.click()
    qtbot.waitUntil(lambda: page.comment_edit.text() == "", timeout=20_000)
    thread = demo_server.get(f"/customers/{record.id}/comments")
    assert thread[-1]["body"] == "Proszę poprawić numer."
    last = page.comments_model.rowCount() - 1
    assert page.comments_model.index(last, 0).data() == "You"
    assert page.comments_model.index(last, 2).data() == "Proszę poprawić numer."


def test_letters_typed_in_the_comment_are_text_not_decisions(
    qtbot: QtBot, page: VerificationPage
) -> None:
    record = page.current()
    page.comment_edit.setFocus()
    qtbot.keyClicks(page.comment_edit, "an")
    assert page.comment_edit.text() == "an"
    assert page.current() is record
    assert not page.runner.busy


def test_page_passes_the_kit_audits_and_models_are_sound(
    qapp: QApplication,
    page: VerificationPage,
    qtmodeltester: object,
) -> None:
    window = page.window()
    assert unnamed_focusables(page) == []
    assert duplicate_mnemonics(window) == {}
    themes = ThemeManager(qapp)
    for choice in (ThemeChoice.STANDARD, ThemeChoice.HIGH_CONTRAST):
        themes.apply(choice, 100)
        QApplication.processEvents()
        assert undersized_targets(page) == [], choice
    for model in (page.fields_model, page.comments_model):
        assert empty_column_headers(model) == []
        assert blank_cells(model) == []
        qtmodeltester.check(model)  # type: ignore[attr-defined]
