"""Type-ahead search latency over a large local store, against an indexed-lookup floor.

Builds N customers (default 1,000,000), then runs ~500 type-ahead queries — prefixes of
names, NIP digits, cities typed without diacritics, phone numbers — through
``search_customer_ids(limit=200)`` on one connection of the real store (SQLCipher,
``cipher_memory_security`` on) and prints p50/p95. The floor, measured in the same run, is
fetching 200 customers by primary key in one statement.

The fixture is built in child processes with the raw driver and ``cipher_memory_security``
off (it is a fixture, not what is measured; with it on, 1M rows take ~30 min to write):
one child creates the schema through the migrations, the next bulk-loads it.

    .venv/bin/python bench/bench_fts_search.py [--rows 1000000] [--queries 500]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUILD_PAGE = 50_000


def _create_schema(path: Path, key: bytes) -> None:
    from crm_desktop.store import open_store

    open_store(path, key).close()


def _bulk_load(path: Path, key: bytes, rows: int, seed: int) -> None:
    import sqlcipher3
    from bench_store_insert import COLUMNS, customer_rows

    from crm_protocol.fields import SEARCHABLE_FIELDS

    raw = sqlcipher3.connect(str(path), isolation_level=None)
    raw.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    raw.execute("PRAGMA cipher_memory_security = OFF")
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA temp_store = MEMORY")
    insert = (
        f"INSERT INTO customers ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)})"
    )
    search = ", ".join(SEARCHABLE_FIELDS)
    generated = customer_rows(rows, random.Random(seed))
    done = 0
    while done < rows:
        page = [next(generated) for _ in range(min(BUILD_PAGE, rows - done))]
        raw.execute("BEGIN IMMEDIATE")
        raw.execute(
            "INSERT INTO customer_search_deferred (id, max_rowid)"
            " SELECT 1, coalesce(max(rowid), 0) FROM customers"
        )
        raw.executemany(insert, page)
        raw.execute(
            f"INSERT INTO customer_search (rowid, {search})"
            f" SELECT s.customer_rowid, {search} FROM customer_search_pending AS p"
            " CROSS JOIN customer_search_source AS s ON s.customer_rowid = p.customer_rowid"
        )
        raw.execute("DELETE FROM customer_search_pending")
        raw.execute("DELETE FROM customer_search_deferred")
        raw.execute("COMMIT")
        done += len(page)
    raw.execute("INSERT INTO customer_search (customer_search) VALUES ('optimize')")
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()


def _child(argv: list[str]) -> None:
    step, path, rows, seed = argv[0], Path(argv[1]), int(argv[2]), int(argv[3])
    key = bytes.fromhex(sys.stdin.readline().strip())
    if step == "schema":
        _create_schema(path, key)
    else:
        _bulk_load(path, key, rows, seed)


def _run_child(step: str, path: Path, key: bytes, rows: int, seed: int) -> None:
    subprocess.run(
        [sys.executable, __file__, "--child", step, str(path), str(rows), str(seed)],
        input=key.hex() + "\n",  # never on the command line
        text=True,
        check=True,
    )


def _queries(samples: list[tuple[str | None, ...]], count: int, rnd: random.Random) -> list[str]:
    fold = str.maketrans(
        "ąćęłńóśźżĄĆĘŁŃÓŚŹŻáčďéěíňřšťúůýžÁČĎÉĚÍŇŘŠŤÚŮÝŽ",
        "acelnoszzACELNOSZZacdeeinrstuuyzACDEEINRSTUUYZ",
    )
    queries = []
    for n in range(count):
        name, nip, ico, city, mobile = samples[n % len(samples)]
        kind = n % 5
        words = (name or "x").split()
        if kind == 0:  # first letters of a company name
            queries.append(words[0][: rnd.randint(2, 5)])
        elif kind == 1:  # kind + start of the surname
            queries.append(f"{words[0]} {words[1][: rnd.randint(2, 4)]}".translate(fold))
        elif kind == 2:  # identifier digits
            digits = "".join(c for c in (nip or ico or "") if c.isdigit())
            queries.append(digits[: rnd.randint(3, 8)])
        elif kind == 3:  # city without diacritics
            queries.append((city or "")[: rnd.randint(3, 6)].translate(fold).lower())
        else:  # the start of a mobile number, typed in groups
            digits = "".join(c for c in (mobile or "") if c.isdigit())[-9:]
            queries.append(f"{digits[:3]} {digits[3 : rnd.randint(4, 6)]}")
    return queries


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        _child(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--ranked", type=int, default=50, help="queries also run ranked")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from sqlalchemy import text

    from crm_desktop.store import open_store, search_customer_ids

    key = os.urandom(32)
    rnd = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="bench-fts-") as tmp:
        path = Path(tmp, "crm.db")
        started = time.perf_counter()
        _run_child("schema", path, key, args.rows, args.seed)
        _run_child("load", path, key, args.rows, args.seed)
        build_s = time.perf_counter() - started
        size_mb = path.stat().st_size / 1e6

        store = open_store(path, key)
        with store.connection() as conn:
            rowids = [rnd.randint(1, args.rows) for _ in range(args.queries)]
            samples = [
                tuple(row)
                for row in conn.execute(
                    text(
                        "SELECT name, nip, ico, city, mobile FROM customers"
                        " WHERE rowid IN (SELECT value FROM json_each(:ids))"
                    ),
                    {"ids": str(rowids)},
                )
            ]
            ids = [
                str(r[0])
                for r in conn.execute(
                    text(
                        "SELECT id FROM customers"
                        " WHERE rowid IN (SELECT value FROM json_each(:ids))"
                    ),
                    {"ids": str([rnd.randint(1, args.rows) for _ in range(5 * args.limit)])},
                )
            ]
            queries = _queries(samples, args.queries, rnd)
            for query in queries[:20]:  # warm the page cache like a user session would
                search_customer_ids(conn, query, args.limit)

            def timed(run: object, sample: int | None = None) -> list[float]:
                out = []
                for item in queries[:sample]:
                    t0 = time.perf_counter()
                    run(item)  # type: ignore[operator]
                    out.append((time.perf_counter() - t0) * 1000)
                return out

            hits: list[int] = []
            plain = timed(lambda q: hits.append(len(search_customer_ids(conn, q, args.limit))))
            # BM25 scores every match before sorting: slow on short prefixes, so a sample.
            ranked = timed(
                lambda q: search_customer_ids(conn, q, args.limit, ranked=True), args.ranked
            )
            lookup = text(
                "SELECT id, name, city FROM customers"
                " WHERE id IN (SELECT value FROM json_each(:ids))"
            )

            def floor(_q: str) -> None:
                batch = rnd.sample(ids, min(args.limit, len(ids)))
                conn.execute(lookup, {"ids": str(batch).replace("'", '"')}).all()

            pk = timed(floor)
        store.close()

    print(
        f"rows={args.rows} queries={len(queries)} limit={args.limit} db={size_mb:.0f} MB"
        f" (fixture built in {build_s:.0f} s)"
    )
    print(
        f"results per query: median {statistics.median(hits):.0f}, "
        f"{sum(h == args.limit for h in hits)} queries hit the limit, "
        f"{sum(h == 0 for h in hits)} found nothing"
    )
    for label, values in (
        ("search (unranked)", plain),
        (f"ranked bm25 ({len(ranked)} q)", ranked),
        ("floor: 200 rows by PK", pk),
    ):
        print(
            f"{label:22s} p50 {_percentile(values, 0.5):7.2f} ms"
            f"  p95 {_percentile(values, 0.95):7.2f} ms  max {max(values):7.2f} ms"
        )
    print(
        f"ratio search p50 / floor p50: {_percentile(plain, 0.5) / _percentile(pk, 0.5):.2f}"
        f"   p95: {_percentile(plain, 0.95) / _percentile(pk, 0.95):.2f}"
    )


if __name__ == "__main__":
    main()
