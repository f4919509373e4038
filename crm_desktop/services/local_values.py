"""Small device-local state in the encrypted store: JSON values by key in named spaces.

The ``local_values`` table (local migration 0005) holds what services keep on this device only:
the ARES cache and offline lookup queue, and the row keys that make a re-import idempotent.
It lives in the SQLCipher database like everything else, never in a plain file beside it.
``StoreValues`` is the ``JsonStorage`` of ``crm_desktop.services.dataio`` over one space.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import and_, delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.engine import Connection

from crm_desktop.models import utc_now
from crm_desktop.models.dataio import LocalValue
from crm_desktop.store.store import Store

_T = LocalValue.__table__  # type: ignore[attr-defined]
IN_LIMIT = 900  # keys in one IN (...) list, well under SQLite's parameter limit

ARES_CACHE_SPACE = "ares.cache"
ARES_QUEUE_SPACE = "ares.queue"
IMPORT_ROW_KEY_SPACE = "import.row_key"


def put_values(conn: Connection, space: str, values: Iterable[tuple[str, Any]]) -> None:
    """Insert or replace ``(key, value)`` pairs of ``space`` in the caller's transaction."""
    now = utc_now()
    rows = [{"space": space, "key": k, "value": v, "updated_at": now} for k, v in values]
    if not rows:
        return
    stmt = insert(_T)
    stmt = stmt.on_conflict_do_update(
        index_elements=[_T.c.space, _T.c.key],
        set_={"value": stmt.excluded.value, "updated_at": stmt.excluded.updated_at},
    )
    conn.execute(stmt, rows)


def get_values(conn: Connection, space: str, keys: Sequence[str]) -> dict[str, Any]:
    """The values of those of ``keys`` that ``space`` holds."""
    found: dict[str, Any] = {}
    for start in range(0, len(keys), IN_LIMIT):
        chunk = list(keys[start : start + IN_LIMIT])
        rows = conn.execute(
            select(_T.c.key, _T.c.value).where(and_(_T.c.space == space, _T.c.key.in_(chunk)))
        )
        found.update({str(k): v for k, v in rows})
    return found


class StoreValues:
    """``JsonStorage`` over one space of the store's ``local_values`` table.

    Each call is its own short transaction (writes take the store's write lock), so it may be
    used from any thread.
    """

    def __init__(self, store: Store, space: str) -> None:
        self._store = store
        self.space = space

    def get(self, key: str) -> Any:
        """The value under ``key`` or ``None``."""
        with self._store.connection() as conn:
            return get_values(conn, self.space, [key]).get(key)

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` under ``key``."""
        with self._store.connection(write=True) as conn:
            put_values(conn, self.space, [(key, value)])

    def put_many(self, values: Mapping[str, Any]) -> None:
        """Store several values in one transaction."""
        with self._store.connection(write=True) as conn:
            put_values(conn, self.space, values.items())

    def delete(self, key: str) -> None:
        """Remove ``key``."""
        with self._store.connection(write=True) as conn:
            conn.execute(delete(_T).where(and_(_T.c.space == self.space, _T.c.key == key)))

    def items(self) -> list[tuple[str, Any]]:
        """Every (key, value) of the space, in key order."""
        with self._store.connection() as conn:
            rows = conn.execute(
                select(_T.c.key, _T.c.value).where(_T.c.space == self.space).order_by(_T.c.key)
            )
            return [(str(k), v) for k, v in rows]

    def clear(self) -> None:
        """Remove every value of the space."""
        with self._store.connection(write=True) as conn:
            conn.execute(delete(_T).where(_T.c.space == self.space))

    def __len__(self) -> int:
        return len(self.items())
