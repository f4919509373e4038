"""Mutations per second the server sustains over HTTP on loopback (SQLite and PostgreSQL).

Each mutation is a customer PATCH by the demo operator: token lookup, policy, scope query,
validation, write, change-log entry (advisory lock on PostgreSQL), commit. The floor, measured in
the same run on the same database, is raw SQLAlchemy Core: one UPDATE of the same column of the
same rows per transaction. The ratio says what the API layers cost on top of the database.

    .venv/bin/python -m bench.bench_server_mutations [--mutations 500] [--db sqlite,postgres]
"""

from __future__ import annotations

import argparse
import time

from sqlalchemy import select, update

from bench.bench_server_common import served
from crm_server.models import Customer


def run(kind: str, mutations: int) -> None:
    with served(kind, customers=1000) as srv:
        headers = srv.login("operator")
        page = srv.http.get("/customers", params={"page_size": 500}, headers=headers).json()
        ids = [c["id"] for c in page["items"]]
        start = time.perf_counter()
        for i in range(mutations):
            r = srv.http.patch(
                f"/customers/{ids[i % len(ids)]}",
                json={"values": {"remarks": f"call back {i}"}},
                headers=headers,
            )
            r.raise_for_status()
        api = time.perf_counter() - start
        table = Customer.__table__  # type: ignore[attr-defined]
        with srv.engine.connect() as c:
            assert c.execute(select(table.c.id).limit(1)).first()
        start = time.perf_counter()
        for i in range(mutations):
            with srv.engine.begin() as c:
                c.execute(
                    update(table)
                    .where(table.c.id == ids[i % len(ids)])
                    .values(remarks=f"floor {i}", version=table.c.version + 1)
                )
        floor = time.perf_counter() - start
    print(
        f"{kind:9s} API {mutations / api:8.0f} mutations/s   Core floor {mutations / floor:8.0f} "
        f"updates/s   ratio API/floor {floor / api:5.2f} (API is {api / floor:4.1f}x slower)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mutations", type=int, default=500)
    parser.add_argument("--db", default="sqlite,postgres")
    args = parser.parse_args()
    for kind in args.db.split(","):
        run(kind, args.mutations)


if __name__ == "__main__":
    main()
