"""Themes (no hard-coded colours, 7:1 high contrast, text scale) and translations."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFormLayout, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.ui import messages
from crm_desktop.ui.a11y import FormField, Heading, LineField
from crm_desktop.ui.i18n import LANGUAGES, Translations, compiled_catalogue, sorted_by_locale
from crm_desktop.ui.palettes import TEXT_PAIRS, contrast_ratio, high_contrast_palette
from crm_desktop.ui.theme import ThemeChoice, ThemeManager, clamp_text_scale
from crm_protocol.errors import ErrorCode

ROOT = Path(__file__).resolve().parents[3]
UI = ROOT / "crm_desktop" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
PALETTE_MODULE = UI / "palettes.py"

_HEX = re.compile(r"#[0-9a-fA-F]{3,8}\b")
_FUNC = re.compile(r"\b(rgba?|hsla?|hsv)\s*\(", re.IGNORECASE)
_NAMED = re.compile(
    r"(?<![\w-])(black|white|red|green|blue|yellow|gray|grey|orange|purple|cyan|magenta|navy"
    r"|silver|maroon|lime|teal|olive|fuchsia|aqua|darkgray|lightgray)(?![\w-])",
    re.IGNORECASE,
)
_PY_COLOUR = re.compile(r"QColor\(|Qt\.GlobalColor\.|\bQt\.(black|white|red|yellow)\b")


def test_style_sheets_use_no_literal_colours() -> None:
    sheets = sorted((ROOT / "resources" / "styles").glob("*.qss"))
    assert {p.name for p in sheets} >= {"default.qss", "high_contrast.qss"}
    for sheet in sheets:
        code = re.sub(r"/\*.*?\*/", "", sheet.read_text(encoding="utf-8"), flags=re.DOTALL)
        assert not _HEX.search(code), sheet.name
        assert not _FUNC.search(code), sheet.name
        assert not _NAMED.search(code), (sheet.name, _NAMED.search(code))
        assert "palette(highlight)" in code


def test_ui_code_names_colours_only_in_the_palette_module() -> None:
    for path in sorted(UI.rglob("*.py")):
        if path == PALETTE_MODULE:
            continue
        code = path.read_text(encoding="utf-8")
        assert not _HEX.search(code), path
        assert not _FUNC.search(code), path
        assert not _PY_COLOUR.search(code), path
    assert _PY_COLOUR.search(PALETTE_MODULE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("fg", "bg"), TEXT_PAIRS)
def test_high_contrast_text_pairs_reach_7_to_1(
    fg: QPalette.ColorRole, bg: QPalette.ColorRole
) -> None:
    palette = high_contrast_palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        ratio = contrast_ratio(palette.color(group, fg), palette.color(group, bg))
        assert ratio >= 7.0, (fg, bg, ratio)
    disabled = contrast_ratio(
        palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text),
        palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base),
    )
    assert disabled >= 7.0


def test_high_contrast_focus_and_borders_reach_3_to_1() -> None:
    p = high_contrast_palette()
    window = p.color(QPalette.ColorRole.Window)
    assert contrast_ratio(p.color(QPalette.ColorRole.Highlight), window) >= 3.0
    assert contrast_ratio(p.color(QPalette.ColorRole.Shadow), p.color(QPalette.ColorRole.Base)) >= 3


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio(QColor(0, 0, 0), QColor(255, 255, 255)) == pytest.approx(21.0)
    assert contrast_ratio(QColor(0x76, 0x76, 0x76), QColor(255, 255, 255)) == pytest.approx(
        4.54, abs=0.01
    )


def test_theme_applies_high_contrast_and_text_scale(qapp: QApplication, qtbot: QtBot) -> None:
    base_size = qapp.font().pointSizeF()
    theme = ThemeManager(qapp)
    theme.apply(ThemeChoice.HIGH_CONTRAST, 200)
    assert theme.high_contrast
    assert qapp.palette().color(QPalette.ColorRole.Window) == high_contrast_palette().color(
        QPalette.ColorRole.Window
    )
    assert qapp.font().pointSizeF() == pytest.approx(base_size * 2)
    assert "palette(highlight)" in qapp.styleSheet()
    theme.apply(ThemeChoice.STANDARD, 100)
    assert not theme.high_contrast
    assert qapp.font().pointSizeF() == pytest.approx(base_size)
    assert clamp_text_scale(350) == 200
    assert clamp_text_scale(50) == 100


def test_fields_and_headings_are_not_clipped_at_200_percent(
    qapp: QApplication, qtbot: QtBot
) -> None:
    ThemeManager(qapp).apply(ThemeChoice.STANDARD, 200)
    window = QWidget()
    form = QFormLayout(window)
    heading = Heading("Customers")
    form.addRow(heading)
    field = FormField("&Phone", LineField("602 123 456"), hint="9 digits")
    field.add_to(form)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    line = field.field
    margin = line.document().documentMargin()
    assert line.viewport().height() >= line.fontMetrics().lineSpacing() + 2 * margin - 1
    assert field.label.height() >= field.label.sizeHint().height()
    assert heading.font().pointSizeF() > qapp.font().pointSizeF()
    assert heading.height() >= heading.sizeHint().height()


def test_ts_files_are_what_lupdate_would_write(tmp_path: Path) -> None:
    for lang in LANGUAGES:
        shutil.copy(TRANSLATIONS / f"crm_{lang}.ts", tmp_path)
    subprocess.run([str(ROOT / "scripts" / "lupdate"), str(tmp_path)], check=True)
    for lang in LANGUAGES:
        committed = (TRANSLATIONS / f"crm_{lang}.ts").read_text(encoding="utf-8")
        regenerated = (tmp_path / f"crm_{lang}.ts").read_text(encoding="utf-8")
        assert regenerated == committed, f"run scripts/lupdate and translate: crm_{lang}.ts"


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_ts_files_have_no_unfinished_translations(lang: str) -> None:
    root = ET.parse(TRANSLATIONS / f"crm_{lang}.ts").getroot()
    assert root.get("language") == lang
    messages_ = list(root.iter("message"))
    assert len(messages_) > 50
    for message in messages_:
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, message.findtext("source")
        assert (translation.text or "").strip(), message.findtext("source")


def test_catalogue_is_compiled_once_into_the_cache(tmp_path: Path) -> None:
    qm = compiled_catalogue("cs", tmp_path)
    assert qm is not None
    assert qm.parent == tmp_path
    assert qm.stat().st_size > 0
    mtime = qm.stat().st_mtime_ns
    assert compiled_catalogue("cs", tmp_path) == qm
    assert qm.stat().st_mtime_ns == mtime


@pytest.mark.parametrize(
    ("lang", "expected"), [("cs", "Zákazníci"), ("pl", "Klienci"), ("ru", "Клиенты")]
)
def test_translations_install_and_remove(
    qapp: QApplication, tmp_path: Path, lang: str, expected: str
) -> None:
    translations = Translations(qapp, tmp_path)
    try:
        assert translations.install(lang)
        assert QCoreApplication.translate("Pages", "Customers") == expected
        assert QLocale().name().startswith(lang)
        assert messages.message("required") != "This field is required. Fill it in."
    finally:
        translations.remove()
        QLocale.setDefault(QLocale(QLocale.Language.English))
    assert QCoreApplication.translate("Pages", "Customers") == "Customers"


def test_every_error_code_has_an_actionable_message() -> None:
    for code in ErrorCode:
        assert code.value in messages.MESSAGES, code
    for code in (
        messages.WRONG_PASSWORD,
        messages.KEYRING_INSECURE,
        messages.KEYRING_LOCKED,
        messages.UPGRADE_REQUIRED,
    ):
        assert code in messages.MESSAGES
    # Every message says what to do: at least two sentences, or an instruction.
    for text in messages.MESSAGES.values():
        assert text.endswith("."), text
    assert messages.message("no_such_code") == messages.message(messages.UNKNOWN)


def test_locale_aware_sorting() -> None:
    names = ["Čech", "Cyril", "Dan", "chata", "hora"]
    assert sorted_by_locale(names, locale=QLocale("cs")) == [
        "Cyril",
        "Čech",
        "Dan",
        "hora",
        "chata",
    ]
    assert sorted_by_locale(["Łukasz", "Lech", "Marek"], locale=QLocale("pl")) == [
        "Lech",
        "Łukasz",
        "Marek",
    ]
    assert sorted_by_locale(["item 10", "item 9"], locale=QLocale("en")) == ["item 9", "item 10"]
