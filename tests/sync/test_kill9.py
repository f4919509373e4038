"""kill -9 of the client (a real process over a real encrypted store) at random moments during
push and during apply, and of the server in the middle of a push: after a restart and a full
sync nothing is lost, nothing is applied twice, and the client equals the server.

Trial counts are scaled for CI (``CRM_CHAOS_TRIALS``); ``bench/chaos_*.py`` runs the full ones.
"""

from __future__ import annotations

import os
import random

import pytest

from tests.sync.chaos import ChaosClient, Ledger, check, max_seq, push_during_server_kill
from tests.sync.conftest import PASSWORD, Client, World, make_client
from tests.sync.helpers import edit

TRIALS = int(os.environ.get("CRM_CHAOS_TRIALS", "6"))  # per mode and database


def _chaos_client(world: World, tmp_path: object, seed: int) -> ChaosClient:
    org = world.org
    return ChaosClient(
        base=world.server.base,
        engine=world.engine,
        admin=world.admin,
        login="op1",
        password=PASSWORD,
        user_id=org.users["op1"],
        assignment_id=org.assignments["a1"],
        customers=org.customers[0:6],
        admin_targets=org.customers[6:20],
        tmp=tmp_path,  # type: ignore[arg-type]
        rng=random.Random(seed),
    )


@pytest.mark.parametrize("mode", ["push", "apply"])
def test_client_killed_during_push_and_apply_loses_and_repeats_nothing(
    world: World, tmp_path: object, mode: str
) -> None:
    chaos = _chaos_client(world, tmp_path, seed=hash(mode) & 0xFFFF)
    chaos.start()
    for _ in range(TRIALS):
        chaos.trial_once(mode)
    counts = chaos.finish()
    print(counts.line())
    assert counts.recorded > 0
    assert counts.ok(), counts.line()
    assert set(counts.statuses) <= {"applied"}
    # the kills did land in the phase under test (and not only before or after it)
    assert counts.phases[f"{mode}:{'push' if mode == 'push' else 'apply'}"] >= 1


def test_server_killed_mid_push_loses_and_repeats_nothing(
    world: World, clients: list[Client]
) -> None:
    c = make_client(world, "op2")
    clients.append(c)
    c.engine.sync()
    since = max_seq(world.engine)
    c.engine.push_batch = 3
    rng = random.Random(7)
    ledger = Ledger()
    outcomes = []
    for trial in range(3):
        for i in range(30):
            edit(c, world.org.customers[i % 5], street=f"S-{trial}-{i}")
        ledger.add_outbox(c.store)
        outcomes.append(push_during_server_kill(c.engine, world.server.kill, rng, 0.3))
        world.server.start()
        c.engine.sync()
    assert "hung" not in outcomes
    counts = check(
        world.engine, ledger, world.org.users["op2"], c.transport.device_id, since, c.store
    )
    print(outcomes, counts.line())
    assert counts.recorded == 90
    assert counts.ok(), counts.line()
    assert c.engine.pending_count() == 0
