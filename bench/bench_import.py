"""Import benchmark: plan_import + run_import of a generated xlsx (5% bad rows).

    python bench/bench_import.py [--rows 100000] [--csv]

The sink is a no-op that accepts every batch; the duplicate index is in memory. Prints rows/s
of each pass and the peak memory growth (the file is streamed: growth should stay flat).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import resource
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from openpyxl import Workbook
from stdnum.pl import regon as pl_regon

from crm_desktop.services.dataio import (
    ImportedRow,
    ImportSource,
    InMemoryDuplicateIndex,
    plan_import,
    run_import,
    suggest_mapping,
)

HEADERS = [
    "Nazwa",
    "NIP",
    "REGON",
    "Ulica",
    "Nr domu",
    "Kod pocztowy",
    "Miejscowość",
    "Województwo",
    "Kraj",
    "Telefon",
    "Komórka",
    "E-mail",
    "Strona WWW",
    "Branża",
    "Uwagi",
]
_NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)


def nip(n: int) -> str:
    while True:
        body = f"{100000000 + n * 7919 % 899999999:09d}"
        check = sum(int(d) * w for d, w in zip(body, _NIP_WEIGHTS, strict=True)) % 11
        if check != 10:
            return body + str(check)
        n += 1_000_003


def regon(n: int) -> str:
    body = f"{10000000 + n:08d}"
    return body + pl_regon.calc_check_digit(body)


def rows(n: int) -> Iterator[list[str | None]]:
    for i in range(n):
        row: list[str | None] = [
            f"Przedsiębiorstwo {i} Sp. z o.o.",
            nip(i),
            regon(i),
            "ul. Marszałkowska",
            str(i % 300 + 1),
            f"{i % 100:02d}-{i % 1000:03d}",
            "Warszawa",
            "mazowieckie",
            "PL",
            f"+48 22 {i // 10000 % 1000:03d} {i % 10000:04d}",
            f"+48 6{i // 1000000 % 10}{i // 10000 % 100:02d} {i % 10000:04d} 0",
            f"biuro{i}@firma.pl",
            f"www.firma{i}.pl",
            "Handel hurtowy",
            "Kontakt po 15:00" if i % 3 else None,
        ]
        if i % 20 == 19:  # 5% bad rows
            row[11] = "not-an-address"
        yield row


def write_file(path: Path, n: int, as_csv: bool) -> None:
    if as_csv:
        import csv

        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter=";")
            writer.writerow(HEADERS)
            writer.writerows(rows(n))
        return
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Dane")
    ws.append(HEADERS)
    for row in rows(n):
        ws.append(row)
    wb.save(path)


class NoOpSink:
    """Accepts every batch (a transaction that always commits) and counts the rows."""

    def __init__(self) -> None:
        self.rows = 0

    def save_batch(self, batch: Sequence[ImportedRow]) -> None:
        self.rows += len(batch)


# --- peak memory (Linux: VmHWM can be reset through clear_refs; elsewhere ru_maxrss) -------


def _vm(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _maxrss() -> int:
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def reset_peak() -> int:
    """Reset the peak-RSS mark where the OS allows it; returns the current RSS in bytes."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    current = _vm("VmRSS")
    return current if current is not None else _maxrss()


def peak() -> int:
    """Peak RSS in bytes since the last reset (without a reset: since start)."""
    hwm = _vm("VmHWM")
    return hwm if hwm is not None else _maxrss()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--csv", action="store_true", help="a csv file instead of xlsx")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("import.csv" if args.csv else "import.xlsx")
        start = time.perf_counter()
        write_file(path, args.rows, args.csv)
        generated = time.perf_counter() - start
        size = path.stat().st_size
        source = ImportSource.open(path)
        mapping = suggest_mapping(source.headers).mapping
        assert len(mapping) == len(HEADERS), mapping

        gc.collect()
        base = reset_peak()
        start = time.perf_counter()
        preview = plan_import(source, mapping, duplicates=InMemoryDuplicateIndex())
        plan_time = time.perf_counter() - start
        plan_growth = peak() - base

        gc.collect()
        base = reset_peak()
        sink = NoOpSink()
        start = time.perf_counter()
        report = run_import(source, mapping, sink, duplicates=InMemoryDuplicateIndex())
        run_time = time.perf_counter() - start
        run_growth = peak() - base

    assert preview.valid == report.saved == sink.rows
    print(
        f"rows={args.rows} kind={'csv' if args.csv else 'xlsx'} file={size / 2**20:.1f} MB "
        f"(generated in {generated:.1f} s)"
    )
    print(f"preview: total={preview.total} valid={preview.valid} invalid={preview.invalid}")
    print(
        f"plan_import : {plan_time:7.2f} s  {args.rows / plan_time:9,.0f} rows/s  "
        f"peak memory growth {plan_growth / 2**20:6.1f} MB"
    )
    print(
        f"run_import  : {run_time:7.2f} s  {args.rows / run_time:9,.0f} rows/s  "
        f"peak memory growth {run_growth / 2**20:6.1f} MB  "
        f"({report.batches_saved} batches, {len(report.bad_rows)} bad rows)"
    )


if __name__ == "__main__":
    main()
