"""Give each label of a long form its own Alt+letter, skipping letters already taken (R13)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui.a11y.audit import mnemonic_of

# Letters the main window's menu bar (File, Record, Go, Tools, Help) and "Pages" use, in English.
WINDOW_LETTERS = frozenset("frgthp")
# The same texts as the main window labels them (context "MainWindow").
_WINDOW_TEXTS = ("&File", "&Record", "&Go", "&Tools", "&Help", "&Pages")


def window_letters() -> frozenset[str]:
    """The Alt letters of the main window's menus and page list in the current language.

    Translated, they are other letters ("&Plik", "&Nápověda", "С&траницы"): a form that kept
    only the English ones clashed with the menus in cs, pl and ru.
    """
    letters = {
        m.casefold()
        for text in _WINDOW_TEXTS
        if (m := mnemonic_of(QCoreApplication.translate("MainWindow", text)))
    }
    return frozenset(letters)


def with_mnemonics(texts: Sequence[str], taken: Iterable[str] = WINDOW_LETTERS) -> list[str]:
    """``texts`` with an ``&`` before the first free letter of each (none when all are taken).

    Letters are compared case-insensitively; a text keeps no mnemonic rather than a duplicate.
    """
    used = {c.casefold() for c in taken}
    out = []
    for text in texts:
        plain = text.replace("&", "&&")
        chosen = -1
        for i, char in enumerate(text):
            if char.isalnum() and char.casefold() not in used:
                chosen = i
                break
        if chosen < 0:
            out.append(plain)
            continue
        used.add(text[chosen].casefold())
        # index in the escaped string: every "&" before it became "&&"
        at = chosen + text[:chosen].count("&")
        out.append(plain[:at] + "&" + plain[at:])
    return out
