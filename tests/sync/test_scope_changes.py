"""Scope changes reach devices at their next sync: reassignment, role change (field revoke),
closing an assignment, deactivation (the device wipes itself). We open the encrypted file with
its key and look (SECURITY.md T19, T20, T26)."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlmodel import Session

from crm_desktop import paths
from crm_desktop.security.errors import SecurityError
from crm_desktop.store import open_store
from crm_desktop.sync.errors import WipeRequired
from crm_server.models import AuditEvent
from tests.sync.conftest import Client, World, make_client
from tests.sync.helpers import edit, local_ids, local_row


def _margins(c: Client) -> list[str]:
    """Every non-null margin on the device, read through a fresh connection to the file."""
    store = open_store(c.db_path, c.key)
    try:
        with store.connection() as conn:
            return [
                r[0] for r in conn.exec_driver_sql("SELECT margin FROM customers").all() if r[0]
            ]
    finally:
        store.close()


def test_reassignment_moves_rows_on_and_off_the_device(world: World, clients: list[Client]) -> None:
    op1 = make_client(world, "op1")
    clients.append(op1)
    op1.engine.sync()
    a2_row = world.org.customers[25]
    assert a2_row not in local_ids(op1)
    admin = world.admin()
    r = admin.put(f"/customers/{a2_row}/owner", json={"owner_id": world.org.users["op1"]})
    assert r.status_code == 200, r.text
    op1.engine.sync()
    assert local_row(op1, a2_row).name.startswith("Firma a2")  # entered whole
    r = admin.put(f"/customers/{a2_row}/owner", json={"owner_id": world.org.users["op3"]})
    assert r.status_code == 200
    report = op1.engine.sync()
    assert report.revoked == 1
    assert a2_row not in local_ids(op1)


def test_role_change_grants_then_revokes_fields_and_rows(
    world: World, clients: list[Client]
) -> None:
    op2 = make_client(world, "op2")
    clients.append(op2)
    op2.engine.sync()
    assert _margins(op2) == []
    admin = world.admin()
    uid = world.org.users["op2"]
    assert admin.put(f"/users/{uid}/roles", json={"roles": ["administrator"]}).status_code == 200
    report = op2.engine.sync()
    assert report.reconciled
    assert len(_margins(op2)) >= 40  # commercial visible and scope "all": every row, whole
    assert set(world.org.customers) <= local_ids(op2)
    assert admin.put(f"/users/{uid}/roles", json={"roles": ["operator"]}).status_code == 200
    op2.engine.sync()
    assert _margins(op2) == []  # field revoke
    assert not (set(world.org.customers[20:]) & local_ids(op2))  # a2 rows revoked


def test_closing_an_assignment_removes_its_rows(world: World, clients: list[Client]) -> None:
    op3 = make_client(world, "op3")
    clients.append(op3)
    op3.engine.sync()
    a2_rows = set(world.org.customers[20:]) - {world.org.customers[25]}
    assert a2_rows <= local_ids(op3)
    coord_like = world.admin()
    r = coord_like.post(f"/assignments/{world.org.assignments['a2']}/close")
    assert r.status_code == 200, r.text
    op3.engine.sync()
    assert not (a2_rows & local_ids(op3))
    r = coord_like.post(f"/assignments/{world.org.assignments['a2']}/reopen")
    assert r.status_code == 200
    op3.engine.sync()
    assert a2_rows <= local_ids(op3)


def test_deactivated_users_device_wipes_itself(world: World, clients: list[Client]) -> None:
    sup = make_client(world, "sup")
    clients.append(sup)
    sup.engine.sync()
    edit(sup, world.org.customers[5], remarks="last words")
    db = sup.db_path
    assert db.exists()
    admin = world.admin()
    r = admin.post(f"/users/{world.org.users['sup']}/deactivate", json={})
    assert r.status_code == 200, r.text
    with pytest.raises(WipeRequired):
        sup.engine.sync()
    assert not db.exists()
    assert not paths.vault_path(sup.profile.id, create=False).exists()
    with pytest.raises(SecurityError):
        sup.keyring.get_secret(sup.profile.id)  # crypto-shredded
    with Session(world.engine) as s:
        acks = s.exec(
            select(AuditEvent).where(AuditEvent.action == "wipe_ack")  # type: ignore[arg-type]
        ).all()
    assert any(a[0].device_id == sup.transport.device_id for a in acks)
