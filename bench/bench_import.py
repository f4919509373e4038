"""Import benchmark: plan_import + run_import of a generated xlsx (5% bad rows).

    python bench/bench_import.py [--rows 100000] [--csv] [--store]

Default: the sink is a no-op that accepts every batch and the duplicate index is in memory
(the cost of reading, validating and de-duplicating). Floor: streaming the same file through
``ImportSource.rows()`` alone. With ``--store``: the app's real path — ``ImportService`` on a
SQLCipher store, duplicates looked up through the full-text index, every batch saved by
``CustomerService.create_many`` with owner history and outbox entries in one transaction.
Floor: the same file's rows written raw (Core executemany of customers, owner history and
outbox rows, 500 per transaction, no validation, no duplicate lookup). Prints rows/s, the
ratio to the floor and the peak memory growth (the file is streamed: growth should stay flat).
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


def read_floor(source: ImportSource) -> float:
    """Seconds to stream every row of the file and nothing else."""
    start = time.perf_counter()
    for _ in source.rows():
        pass
    return time.perf_counter() - start


def store_floor(path: Path, directory: Path) -> float:
    """Seconds to write the file's rows raw into a fresh store (the plain way, no checks)."""
    from sqlalchemy import insert

    from crm_desktop.models import Customer, OutboxEntry, new_id, new_uuid7, utc_now
    from crm_desktop.models.users import OwnerHistory
    from crm_desktop.store import open_store

    store = open_store(directory / "floor.db", os.urandom(32))
    source = ImportSource.open(path)
    mapping = suggest_mapping(source.headers).mapping
    customers = Customer.__table__  # type: ignore[attr-defined]
    owners = OwnerHistory.__table__  # type: ignore[attr-defined]
    outbox = OutboxEntry.__table__  # type: ignore[attr-defined]
    columns = {c.name for c in customers.columns}
    start = time.perf_counter()
    batch: list[dict[str, object]] = []

    def flush() -> None:
        now = utc_now()
        with store.bulk() as conn:
            conn.execute(insert(customers), batch)
            conn.execute(
                insert(owners),
                [
                    {"id": new_id(), "customer_id": r["id"], "owner_id": "u", "valid_from": now}
                    for r in batch
                ],
            )
            conn.execute(
                insert(outbox),
                [
                    {
                        "mutation_id": new_uuid7(),
                        "entity": "customer",
                        "entity_id": r["id"],
                        "op": "create",
                        "fields": {
                            k: {"base": None, "value": v}
                            for k, v in r.items()
                            if k in mapping.values()
                        },
                        "created_at": now,
                        "state": "pending",
                        "attempts": 0,
                    }
                    for r in batch
                ],
            )
        batch.clear()

    for row in source.rows():
        values: dict[str, object] = dict.fromkeys(columns)
        values.update({f: row.cells[i] if i < len(row.cells) else None for i, f in mapping.items()})
        values.update(
            id=new_id(),
            owner_id="u",
            created_at=utc_now(),
            updated_at=utc_now(),
            verification_state="unverified",
            deleted=False,
        )
        batch.append(values)
        if len(batch) >= 500:
            flush()
    if batch:
        flush()
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed


def store_run(path: Path, directory: Path, n: int) -> None:
    """The app's import path on a SQLCipher store, against its floor."""
    from crm_desktop.services.context import UserContext
    from crm_desktop.services.customers import CustomerService
    from crm_desktop.services.imports import ImportService
    from crm_desktop.store import open_store
    from crm_protocol.policy import evaluate
    from crm_protocol.roles import presets

    floor = store_floor(path, directory)
    store = open_store(directory / "crm.db", os.urandom(32))
    ctx = UserContext("u-bench", "bench", evaluate(presets(["coordinator"])))
    service = ImportService(store, CustomerService(store, ctx), ctx.policy)
    source = service.open(path)
    mapping = service.suggest(source, None).suggestion.mapping

    gc.collect()
    base = reset_peak()
    start = time.perf_counter()
    preview = service.preview(source, mapping, None)
    plan_time = time.perf_counter() - start
    plan_growth = peak() - base

    gc.collect()
    base = reset_peak()
    start = time.perf_counter()
    report = service.run(source, mapping, None)
    run_time = time.perf_counter() - start
    run_growth = peak() - base

    gc.collect()
    base = reset_peak()
    start = time.perf_counter()
    again = service.preview(source, mapping, None)  # every row is a duplicate now
    again_time = time.perf_counter() - start
    store.close()
    assert preview.valid == report.saved
    assert again.valid == 0
    assert again.duplicates_existing == report.saved
    print(f"store: saved={report.saved} batches={report.batches_saved} bad={len(report.bad_rows)}")
    print(
        f"preview (empty store)  : {plan_time:7.2f} s  {n / plan_time:9,.0f} rows/s  "
        f"peak memory growth {plan_growth / 2**20:6.1f} MB"
    )
    print(
        f"import into the store  : {run_time:7.2f} s  {n / run_time:9,.0f} rows/s  "
        f"peak memory growth {run_growth / 2**20:6.1f} MB"
    )
    print(
        f"floor (raw executemany): {floor:7.2f} s  {n / floor:9,.0f} rows/s  "
        f"ratio {run_time / floor:.2f}"
    )
    print(
        f"preview again (all dup): {again_time:7.2f} s  {n / again_time:9,.0f} rows/s "
        f"(duplicate lookups through the full-text index)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--csv", action="store_true", help="a csv file instead of xlsx")
    parser.add_argument("--store", action="store_true", help="the real path on a SQLCipher store")
    args = parser.parse_args()
    if args.store:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / ("import.csv" if args.csv else "import.xlsx")
            write_file(path, args.rows, args.csv)
            print(f"rows={args.rows} kind={'csv' if args.csv else 'xlsx'} (store mode)")
            store_run(path, Path(tmp), args.rows)
        return
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
        floor = read_floor(source)

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
    print(
        f"floor (read only): {floor:7.2f} s  {args.rows / floor:9,.0f} rows/s  "
        f"ratio plan {plan_time / floor:.2f}, run {run_time / floor:.2f}"
    )


if __name__ == "__main__":
    main()
