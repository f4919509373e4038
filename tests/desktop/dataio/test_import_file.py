"""Reading import files: csv encodings and delimiters, xlsx cell types, damaged files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

from crm_desktop.services.dataio import DataIoCode, FileKind, ImportSource, suggest_mapping
from crm_protocol.errors import ErrorCode, KnownError

from .conftest import HEADERS, build_rows, write_csv, write_xlsx


def score(headers: Sequence[str]) -> int:
    return len(suggest_mapping(headers).mapping)


@pytest.mark.parametrize(
    ("lang", "encoding", "delimiter", "detected"),
    [
        ("pl", "utf-8", ";", "utf-8-sig"),
        ("pl", "utf-8-sig", ",", "utf-8-sig"),
        ("cs", "cp1250", ";", "cp1250"),
        ("pl", "cp1250", "\t", "cp1250"),
        ("ru", "cp1251", ";", "cp1251"),
        ("ru", "utf-8-sig", "\t", "utf-8-sig"),
    ],
)
def test_csv_encoding_and_delimiter_are_detected(
    tmp_path: Path, lang: str, encoding: str, delimiter: str, detected: str
) -> None:
    headers = [h for _, h in HEADERS[lang]]
    rows, _, _ = build_rows(lang, 30)
    path = write_csv(tmp_path / "in.csv", headers, rows, encoding=encoding, delimiter=delimiter)
    source = ImportSource.open(path, header_score=score)
    assert source.kind is FileKind.CSV
    assert source.encoding == detected
    assert source.delimiter == delimiter
    assert list(source.headers) == headers
    got = list(source.rows())
    assert [r.number for r in got] == list(range(2, 32))
    assert got[0].cells[0] == rows[0][0]  # the name, diacritics and all


def test_cp1251_is_told_from_cp1250_without_header_hints(tmp_path: Path) -> None:
    headers = [h for _, h in HEADERS["ru"]]
    rows, _, _ = build_rows("ru", 30)
    path = write_csv(tmp_path / "ru.csv", headers, rows, encoding="cp1251")
    assert ImportSource.open(path).encoding == "cp1251"


def test_explicit_encoding_and_delimiter_win(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes("Nazwa|Miasto\nAla|Łódź\n".encode("cp1250"))
    source = ImportSource.open(path, encoding="cp1250", delimiter="|")
    assert [r.cells for r in source.rows()] == [("Ala", "Łódź")]


def test_csv_quoted_multiline_cell_keeps_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text('Nazwa;Uwagi\nA;"line 1\nline 2"\nB;\n\n;\nC;x\n', encoding="utf-8")
    got = [(r.number, r.cells) for r in ImportSource.open(path).rows()]
    # blank records (rows 4 and 5) are skipped, numbering is by record
    assert got == [(2, ("A", "line 1\nline 2")), (3, ("B",)), (6, ("C", "x"))]


def test_xlsx_cells_come_out_as_text(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "x.xlsx",
        ["Název", "IČO", "Cena", "Datum", "Aktivní", ""],
        [
            ["Alfa", 64581, 12.5, dt.datetime(2024, 5, 6), True, None],
            [None, None, None, None, None, None],
            ["Beta", "00006947", 100.0, dt.date(2024, 1, 2), False, None],
        ],
    )
    source = ImportSource.open(path)
    assert source.kind is FileKind.XLSX
    assert source.headers == ("Název", "IČO", "Cena", "Datum", "Aktivní")
    got = [(r.number, r.cells) for r in source.rows()]
    assert got == [
        (2, ("Alfa", "64581", "12.5", "2024-05-06", "true")),
        (4, ("Beta", "00006947", "100", "2024-01-02", "false")),
    ]
    # a second pass streams the same rows again
    assert [r.number for r in source.rows()] == [2, 4]


def test_damaged_xlsx_is_a_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not a workbook")
    with pytest.raises(KnownError) as caught:
        ImportSource.open(path)
    assert caught.value.code == ErrorCode.BAD_FILE
    assert caught.value.detail == {"file": "broken.xlsx"}


def test_missing_file_is_a_bad_file(tmp_path: Path) -> None:
    with pytest.raises(KnownError) as caught:
        ImportSource.open(tmp_path / "gone.csv")
    assert caught.value.code == ErrorCode.BAD_FILE


def test_unsupported_type(tmp_path: Path) -> None:
    path = tmp_path / "data.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(KnownError) as caught:
        ImportSource.open(path)
    assert caught.value.code == DataIoCode.UNSUPPORTED_FILE_TYPE
