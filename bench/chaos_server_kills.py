"""Chaos: kill -9 the server in the middle of a push, restart it, sync; count lost and
duplicated mutations.

    python bench/chaos_server_kills.py [--trials 50] [--db sqlite|postgres] [--seed 1]

Each trial: the client records 40 edits (each with its outbox entry, one local transaction),
pushes them in batches of 4 on a thread, and the server process gets SIGKILL at a random
moment (0–0.4 s in); the server is restarted and the client syncs. At the end every recorded
mutation must be answered exactly once with exactly one change, and the client must equal
the server (tests/sync/chaos.py).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.sync.chaos import Ledger, check, max_seq, push_during_server_kill, served_world
from tests.sync.conftest import make_client
from tests.sync.helpers import edit


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="chaos-server-"))
    rng = random.Random(args.seed)
    outcomes: Counter[str] = Counter()
    with served_world(tmp, kind=args.db) as world:
        c = make_client(world, "op1")
        c.engine.sync()
        c.engine.push_batch = 4
        since = max_seq(world.engine)
        ledger = Ledger()
        t0 = time.perf_counter()
        for trial in range(args.trials):
            for i in range(40):
                edit(c, world.org.customers[i % 10], city=f"S-{trial}-{i}")
            ledger.add_outbox(c.store)
            outcomes[push_during_server_kill(c.engine, world.server.kill, rng, 0.4)] += 1
            world.server.start()
            c.engine.sync()
            if (trial + 1) % 10 == 0:
                print(f"  {trial + 1} trials, {time.perf_counter() - t0:.0f} s", flush=True)
        counts = check(
            world.engine,
            ledger,
            world.org.users["op1"],
            c.transport.device_id,
            since,
            c.store,
        )
        c.store.close()
        c.transport.close()
    print(f"server kill -9 trials: {args.trials} ({args.db}), {time.perf_counter() - t0:.0f} s")
    print(
        f"  push interrupted by the kill: {outcomes['killed']}, finished first: "
        f"{outcomes['done']}, hung: {outcomes['hung']}"
    )
    print(f"  mutations recorded: {counts.recorded}, answers: {dict(counts.statuses)}")
    print(f"  lost: {counts.lost + counts.missing_effects}")
    print(f"  duplicated: {counts.duplicated + counts.phantom}")
    print(f"  client rows differing from the server: {counts.diverged}")
    sys.exit(0 if counts.ok() and not outcomes["hung"] else 1)


if __name__ == "__main__":
    main()
