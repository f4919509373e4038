"""The high-contrast palette: the ONE place in the UI that names colours.

Everything else follows the platform palette or reads roles from the palette in effect
(stylesheets use ``palette(highlight)`` and friends), so a test can grep the code base for
hard-coded colours and allow only this module (R23).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

_BLACK = QColor(Qt.GlobalColor.black)
_WHITE = QColor(Qt.GlobalColor.white)
_YELLOW = QColor(Qt.GlobalColor.yellow)
_CYAN = QColor(Qt.GlobalColor.cyan)
_GREY = QColor(Qt.GlobalColor.lightGray)  # disabled text and placeholders: 12.6:1 on black

Role = QPalette.ColorRole

# Roles and colours of the high-contrast palette (white on black, yellow for focus/selection).
HIGH_CONTRAST_ROLES: dict[QPalette.ColorRole, QColor] = {
    Role.Window: _BLACK,
    Role.WindowText: _WHITE,
    Role.Base: _BLACK,
    Role.AlternateBase: _BLACK,
    Role.Text: _WHITE,
    Role.PlaceholderText: _GREY,
    Role.Button: _BLACK,
    Role.ButtonText: _WHITE,
    Role.BrightText: _YELLOW,
    Role.Highlight: _YELLOW,
    Role.HighlightedText: _BLACK,
    Role.ToolTipBase: _BLACK,
    Role.ToolTipText: _WHITE,
    Role.Link: _CYAN,
    Role.LinkVisited: _CYAN,
    Role.Light: _WHITE,
    Role.Midlight: _WHITE,
    Role.Mid: _WHITE,
    Role.Dark: _WHITE,
    Role.Shadow: _WHITE,
    Role.Accent: _YELLOW,
}

# Text/background pairs a user reads; each must reach 7:1 (WCAG AAA) in the palette.
TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.PlaceholderText, Role.Base),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
    (Role.BrightText, Role.Window),
)


def high_contrast_palette() -> QPalette:
    """Black, white and yellow; disabled text light grey so it still reads at 12.6:1."""
    palette = QPalette()
    for role, colour in HIGH_CONTRAST_ROLES.items():
        palette.setColor(role, colour)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, _GREY)
    palette.setColor(QPalette.ColorGroup.Disabled, Role.Highlight, _GREY)
    return palette


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours, 1.0 … 21.0."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
