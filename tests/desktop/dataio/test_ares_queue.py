"""Offline ARES lookups: queued, persisted, drained when the registry is reachable again."""

from __future__ import annotations

import pytest

from crm_desktop.services.dataio import (
    AresClient,
    AresCompany,
    AresQueue,
    DataIoCode,
    MemoryStorage,
)
from crm_protocol.errors import ErrorCode, KnownError

from .conftest import FakeAres, Reply, ares_body

ICOS = ["27074358", "25123891", "27082440"]


def test_queue_drains_when_the_server_is_back() -> None:
    server = FakeAres()
    port, url = server.port, server.url
    server.stop()  # offline
    storage = MemoryStorage()  # outlives the queue objects, like the store between app runs
    queue = AresQueue(storage)
    with AresClient(url, timeout=(1.0, 1.0)) as client:
        for n, ico in enumerate(ICOS):
            assert queue.lookup_or_enqueue(client, ico, f"cust-{n}") is None
        assert queue.lookup_or_enqueue(client, ICOS[0], "cust-0") is None  # queued once
        assert len(queue) == 3

        results: list[tuple[str, AresCompany | KnownError]] = []
        still_offline = queue.drain(client, lambda item, r: results.append((item.customer_id, r)))
        assert (still_offline.done, still_offline.remaining) == (0, 3)
        assert still_offline.stopped_by == DataIoCode.REGISTRY_UNREACHABLE
        assert results == []

        # the app restarts: the queue comes back from storage
        queue = AresQueue(storage)
        assert [p.ico for p in queue.pending()] == ICOS

        back = FakeAres(port)  # the registry is back, same address
        try:
            back.script[ICOS[0]] = [Reply(200, ares_body(ICOS[0]))]
            back.script[ICOS[2]] = [Reply(200, ares_body(ICOS[2], datumZaniku="2021-01-01"))]
            # ICOS[1] is unknown to the registry: a permanent answer, delivered as an error
            outcome = queue.drain(client, lambda item, r: results.append((item.customer_id, r)))
        finally:
            back.stop()
    assert (outcome.done, outcome.remaining, outcome.stopped_by) == (3, 0, None)
    assert [cid for cid, _ in results] == ["cust-0", "cust-1", "cust-2"]
    first, missing, dissolved = (r for _, r in results)
    assert isinstance(first, AresCompany)
    assert first.ico == ICOS[0]
    assert isinstance(missing, KnownError)
    assert missing.code == DataIoCode.REGISTRY_NOT_FOUND
    assert isinstance(dissolved, AresCompany)
    assert dissolved.dissolved
    assert len(AresQueue(storage)) == 0


def test_a_timeout_mid_drain_keeps_the_rest(fake_ares: FakeAres) -> None:
    queue = AresQueue(MemoryStorage())
    for n, ico in enumerate(ICOS):
        queue.enqueue(ico, f"c{n}")
    fake_ares.script[ICOS[0]] = [Reply(200, ares_body(ICOS[0]))]
    fake_ares.script[ICOS[1]] = [Reply(200, ares_body(ICOS[1]), delay=10)]
    done: list[str] = []
    with AresClient(fake_ares.url, timeout=(1.0, 0.3)) as client:
        result = queue.drain(client, lambda item, r: done.append(item.ico))
    assert done == [ICOS[0]]
    assert (result.done, result.remaining, result.stopped_by) == (1, 2, "registry_timeout")
    assert [p.ico for p in queue.pending()] == ICOS[1:]


def test_permanent_failures_are_raised_not_queued(fake_ares: FakeAres) -> None:
    queue = AresQueue(MemoryStorage())
    with AresClient(fake_ares.url) as client:
        with pytest.raises(KnownError) as caught:
            queue.lookup_or_enqueue(client, ICOS[1], "c1")
        assert caught.value.code == DataIoCode.REGISTRY_NOT_FOUND
        with pytest.raises(KnownError) as caught:
            queue.enqueue("12345678", "c2")
        assert caught.value.code == ErrorCode.INVALID_ICO
    assert len(queue) == 0
