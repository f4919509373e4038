"""Fixtures for the Qt UI tests: offscreen platform, Qt warnings fail, global state restored."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Must be set before the QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QAccessible, QFont, QPalette
from PySide6.QtWidgets import QApplication

from crm_desktop.ui.a11y.announcer import install_accessible_factory

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A Qt warning fails a UI test (STYLE.md rule 15), except the offscreen plugin's notes."""
    for item in items:
        if _HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))


@pytest.fixture(autouse=True)
def _clean_app(qapp: QApplication) -> Iterator[QApplication]:
    """The kit's accessible factory is installed; palette, font and style sheet restored."""
    install_accessible_factory()
    font = QFont(qapp.font())
    yield qapp
    qapp.setStyleSheet("")
    qapp.setPalette(QPalette())
    qapp.setFont(font)
    QAccessible.setActive(False)
    for widget in qapp.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    qapp.processEvents()
