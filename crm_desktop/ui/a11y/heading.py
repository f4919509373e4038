"""``Heading``: a page title that scales with the user's text size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

HEADING_SCALE = 1.4


class Heading(QLabel):
    """A bold, larger label; :func:`refresh_headings` re-sizes all after a text-size change."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.sync_font()

    def sync_font(self) -> None:
        """Size the font from the application font (a label's own size would stop following)."""
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
        font.setBold(True)
        self.setFont(font)


def refresh_headings() -> None:
    """Re-size every heading after the application font changed."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, Heading):
            widget.sync_font()
