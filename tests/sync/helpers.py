"""Local edits as the customer service makes them: the row and its outbox entry, one commit."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import select, update

from crm_desktop.models import Customer
from crm_desktop.sync import outbox, state
from crm_protocol.sync import Cursor, MutationOp
from tests.sync.conftest import Client, World

_C = Customer.__table__


def edit(client: Client, customer_id: str, **values: str | None) -> str:
    """Change fields of one local record and queue the mutation in the same transaction."""
    with client.store.connection(write=True) as conn:
        row = conn.execute(select(_C).where(_C.c.id == customer_id)).one()
        fields = {n: {"base": getattr(row, n), "value": v} for n, v in values.items()}
        conn.execute(update(_C).where(_C.c.id == customer_id).values(**values))
        return outbox.record(conn, entity_id=customer_id, op=MutationOp.UPDATE, fields=fields)


def local_row(client: Client, customer_id: str) -> Any:
    """The local row (or None)."""
    with client.store.connection() as conn:
        return conn.execute(select(_C).where(_C.c.id == customer_id)).first()


def local_ids(client: Client) -> set[str]:
    """Ids of every local customer."""
    with client.store.connection() as conn:
        return {r[0] for r in conn.execute(select(_C.c.id)).all()}


def eventually(check: Callable[[], bool], timeout: float = 20.0, every: float = 0.02) -> None:
    """Poll ``check`` until it holds; fail after ``timeout`` seconds (a convergence deadline,
    not a timing assertion: generous on purpose)."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(every)


def admin_edit(world: World, customer_id: str, **values: str | None) -> None:
    """Change fields on the server through the REST API, as the administrator."""
    r = world.admin().patch(f"/customers/{customer_id}", json={"values": values})
    assert r.status_code == 200, r.text


def stored_cursor(client: Client) -> Cursor:
    """The cursor the client has committed."""
    with client.store.connection() as conn:
        text = state.get(conn, state.CURSOR)
    assert text is not None
    return Cursor.decode(text)
