"""xlsx export: exactly the given columns and rows, the watermark, atomicity, defused formulas."""

from __future__ import annotations

import hashlib
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from crm_desktop.services.dataio import (
    CancelToken,
    ExportColumn,
    OperationCancelled,
    Watermark,
    write_export,
)
from crm_protocol.fields import FieldType

COLUMNS = [
    ExportColumn("name", "Nazwa"),
    ExportColumn("nip", "NIP"),
    ExportColumn("landline", "Telefon"),
    ExportColumn("purchase_price", "Cena zakupu", FieldType.NUMBER),
    ExportColumn("remarks", "Uwagi"),
]
MARK = Watermark("jan.kowalski", datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC), "exp-7f3a9c")


def rows(n: int) -> list[list[str | None]]:
    return [
        [f"Firma {i}", f"{5260250274 + i}", f"+48 601 {i:03d} 000", f"{i}.25", None]
        for i in range(n)
    ]


def test_exported_file_holds_exactly_the_columns_rows_and_watermark(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    data = rows(250)
    seen: list[int] = []
    result = write_export(path, COLUMNS, data, MARK, progress=seen.append, progress_every=100)

    assert result.row_count == 250
    assert result.path == path
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert seen == [100, 200, 250]

    wb = load_workbook(path)
    try:
        assert wb.sheetnames == ["Export"]
        ws = wb.active
        values = list(ws.iter_rows(values_only=True))
        assert values[0] == tuple(c.title for c in COLUMNS)
        assert ws.max_column == len(COLUMNS)
        assert len(values) == 251
        for got, want in zip(values[1:], data, strict=True):
            assert got[:3] == tuple(want[:3])
            assert got[3] == pytest.approx(float(str(want[3])))  # NUMBER column holds numbers
            assert got[4] is None
        for hf in (ws.oddHeader, ws.oddFooter):
            text = hf.center.text
            assert "jan.kowalski" in text
            assert "2025-03-04T05:06:07Z" in text
            assert "exp-7f3a9c" in text
        assert wb.properties.creator == "jan.kowalski"
        assert "exp-7f3a9c" in wb.properties.title
        assert "exp-7f3a9c" in wb.properties.description
        custom = {p.name: p.value for p in wb.custom_doc_props.props}
        assert custom["export_id"] == "exp-7f3a9c"
        assert custom["exported_by"] == "jan.kowalski"
    finally:
        wb.close()

    # T34: the raw parts, as any tool would see them
    with zipfile.ZipFile(path) as zf:
        custom_xml = zf.read("docProps/custom.xml").decode()
        assert 'name="export_id"' in custom_xml
        assert "exp-7f3a9c" in custom_xml
        names = zf.namelist()
        assert [n for n in names if n.startswith("xl/worksheets/")] == ["xl/worksheets/sheet1.xml"]
        assert not [n for n in names if "comments" in n or "drawing" in n]
        assert b"<definedName " not in zf.read("xl/workbook.xml")  # no named ranges


def test_only_the_columns_passed_are_written(tmp_path: Path) -> None:
    # The caller passes the role's visible columns: nothing else may reach the file.
    visible = [ExportColumn("name", "Name"), ExportColumn("city", "City")]
    path = tmp_path / "narrow.xlsx"
    write_export(path, visible, [["Alfa", "Kraków"], ["Beta", None]], MARK)
    wb = load_workbook(path)
    try:
        got = list(wb.active.iter_rows(values_only=True))
    finally:
        wb.close()
    assert got == [("Name", "City"), ("Alfa", "Kraków"), ("Beta", None)]


def test_wrong_row_width_fails_and_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    with pytest.raises(ValueError, match="expected 5"):
        write_export(path, COLUMNS, [*rows(3), ["only one"]], MARK)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "payload",
    ["=1+1", '=HYPERLINK("http://evil","x")', "+48 601 222 333", "-2+3", "@SUM(A1)", "\t=cmd"],
)
def test_formula_injection_is_defused(tmp_path: Path, payload: str) -> None:
    path = tmp_path / "inj.xlsx"
    cols = [ExportColumn("remarks", "Uwagi"), ExportColumn("margin", "Marża", FieldType.NUMBER)]
    write_export(path, cols, [[payload, "=2*3"]], MARK)
    with zipfile.ZipFile(path) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # no formula anywhere in the sheet
    wb = load_workbook(path)
    try:
        text_cell, number_cell = wb.active["A2"], wb.active["B2"]
        # the value is kept as typed, as text, with Excel's quote prefix
        assert text_cell.value == payload
        assert text_cell.data_type == "s"
        assert text_cell.quotePrefix
        # a formula in a NUMBER column is not a number either: text, defused
        assert number_cell.value == "=2*3"
        assert number_cell.data_type == "s"
        assert number_cell.quotePrefix
    finally:
        wb.close()


def test_plain_text_is_not_marked(tmp_path: Path) -> None:
    path = tmp_path / "plain.xlsx"
    write_export(path, [ExportColumn("name", "Name")], [["Alfa"]], MARK)
    wb = load_workbook(path)
    try:
        assert not wb.active["A2"].quotePrefix
    finally:
        wb.close()


def test_control_characters_are_dropped_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "ctl.xlsx"
    write_export(path, [ExportColumn("name", "Name")], [["Al\x00fa\x07"]], MARK)
    wb = load_workbook(path)
    try:
        assert wb.active["A2"].value == "Alfa"
    finally:
        wb.close()


def test_cancel_leaves_no_file_and_no_spooled_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spool = tmp_path / "systemp"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))  # where openpyxl spools the sheet
    out = tmp_path / "out"
    out.mkdir()
    token = CancelToken()
    produced = 0

    def slow_rows() -> Iterator[
        list[str | None]
    ]:  # cancelled from another thread mid-way, like the UI would
        nonlocal produced
        for row in rows(5000):
            produced += 1
            if produced == 1000:
                threading.Thread(target=token.cancel).start()
            yield row

    with pytest.raises(OperationCancelled):
        write_export(out / "x.xlsx", COLUMNS, slow_rows(), MARK, cancel=token)
    assert produced < 5000
    assert list(out.iterdir()) == []
    assert list(spool.iterdir()) == []


def test_cancel_before_start_writes_nothing(tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(OperationCancelled):
        write_export(tmp_path / "x.xlsx", COLUMNS, rows(10), MARK, cancel=token)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_replaced_only_on_success(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"previous")
    token = CancelToken()
    token.cancel()
    with pytest.raises(OperationCancelled):
        write_export(path, COLUMNS, rows(10), MARK, cancel=token)
    assert path.read_bytes() == b"previous"
    result = write_export(path, COLUMNS, rows(10), MARK)
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.xlsx"]


def test_every_defused_cell_keeps_its_own_value(tmp_path: Path) -> None:
    # defused cells are refilled row after row; each row must still get its own values
    path = tmp_path / "many.xlsx"
    cols = [ExportColumn("landline", "Tel"), ExportColumn("remarks", "Uwagi")]
    data = [[f"+48 601 000 {i:03d}", f"=A{i}" if i % 2 else f"plain {i}"] for i in range(300)]
    write_export(path, cols, data, MARK)
    wb = load_workbook(path)
    try:
        got = [list(r) for r in wb.active.iter_rows(min_row=2, values_only=True)]
        assert all(c.quotePrefix for c in wb.active["A"][1:])
    finally:
        wb.close()
    assert got == data
