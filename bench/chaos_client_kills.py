"""Chaos: kill -9 the desktop client (a real process over a real encrypted store) at random
moments during push and during apply, restart it, sync; count lost and duplicated mutations.

    python bench/chaos_client_kills.py [--trials 1000] [--db sqlite|postgres] [--seed 1]

Trials alternate between ``push`` (edits, then a push in batches of 2) and ``apply`` (the
administrator changes 14 records, the client pulls them in pages of 2). After every kill the
client is restarted and synced; at the end the invariant is checked over every trial
(tests/sync/chaos.py): every recorded mutation answered once, exactly one change per applied
mutation, no unknown mutation, client rows equal to the server's, cursor consistent with rows.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.sync.chaos import ChaosClient, served_world
from tests.sync.conftest import PASSWORD


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=1000)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="chaos-client-"))
    with served_world(tmp, kind=args.db) as world:
        org = world.org
        chaos = ChaosClient(
            base=world.server.base,
            engine=world.engine,
            admin=world.admin,
            login="op1",
            password=PASSWORD,
            user_id=org.users["op1"],
            assignment_id=org.assignments["a1"],
            customers=org.customers[0:6],
            admin_targets=org.customers[6:20],
            tmp=tmp,
            rng=random.Random(args.seed),
        )
        chaos.start()
        t0 = time.perf_counter()
        for i in range(args.trials):
            chaos.trial_once("push" if i % 2 == 0 else "apply")
            if (i + 1) % 100 == 0:
                print(f"  {i + 1} trials, {time.perf_counter() - t0:.0f} s", flush=True)
        counts = chaos.finish()
    print(f"client kill -9 trials: {args.trials} ({args.db}), {time.perf_counter() - t0:.0f} s")
    print(f"  kills landed in: {dict(sorted(counts.phases.items()))}")
    print(f"  mutations recorded: {counts.recorded}, answers: {dict(counts.statuses)}")
    print(f"  lost: {counts.lost + counts.missing_effects}")
    print(f"  duplicated: {counts.duplicated + counts.phantom}")
    print(f"  client rows differing from the server: {counts.diverged}")
    print(f"  rows inconsistent with the cursor after a kill in apply: {counts.inconsistent}")
    sys.exit(0 if counts.ok() else 1)


if __name__ == "__main__":
    main()
