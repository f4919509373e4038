"""Themes and text size: the platform palette or a high-contrast one, a style sheet, a scale.

The standard theme keeps the platform palette (so dark mode and the user's colours apply); the
high-contrast theme installs :func:`crm_desktop.ui.palettes.high_contrast_palette`. "Follow the
system" picks high contrast when Qt reports the platform's contrast preference (Qt 6.10+) and
re-applies when it changes (R23). The Fusion style is used everywhere because it draws every
control from the palette; native styles (e.g. Windows 11) ignore parts of it.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from crm_desktop.ui.a11y.heading import refresh_headings
from crm_desktop.ui.palettes import high_contrast_palette
from crm_desktop.ui.resources import resource_path

TEXT_SCALES: tuple[int, ...] = (100, 125, 150, 175, 200)
MIN_TEXT_SCALE = TEXT_SCALES[0]
MAX_TEXT_SCALE = TEXT_SCALES[-1]


class ThemeChoice(StrEnum):
    """The user's theme setting."""

    SYSTEM = "system"  # high contrast when the platform asks for it
    STANDARD = "standard"
    HIGH_CONTRAST = "high_contrast"


def system_prefers_high_contrast() -> bool:
    """True when the platform reports a high-contrast preference (Qt 6.10+; else False)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = getattr(accessibility(), "contrastPreference", None)
    return preference is not None and preference() == Qt.ContrastPreference.HighContrast


def style_sheet(high_contrast: bool) -> str:
    """The application style sheet: the default one, plus the high-contrast additions."""
    text = resource_path("styles", "default.qss").read_text(encoding="utf-8")
    if high_contrast:
        text += "\n" + resource_path("styles", "high_contrast.qss").read_text(encoding="utf-8")
    return text


def clamp_text_scale(percent: int) -> int:
    """Keep a text size setting within 100–200 %."""
    return max(MIN_TEXT_SCALE, min(MAX_TEXT_SCALE, int(percent)))


def scaled_font(base: QFont, percent: int) -> QFont:
    """``base`` at ``percent`` % of its size (point- or pixel-sized fonts alike)."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * percent / 100)
    else:
        font.setPixelSize(round(base.pixelSize() * percent / 100))
    return font


class ThemeManager(QObject):
    """Applies the theme and text size to the application and follows the platform."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._base_font = QFont(app.font())
        self._choice = ThemeChoice.SYSTEM
        self._text_scale = 100
        self._high_contrast = False
        app.setStyle("Fusion")
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_platform_changed)
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None and hasattr(accessibility(), "contrastPreferenceChanged"):
            accessibility().contrastPreferenceChanged.connect(self._on_platform_changed)

    @property
    def choice(self) -> ThemeChoice:
        """The theme setting in effect."""
        return self._choice

    @property
    def high_contrast(self) -> bool:
        """True while the high-contrast palette is installed."""
        return self._high_contrast

    @property
    def text_scale(self) -> int:
        """The text size in percent of the platform's font size."""
        return self._text_scale

    def apply(self, choice: ThemeChoice, text_scale: int = 100) -> None:
        """Install the palette, style sheet and font for ``choice`` at ``text_scale`` %."""
        self._choice = choice
        self._text_scale = clamp_text_scale(text_scale)
        self._high_contrast = choice is ThemeChoice.HIGH_CONTRAST or (
            choice is ThemeChoice.SYSTEM and system_prefers_high_contrast()
        )
        # An empty palette means "the platform's", which keeps following dark mode.
        self._app.setPalette(high_contrast_palette() if self._high_contrast else QPalette())
        self._app.setFont(scaled_font(self._base_font, self._text_scale))
        self._app.setStyleSheet(style_sheet(self._high_contrast))
        refresh_headings()

    def _on_platform_changed(self, *_: object) -> None:
        if self._choice is ThemeChoice.SYSTEM:
            self.apply(self._choice, self._text_scale)
