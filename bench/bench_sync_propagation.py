"""Change propagation from client A to client B, committed, over loopback HTTP (real server
process): A commits an edit locally and pushes it; B's runner is long-polling ``/sync/wait``,
wakes, pulls and commits. Latency = A's local commit → B's commit (``on_synced``).
Floor in the same run: a bare HTTP round trip to ``/api/v1/health`` (same keep-alive kind).

    python bench/bench_sync_propagation.py [--edits 300] [--db sqlite|postgres]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests

from crm_desktop.sync.engine import SyncReport
from crm_desktop.sync.runner import SyncRunner, SyncStatus
from tests.sync.chaos import served_world
from tests.sync.conftest import make_client
from tests.sync.helpers import edit


class Watcher:
    """B's observer: wakes the bench when a sync brought the customer it waits for."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.seen: dict[str, float] = {}
        self.status = SyncStatus.OFFLINE

    def on_status(self, status: SyncStatus, code: str | None) -> None:
        with self.cond:
            self.status = status
            self.cond.notify_all()

    def on_progress(self, phase: str, done: int, total: int) -> None:
        return None

    def on_synced(self, report: SyncReport, pending: int, conflicts: int) -> None:
        now = time.perf_counter()
        with self.cond:
            for cid in report.changes.customers:
                self.seen[cid] = now
            self.cond.notify_all()

    def wait_for(self, cid: str, after: float, timeout: float = 10.0) -> float:
        with self.cond:
            ok = self.cond.wait_for(lambda: self.seen.get(cid, 0.0) > after, timeout)
            if not ok:
                raise RuntimeError("change never arrived")
            return self.seen[cid]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-prop-"))
    rng = random.Random(3)
    with served_world(tmp, kind=args.db) as world:
        a, b = make_client(world, "op1"), make_client(world, "op2")
        a.engine.sync()
        watcher = Watcher()
        runner = SyncRunner(b.engine, watcher, wait_seconds=30)
        runner.start()
        with watcher.cond:
            watcher.cond.wait_for(lambda: watcher.status is SyncStatus.ONLINE, 30)
        time.sleep(1.5)  # the listener's first long-poll is armed
        latencies: list[float] = []
        for i in range(args.edits):
            cid = world.org.customers[i % 20]
            edit(a, cid, remarks=f"prop-{i}")
            t0 = time.perf_counter()  # A's edit is committed locally
            a.engine.push()
            latencies.append(watcher.wait_for(cid, t0) - t0)
            time.sleep(rng.uniform(0.01, 0.03))  # B's listener re-arms (steady state)
        runner.stop()
        # floor: bare round trips on a keep-alive connection, same server, same run
        http = requests.Session()
        http.trust_env = False
        url = world.server.base + "/api/v1/health"
        http.get(url).raise_for_status()
        floor: list[float] = []
        for _ in range(args.edits):
            t0 = time.perf_counter()
            http.get(url).raise_for_status()
            floor.append(time.perf_counter() - t0)
        http.close()
        for c in (a, b):
            c.store.close()
            c.transport.close()
    ms = [x * 1000 for x in latencies]
    fl = [x * 1000 for x in floor]
    p50, p95, p99 = (pct(ms, p) for p in (50, 95, 99))
    f50 = statistics.median(fl)
    print(f"propagation A -> B committed, {args.edits} edits ({args.db}, loopback):")
    print(f"  p50 {p50:.1f} ms   p95 {p95:.1f} ms   p99 {p99:.1f} ms   max {max(ms):.1f} ms")
    print(f"  target p95 <= 50 ms: {'met' if p95 <= 50 else 'NOT met'}")
    print(f"  floor: bare HTTP round trip /health p50 {f50:.2f} ms, p95 {pct(fl, 95):.2f} ms")
    print(f"  ratio p50 / floor p50: {p50 / f50:.1f}x   p95 / floor p50: {p95 / f50:.1f}x")


if __name__ == "__main__":
    main()
