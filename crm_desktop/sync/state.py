"""Key/value sync state in the local store (``sync_state``): cursor, epoch, lease, pin…"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.engine import Connection

from crm_desktop.models import SyncState

CURSOR = "cursor"
GROUPS = "groups"  # JSON list of the field groups the device holds
LEASE = "lease"  # JSON lease as the server signed it
LAST_SERVER_TIME = "last_server_time"  # ISO time of the newest server answer
PUBLIC_KEY = "server_public_key"  # pinned at first contact
KEY_ID = "server_key_id"
LAST_RECONCILE = "last_reconcile"  # ISO time (server clock) of the last reconcile
POLICY = "policy"  # JSON policy document
USER_ID = "user_id"
# Set once the device holds the entities that travel with rows and beside them (flags,
# comments, owner history, assignments, users): a store synced before that re-fetches its rows.
ENTITIES = "entities"

_TABLE = SyncState.__table__  # type: ignore[attr-defined]


def get(conn: Connection, key: str) -> str | None:
    """The value of ``key`` (``None`` when unset)."""
    value = conn.execute(select(_TABLE.c.value).where(_TABLE.c.key == key)).scalar_one_or_none()
    return None if value is None else str(value)


def put(conn: Connection, key: str, value: str | None) -> None:
    """Set ``key`` (in the caller's transaction)."""
    stmt = insert(_TABLE).values(key=key, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def get_json(conn: Connection, key: str) -> Any:
    """``get`` parsed as JSON (``None`` when unset)."""
    raw = get(conn, key)
    return None if raw is None else json.loads(raw)


def put_json(conn: Connection, key: str, value: Any) -> None:
    """``put`` the JSON form of ``value``."""
    put(conn, key, json.dumps(value, sort_keys=True))
