"""Initial sync of N customers over loopback HTTP (real server process, SQLite) into a real
encrypted store, against a floor: a raw SQLCipher bulk insert of the same rows, same run.

    python bench/bench_sync_initial.py [--customers 100000] [--extras]

``--extras`` gives the rows what real ones carry besides their fields: one owner-history entry
each (every create writes one), and on every tenth row a verifier's rejection flag and a
comment — the entities the pull carries with each row.
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from crm_desktop.models import Customer
from crm_desktop.store import open_store
from crm_desktop.sync.engine import SyncEngine
from crm_desktop.sync.http import HttpTransport
from crm_server.cli import init_database
from crm_server.db import make_engine
from crm_server.models import Customer as ServerCustomer
from crm_server.models import CustomerComment, OwnerHistory, VerificationFlag
from tests.sync.conftest import PASSWORD, ServerProcess, seed


def _insert_extras(conn: Any, rows: list[dict[str, Any]], owner: str, verifier: str) -> None:
    """One owner-history entry per row; a rejection flag and a comment on every tenth."""
    conn.execute(
        insert(OwnerHistory),
        [{"customer_id": r["id"], "owner_id": owner, "changed_by": owner} for r in rows],
    )
    tenth = rows[::10]
    conn.execute(
        insert(VerificationFlag),
        [
            {
                "customer_id": r["id"],
                "field": "email",
                "reason": "wrong_value",
                "comment": "check the domain",
                "verifier_id": verifier,
            }
            for r in tenth
        ],
    )
    conn.execute(
        insert(CustomerComment),
        [
            {"customer_id": r["id"], "author_id": verifier, "body": "please call back"}
            for r in tenth
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--extras", action="store_true", help="owner history, flags, comments")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    url = f"sqlite:///{tmp / 'server.db'}"
    engine = make_engine(url)
    init_database(engine)
    org = seed(engine, customers=0)
    rows = [
        {
            "id": str(uuid.uuid4()),
            "assignment_id": org.assignments["a1"],
            "owner_id": org.users["op1"],
            "created_by": org.users["op1"],
            "name": f"Firma {i} s.r.o.",
            "nip": None,
            "street": f"Ulice {i}",
            "city": "Praha",
            "postal_code": "11000",
            "country": "CZ",
            "email": f"info{i}@firma.cz",
            "mobile": "+420601234567",
            "remarks": "bench",
            "margin": "12.5",
        }
        for i in range(args.customers)
    ]
    with engine.begin() as conn:
        conn.execute(insert(ServerCustomer), rows)
        if args.extras:
            _insert_extras(conn, rows, org.users["op1"], org.users["admin"])
    server = ServerProcess(url, tmp)
    server.start()
    try:
        store = open_store(tmp / "client.db", secrets.token_bytes(32))
        transport = HttpTransport(server.base, "bench-device-1", timeout=120)
        transport.login("op1", PASSWORD)
        sync = SyncEngine(store, transport, on_wipe=lambda: None)
        t0 = time.perf_counter()
        report = sync.sync()
        t_sync = time.perf_counter() - t0
        assert report.rows == args.customers, report.rows
        store.close()
        # floor: the same rows bulk-inserted straight into a fresh encrypted store
        floor_store = open_store(tmp / "floor.db", secrets.token_bytes(32))
        local = [{**{k: v for k, v in r.items() if k != "margin"}, "server_seq": 0} for r in rows]
        t0 = time.perf_counter()
        with floor_store.connection(write=True) as conn:
            conn.execute(insert(Customer.__table__), local)  # type: ignore[attr-defined]
        t_floor = time.perf_counter() - t0
        floor_store.close()
    finally:
        server.stop()
    print(f"initial sync of {args.customers} customers: {t_sync:.2f} s (target <= 3 s)")
    print(f"raw SQLCipher bulk insert (floor):       {t_floor:.2f} s")
    print(f"ratio sync / floor: {t_sync / t_floor:.1f}x")


if __name__ == "__main__":
    main()
