"""The reply to the verifier on the customer form's Discussion tab: labelled, keyboard-only,
refused when empty, kept in the field when the server cannot be reached (a real HTTP transport
to a closed port), sent off the UI thread, absent for roles that do not see the verification
group. The round trip through a real server and a sync is in tests/desktop/app."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from crm_desktop.models import VerificationComment
from crm_desktop.services.customer_queries import CustomerQueries
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.history import HistoryService
from crm_desktop.services.server_api import ServerApi
from crm_desktop.sync.http import HttpTransport
from crm_desktop.ui.a11y import (
    Politeness,
    duplicate_mnemonics,
    mnemonic_of,
    undersized_targets,
    unnamed_focusables,
)
from crm_desktop.ui.customers.page import CustomersPage
from crm_desktop.ui.customers.reply import PostComment, VerifierReply
from crm_desktop.ui.i18n import LANGUAGES, Translations
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.pages import PageId
from crm_desktop.ui.settings_dialog import UiPreferences
from crm_desktop.ui.sync_status import StaticSyncStatus
from crm_desktop.ui.theme import ThemeChoice, ThemeManager
from crm_protocol.changes import Changes
from tests.desktop.app.local_data import MEAT, REJECTED_ID, LocalData, context, make_store

OTHER_ID = "c-0004"  # also in the operator's assignment, also on the server


@pytest.fixture
def data(tmp_path: Path) -> Iterator[LocalData]:
    made = make_store(tmp_path, customers=6)
    with made.store.connection(write=True) as conn:  # as if synced: the server knows them
        conn.execute(
            text("UPDATE customers SET server_seq = 7 WHERE id IN (:a, :b)"),
            {"a": REJECTED_ID, "b": OTHER_ID},
        )
    yield made
    made.store.close()


class _Recorder:
    """A post that answers at once and notes where it ran; counts sync requests."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, str]] = []
        self.threads: list[int] = []
        self.syncs = 0

    def post(self, customer_id: str, body: str) -> object:
        self.threads.append(threading.get_ident())
        self.posts.append((customer_id, body))
        return {"id": len(self.posts)}

    def request_sync(self) -> None:
        self.syncs += 1


def _page(
    qtbot: QtBot,
    data: LocalData,
    role: str = "operator",
    post: PostComment | None = None,
    request_sync: Callable[[], None] | None = None,
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
        post_comment=post,
        request_sync=request_sync,
    )
    window.install_page(page)
    window.show_page(PageId.CUSTOMERS)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window, page


def _open_discussion(qtbot: QtBot, page: CustomersPage, customer_id: str) -> VerifierReply:
    assert page.open_customer(customer_id)
    page.form.tabs.setCurrentWidget(page.form.discussion_tab)
    reply = page.form.reply
    assert reply is not None
    qtbot.waitUntil(reply.isVisible, timeout=2000)
    reply.edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(reply.edit.hasFocus, timeout=2000)
    return reply


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port  # nothing listens there once the socket is closed


def test_offline_reply_keeps_the_text_and_says_to_try_again_online(
    qtbot: QtBot, data: LocalData
) -> None:
    transport = HttpTransport(f"http://127.0.0.1:{_closed_port()}", "dev-offline", timeout=2)
    recorder = _Recorder()
    post = ServerApi.over(transport).add_comment
    window, page = _page(qtbot, data, post=post, request_sync=recorder.request_sync)
    reply = _open_discussion(qtbot, page, REJECTED_ID)
    qtbot.keyClicks(reply.edit, "The number works now")
    qtbot.keyClick(reply.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(reply.edit, "from 9 to 17.")
    typed = reply.text()
    reply.send_button.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(window.announcer.sig_announced, timeout=15_000) as said:
        qtbot.keyClick(reply.send_button, Qt.Key.Key_Space)  # the button, by keyboard
    spoken, politeness = said.args
    assert politeness is Politeness.ASSERTIVE
    assert "reply not sent" in spoken.lower()
    assert "stays in the field" in spoken
    assert "online" in spoken
    assert reply.text() == typed  # nothing lost
    assert reply.field.error_label.isVisible()
    assert reply.field.error_label.text() == f"Error: {spoken}"
    assert reply.edit.accessibleDescription().startswith(f"Error: {spoken}")
    assert reply.edit.hasFocus()  # R19: focus on the field the error is about
    assert recorder.syncs == 0
    # Sent again once the field is fixed... still offline: still kept, still said.
    with qtbot.waitSignal(window.announcer.sig_announced, timeout=15_000) as again:
        qtbot.keyClick(reply.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert again.args[1] is Politeness.ASSERTIVE
    assert reply.text() == typed
    transport.close()


def test_empty_reply_is_refused_and_focus_stays_in_the_field(qtbot: QtBot, data: LocalData) -> None:
    recorder = _Recorder()
    window, page = _page(qtbot, data, post=recorder.post, request_sync=recorder.request_sync)
    reply = _open_discussion(qtbot, page, REJECTED_ID)
    qtbot.keyClicks(reply.edit, "   ")
    with qtbot.waitSignal(window.announcer.sig_announced, timeout=2000) as said:
        qtbot.keyClick(reply.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert said.args == ["Type a reply first.", Politeness.ASSERTIVE]
    assert reply.field.error == "Type a reply first."
    assert reply.edit.hasFocus()
    assert recorder.posts == []
    assert reply.runner.busy is False


def test_reply_is_posted_off_the_ui_thread_then_cleared_announced_and_synced(
    qtbot: QtBot, data: LocalData
) -> None:
    recorder = _Recorder()
    window, page = _page(qtbot, data, post=recorder.post, request_sync=recorder.request_sync)
    reply = _open_discussion(qtbot, page, REJECTED_ID)
    qtbot.keyClicks(reply.edit, "Fixed, please check again.")
    with qtbot.waitSignal(window.announcer.sig_announced, timeout=5000) as said:
        qtbot.keyClick(reply.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert said.args == ["Reply sent.", Politeness.POLITE]
    assert recorder.posts == [(REJECTED_ID, "Fixed, please check again.")]
    assert recorder.threads[0] != threading.get_ident()
    assert recorder.syncs == 1
    assert reply.text() == ""
    assert reply.field.error == ""
    assert reply.edit.hasFocus()  # focus stays where the user was (R15)
    assert reply.progress.text() == "Reply sent."


def test_a_draft_stays_with_its_customer_and_new_records_have_no_reply_box(
    qtbot: QtBot, data: LocalData
) -> None:
    recorder = _Recorder()
    _window, page = _page(qtbot, data, post=recorder.post, request_sync=recorder.request_sync)
    reply = _open_discussion(qtbot, page, REJECTED_ID)
    qtbot.keyClicks(reply.edit, "Half a thought")
    reply = _open_discussion(qtbot, page, OTHER_ID)
    assert reply.text() == ""
    reply = _open_discussion(qtbot, page, REJECTED_ID)
    assert reply.text() == "Half a thought"
    # A record the server does not know yet has no thread there to reply to.
    assert page.open_customer("c-0000")
    assert not reply.isVisibleTo(page.form)
    page.form.open_new(MEAT)
    assert not reply.isVisibleTo(page.form)
    assert recorder.posts == []


def test_reply_box_is_named_has_a_unique_mnemonic_and_follows_the_thread_in_tab_order(
    qtbot: QtBot, qapp: QApplication, data: LocalData
) -> None:
    ThemeManager(qapp).apply(ThemeChoice.STANDARD, 100)  # the app's sizes (R26)
    recorder = _Recorder()
    window, page = _page(qtbot, data, post=recorder.post, request_sync=recorder.request_sync)
    reply = _open_discussion(qtbot, page, REJECTED_ID)
    QApplication.processEvents()
    assert reply.edit.accessibleName() == "Reply to the verifier"
    assert reply.field.label.buddy() is reply.edit
    assert "Ctrl+Enter" in reply.edit.accessibleDescription()
    assert unnamed_focusables(window) == []
    assert duplicate_mnemonics(window) == {}
    assert undersized_targets(reply) == []
    letter = mnemonic_of(reply.field.label.text())
    assert letter is not None
    assert mnemonic_of(reply.send_button.text()) not in (None, letter)
    page.form.comments_table.setFocus(Qt.FocusReason.TabFocusReason)
    key = Qt.Key(ord(letter.upper()))
    qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
    assert reply.edit.hasFocus()
    page.form.comments_table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.form.comments_table, Qt.Key.Key_Tab)
    assert reply.edit.hasFocus()
    qtbot.keyClick(reply.edit, Qt.Key.Key_Tab)  # Tab leaves the multi-line field
    assert reply.send_button.hasFocus()
    # The details tab keeps its own letters: the reply's is not live there.
    page.form.tabs.setCurrentWidget(page.form.details_scroll)
    QApplication.processEvents()
    assert duplicate_mnemonics(window) == {}


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_reply_mnemonics_are_unique_in_every_language(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, data: LocalData, lang: str
) -> None:
    translations = Translations(qapp, tmp_path)
    try:
        assert translations.install(lang)
        recorder = _Recorder()
        window, page = _page(qtbot, data, post=recorder.post)
        reply = _open_discussion(qtbot, page, REJECTED_ID)
        QApplication.processEvents()
        mine = {reply.field.label.text(), reply.send_button.text()}
        assert all(mnemonic_of(t) for t in mine), mine
        clashes = [t for texts in duplicate_mnemonics(window).values() for t in texts]
        assert not mine & set(clashes), (lang, clashes)
    finally:
        translations.remove()


@pytest.mark.parametrize("role", ["external_operator", "sales_representative"])
def test_role_without_verification_visibility_has_no_reply_box(
    qtbot: QtBot, data: LocalData, role: str
) -> None:
    recorder = _Recorder()
    _window, page = _page(qtbot, data, role, post=recorder.post)
    page.form.open_new(MEAT)
    assert page.form.reply is None
    assert page.form.findChildren(VerifierReply) == []
    names = [e.accessibleName() for e in page.form.findChildren(QPlainTextEdit)]
    assert "Reply to the verifier" not in names


def test_without_a_server_call_the_form_has_no_reply_box(qtbot: QtBot, data: LocalData) -> None:
    _window, page = _page(qtbot, data)  # e.g. a screen built without the server
    assert page.open_customer(REJECTED_ID)
    assert page.form.reply is None


def test_a_synced_reply_shows_in_the_thread_even_with_unsaved_edits(
    qtbot: QtBot, data: LocalData
) -> None:
    recorder = _Recorder()
    _window, page = _page(qtbot, data, post=recorder.post, request_sync=recorder.request_sync)
    _open_discussion(qtbot, page, REJECTED_ID)
    page.form.set_value("city", "Radom")  # unsaved
    assert page.form.is_dirty()
    with data.store.session(write=True) as s:  # what the sync applies
        s.add(VerificationComment(customer_id=REJECTED_ID, author_id="u-op", body="Done."))
    page.refresh(Changes(customers=frozenset({REJECTED_ID})))
    model = page.form.comments_table.model()
    bodies = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert bodies[-1] == "Done."
    assert page.form.value("city") == "Radom"  # the edit is still there
