"""The Settings dialog: language, theme and text size (the user's UI preferences)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from crm_desktop.ui.a11y.combo import AccessibleCombo
from crm_desktop.ui.a11y.form_field import FormField
from crm_desktop.ui.i18n import LANGUAGES, SOURCE_LANGUAGE
from crm_desktop.ui.theme import TEXT_SCALES, ThemeChoice, clamp_text_scale


@dataclass(frozen=True, slots=True)
class UiPreferences:
    """How the user wants the UI: language code, theme, text size in percent."""

    language: str = SOURCE_LANGUAGE
    theme: ThemeChoice = ThemeChoice.SYSTEM
    text_scale: int = 100


class SettingsDialog(QDialog):
    """Edits :class:`UiPreferences`; read the result with :meth:`preferences` after OK."""

    def __init__(self, preferences: UiPreferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.language = AccessibleCombo()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.theme = AccessibleCombo()
        for choice in ThemeChoice:
            self.theme.addItem("", choice.value)
        self.text_size = AccessibleCombo()
        for percent in TEXT_SCALES:
            self.text_size.addItem("", percent)

        self.language_field = FormField("&Language", self.language)
        self.theme_field = FormField("&Theme", self.theme)
        self.text_size_field = FormField("Text &size", self.text_size)
        form = QFormLayout()
        for field in (self.language_field, self.theme_field, self.text_size_field):
            field.add_to(form)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._select(preferences)
        self.retranslate()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.language.setFocus()

    def preferences(self) -> UiPreferences:
        """The preferences as chosen in the dialog."""
        return UiPreferences(
            language=str(self.language.currentData()),
            theme=ThemeChoice(self.theme.currentData()),
            text_scale=int(self.text_size.currentData()),
        )

    def retranslate(self) -> None:
        """Re-label after a language change."""
        self.setWindowTitle(self.tr("Settings"))
        self.language_field.set_label(self.tr("&Language"))
        self.language_field.set_hint(self.tr("Applies at once."))
        self.theme_field.set_label(self.tr("&Theme"))
        self.theme_field.set_hint(self.tr("High contrast shows white and yellow on black."))
        self.text_size_field.set_label(self.tr("Text &size"))
        self.text_size_field.set_hint(self.tr("100% is the text size of the system."))
        theme_names = {
            ThemeChoice.SYSTEM: self.tr("Follow the system"),
            ThemeChoice.STANDARD: self.tr("Standard"),
            ThemeChoice.HIGH_CONTRAST: self.tr("High contrast"),
        }
        for row in range(self.theme.count()):
            self.theme.setItemText(row, theme_names[ThemeChoice(self.theme.itemData(row))])
        for row in range(self.text_size.count()):
            percent = int(self.text_size.itemData(row))
            self.text_size.setItemText(row, self.tr("{percent}%").format(percent=percent))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _select(self, preferences: UiPreferences) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(preferences.theme.value)))
        scale = clamp_text_scale(preferences.text_scale)
        nearest = min(TEXT_SCALES, key=lambda p: abs(p - scale))
        self.text_size.setCurrentIndex(self.text_size.findData(nearest))
