"""A loopback fault proxy between the clients and the server (latency, connection resets, cuts
in the middle of a response): sync still converges, and every mutation is answered exactly
once — a reply lost on the way back makes the retry a ``duplicate``, never a second change."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from crm_protocol.errors import KnownError
from tests.sync.chaos import Ledger, check, diverged, max_seq
from tests.sync.conftest import Client, World, make_client
from tests.sync.fault_proxy import FaultProxy
from tests.sync.helpers import edit

FIELDS = ("city", "street", "remarks")


@pytest.fixture
def proxy(world: World) -> Iterator[FaultProxy]:
    p = FaultProxy(
        world.server.port, seed=11, latency=(0.0, 0.01), reset_rate=0.08, cut_rate=0.12
    ).start()
    yield p
    p.stop()


def _sync_until_done(c: Client, pushed: dict[str, int], attempts: int = 40) -> int:
    """Sync until one sync passes; returns how many attempts failed on the way."""
    for failed in range(attempts):
        try:
            report = c.engine.sync()
        except KnownError:
            continue
        for status, n in report.pushed.items():
            pushed[status] = pushed.get(status, 0) + n
        return failed
    raise AssertionError("sync never got through the faults")


def test_sync_converges_through_latency_resets_and_cut_replies(
    world: World, clients: list[Client], proxy: FaultProxy
) -> None:
    made = [make_client(world, u, base=proxy.base) for u in ("op1", "op2", "sup")]
    clients += made
    for c in made:
        c.engine.sync()
    since = max_seq(world.engine)
    ledgers = {c.login: Ledger() for c in made}
    proxy.enabled = True
    rng = random.Random(5)
    failures = 0
    pushed: dict[str, int] = {}
    targets = world.org.customers[10:16]
    rnd = 0
    # at least 6 rounds, and on until each kind of fault has struck a few times
    while rnd < 6 or (min(proxy.stats["reset"], proxy.stats["cut"]) < 3 and rnd < 30):
        rnd += 1
        for c in made:
            for k in range(3):
                cid = rng.choice(targets)
                name = rng.choice(FIELDS)
                edit(c, cid, **{name: f"{c.login}-{rnd}-{k}"})
            ledgers[c.login].add_outbox(c.store)
        for c in made:
            failures += _sync_until_done(c, pushed)
    proxy.enabled = False
    for _ in range(2):  # everyone sees everyone's last changes
        for c in made:
            c.engine.sync()
    print(dict(proxy.stats), "failed syncs:", failures, "answers:", pushed)
    assert proxy.stats["reset"] > 0
    assert proxy.stats["cut"] > 0
    assert failures > 0
    for c in made:
        counts = check(
            world.engine,
            ledgers[c.login],
            world.org.users[c.login],
            c.transport.device_id,
            since,
            c.store,
        )
        print(c.login, counts.line())
        assert counts.recorded == 3 * rnd
        assert counts.ok(), counts.line()
        assert set(counts.statuses) <= {"applied", "merged", "conflict"}
        assert c.engine.pending_count() == 0
        assert diverged(world.engine, c.store, targets) == 0
