"""Give each label of a long form its own Alt+letter, skipping letters already taken (R13)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

# Letters the main window's menu bar (File, Record, Go, Tools, Help) and "Pages" use.
WINDOW_LETTERS = frozenset("frgthp")


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
