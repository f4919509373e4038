"""Cell helpers shared by every xlsx this package writes (export, import report)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

# A cell starting with one of these is read as a formula by Excel or LibreOffice when a user
# edits it or the sheet is saved as CSV ("CSV injection", OWASP). Tab and CR are in OWASP's list
# because some importers strip them and then see the formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def clean_text(value: str) -> str:
    """``value`` without the control characters the xlsx format cannot hold."""
    cleaned: str = ILLEGAL_CHARACTERS_RE.sub("", value)
    return cleaned


def text_cell(ws: Any, value: str) -> Any:
    """A cell holding ``value`` as text, defused when it looks like a formula.

    Defusing keeps the value unchanged (phone numbers start with "+"): the cell is forced to
    the string type, so it is never written as a formula, and carries Excel's quote-prefix
    style, the same as a typed leading apostrophe, so editing it does not turn it into one.
    Plain text is returned as a bare ``str`` (cheaper than a cell object in write-only mode).
    """
    if ILLEGAL_CHARACTERS_RE.search(value):
        value = clean_text(value)
    if not value.startswith(FORMULA_TRIGGERS):
        return value
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def discard_spool(ws: Any) -> None:
    """Remove openpyxl's temp copy of a write-only sheet if the workbook was never saved.

    Write-only mode spools rows to a file in the system temp dir and deletes it only when the
    workbook is saved; after a cancel or an error it would stay there, holding customer data.
    Call it in a ``finally`` after saving: on a saved sheet it does nothing.
    """
    if not ws.closed:
        with contextlib.suppress(Exception):
            ws.close()
    writer = getattr(ws, "_writer", None)
    out = getattr(writer, "out", None)
    if isinstance(out, str):
        Path(out).unlink(missing_ok=True)
