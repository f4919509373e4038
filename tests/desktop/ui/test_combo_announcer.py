"""AccessibleCombo speaks key-driven changes; Announcer uses both announcement channels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from crm_desktop.ui.a11y import AccessibleCombo, Announcer, Politeness, events


@pytest.fixture
def combo(qtbot: QtBot) -> AccessibleCombo:
    box = AccessibleCombo()
    box.addItems(["New", "Called", "Verified"])
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    box.setFocus()
    return box


def _focus_names(sent: list[events.SentEvent]) -> list[str]:
    return [e.name for e in sent if e.type == QAccessible.Event.Focus]


def test_arrow_key_change_gives_focus_to_the_popup_row(combo: AccessibleCombo, qtbot: QtBot):
    with events.recording() as sent:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Called"
    assert _focus_names(sent) == ["Called"]


def test_programmatic_change_is_not_announced(combo: AccessibleCombo) -> None:
    with events.recording() as sent:
        combo.setCurrentIndex(2)
    assert _focus_names(sent) == []


def test_keys_that_change_nothing_announce_nothing(combo: AccessibleCombo, qtbot: QtBot):
    with events.recording() as sent:
        qtbot.keyClick(combo, Qt.Key.Key_Up)  # already on the first row
    assert combo.currentIndex() == 0
    assert _focus_names(sent) == []


def test_announce_sends_event_with_politeness_and_shows_notification(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    announcer = Announcer(window, visible_ms=50)
    with events.recording() as sent:
        announcer.announce("Error: phone must be 10 digits", Politeness.ASSERTIVE)
    [event] = sent
    assert event.type == QAccessible.Event.Announcement
    assert event.message == "Error: phone must be 10 digits"
    assert event.politeness == QAccessible.AnnouncementPoliteness.Assertive

    label = announcer.notification_label
    assert label.isVisible()
    iface = QAccessible.queryAccessibleInterface(label)
    assert iface.role() == QAccessible.Role.Notification
    assert iface.text(QAccessible.Text.Name) == "Error: phone must be 10 digits"
    assert label.width() == 1
    assert label.height() == 1
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=2000)


def test_polite_is_the_default(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    announcer = Announcer(window)
    with events.recording() as sent:
        announcer.announce("Saved.")
    assert [e.politeness for e in sent] == [QAccessible.AnnouncementPoliteness.Polite]


def test_background_events_are_counted_not_spoken(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    announcer = Announcer(window)
    with (
        events.recording() as sent,
        qtbot.waitSignal(announcer.sig_background_count_changed) as changed,
    ):
        announcer.note_background_event("New flag on Bob Smith")
    assert changed.args == [1]
    assert sent == []
    with events.recording() as spoken:
        announcer.note_background_event("New flag on Ann Lee", speak=True)
    assert announcer.background_count == 2
    assert [(e.message, e.politeness) for e in spoken] == [
        ("New flag on Ann Lee", QAccessible.AnnouncementPoliteness.Polite)
    ]
    announcer.reset_background_count()
    assert announcer.background_count == 0
