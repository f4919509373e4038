"""The runner and the live listener against a real server: a push by A wakes B's long-poll and
B applies it; states online → syncing → online, offline when the server dies, and back;
progress callbacks; cancel between pages and batches leaves a consistent store."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import pytest
from sqlmodel import Session, col, select

from crm_desktop.sync.engine import SyncReport
from crm_desktop.sync.errors import Cancelled
from crm_desktop.sync.runner import SyncRunner, SyncStatus
from crm_server.models import ChangeLog
from crm_server.sync.tables import SyncMutation
from tests.sync.conftest import Client, World, make_client
from tests.sync.helpers import admin_edit, edit, eventually, local_row, stored_cursor


@dataclass
class Recorder:
    """A ``SyncObserver`` that remembers everything (called on the worker thread)."""

    statuses: list[SyncStatus] = field(default_factory=list)
    progress: list[tuple[str, int, int]] = field(default_factory=list)
    synced: list[tuple[SyncReport, int, int]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def on_status(self, status: SyncStatus, code: str | None) -> None:
        with self.lock:
            self.statuses.append(status)

    def on_progress(self, phase: str, done: int, total: int) -> None:
        with self.lock:
            self.progress.append((phase, done, total))

    def on_synced(self, report: SyncReport, pending: int, conflicts: int) -> None:
        with self.lock:
            self.synced.append((report, pending, conflicts))

    def collapsed(self) -> list[SyncStatus]:
        """Statuses with repeats folded (offline retries repeat syncing/offline)."""
        with self.lock:
            out: list[SyncStatus] = []
            for s in self.statuses:
                if not out or out[-1] is not s:
                    out.append(s)
            return out

    def last(self) -> SyncStatus | None:
        with self.lock:
            return self.statuses[-1] if self.statuses else None


def _runner(c: Client, rec: Recorder) -> SyncRunner:
    return SyncRunner(c.engine, rec, wait_seconds=2, backoff_start=0.2, backoff_max=1.0)


def test_a_push_wakes_bs_long_poll_and_b_applies_it(world: World, clients: list[Client]) -> None:
    a, b = make_client(world, "op1"), make_client(world, "op2")
    clients += [a, b]
    a.engine.sync()
    rec = Recorder()
    runner = _runner(b, rec)
    runner.start()
    try:
        eventually(lambda: rec.last() is SyncStatus.ONLINE)
        cid = world.org.customers[6]
        for n in range(3):
            before = len(rec.synced)
            edit(a, cid, city=f"Live-{n}")
            assert a.engine.sync().pushed == {"applied": 1}
            # B's worker sleeps until woken (live mode): only the long-poll can wake it
            eventually(lambda n=n: local_row(b, cid).city == f"Live-{n}")  # type: ignore[misc]
            eventually(lambda before=before: len(rec.synced) > before)  # type: ignore[misc]
    finally:
        runner.stop()
        runner.join(15)  # the listener's last long-poll: no socket left behind
    collapsed = rec.collapsed()
    assert collapsed[:2] == [SyncStatus.SYNCING, SyncStatus.ONLINE]
    assert set(collapsed) == {SyncStatus.SYNCING, SyncStatus.ONLINE}
    assert rec.synced[-1][1:] == (0, 0)  # nothing pending, no conflicts
    assert any(report.rows >= 1 for report, _, _ in rec.synced[1:])


def test_runner_goes_offline_when_the_server_dies_and_comes_back(
    world: World, clients: list[Client]
) -> None:
    c = make_client(world, "op1")
    clients.append(c)
    rec = Recorder()
    runner = _runner(c, rec)
    runner.start()
    cid = world.org.customers[7]
    try:
        eventually(lambda: rec.last() is SyncStatus.ONLINE)
        world.server.kill()
        try:
            eventually(lambda: rec.last() is SyncStatus.OFFLINE)
            mid = edit(c, cid, street="Offline 1")  # typed while offline
            runner.request_sync()
            eventually(lambda: rec.last() is SyncStatus.OFFLINE)
            assert c.engine.pending_count() == 1
        finally:
            world.server.start()
        eventually(lambda: rec.last() is SyncStatus.ONLINE and c.engine.pending_count() == 0)
    finally:
        runner.stop()
        runner.join(15)  # the listener's last long-poll: no socket left behind
    collapsed = rec.collapsed()
    assert collapsed[:2] == [SyncStatus.SYNCING, SyncStatus.ONLINE]
    i = collapsed.index(SyncStatus.OFFLINE)
    assert SyncStatus.ONLINE in collapsed[i:]  # (stop() may land in a later sync: no last)
    with Session(world.engine) as s:
        row = s.get(SyncMutation, mid)
    assert row is not None
    assert row.status == "applied"


def test_progress_and_cancel_between_pull_pages_keep_cursor_with_its_page(
    world: World, clients: list[Client]
) -> None:
    c = make_client(world, "op1")
    clients.append(c)
    c.engine.sync()
    start = stored_cursor(c).seq
    ids = world.org.customers[8:20]
    for i, cid in enumerate(ids):
        admin_edit(world, cid, remarks=f"page-{i}")
    c.engine.page_size = 3
    cancel = threading.Event()
    events: list[tuple[str, int, int]] = []

    def progress(phase: str, done: int, total: int) -> None:
        events.append((phase, done, total))
        if phase == "pull" and done >= 6:
            cancel.set()

    with pytest.raises(Cancelled):
        c.engine.sync(progress, cancel)
    assert events == [("pull", 3, 3), ("pull", 6, 6)]
    cursor = stored_cursor(c)
    with Session(world.engine) as s:
        seqs = dict(
            s.execute(
                select(ChangeLog.entity_id, ChangeLog.seq).where(
                    col(ChangeLog.seq) > start, col(ChangeLog.entity_id).in_(ids)
                )
            ).all()
        )
    assert len(seqs) == len(ids)
    applied = [cid for cid in ids if local_row(c, cid).remarks.startswith("page-")]
    assert len(applied) == 6
    for cid in ids:  # a change is on the device exactly when the cursor passed it
        assert (local_row(c, cid).remarks == f"page-{ids.index(cid)}") == (seqs[cid] <= cursor.seq)
    report = c.engine.sync()
    assert report.rows == 6
    assert all(local_row(c, cid).remarks == f"page-{i}" for i, cid in enumerate(ids))
    assert stored_cursor(c).seq == max(seqs.values())


def test_progress_and_cancel_between_push_batches(world: World, clients: list[Client]) -> None:
    c = make_client(world, "op1")
    clients.append(c)
    c.engine.sync()
    mids = [edit(c, cid, region=f"R{i}") for i, cid in enumerate(world.org.customers[9:14])]
    c.engine.push_batch = 2
    cancel = threading.Event()
    events: list[tuple[str, int, int]] = []

    def progress(phase: str, done: int, total: int) -> None:
        events.append((phase, done, total))
        if done >= 2:
            cancel.set()  # the batch being sent still completes; the next one waits

    with pytest.raises(Cancelled):
        c.engine.sync(progress, cancel)
    assert events == [("push", 0, 5), ("push", 2, 5)]
    assert c.engine.pending_count() == 1
    with Session(world.engine) as s:
        on_server = set(
            s.execute(
                select(SyncMutation.mutation_id).where(col(SyncMutation.mutation_id).in_(mids))
            )
            .scalars()
            .all()
        )
    assert on_server == set(mids[:4])
    report = c.engine.sync()
    assert report.pushed == {"applied": 1}
    assert c.engine.pending_count() == 0
