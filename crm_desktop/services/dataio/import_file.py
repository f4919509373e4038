"""Read an import file (xlsx or csv) as a stream of rows of text, in bounded memory.

Every cell comes out as ``str | None`` (the project's value convention): whole numbers
without ".0" (so an IČO typed as a number survives), dates ISO, booleans "true"/"false".
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import re
import zipfile
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from crm_desktop.services.dataio.codes import DataIoCode
from crm_protocol.errors import ErrorCode, KnownError

CSV_DELIMITERS = (";", ",", "\t")
CSV_ENCODINGS = ("utf-8-sig", "cp1250", "cp1251")
_SNIFF_BYTES = 64 * 1024
_CHUNK = 1024 * 1024
_HIGH_RUNS = re.compile(rb"[\x80-\xff]+")


class FileKind(StrEnum):
    """Supported import formats."""

    XLSX = "xlsx"
    CSV = "csv"


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One data row: its number in the file (the header is row 1) and its cells."""

    number: int
    cells: tuple[str | None, ...]


class ImportSource:
    """A readable import file: ``headers`` once, then ``rows()`` as often as needed.

    Each ``rows()`` call re-reads the file from disk, so the preview and the import pass
    stream the same data without holding it in memory.
    """

    def __init__(
        self,
        path: Path,
        kind: FileKind,
        headers: tuple[str, ...],
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
    ) -> None:
        self.path = path
        self.kind = kind
        self.headers = headers
        self.encoding = encoding
        self.delimiter = delimiter

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
        header_score: Callable[[Sequence[str]], int] | None = None,
    ) -> ImportSource:
        """Inspect ``path`` (kind by suffix, csv encoding and delimiter sniffed) and read headers.

        ``header_score`` (e.g. how many headers a mapping recognises) breaks ties between
        8-bit encodings: the right one is the one whose headers make sense. Raises
        ``KnownError(BAD_FILE)`` for an unreadable file and ``UNSUPPORTED_FILE_TYPE`` otherwise.
        """
        path = Path(path)
        kind = _kind(path)
        try:
            if kind is FileKind.XLSX:
                return cls(path, kind, _xlsx_headers(path))
            enc = encoding or _detect_encoding(path, header_score)
            delim = delimiter or _sniff_delimiter(path, enc)
            source = cls(path, kind, (), encoding=enc, delimiter=delim)
            source.headers = _csv_headers(path, enc, delim)
            return source
        except KnownError:
            raise
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, csv.Error) as exc:
            raise KnownError(ErrorCode.BAD_FILE, {"file": path.name}) from exc

    def rows(self) -> Iterator[SourceRow]:
        """Data rows after the header, blank rows skipped; ``KnownError(BAD_FILE)`` on damage."""
        try:
            if self.kind is FileKind.XLSX:
                yield from _xlsx_rows(self.path)
            else:
                assert self.encoding is not None
                assert self.delimiter is not None
                yield from _csv_rows(self.path, self.encoding, self.delimiter)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, csv.Error) as exc:
            raise KnownError(ErrorCode.BAD_FILE, {"file": self.path.name}) from exc


def _kind(path: Path) -> FileKind:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return FileKind.XLSX
    if suffix in (".csv", ".txt", ".tsv"):
        return FileKind.CSV
    raise KnownError(DataIoCode.UNSUPPORTED_FILE_TYPE, {"file": path.name})


# --- cells ------------------------------------------------------------------------------------


def cell_text(value: Any) -> str | None:
    """A spreadsheet cell as the project's text value (``None`` when empty)."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 2**53:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value).strip() or None


def _row_cells(values: Sequence[Any]) -> tuple[str | None, ...]:
    cells = tuple(cell_text(v) for v in values)
    # trailing empties are noise from spreadsheets' formatted-but-empty columns
    end = len(cells)
    while end and cells[end - 1] is None:
        end -= 1
    return cells[:end]


# --- xlsx -------------------------------------------------------------------------------------


def _xlsx_rows_raw(path: Path) -> Generator[tuple[Any, ...], None, None]:
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        # Without this, files lacking a <dimension> element (openpyxl's own write-only output,
        # many exporters) are parsed once in full just to size the sheet.
        ws.reset_dimensions()
        yield from ws.iter_rows(values_only=True)
    finally:
        wb.close()


def _xlsx_headers(path: Path) -> tuple[str, ...]:
    rows = _xlsx_rows_raw(path)
    try:
        first = next(rows, None)
    finally:
        rows.close()
    return _headers(first or ())


def _xlsx_rows(path: Path) -> Iterator[SourceRow]:
    rows = _xlsx_rows_raw(path)
    try:
        next(rows, None)  # header
        for number, values in enumerate(rows, start=2):
            cells = _row_cells(values)
            if cells:
                yield SourceRow(number, cells)
    finally:
        rows.close()


def _headers(values: Sequence[Any]) -> tuple[str, ...]:
    return tuple(cell_text(v) or "" for v in _row_cells(values))


# --- csv --------------------------------------------------------------------------------------


def _detect_encoding(path: Path, header_score: Callable[[Sequence[str]], int] | None) -> str:
    """UTF-8 (with or without BOM) when the whole file decodes as such, else cp1250 or cp1251."""
    if _decodes_as_utf8(path):
        return "utf-8-sig"
    with path.open("rb") as fh:
        sample = fh.read(_SNIFF_BYTES)
    candidates = [e for e in CSV_ENCODINGS if e != "utf-8-sig"]
    if header_score is not None:
        scores = {}
        for enc in candidates:
            first_line = sample.decode(enc, errors="replace").splitlines()[:1]
            fields = next(csv.reader(first_line, delimiter=_guess_delimiter(first_line)), [])
            scores[enc] = header_score(fields)
        best = max(scores.values())
        if list(scores.values()).count(best) == 1:
            return max(scores, key=lambda e: scores[e])
    # Russian words are runs of high bytes (Cyrillic letters in cp1251); in Polish and Czech
    # the high bytes are diacritics, one or two at a time between ASCII letters.
    runs = [len(run) for run in _HIGH_RUNS.findall(sample)]
    long_runs = sum(1 for n in runs if n >= 3)
    return "cp1251" if long_runs > len(runs) - long_runs else "cp1250"


def _decodes_as_utf8(path: Path) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")(errors="strict")
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _guess_delimiter(lines: Sequence[str]) -> str:
    head = lines[0] if lines else ""
    return max(CSV_DELIMITERS, key=head.count)


def _sniff_delimiter(path: Path, encoding: str) -> str:
    with path.open("r", encoding=encoding, newline="") as fh:
        sample = fh.read(_SNIFF_BYTES)
    # Sniff complete lines only: a cut-off last line confuses the sniffer.
    lines = sample.splitlines()
    if len(lines) > 1 and len(sample) == _SNIFF_BYTES:
        lines = lines[:-1]
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters="".join(CSV_DELIMITERS)).delimiter
    except csv.Error:
        return _guess_delimiter(lines)


def _csv_headers(path: Path, encoding: str, delimiter: str) -> tuple[str, ...]:
    with path.open("r", encoding=encoding, newline="") as fh:
        # csv's default field size limit (128 KiB) stops a runaway quote from swallowing the
        # rest of the file; it surfaces as csv.Error, i.e. BAD_FILE.
        first = next(csv.reader(fh, delimiter=delimiter), [])
    return _headers(first)


def _csv_rows(path: Path, encoding: str, delimiter: str) -> Iterator[SourceRow]:
    with path.open("r", encoding=encoding, newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        next(reader, None)
        # The record number, not the line number, so a quoted multi-line cell does not shift
        # the rows the report points at (it matches the row a spreadsheet shows).
        for number, values in enumerate(reader, start=2):
            cells = _row_cells(values)
            if cells:
                yield SourceRow(number, cells)
