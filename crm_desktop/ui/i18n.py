"""Translations (cs, pl, ru, en) and locale-aware sorting.

The committed ``resources/translations/crm_<lang>.ts`` files are the source of truth
(``scripts/lupdate`` regenerates them from the code). Compiled ``.qm`` files are not committed:
a desktop bundle ships them next to the ``.ts`` files (built at packaging time); a source
checkout compiles them on first start with the ``lrelease`` binary PySide6 ships, into the
cache directory, and again whenever the ``.ts`` file is newer.
"""

from __future__ import annotations

import logging
import subprocess  # only to run PySide6's own lrelease binary on our .ts files
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

import PySide6
from PySide6.QtCore import QCollator, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from crm_desktop.ui.resources import resource_path

log = logging.getLogger(__name__)

# Language code → its name in that language (what the language picker shows).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "cs": "Čeština",
    "pl": "Polski",
    "ru": "Русский",
}
SOURCE_LANGUAGE = "en"

T = TypeVar("T")


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    """Mark ``source_text`` for lupdate (by this exact name) and return it untranslated.

    Typed stand-in for PySide6's own, whose stub returns ``object``.
    """
    del context
    return source_text


def ts_file(lang: str) -> Path:
    """The committed translation source of ``lang``."""
    return resource_path("translations", f"crm_{lang}.ts")


def lrelease_executable() -> Path:
    """The ``lrelease`` binary inside the PySide6 package."""
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name


def _is_current(qm: Path, ts: Path) -> bool:
    return qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)


def compiled_catalogue(lang: str, cache_dir: Path) -> Path | None:
    """A current ``.qm`` for ``lang``: the shipped one, or one compiled into ``cache_dir``.

    ``None`` when there is neither a shipped ``.qm`` nor a ``.ts`` to compile (or compiling
    failed; the reason is logged).
    """
    ts = ts_file(lang)
    shipped = ts.with_suffix(".qm")
    if _is_current(shipped, ts):
        return shipped
    if not ts.is_file():
        return None
    cached = cache_dir / shipped.name
    if _is_current(cached, ts):
        return cached
    cache_dir.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(  # noqa: S603 - fixed binary, our own file paths, no shell
        [str(lrelease_executable()), "-silent", str(ts), "-qm", str(cached)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not cached.is_file():
        log.warning("lrelease failed for %s: %s", ts.name, result.stderr.strip())
        return None
    return cached


def system_language() -> str:
    """The system's UI language if we have it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


class Translations(QObject):
    """Installs the app's and Qt's own catalogues for one language; switchable at run time.

    Installing sends ``QEvent.LanguageChange`` to every widget, which re-translates itself.
    """

    def __init__(self, app: QApplication, cache_dir: Path) -> None:
        super().__init__(app)
        self._app = app
        self._cache_dir = cache_dir
        self._installed: list[QTranslator] = []
        self._language = SOURCE_LANGUAGE

    @property
    def language(self) -> str:
        """The language code in effect."""
        return self._language

    def install(self, lang: str) -> bool:
        """Switch to ``lang``; False (and English) when its catalogue cannot be loaded."""
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}")
        self.remove()
        loaded = True
        if lang != SOURCE_LANGUAGE:
            loaded = self._load_app_catalogue(lang)
            self._load_qt_catalogue(lang)
        self._language = lang if loaded else SOURCE_LANGUAGE
        QLocale.setDefault(QLocale(self._language))
        self._app.setLayoutDirection(QLocale(self._language).textDirection())
        return loaded

    def remove(self) -> None:
        """Uninstall this object's catalogues (back to the English source texts)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self._language = SOURCE_LANGUAGE

    def _load_app_catalogue(self, lang: str) -> bool:
        qm = compiled_catalogue(lang, self._cache_dir)
        translator = QTranslator(self)
        if qm is None or not translator.load(str(qm)):
            log.warning("no usable translation catalogue for %s", lang)
            return False
        self._app.installTranslator(translator)
        self._installed.append(translator)
        return True

    def _load_qt_catalogue(self, lang: str) -> None:
        # Qt's own strings (standard buttons, context menus); optional.
        translator = QTranslator(self)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{lang}", qt_dir):
            self._app.installTranslator(translator)
            self._installed.append(translator)


def collator(locale: QLocale | None = None) -> QCollator:
    """A case-insensitive, number-aware collator for ``locale`` (default: the UI language)."""
    c = QCollator(locale if locale is not None else QLocale())
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    c.setNumericMode(True)
    return c


def sorted_by_locale(
    items: Iterable[T],
    key: Callable[[T], str] = str,
    locale: QLocale | None = None,
) -> list[T]:
    """``items`` sorted the way people of ``locale`` expect ("Č" after "C" in Czech)."""
    c = collator(locale)
    return sorted(items, key=lambda item: c.sortKey(key(item)))
