"""The organisation's lease times, a new server epoch seen at once by a running server (410,
reconcile from zero, outbox kept), the daily reconcile, and the version-based one (a held row
whose seq is older comes again)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update
from sqlmodel import Session

from crm_desktop.models import Customer as LocalCustomer
from crm_desktop.sync import state
from crm_server.sync.lease import LeaseHours, new_epoch, set_lease_hours
from tests.sync.conftest import Client, World, make_client
from tests.sync.helpers import admin_edit, edit, local_row, stored_cursor

_L = LocalCustomer.__table__


def _lease_hours(c: Client) -> tuple[float, float]:
    with c.store.connection() as conn:
        payload = state.get_json(conn, state.LEASE)["payload"]
    issued = datetime.fromisoformat(payload["issued_at"])
    lock = datetime.fromisoformat(payload["lock_after"]) - issued
    wipe = datetime.fromisoformat(payload["wipe_after"]) - issued
    return lock / timedelta(hours=1), wipe / timedelta(hours=1)


def _set_hours(world: World, lock: int, wipe: int) -> None:
    with Session(world.engine) as s:
        set_lease_hours(s, LeaseHours(lock, wipe))
        s.commit()


def test_lease_takes_the_shorter_of_organisation_setting_and_role_limit(
    world: World, clients: list[Client]
) -> None:
    c = make_client(world, "op1")  # operator: role limits 24 h / 7 days
    clients.append(c)
    c.engine.sync()
    assert _lease_hours(c) == (24, 168)  # organisation defaults 24 h / 7 days
    _set_hours(world, 2, 10)  # read by the running server on its next request
    try:
        c.engine.sync()
        assert _lease_hours(c) == (2, 10)
        _set_hours(world, 500, 900)
        c.engine.sync()
        assert _lease_hours(c) == (24, 168)  # the role limit is shorter now
        with Session(world.engine) as s, pytest.raises(ValueError, match="lease hours"):
            set_lease_hours(s, LeaseHours(10, 5))  # wipe before lock
    finally:
        _set_hours(world, 24, 168)


def test_new_epoch_is_seen_at_once_and_the_client_reconciles_keeping_its_outbox(
    world: World, clients: list[Client]
) -> None:
    c = make_client(world, "op1")
    clients.append(c)
    c.engine.sync()
    before = stored_cursor(c)
    cid = world.org.customers[3]
    edit(c, cid, city="Epoch City")
    epoch = new_epoch(world.engine)  # a restore, while the server keeps running
    report = c.engine.sync()
    assert report.pushed == {"applied": 1}
    assert report.reconciled
    after = stored_cursor(c)
    assert before.epoch != epoch
    assert after.epoch == epoch
    assert local_row(c, cid).city == "Epoch City"
    assert c.engine.pending_count() == 0


def test_daily_reconcile_and_version_based_grants(world: World, clients: list[Client]) -> None:
    c = make_client(world, "op1")
    clients.append(c)
    c.engine.sync()
    assert not c.engine.sync().reconciled  # reconciled a moment ago: not due
    cid = world.org.customers[4]
    admin_edit(world, cid, city="Versioned")
    c.engine.sync()
    seq = local_row(c, cid).server_seq
    assert seq > 0
    with c.store.connection(write=True) as conn:  # a stale copy: older seq, other value
        conn.execute(update(_L).where(_L.c.id == cid).values(city="stale", server_seq=seq - 1))
    later = datetime.now(UTC) + timedelta(hours=25)
    c.engine.clock = lambda: later
    report = c.engine.sync()
    assert report.reconciled  # a day passed
    assert cid in report.changes.customers  # granted again: its seq was older
    assert local_row(c, cid).city == "Versioned"
    assert local_row(c, cid).server_seq == seq
