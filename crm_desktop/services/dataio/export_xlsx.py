"""Write a customer export to xlsx: streamed (openpyxl write-only), watermarked, atomic.

The caller decides what may leave: it passes only the columns the role may see and the rows
of the export ticket. This module makes sure the file carries the watermark (T34), never holds
a live formula, and either appears complete or not at all.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Font

from crm_desktop.services.dataio.files import atomic_output, sha256_file
from crm_desktop.services.dataio.progress import CancelToken, ProgressCallback
from crm_desktop.services.dataio.xlsx_cells import (
    FORMULA_TRIGGERS,
    clean_text,
    discard_spool,
    text_cell,
)
from crm_protocol.fields import FieldType

SHEET_TITLE = "Export"
PROGRESS_EVERY = 1000  # rows between progress callbacks
_CANCEL_EVERY = 64  # rows between cancel checks: cheap, and well under 100 ms of work
_LOGIN_MAX = 64  # Excel caps a header/footer at 255 characters in all
CUSTOM_PROP_EXPORT_ID = "export_id"
CUSTOM_PROP_EXPORTED_BY = "exported_by"
CUSTOM_PROP_EXPORTED_AT = "exported_at"


@dataclass(frozen=True, slots=True)
class ExportColumn:
    """One exported column: the field it holds, its header text (from the UI) and its type."""

    name: str
    title: str
    type: FieldType = FieldType.TEXT


@dataclass(frozen=True, slots=True)
class Watermark:
    """Who exported, when (UTC) and under which export ticket."""

    user_login: str
    exported_at: datetime
    export_id: str

    @property
    def utc_text(self) -> str:
        """The export time as ``yyyy-mm-ddThh:mm:ssZ``."""
        moment = self.exported_at
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")

    @property
    def text(self) -> str:
        """``login | time | export id``: the line put into header, footer and properties."""
        return f"{self.user_login[:_LOGIN_MAX]} | {self.utc_text} | {self.export_id}"


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What the client reports back to the server for the export ticket."""

    row_count: int
    sha256: str
    path: Path


def write_export(
    path: Path,
    columns: Sequence[ExportColumn],
    rows: Iterable[Sequence[str | None]],
    watermark: Watermark,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    progress_every: int = PROGRESS_EVERY,
) -> ExportResult:
    """Write ``rows`` (values in ``columns`` order) under a header row to a new xlsx at ``path``.

    Raises ``OperationCancelled`` when ``cancel`` fires and ``ValueError`` for a row of the
    wrong width; in both cases, as on any error, no file is left at ``path`` or beside it.
    """
    path = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET_TITLE)
    _apply_watermark(wb, ws, watermark)
    convert = _RowConverter(ws, columns)
    width = len(columns)
    count = 0
    try:
        with atomic_output(path) as tmp:
            ws.append([_header_cell(ws, c.title) for c in columns])
            for row in rows:
                if len(row) != width:
                    raise ValueError(f"row {count + 1} has {len(row)} values, expected {width}")
                ws.append(convert(row))
                count += 1
                if cancel is not None and count % _CANCEL_EVERY == 0:
                    cancel.raise_if_cancelled()
                if progress is not None and count % progress_every == 0:
                    progress(count)
            if cancel is not None:
                cancel.raise_if_cancelled()
            wb.save(tmp)
            digest = sha256_file(tmp)  # the bytes written, before anyone else can touch them
    finally:
        discard_spool(ws)
    if progress is not None:
        progress(count)
    return ExportResult(row_count=count, sha256=digest, path=path)


def _apply_watermark(wb: Any, ws: Any, mark: Watermark) -> None:
    # "&" starts a format code in header/footer text; "&&" is a literal ampersand.
    hf_text = mark.text.replace("&", "&&")
    ws.oddHeader.center.text = hf_text
    ws.oddFooter.center.text = hf_text
    ws.evenHeader.center.text = hf_text
    ws.evenFooter.center.text = hf_text
    props = wb.properties
    props.creator = mark.user_login
    props.lastModifiedBy = mark.user_login
    props.title = f"export {mark.export_id}"
    props.identifier = mark.export_id
    props.description = mark.text
    exported_at = mark.exported_at
    if exported_at.tzinfo is not None:
        exported_at = exported_at.astimezone(UTC).replace(tzinfo=None)
    props.created = exported_at
    props.modified = exported_at
    custom = wb.custom_doc_props
    custom.append(StringProperty(name=CUSTOM_PROP_EXPORT_ID, value=mark.export_id))
    custom.append(StringProperty(name=CUSTOM_PROP_EXPORTED_BY, value=mark.user_login))
    custom.append(StringProperty(name=CUSTOM_PROP_EXPORTED_AT, value=mark.utc_text))


def _header_cell(ws: Any, title: str) -> Any:
    value = text_cell(ws, title)
    cell = WriteOnlyCell(ws, value=value) if isinstance(value, str) else value
    cell.font = Font(bold=True)
    return cell


class _RowConverter:
    """Turns a row of text values into cells: numbers for NUMBER columns, defused text.

    Works per row rather than per cell (one control-character scan of the joined row, one pass
    for formula triggers) because this runs for every one of the millions of cells of a large
    export. Each column owns one defused cell that is refilled row after row: a write-only
    sheet serialises a row as soon as it is appended, so the cell is free again by the next
    row, and this saves a cell object and a style lookup per defused value (every phone
    number starts with "+").
    """

    def __init__(self, ws: Any, columns: Sequence[ExportColumn]) -> None:
        self._numbers = [i for i, c in enumerate(columns) if c.type is FieldType.NUMBER]
        self._cells = [WriteOnlyCell(ws) for _ in columns]
        for cell in self._cells:
            cell.quotePrefix = True

    def __call__(self, row: Sequence[str | None]) -> list[Any]:
        values: list[Any] = list(row)
        if ILLEGAL_CHARACTERS_RE.search("".join([v for v in values if v is not None])):
            values = [None if v is None else clean_text(v) for v in values]
        for i in self._numbers:
            value = values[i]
            if value is not None:
                values[i] = _number(value)
        hits = [
            i for i, v in enumerate(values) if v.__class__ is str and v.startswith(FORMULA_TRIGGERS)
        ]
        for i in hits:
            cell = self._cells[i]
            cell.value = values[i]
            cell.data_type = "s"  # a value starting with "=" was bound as a formula
            values[i] = cell
        return values


def _number(value: str) -> Any:
    """A decimal string as an int or float; anything else stays a string (defused later)."""
    try:
        return int(value)
    except ValueError:
        pass
    try:
        parsed = float(value)
    except ValueError:
        return value
    return parsed if math.isfinite(parsed) else value
