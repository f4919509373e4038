"""Export benchmark: write_export vs raw openpyxl write-only of the same cells, same run.

    QT_QPA_PLATFORM=offscreen python bench/bench_export.py [--rows 100000] [--repeat 2] [--store]

Prints both times, their ratio (target <= 1.2) and the peak memory growth of write_export
(target <= 150 MB). Then the UI figure: the same export run the way the Export dialog runs it
(``TaskRunner.job`` on a worker thread, progress signals to the UI thread) while a 5 ms timer on
the UI thread's event loop records the gaps between its ticks — the longest gap is the longest
the UI stalled (target <= 100 ms), next to the same timer idle for as long (the floor).
``--store`` also runs the whole ``ExportService`` path (rows streamed from a SQLCipher store of
``--rows`` customers; the ticket and the report answered in-process) through the same job.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import resource
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from openpyxl import Workbook
from stall_meter import STALL_TARGET_MS, StallMeter

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


# --- the UI's event loop while the export runs in the background ---------------------------


def run_in_ui_job(
    job: Callable[[Any, Callable[[int, int], None]], Any],
) -> tuple[float, StallMeter]:
    """Run ``job(cancel, progress)`` as the Export dialog does (``TaskRunner.job``) inside the
    UI thread's event loop; returns (seconds, the stall meter)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from crm_desktop.ui.server_tasks import TaskRunner

    # Parented to the application, as the dialog's runner is to the dialog: its relays are
    # deleted later by the event loop and must not outlive it.
    runner = TaskRunner(QCoreApplication.instance())
    loop = QEventLoop()
    meter = StallMeter()
    failed: list[str] = []
    progressed: list[int] = []
    meter.start()
    start = time.perf_counter()
    runner.job(
        job,
        lambda _result: loop.quit(),
        lambda code: (failed.append(code), loop.quit()),
        lambda done, _total: progressed.append(done),
    )
    loop.exec()
    took = time.perf_counter() - start
    meter.stop()
    runner.wait()
    if failed:
        raise RuntimeError(f"the export job failed: {failed}")
    assert progressed, "no progress reached the UI thread"
    return took, meter


def idle_floor(seconds: float) -> StallMeter:
    """The same timer with nothing to do, for as long: what the machine itself costs."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    meter = StallMeter()
    meter.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    meter.stop()
    return meter


# --- the whole service path: store -> ExportService -> file -------------------------------


def fill_store(store: Any, n: int) -> None:
    """``n`` customers with the benchmark's values, in bulk."""
    from sqlalchemy import insert

    from crm_desktop.models import Customer

    table = Customer.__table__  # type: ignore[attr-defined]
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    batch = 5000
    names = [c.name for c in COLUMNS]
    for start in range(0, n, batch):
        rows = []
        for i, values in enumerate(rows_from(start, min(n, start + batch)), start):
            row = dict(zip(names, values, strict=True))
            row.update(id=f"c-{i:08d}", created_at=now, updated_at=now, owner_id="u-bench")
            rows.append(row)
        with store.bulk() as conn:
            conn.execute(insert(table), rows)


def rows_from(start: int, stop: int) -> Iterator[list[str | None]]:
    templates = [SAMPLE[c.name] for c in COLUMNS]
    for i in range(start, stop):
        yield [None if t is None else t.format(i=i, i3=i % 1000) for t in templates]


class LocalTickets:
    """Answers the ticket and report calls in-process (the benchmark measures the client)."""

    def __call__(self, method: str, path: str, *, json: Any = None, params: Any = None) -> Any:
        now = datetime.now(UTC).isoformat()
        if path == "/exports":
            return {
                "export_id": str(uuid.uuid4()),
                "login": "bench.user",
                "issued_at": now,
                "row_count": json["row_count"],
                "columns": json["columns"],
                "row_cap": None,
                "daily_rows_left": None,
            }
        export_id = path.split("/")[2]
        return {
            "export_id": export_id,
            "user_id": "u-bench",
            "login": "bench.user",
            "kind": "file",
            "offline": False,
            "issued_at": now,
            "reported_at": now,
            "row_count_granted": json["row_count"],
            "row_count": json["row_count"],
            "sha256": json["sha256"],
            "outcome": json["outcome"],
            "columns": [],
            "scope": "",
        }


def service_export(out: Path, n: int) -> tuple[float, StallMeter, float, int]:
    """The Export dialog's path end to end: (seconds, stall meter, plan seconds, rows)."""
    from crm_desktop.services.context import UserContext
    from crm_desktop.services.customer_queries import CustomerFilter, CustomerQueries
    from crm_desktop.services.exports import ExportSelection, ExportService
    from crm_desktop.store import open_store
    from crm_protocol.policy import evaluate
    from crm_protocol.roles import presets

    store = open_store(out / "bench.db", os.urandom(32))
    try:
        fill_store(store, n)
        ctx = UserContext("u-bench", "bench.user", evaluate(presets(["administrator"])))
        service = ExportService(store, ctx, CustomerQueries(store, ctx), LocalTickets())
        selection = ExportSelection(CustomerFilter(), description="benchmark")
        start = time.perf_counter()
        plan = service.plan(selection)
        plan_s = time.perf_counter() - start
        done: list[int] = []

        def job(cancel: Any, progress: Callable[[int, int], None]) -> Any:
            summary = service.export_file(
                plan, out / "service.xlsx", "pw", progress=progress, cancel=cancel
            )
            done.append(summary.row_count)
            return summary

        took, meter = run_in_ui_job(job)
        return took, meter, plan_s, done[0]
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--store", action="store_true", help="also the ExportService path")
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

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)

        def job(cancel: Any, progress: Callable[[int, int], None]) -> Any:
            return write_export(
                out / "ui.xlsx",
                COLUMNS,
                rows(n),
                MARK,
                cancel=cancel,
                progress=lambda done: progress(done, n),
            )

        took, busy = run_in_ui_job(job)
        floor = idle_floor(took)
        longest, p99 = busy.summary()
        idle_longest, idle_p99 = floor.summary()
        print(
            f"UI event loop, export   : longest stall {longest:6.1f} ms, p99 {p99:5.1f} ms "
            f"over {took:5.1f} s ({len(busy.gaps)} ticks; target <= {STALL_TARGET_MS:.0f} ms)"
        )
        print(
            f"UI event loop, idle     : longest gap   {idle_longest:6.1f} ms, p99 "
            f"{idle_p99:5.1f} ms (the floor, same run)"
        )
        if args.store:
            took, busy, plan_s, count = service_export(out, n)
            longest, p99 = busy.summary()
            print(
                f"ExportService, store    : {took:7.2f} s wall for {count:,} rows "
                f"({count / took:,.0f} rows/s; plan {plan_s:.2f} s); longest stall "
                f"{longest:6.1f} ms, p99 {p99:5.1f} ms"
            )
    del app


if __name__ == "__main__":
    main()
