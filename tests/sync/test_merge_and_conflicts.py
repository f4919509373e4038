"""Two and three clients edit offline, then sync: different fields merge, the same field
becomes a recorded conflict on both sides, nothing is lost (real server over HTTP)."""

from __future__ import annotations

from sqlalchemy import select
from sqlmodel import Session

from crm_desktop.sync.engine import Choice
from crm_server.models import Customer
from crm_server.sync.tables import SyncConflict
from tests.sync.conftest import Client, World, make_client
from tests.sync.helpers import edit, local_ids, local_row


def _server_row(world: World, cid: str) -> Customer:
    with Session(world.engine) as s:
        row = s.get(Customer, cid)
        assert row is not None
        return row


def test_initial_sync_brings_scope_without_hidden_fields(
    world: World, clients: list[Client]
) -> None:
    c = make_client(world, "op1")
    clients.append(c)
    report = c.engine.sync()
    ids = local_ids(c)
    a1 = {i for i in world.org.customers[:20]}
    assert a1 <= ids
    assert not (set(world.org.customers[20:]) & ids)  # a2 is not op1's
    assert report.rows >= 20
    row = local_row(c, world.org.customers[0])
    assert row.name.startswith("Firma a1")
    assert row.margin is None
    assert row.purchase_price is None
    raw = c.db_path.read_bytes()
    assert b"SECRET-MARGIN" not in raw
    assert b"Firma" not in raw


def test_different_fields_merge_and_same_field_conflicts(
    world: World, clients: list[Client]
) -> None:
    a, b, c3 = (make_client(world, u) for u in ("op1", "op2", "sup"))
    clients += [a, b, c3]
    for c in (a, b, c3):
        c.engine.sync()
    cid = world.org.customers[1]
    # offline edits
    edit(a, cid, city="Brno")
    edit(b, cid, street="Hlavni 1")
    edit(c3, cid, region="Morava")
    edit(a, cid, remarks="from A")
    edit(b, cid, remarks="from B")
    ra = a.engine.sync()
    rb = b.engine.sync()
    rc = c3.engine.sync()
    assert ra.pushed == {"applied": 2}
    assert rb.pushed == {"applied": 1, "conflict": 1}
    assert rc.pushed == {"applied": 1}
    a.engine.sync()
    b.engine.sync()
    server = _server_row(world, cid)
    assert (server.city, server.street, server.region) == ("Brno", "Hlavni 1", "Morava")
    assert server.remarks == "from A"
    for c in (a, b, c3):
        row = local_row(c, cid)
        assert (row.city, row.street, row.region, row.remarks) == (
            "Brno",
            "Hlavni 1",
            "Morava",
            "from A",
        )
    conflicts = b.engine.conflicts()
    assert [(k["field"], k["mine"], k["theirs"], k["base"]) for k in conflicts] == [
        ("remarks", "from B", "from A", "start")
    ]
    assert conflicts[0]["their_user"] == world.org.users["op1"]
    with Session(world.engine) as s:
        stored = s.exec(select(SyncConflict).where(SyncConflict.customer_id == cid)).all()
    assert [(k[0].field, k[0].mine, k[0].theirs) for k in stored] == [
        ("remarks", "from B", "from A")
    ]
    # resolve: B keeps theirs... no, B insists on mine: a new mutation based on A's value
    b.engine.resolve_conflict(conflicts[0]["id"], Choice.MINE)
    assert b.engine.conflicts() == []
    assert b.engine.sync().pushed == {"applied": 1}
    a.engine.sync()
    assert _server_row(world, cid).remarks == "from B"
    assert local_row(a, cid).remarks == "from B"


def test_retried_push_is_a_duplicate_not_a_second_apply(
    world: World, clients: list[Client]
) -> None:
    a = make_client(world, "op1")
    clients.append(a)
    a.engine.sync()
    cid = world.org.customers[2]
    edit(a, cid, landline="+420 601 234 567")
    from crm_desktop.sync import outbox

    with a.store.connection() as conn:
        batch = [p.mutation for p in outbox.pending(conn, 10)]
    first = a.transport.push(batch)
    again = a.transport.push(batch)  # the reply to the first was "lost"
    assert [r["status"] for r in first] == ["applied"]
    assert [r["status"] for r in again] == ["duplicate"]
    assert again[0]["seq"] == first[0]["seq"]
    report = a.engine.sync()
    assert report.pushed == {"duplicate": 1}
    assert a.engine.pending_count() == 0
    assert _server_row(world, cid).version == 2


def test_rejected_mutation_is_undelivered_and_does_not_block(
    world: World, clients: list[Client]
) -> None:
    a = make_client(world, "op1")
    clients.append(a)
    a.engine.sync()
    c1, c2 = world.org.customers[3], world.org.customers[4]
    edit(a, c1, email="not-an-email")
    edit(a, c2, city="Olomouc")
    report = a.engine.sync()
    assert report.pushed == {"rejected": 1, "applied": 1}
    undelivered = a.engine.undelivered()
    assert [(u["entity_id"], u["code"]) for u in undelivered] == [(c1, "validation_failed")]
    assert _server_row(world, c2).city == "Olomouc"
    assert a.engine.pending_count() == 0


def test_a_rejection_whose_reply_was_lost_stays_undelivered(
    world: World, clients: list[Client]
) -> None:
    a = make_client(world, "op1")
    clients.append(a)
    a.engine.sync()
    cid = world.org.customers[5]
    mid = edit(a, cid, email="still-not-an-email")
    from crm_desktop.sync import outbox

    with a.store.connection() as conn:
        batch = [p.mutation for p in outbox.pending(conn, 10)]
    first = a.transport.push(batch)  # the server answers "rejected"; the reply is "lost"
    assert [r["status"] for r in first] == ["rejected"]
    report = a.engine.sync()  # the retry is a duplicate of a rejection
    assert report.pushed == {"duplicate": 1}
    assert [(u["mutation_id"], u["code"]) for u in a.engine.undelivered()] == [
        (mid, "validation_failed")
    ]
    assert a.engine.pending_count() == 0
