"""Import: validation, duplicates, idempotency, all-or-nothing batches and the report file."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from crm_desktop.services.dataio import (
    CancelToken,
    DataIoCode,
    ImportSource,
    ImportStatus,
    InMemoryDuplicateIndex,
    plan_import,
    run_import,
    suggest_mapping,
    write_import_report,
)
from crm_desktop.services.dataio.codes import IssueCode
from crm_protocol.errors import ErrorCode, KnownError
from crm_protocol.fields import field_def
from crm_protocol.validation import normalise

from .conftest import HEADERS, ListSink, build_rows, customer, sample_file, write_csv, write_xlsx


def open_source(path: Path) -> tuple[ImportSource, dict[int, str]]:
    source = ImportSource.open(path, header_score=lambda h: len(suggest_mapping(h).mapping))
    suggestion = suggest_mapping(source.headers)
    assert suggestion.unmatched == ()
    return source, suggestion.mapping


@pytest.mark.parametrize(
    ("lang", "kind", "encoding"),
    [
        ("pl", "xlsx", "utf-8"),
        ("cs", "xlsx", "utf-8"),
        ("ru", "xlsx", "utf-8"),
        ("pl", "csv", "cp1250"),
        ("cs", "csv", "utf-8-sig"),
        ("ru", "csv", "cp1251"),
    ],
)
def test_every_good_row_is_saved_and_every_bad_row_reported(
    tmp_path: Path, lang: str, kind: str, encoding: str
) -> None:
    sample = sample_file(tmp_path, lang, kind, 200, encoding=encoding)
    assert len(sample.bad) == 10  # 5%
    source, mapping = open_source(sample.path)
    index = InMemoryDuplicateIndex()
    sink = ListSink(index)

    preview = plan_import(source, mapping, duplicates=index)
    assert (preview.total, preview.valid, preview.invalid) == (200, 190, 10)
    assert preview.duplicates_in_file == preview.duplicates_existing == 0
    assert sink.calls == 0  # the preview saves nothing

    report = run_import(source, mapping, sink, duplicates=index, batch_size=64)
    assert report.status is ImportStatus.COMPLETED
    assert report.saved == 190
    assert sink.batch_sizes == [64, 64, 62]
    saved_names = [row.values["name"] for row in sink.saved]
    assert saved_names == [g["name"] for g in sample.good]
    # values arrive normalised (e.g. NIP digits, DIČ with CZ)
    first = sink.saved[0].values
    for field in ("nip", "ico", "postal_code", "landline"):
        if field in first:
            assert first[field] == normalise(field_def(field), sample.good[0][field])

    got = {bad.source_row: bad.issues for bad in report.bad_rows}
    assert set(got) == set(sample.bad)
    for row, (header, code) in sample.bad.items():
        assert [(i.column, i.code.value) for i in got[row]] == [(header, code)]

    report_path = tmp_path / "report.xlsx"
    describe: dict[IssueCode, str] = {ErrorCode.REQUIRED: "Pole wymagane"}
    lines = write_import_report(
        report_path, report.bad_rows, describe=lambda c: describe.get(c, c.value)
    )
    assert lines == 10
    wb = load_workbook(report_path)
    try:
        table = list(wb.active.iter_rows(values_only=True))
    finally:
        wb.close()
    assert table[0] == ("row", "column", "field", "value", "code", "reason", "detail")
    assert {(r[0], r[1], r[4]) for r in table[1:]} == {
        (row, header, code) for row, (header, code) in sample.bad.items()
    }
    assert all(r[5] == ("Pole wymagane" if r[4] == "required" else r[4]) for r in table[1:])


def test_duplicates_within_the_file(tmp_path: Path) -> None:
    headers = [h for _, h in HEADERS["pl"]]
    fields = [f for f, _ in HEADERS["pl"]]
    rows, _, _ = build_rows("pl", 10, bad_every=1000)
    same_nip = dict(customer(3, "pl"), name="Inna nazwa", regon=None, landline=None, mobile=None)
    same_phone = dict(customer(50, "pl"), landline=customer(4, "pl")["landline"])
    # a row without identifiers repeats by name + postal code + city (case and spaces aside)
    plain = dict(customer(60, "pl"), nip=None, regon=None, landline=None, mobile=None)
    plain_again = dict(plain, name="  " + str(plain["name"]).upper() + " ", remarks="again")
    # the international form of a phone is the same line
    intl = dict(customer(70, "pl"), mobile="0048" + str(customer(5, "pl")["mobile"])[4:])
    extra = [same_nip, same_phone, plain, plain_again, intl]
    rows += [[r[f] for f in fields] for r in extra]
    path = write_xlsx(tmp_path / "dups.xlsx", headers, rows)
    source, mapping = open_source(path)
    index = InMemoryDuplicateIndex()
    sink = ListSink(index)

    report = run_import(source, mapping, sink, duplicates=index)
    assert report.counts.duplicates_in_file == 4
    assert report.saved == 11  # 10 + the first plain row
    issues = {b.source_row: b.issues[0] for b in report.bad_rows}
    assert (issues[12].column, issues[12].code, issues[12].detail) == (
        "NIP",
        DataIoCode.DUPLICATE_IN_FILE,
        "5",  # customer 3 is on row 5
    )
    assert (issues[13].column, issues[13].detail) == ("Telefon", "6")
    assert (issues[15].column, issues[15].detail) == ("Nazwa", "14")
    assert (issues[16].column, issues[16].detail) == ("Komórka", "7")


def test_importing_the_same_file_twice_creates_no_duplicates(tmp_path: Path) -> None:
    sample = sample_file(tmp_path, "cs", "csv", 120)
    source, mapping = open_source(sample.path)
    index = InMemoryDuplicateIndex()
    sink = ListSink(index)

    first = run_import(source, mapping, sink, duplicates=index, batch_size=50)
    assert first.saved == len(sample.good) == 114

    again = plan_import(source, mapping, duplicates=index)
    assert (again.valid, again.duplicates_existing, again.invalid) == (0, 114, 6)
    second = run_import(source, mapping, sink, duplicates=index, batch_size=50)
    assert second.saved == 0
    assert second.counts.duplicates_existing == 114
    assert len(sink.saved) == 114
    existing = [b for b in second.bad_rows if b.issues[0].code is DataIoCode.DUPLICATE_EXISTING]
    assert {b.issues[0].detail for b in existing} == {f"cust-{r.key}" for r in sink.saved}
    assert {b.issues[0].column for b in existing} == {"IČO"}


def test_rows_without_identifiers_are_idempotent_too(tmp_path: Path) -> None:
    headers = ["Nazwa", "Kod pocztowy", "Miejscowość"]
    rows = [[f"Sklep {i}", "00-950", "Warszawa"] for i in range(30)]
    path = write_csv(tmp_path / "plain.csv", headers, rows)
    source, mapping = open_source(path)
    index = InMemoryDuplicateIndex()
    sink = ListSink(index)
    assert run_import(source, mapping, sink, duplicates=index).saved == 30
    second = run_import(source, mapping, sink, duplicates=index)
    assert (second.saved, second.counts.duplicates_existing) == (0, 30)
    assert {b.issues[0].column for b in second.bad_rows} == {"Nazwa"}


def test_a_crash_mid_import_leaves_whole_batches_only(tmp_path: Path) -> None:
    sample = sample_file(tmp_path, "pl", "xlsx", 200)
    source, mapping = open_source(sample.path)
    index = InMemoryDuplicateIndex()
    sink = ListSink(index, fail_on_batch=3)

    report = run_import(source, mapping, sink, duplicates=index, batch_size=40)
    assert report.status is ImportStatus.FAILED
    assert report.failed_batch == 3
    assert report.batches_saved == 2
    assert report.saved == len(sink.saved) == 80
    assert [r.values["name"] for r in sink.saved] == [g["name"] for g in sample.good[:80]]
    # where it stopped: the first row of batch 3 is the 81st good row
    good_rows = [n for n in range(2, 202) if n not in sample.bad]
    assert report.stopped_at_row == good_rows[80]
    assert report.last_saved_row == good_rows[79]
    assert report.failure_code == DataIoCode.IMPORT_SAVE_FAILED
    assert isinstance(report.error, RuntimeError)

    # running again once the problem is gone finishes the job without duplicating anything
    sink.fail_on_batch = None
    rerun = run_import(source, mapping, sink, duplicates=index, batch_size=40)
    assert rerun.status is ImportStatus.COMPLETED
    assert rerun.counts.duplicates_existing == 80
    assert [r.values["name"] for r in sink.saved] == [g["name"] for g in sample.good]


def test_a_known_error_from_the_sink_keeps_its_code(tmp_path: Path) -> None:
    sample = sample_file(tmp_path, "pl", "csv", 30)
    source, mapping = open_source(sample.path)

    class LockedSink:
        def save_batch(self, rows: object) -> None:
            raise KnownError(ErrorCode.STORE_LOCKED)

    report = run_import(source, mapping, LockedSink(), duplicates=InMemoryDuplicateIndex())
    assert (report.status, report.failure_code, report.saved) == (
        ImportStatus.FAILED,
        "store_locked",
        0,
    )
    assert report.stopped_at_row == 2


def test_cancel_keeps_saved_batches_whole(tmp_path: Path) -> None:
    sample = sample_file(tmp_path, "cs", "xlsx", 200)
    source, mapping = open_source(sample.path)
    index = InMemoryDuplicateIndex()
    token = CancelToken()

    class CancellingSink(ListSink):
        def save_batch(self, rows):  # type: ignore[no-untyped-def]
            super().save_batch(rows)
            if self.calls == 2:
                token.cancel()

    sink = CancellingSink(index)
    report = run_import(source, mapping, sink, duplicates=index, batch_size=30, cancel=token)
    assert report.status is ImportStatus.CANCELLED
    assert report.saved == len(sink.saved) == 60
    assert report.stopped_at_row is not None
    assert report.last_saved_row is not None
    assert report.stopped_at_row > report.last_saved_row


def test_a_mapping_without_the_name_is_refused_before_reading(tmp_path: Path) -> None:
    sample = sample_file(tmp_path, "pl", "csv", 10)
    source, mapping = open_source(sample.path)
    del mapping[0]
    with pytest.raises(KnownError) as caught:
        run_import(source, mapping, ListSink(), duplicates=InMemoryDuplicateIndex())
    assert caught.value.code == ErrorCode.REQUIRED


def test_default_country_decides_the_postal_format(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", ["Název", "PSČ"], [["Alfa", "11000"], ["Beta", "00-950"]])
    source, mapping = open_source(path)
    sink = ListSink()
    report = run_import(
        source, mapping, sink, duplicates=InMemoryDuplicateIndex(), default_country="CZ"
    )
    assert [r.values for r in sink.saved] == [
        {"name": "Alfa", "postal_code": "110 00", "country": "CZ"}
    ]
    assert report.bad_rows[0].issues[0].code is ErrorCode.INVALID_POSTAL_CODE


def test_report_defuses_planted_formulas(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "evil.csv", ["Nazwa", "E-mail"], [["A", "=cmd|' /C calc'!A0"]])
    source, mapping = open_source(path)
    report = run_import(source, mapping, ListSink(), duplicates=InMemoryDuplicateIndex())
    out = tmp_path / "report.xlsx"

    def describe(code: IssueCode) -> str:
        return f"[{code.value}]"

    write_import_report(out, report.bad_rows, describe=describe)
    wb = load_workbook(out)
    try:
        value_cell = wb.active["D2"]
        assert value_cell.value == "=cmd|' /C calc'!A0"
        assert value_cell.data_type == "s"
        assert wb.active["F2"].value == "[invalid_email]"
    finally:
        wb.close()
