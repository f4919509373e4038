"""Bulk insert of customers: the store's bulk path against raw sqlcipher3, same run, same schema.

The store path is what initial sync and import do: ``Store.bulk()`` and SQLAlchemy Core
``insert(...)`` with a list of rows (executemany), one transaction per 5,000-row page, search
triggers on (deferred: the page is indexed in one statement at its end). The floor is the
driver's own ``executemany`` of the same tuples on an identically configured connection
(SQLCipher keyed, WAL, ``cipher_memory_security``), into a second database with the same
migrated schema and triggers, doing the same SQL. For contrast it also times the naive path:
a per-row FTS trigger (the design before local migration 0003).

    .venv/bin/python bench/bench_store_insert.py [--rows 100000] [--page 5000]
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import insert

from crm_desktop.models import Customer
from crm_desktop.store import add_sort_keys, open_store
from crm_desktop.store.engine import create_cipher_engine
from crm_desktop.store.search import search_form
from crm_protocol.fields import SEARCHABLE_FIELDS

COLUMNS: tuple[str, ...] = tuple(c.name for c in Customer.__table__.columns)  # type: ignore[attr-defined]
Row = tuple[str | int | None, ...]

PL_KINDS = ("Masarnia", "Piekarnia", "Hurtownia", "Zakład Mięsny", "Przetwórnia", "Ubojnia")
CZ_KINDS = ("Řeznictví", "Pekárna", "Velkoobchod", "Masna", "Uzenářství")
SURNAMES = (
    "Kowalski",
    "Nowak",
    "Wiśniewski",
    "Wójcik",
    "Kamiński",
    "Lewandowski",
    "Zieliński",
    "Szymański",
    "Woźniak",
    "Dąbrowski",
    "Kozłowski",
    "Jankowski",
    "Mazur",
    "Krawczyk",
    "Novák",
    "Svoboda",
    "Novotný",
    "Dvořák",
    "Černý",
    "Procházka",
    "Kučera",
    "Veselý",
    "Horák",
    "Němec",
    "Pokorný",
    "Marek",
    "Pospíšil",
    "Hájek",
    "Jelínek",
    "Král",
)
PL_CITIES = (
    ("Łódź", "łódzkie"),
    ("Kraków", "małopolskie"),
    ("Warszawa", "mazowieckie"),
    ("Gdańsk", "pomorskie"),
    ("Poznań", "wielkopolskie"),
    ("Wrocław", "dolnośląskie"),
    ("Białystok", "podlaskie"),
    ("Rzeszów", "podkarpackie"),
    ("Sieradz", "łódzkie"),
    ("Radom", "mazowieckie"),
    ("Płock", "mazowieckie"),
    ("Toruń", "kujawsko-pomorskie"),
)
CZ_CITIES = (
    ("Praha", "Hlavní město Praha"),
    ("Brno", "Jihomoravský"),
    ("Ostrava", "Moravskoslezský"),
    ("Plzeň", "Plzeňský"),
    ("České Budějovice", "Jihočeský"),
    ("Ústí nad Labem", "Ústecký"),
    ("Hradec Králové", "Královéhradecký"),
    ("Olomouc", "Olomoucký"),
)
STREETS = ("Długa", "Krótka", "Polna", "Lipová", "Nádražní", "Zielona", "Kościuszki", "Husova")
LEVELS = ("0-9", "10-49", "50-249", "250-999", "1000+")
STATES = ("unverified", "pending", "approved", "rejected")


def _digits(rnd: random.Random, count: int) -> list[int]:
    return [rnd.randrange(10) for _ in range(count)]


def _nip(rnd: random.Random) -> str:
    while True:
        d = _digits(rnd, 9)
        check = sum(w * x for w, x in zip((6, 5, 7, 2, 3, 4, 5, 6, 7), d, strict=True)) % 11
        if check != 10:
            s = "".join(map(str, [*d, check]))
            return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"


def _regon(rnd: random.Random) -> str:
    d = _digits(rnd, 8)
    check = sum(w * x for w, x in zip((8, 9, 2, 3, 4, 5, 6, 7), d, strict=True)) % 11 % 10
    return "".join(map(str, [*d, check]))


def _ico(rnd: random.Random) -> str:
    d = _digits(rnd, 7)
    check = (11 - sum(w * x for w, x in zip(range(8, 1, -1), d, strict=True)) % 11) % 10
    return "".join(map(str, [*d, check]))


def customer_rows(count: int, rnd: random.Random) -> Iterator[Row]:
    """``count`` realistic Polish and Czech customers, as tuples in ``COLUMNS`` order."""
    assignments = [str(uuid.UUID(int=rnd.getrandbits(128), version=4)) for _ in range(20)]
    users = [str(uuid.UUID(int=rnd.getrandbits(128), version=4)) for _ in range(50)]
    for n in range(count):
        czech = rnd.random() < 0.35
        surname = rnd.choice(SURNAMES)
        city, region = rnd.choice(CZ_CITIES if czech else PL_CITIES)
        if czech:
            name = f"{rnd.choice(CZ_KINDS)} {surname} s.r.o."
            ico = _ico(rnd)
            ids = {"nip": None, "regon": None, "ico": ico, "dic": f"CZ{ico}"}
            phone = f"+420 {rnd.randrange(600, 800)} {rnd.randrange(1000, 10000) // 10} "
            phone += f"{rnd.randrange(100, 1000)}"
            postal = f"{rnd.randrange(100, 800)} {rnd.randrange(10, 100)}"
        else:
            name = f"{rnd.choice(PL_KINDS)} {surname} Sp. z o.o."
            ids = {"nip": _nip(rnd), "regon": _regon(rnd), "ico": None, "dic": None}
            phone = f"+48 {rnd.randrange(500, 900)}-{rnd.randrange(100, 1000)}-"
            phone += f"{rnd.randrange(100, 1000)}"
            postal = f"{rnd.randrange(10, 100)}-{rnd.randrange(100, 1000)}"
        domain = f"{surname.lower()}{n}.example"
        stamp = f"2025-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}T10:00:00.000000Z"
        values: dict[str, str | int | None] = {
            "id": str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
            "name": name,
            **ids,
            "pkd": f"10.{rnd.randrange(10, 99)}.Z",
            "street": rnd.choice(STREETS),
            "building_number": str(rnd.randrange(1, 200)),
            "postal_code": postal,
            "city": city,
            "region": region,
            "country": "CZ" if czech else "PL",
            "business_activity": "Zpracování masa" if czech else "Przetwórstwo mięsa",
            "employment_level": rnd.choice(LEVELS),
            "website": f"https://www.{domain}",
            "email": f"biuro@{domain}",
            "landline": phone if rnd.random() < 0.5 else None,
            "mobile": phone,
            "fax": None,
            "data_source_1": "import",
            "data_source_2": None,
            "data_source_3": None,
            "data_source_4": None,
            "remarks": "Stały klient, dzwonić rano." if rnd.random() < 0.2 else None,
            "purchase_price": f"{rnd.randrange(100, 100000)}.00",
            "margin": f"{rnd.randrange(1, 40)}.5",
            "assignment_id": rnd.choice(assignments),
            "owner_id": rnd.choice(users),
            "created_by": rnd.choice(users),
            "created_at": stamp,
            "updated_at": stamp,
            "server_seq": n + 1,
            "verification_state": rnd.choice(STATES),
            "deleted": 0,
        }
        add_sort_keys(values)  # as the app's bulk writers do (sync, import)
        yield tuple(values[c] for c in COLUMNS)


def pages(rows: list[Row], size: int) -> Iterator[list[Row]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def store_path_seconds(path: Path, key: bytes, rows: list[Row], page: int) -> float:
    store = open_store(path, key)
    table = Customer.__table__  # type: ignore[attr-defined]
    started = time.perf_counter()
    for chunk in pages(rows, page):
        dicts = [dict(zip(COLUMNS, row, strict=True)) for row in chunk]
        with store.bulk() as conn:  # write transaction, search indexed once per page
            conn.execute(insert(table), dicts)
    elapsed = time.perf_counter() - started
    store.close()
    return elapsed


def raw_path_seconds(
    path: Path, key: bytes, rows: list[Row], page: int, *, deferred: bool = True
) -> float:
    """The floor: the driver's executemany, doing the same SQL work as ``Store.bulk()``."""
    open_store(path, key).close()  # same schema and triggers, via the migrations
    engine = create_cipher_engine(path, key)
    pooled = engine.raw_connection()  # a keyed, self-tested, configured sqlcipher3 connection
    raw = pooled.driver_connection
    assert raw is not None
    columns = ", ".join(COLUMNS)
    sql = f"INSERT INTO customers ({columns}) VALUES ({', '.join('?' for _ in COLUMNS)})"
    search = ", ".join(SEARCHABLE_FIELDS)
    marks = ", ".join("?" for _ in range(len(SEARCHABLE_FIELDS) + 1))
    if not deferred:  # the pre-0003 design, for contrast: index every row from a trigger
        raw.execute(
            "CREATE TRIGGER per_row_index AFTER INSERT ON customers BEGIN"
            f" INSERT INTO customer_search (rowid, {search})"
            f" SELECT customer_rowid, {search} FROM customer_search_source"
            " WHERE customer_rowid = NEW.rowid; END"
        )
    started = time.perf_counter()
    for chunk in pages(rows, page):
        raw.execute("BEGIN IMMEDIATE")
        top = raw.execute("SELECT coalesce(max(rowid), 0) FROM customers").fetchone()[0]
        raw.executemany(sql, chunk)
        if deferred:  # what flush_deferred_indexing does after pure inserts
            fresh = raw.execute(
                f"SELECT rowid, {search} FROM customers WHERE rowid > ?", (top,)
            ).fetchall()
            raw.executemany(
                f"INSERT INTO customer_search (rowid, {search}) VALUES ({marks})",
                [
                    (
                        r[0],
                        *(search_form(c, v) for c, v in zip(SEARCHABLE_FIELDS, r[1:], strict=True)),
                    )
                    for r in fresh
                ],
            )
        raw.execute("COMMIT")
    elapsed = time.perf_counter() - started
    pooled.close()
    engine.dispose()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--page", type=int, default=5_000)
    parser.add_argument("--per-row-rows", type=int, default=5_000, help="rows for the slow path")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rows = list(customer_rows(args.rows, random.Random(args.seed)))
    few = rows[: min(args.per_row_rows, len(rows))]
    key = os.urandom(32)
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        # Both paths run with cipher_memory_security on (the first store connection turns it
        # on for the whole process, for good), so they pay the same allocator cost.
        store_s = store_path_seconds(Path(tmp, "store.db"), key, rows, args.page)
        raw_s = raw_path_seconds(Path(tmp, "raw.db"), key, rows, args.page)
        per_row = raw_path_seconds(Path(tmp, "per_row.db"), key, few, args.page, deferred=False)
    print(f"rows={args.rows} page={args.page} (SQLCipher, WAL, cipher_memory_security=ON)")
    print(f"floor: raw sqlcipher3 executemany : {raw_s:7.2f} s {args.rows / raw_s:8.0f} rows/s")
    print(f"store: Store.bulk() Core insert   : {store_s:7.2f} s {args.rows / store_s:8.0f} rows/s")
    print(f"ratio store / floor               : {store_s / raw_s:7.2f}")
    print(
        f"for contrast, per-row FTS triggers (raw executemany, {len(few)} rows):"
        f" {len(few) / per_row:8.0f} rows/s"
    )


if __name__ == "__main__":
    main()
