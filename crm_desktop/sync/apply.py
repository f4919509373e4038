"""Apply what the server sent to the local store: rows, revokes, field revokes, definitions.

Everything here runs inside the caller's write transaction (one page and its cursor commit
together, DESIGN.md §4). Writes are set-based (Core ``executemany``), never the ORM.
A pulled row replaces every standard column: a field the caller may not see arrives absent
and is stored as NULL, so a hidden value can never linger. Local edits still waiting in the
outbox are laid over the server's values (they are pushed with their own base). A row's
flags, comments and owner history come with it and replace the held ones (``attachments``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import bindparam, delete, or_, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.engine import Connection

from crm_desktop.models import (
    Conflict,
    CustomAttributeBinding,
    CustomAttributeDefRow,
    Customer,
    CustomerCustomValue,
)
from crm_desktop.store import add_sort_keys
from crm_desktop.store.search import deferred_search_indexing
from crm_desktop.sync import outbox
from crm_desktop.sync.attachments import apply_attachments, revoke_flags_of
from crm_protocol.fields import FIELDS_BY_NAME, STANDARD_FIELDS
from crm_protocol.sync import Row

_C = Customer.__table__  # type: ignore[attr-defined]
_V = CustomerCustomValue.__table__  # type: ignore[attr-defined]
_D = CustomAttributeDefRow.__table__  # type: ignore[attr-defined]
_B = CustomAttributeBinding.__table__  # type: ignore[attr-defined]
_K = Conflict.__table__  # type: ignore[attr-defined]
STANDARD = tuple(f.name for f in STANDARD_FIELDS)
BULK_THRESHOLD = 500  # rows from which deferred search indexing pays off
CHUNK = 5000


def _chunks(items: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield list(items[start : start + CHUNK])


def _def_ids_by_field(conn: Connection) -> dict[str, str]:
    return {f"custom.{k}": i for i, k in conn.execute(select(_D.c.id, _D.c.key)).all()}


def _customer_params(row: Row, overlay: Mapping[str, Any]) -> dict[str, Any]:
    values = row["values"]
    params: dict[str, Any] = {name: values.get(name) for name in STANDARD}
    for name, value in overlay.items():
        if name in FIELDS_BY_NAME:
            params[name] = value
    params.update(
        id=row["id"],
        assignment_id=row["assignment_id"],
        owner_id=row["owner_id"],
        created_by=row["created_by"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        server_seq=row["seq"],
        verification_state=row["verification_state"] or "unverified",
        deleted=False,
    )
    return add_sort_keys(params)


def _indexing_deferred(conn: Connection) -> bool:
    """True when the store already defers search indexing in this transaction (newer stores
    do it for every write transaction; a second block inside would collide)."""
    return conn.exec_driver_sql("SELECT 1 FROM customer_search_deferred").first() is not None


@functools.lru_cache(maxsize=8)
def _update(columns: tuple[str, ...]) -> Any:
    """The whole-row UPDATE for one column set, built once (the same on every page)."""
    return (
        update(_C).where(_C.c.id == bindparam("row_id")).values({c: bindparam(c) for c in columns})
    )


def _existing(conn: Connection, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in _chunks(ids):
        found.update(conn.execute(select(_C.c.id).where(_C.c.id.in_(part))).scalars())
    return found


def _write(conn: Connection, params: list[dict[str, Any]]) -> set[str]:
    # Rows already held are UPDATEd and new ones INSERTed, never upserted: the search and sort
    # noting triggers use INSERT OR IGNORE, and SQLite runs a trigger's statements under the
    # conflict policy of the statement that fired it (sqlite.org/lang_createtrigger.html), so
    # under an upsert two triggers noting the same row abort it with a UNIQUE error.
    held = _existing(conn, [p["id"] for p in params])
    fresh = [p for p in params if p["id"] not in held]
    if fresh:
        conn.execute(insert(_C), fresh)
    again = [{**p, "row_id": p["id"]} for p in params if p["id"] in held]
    if again:
        columns = tuple(c for c in params[0] if c != "id")
        conn.execute(_update(columns), [{k: v for k, v in p.items() if k != "id"} for p in again])
    return held


def apply_rows(conn: Connection, rows: Sequence[Row]) -> None:
    """Insert or replace whole rows (in place: never DELETE+INSERT, which would cascade)."""
    if not rows:
        return
    overlay = outbox.pending_values(conn, [r["id"] for r in rows])
    params = [_customer_params(r, overlay.get(r["id"], {})) for r in rows]
    if len(rows) >= BULK_THRESHOLD and not _indexing_deferred(conn):
        with deferred_search_indexing(conn):
            held = _write(conn, params)
    else:
        held = _write(conn, params)
    _apply_custom(conn, rows, overlay)
    apply_attachments(conn, rows, held)


def _apply_custom(
    conn: Connection, rows: Sequence[Row], overlay: Mapping[str, Mapping[str, Any]]
) -> None:
    defs = _def_ids_by_field(conn)
    if not defs:
        return
    ids = [r["id"] for r in rows]
    for part in _chunks(ids):
        conn.execute(delete(_V).where(_V.c.customer_id.in_(part)))
    params = []
    for r in rows:
        values = {**r["values"], **overlay.get(r["id"], {})}
        for name, value in values.items():
            def_id = defs.get(name)
            if def_id is not None:
                params.append({"customer_id": r["id"], "def_id": def_id, "value": value})
    if params:
        conn.execute(insert(_V), params)


def revoke(conn: Connection, ids: Sequence[str]) -> None:
    """Remove records that left the device's scope, with everything hanging on them (custom
    values, flags, comments, owner history: their foreign keys cascade)."""
    for part in _chunks(list(ids)):
        conn.execute(delete(_C).where(_C.c.id.in_(part)))  # FKs cascade (deferred)
        conn.execute(delete(_K).where(_K.c.entity_id.in_(part)))
    outbox.drop_for(conn, list(ids))


def revoke_fields(conn: Connection, names: Sequence[str]) -> None:
    """Blank fields that became hidden on every row (and drop their conflicts)."""
    standard = [n for n in names if n in FIELDS_BY_NAME]
    if standard:
        held_any = or_(*(_C.c[n].is_not(None) for n in standard))
        conn.execute(update(_C).where(held_any).values(dict.fromkeys(standard)))
    custom = [n.removeprefix("custom.") for n in names if n.startswith("custom.")]
    if custom:
        def_ids = select(_D.c.id).where(_D.c.key.in_(custom))
        conn.execute(delete(_V).where(_V.c.def_id.in_(def_ids)))
    if names:
        conn.execute(delete(_K).where(_K.c.field.in_(list(names))))
        revoke_flags_of(conn, names)


def replace_defs(conn: Connection, defs: Sequence[Mapping[str, Any]]) -> None:
    """Make the local custom attribute definitions exactly the visible ones."""
    keep = [d["id"] for d in defs]
    conn.execute(delete(_D).where(_D.c.id.not_in(keep)))  # values and bindings cascade
    for d in defs:
        stmt = insert(_D).values(
            id=d["id"],
            key=d["key"],
            label=d["label"],
            type=d["type"],
            group=d["group"],
            choices=list(d["choices"]),
            required=bool(d["required"]),
        )
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["id"],
                set_={
                    "key": stmt.excluded.key,
                    "label": stmt.excluded.label,
                    "type": stmt.excluded.type,
                    "group": stmt.excluded.group,
                    "choices": stmt.excluded.choices,
                    "required": stmt.excluded.required,
                },
            )
        )
        conn.execute(delete(_B).where(_B.c.def_id == d["id"]))
        bindings = [{"def_id": d["id"], "assignment_id": a} for a in d["assignment_ids"]]
        if bindings:
            conn.execute(insert(_B), bindings)


def held(conn: Connection) -> list[tuple[str, int | None]]:
    """``[id, server_seq]`` of every record on the device (for reconcile)."""
    rows = conn.execute(select(_C.c.id, _C.c.server_seq).order_by(_C.c.id)).all()
    return [(str(i), None if s is None else int(s)) for i, s in rows]


def set_field(conn: Connection, entity_id: str, name: str, value: str | None) -> None:
    """Set one field of one local record (conflict resolution)."""
    if name in FIELDS_BY_NAME:
        conn.execute(update(_C).where(_C.c.id == entity_id).values({name: value}))
        return
    def_id = _def_ids_by_field(conn).get(name)
    if def_id is None:
        return
    stmt = insert(_V).values(customer_id=entity_id, def_id=def_id, value=value)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["customer_id", "def_id"], set_={"value": stmt.excluded.value}
        )
    )
