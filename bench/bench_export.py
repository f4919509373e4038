"""Export benchmark: write_export vs raw openpyxl write-only of the same cells, same run.

    python bench/bench_export.py [--rows 100000] [--repeat 2]

Prints both times, their ratio (target <= 1.2) and the peak memory growth of write_export
(target <= 150 MB).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook

from crm_desktop.services.dataio import ExportColumn, Watermark, write_export
from crm_protocol.fields import STANDARD_FIELDS, FieldType

COLUMNS = [ExportColumn(f.name, f.name.replace("_", " ").title(), f.type) for f in STANDARD_FIELDS]
COLUMNS = [c for c in COLUMNS if c.name != "pkd"][:25]
MARK = Watermark("bench.user", datetime.now(UTC), "bench-export-0001")


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
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (
        1 if sys.platform == "darwin" else 1024
    )


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


SAMPLE = {
    "name": "Przedsiębiorstwo Handlowo-Usługowe {i} Sp. z o.o.",
    "nip": "52602{i:05d}",
    "regon": "19{i:07d}",
    "ico": "2{i:07d}",
    "dic": "CZ2{i:07d}",
    "street": "ul. Marszałkowska",
    "building_number": "{i}",
    "postal_code": "00-{i3:03d}",
    "city": "Warszawa",
    "region": "mazowieckie",
    "country": "PL",
    "business_activity": "Sprzedaż hurtowa niewyspecjalizowana",
    "employment_level": "10-49",
    "website": "https://firma{i}.pl",
    "email": "biuro{i}@firma{i}.pl",
    "landline": "+48 22 {i3:03d} 00 00",
    "mobile": "+48 601 {i3:03d} 000",
    "fax": "22 {i3:03d} 11 11",
    "data_source_1": "Targi 2024",
    "data_source_2": "CEIDG",
    "data_source_3": None,
    "data_source_4": None,
    "remarks": "Klient z polecenia, kontakt po 15:00",
    "purchase_price": "{i}.50",
    "margin": "12.5",
}


def rows(n: int) -> Iterator[list[str | None]]:
    """Rows as the store hands them over: strings or None, generated on the fly."""
    templates = [SAMPLE[c.name] for c in COLUMNS]
    for i in range(n):
        yield [None if t is None else t.format(i=i, i3=i % 1000) for t in templates]


def raw_cells(n: int) -> Iterator[list[object]]:
    """The same cells as write_export writes: numbers as numbers, the rest as strings."""
    numeric = [c.type is FieldType.NUMBER for c in COLUMNS]
    for row in rows(n):
        yield [
            float(v) if (num and v is not None) else v for num, v in zip(numeric, row, strict=True)
        ]


def run_raw(path: Path, n: int) -> tuple[float, float]:
    """(wall, cpu) seconds of plain openpyxl write-only writing the same cells."""
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Export")
    ws.append([c.title for c in COLUMNS])
    for row in raw_cells(n):
        ws.append(row)
    wb.save(path)
    return time.perf_counter() - start, time.process_time() - cpu


def run_export(path: Path, n: int) -> tuple[float, float, int]:
    """(wall, cpu) seconds and peak memory growth in bytes of write_export."""
    gc.collect()
    base = reset_peak()
    start, cpu = time.perf_counter(), time.process_time()
    result = write_export(path, COLUMNS, rows(n), MARK)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert result.row_count == n
    return wall, cpu, peak() - base


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    raw_wall, raw_cpu, exp_wall, exp_cpu, growths = [], [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        run_raw(out / "warm.xlsx", 500)
        run_export(out / "warm2.xlsx", 500)
        for r in range(args.repeat):
            # alternate the order so neither side always runs on a warmer process
            if r % 2:
                w, c, g = run_export(out / f"exp{r}.xlsx", args.rows)
                rw, rc = run_raw(out / f"raw{r}.xlsx", args.rows)
            else:
                rw, rc = run_raw(out / f"raw{r}.xlsx", args.rows)
                w, c, g = run_export(out / f"exp{r}.xlsx", args.rows)
            raw_wall.append(rw)
            raw_cpu.append(rc)
            exp_wall.append(w)
            exp_cpu.append(c)
            growths.append(g)
        size = (out / "exp0.xlsx").stat().st_size
    n = args.rows
    print(f"rows={n} columns={len(COLUMNS)} repeat={args.repeat} file={size / 2**20:.1f} MB")
    print("best of the runs; CPU time is the fairer figure on a shared machine")
    print(
        f"raw openpyxl write-only : {min(raw_wall):7.2f} s wall  {min(raw_cpu):7.2f} s cpu  "
        f"({n / min(raw_wall):,.0f} rows/s)"
    )
    print(
        f"write_export            : {min(exp_wall):7.2f} s wall  {min(exp_cpu):7.2f} s cpu  "
        f"({n / min(exp_wall):,.0f} rows/s)"
    )
    print(
        f"ratio export/raw        : {min(exp_wall) / min(raw_wall):7.3f} wall  "
        f"{min(exp_cpu) / min(raw_cpu):7.3f} cpu  (target <= 1.2)"
    )
    print(f"peak memory growth      : {max(growths) / 2**20:7.1f} MB (target <= 150 MB)")


if __name__ == "__main__":
    main()
