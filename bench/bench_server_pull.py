"""Latency of one 5,000-row filtered customer page over HTTP (SQLite and PostgreSQL).

As the administrator (every field visible), ``GET /customers?filter=country:eq:PL&page_size=5000``
over 12,000 demo customers. The floor, same run, same database: the same rows fetched with raw
SQLAlchemy Core (same filter, order and limit), no policy, projection or JSON.

    .venv/bin/python -m bench.bench_server_pull [--customers 12000] [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import time

from sqlalchemy import select

from bench.bench_server_common import served
from crm_server.models import Customer


def run(kind: str, customers: int, runs: int) -> None:
    with served(kind, customers=customers) as srv:
        headers = srv.login("admin")
        params = {"filter": "country:eq:PL", "page_size": 5000, "sort": "name"}
        api_times = []
        for _ in range(runs):
            start = time.perf_counter()
            r = srv.http.get("/customers", params=params, headers=headers)
            r.raise_for_status()
            api_times.append(time.perf_counter() - start)
        rows = len(r.json()["items"])
        table = Customer.__table__  # type: ignore[attr-defined]
        stmt = (
            select(table)
            .where(table.c.country == "PL", table.c.deleted_at.is_(None))
            .order_by(table.c.name, table.c.id)
            .limit(5000)
        )
        floor_times = []
        for _ in range(runs):
            start = time.perf_counter()
            with srv.engine.connect() as c:
                floor_rows = len(c.execute(stmt).all())
            floor_times.append(time.perf_counter() - start)
    api, floor = statistics.median(api_times), statistics.median(floor_times)
    print(
        f"{kind:9s} {rows} rows: API median {api * 1000:7.1f} ms   Core floor "
        f"{floor * 1000:6.1f} ms ({floor_rows} rows)   ratio API/floor {api / floor:5.1f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=12000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", default="sqlite,postgres")
    args = parser.parse_args()
    for kind in args.db.split(","):
        run(kind, args.customers, args.runs)


if __name__ == "__main__":
    main()
