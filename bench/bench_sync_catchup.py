"""Catch-up: a client that was away while 5,000 changes happened on the server syncs them
(real server process over loopback, real encrypted store). Floor in the same run: a raw
SQLCipher bulk write of the same rows (executemany into a fresh encrypted store).

    python bench/bench_sync_catchup.py [--changes 5000] [--db sqlite|postgres]

The changes are made straight in the server database (each an update of a customer with its
change-log entry, as the API would write them), so the run measures the catch-up, not 5,000
API calls.
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import bindparam, insert, select, update
from sqlmodel import Session, col

from crm_desktop.models import Customer as LocalCustomer
from crm_desktop.store import open_store
from crm_server.models import ChangeLog
from crm_server.models import Customer as ServerCustomer
from tests.sync.chaos import served_world
from tests.sync.conftest import make_client


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=5000)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    args = parser.parse_args()
    n = args.changes
    tmp = Path(tempfile.mkdtemp(prefix="bench-catchup-"))
    with served_world(tmp, customers=n, kind=args.db) as world:
        c = make_client(world, "op1")
        t0 = time.perf_counter()
        c.engine.sync()
        t_initial = time.perf_counter() - t0
        a1 = world.org.assignments["a1"]
        actor = world.org.users["admin"]
        with Session(world.engine) as s:
            ids = list(
                s.execute(
                    select(ServerCustomer.id).where(col(ServerCustomer.assignment_id) == a1)
                ).scalars()
            )[:n]
        with world.engine.begin() as conn:  # n changes, as the API would record them
            conn.execute(
                update(ServerCustomer)
                .where(col(ServerCustomer.id) == bindparam("cid"))
                .values(
                    city=bindparam("city"),
                    remarks=bindparam("remarks"),
                    version=col(ServerCustomer.version) + 1,
                ),
                [
                    {"cid": i, "city": f"Brno {k}", "remarks": f"zmena {k}"}
                    for k, i in enumerate(ids)
                ],
            )
            conn.execute(
                insert(ChangeLog),
                [
                    {
                        "entity": "customer",
                        "entity_id": i,
                        "op": "update",
                        "actor_id": actor,
                        "assignment_id": a1,
                        "fields": ["city", "remarks"],
                    }
                    for i in ids
                ],
            )
        t0 = time.perf_counter()
        report = c.engine.sync()
        t_catchup = time.perf_counter() - t0
        assert report.rows == n, report.rows
        with c.store.connection() as conn:
            got = conn.execute(
                select(LocalCustomer.__table__.c.city).where(  # type: ignore[attr-defined]
                    LocalCustomer.__table__.c.id == ids[-1]  # type: ignore[attr-defined]
                )
            ).scalar_one()
        assert got == f"Brno {n - 1}"
        rows = c.transport.rows(ids)["rows"]  # the same rows, as the client saw them
        c.store.close()
        c.transport.close()
    # floor: the same rows bulk-written straight into a fresh encrypted store
    local = []
    for r in rows:
        values = {k: v for k, v in r["values"].items() if k in LocalCustomer.__table__.c}  # type: ignore[attr-defined]
        local.append(
            {
                **values,
                "id": r["id"],
                "assignment_id": r["assignment_id"],
                "owner_id": r["owner_id"],
                "created_by": r["created_by"],
                "server_seq": r["seq"],
            }
        )
    floor_store = open_store(tmp / "floor.db", secrets.token_bytes(32))
    t0 = time.perf_counter()
    with floor_store.connection(write=True) as conn:
        conn.execute(insert(LocalCustomer.__table__), local)  # type: ignore[attr-defined]
    t_floor = time.perf_counter() - t0
    floor_store.close()
    print(
        f"catch-up of {n} changes ({args.db}, loopback): {t_catchup:.2f} s "
        f"({n / t_catchup:,.0f} changes/s); initial sync of the same {n} rows: {t_initial:.2f} s"
    )
    print(f"raw SQLCipher bulk write of the same rows (floor): {t_floor:.2f} s")
    print(f"ratio catch-up / floor: {t_catchup / t_floor:.1f}x")


if __name__ == "__main__":
    main()
