"""Whole rows as one caller may see them, read set-based (SQLAlchemy Core, no ORM objects).

A row carries its flags, comment thread and owner history (``sync.attachments``), so they
reach a device with their row and leave it with the row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import func
from sqlmodel import Session, col, select

from crm_protocol.custom_attributes import CustomAttributeDef
from crm_protocol.fields import FieldGroup
from crm_protocol.sync import ENTITY_CUSTOMER, Row
from crm_server.models import ChangeLog, Customer, CustomValue
from crm_server.sync.attachments import load_attachments
from crm_server.sync.scope import SyncScope

CHUNK = 5000  # ids per IN list: far below every backend's parameter limit
_META = ("id", "assignment_id", "owner_id", "created_by", "created_at", "updated_at", "version")


def _iso(value: datetime) -> str:
    return value.isoformat()


def chunks(ids: Sequence[str], size: int = CHUNK) -> Iterable[Sequence[str]]:
    """``ids`` in slices of at most ``size``."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def in_scope_ids(session: Session, scope: SyncScope, ids: Sequence[str]) -> set[str]:
    """Which of ``ids`` are in the caller's offline scope now."""
    found: set[str] = set()
    for part in chunks(ids):
        stmt = select(Customer.id).where(col(Customer.id).in_(part), scope.clause)
        found.update(session.execute(stmt).scalars().all())
    return found


def all_in_scope_ids(session: Session, scope: SyncScope) -> list[str]:
    """Every id in the caller's offline scope."""
    stmt = select(Customer.id).where(scope.clause).order_by(Customer.id)
    return list(session.execute(stmt).scalars().all())


def latest_seqs(session: Session, ids: Sequence[str]) -> dict[str, int]:
    """The newest change-log seq of each record (records never logged are absent)."""
    seqs: dict[str, int] = {}
    for part in chunks(ids):
        stmt = (
            select(ChangeLog.entity_id, func.max(ChangeLog.seq))
            .where(col(ChangeLog.entity) == ENTITY_CUSTOMER, col(ChangeLog.entity_id).in_(part))
            .group_by(ChangeLog.entity_id)
        )
        seqs.update({str(i): int(s) for i, s in session.execute(stmt).all()})
    return seqs


def _custom_values(
    session: Session, ids: Sequence[str], defs: Mapping[str, CustomAttributeDef]
) -> dict[str, dict[str, str | None]]:
    values: dict[str, dict[str, str | None]] = {}
    if not defs:
        return values
    stmt = select(CustomValue.customer_id, CustomValue.attribute_id, CustomValue.value).where(
        col(CustomValue.customer_id).in_(ids), col(CustomValue.attribute_id).in_(list(defs))
    )
    for cid, aid, value in session.execute(stmt).all():
        values.setdefault(cid, {})[aid] = value
    return values


def render_rows(
    session: Session, scope: SyncScope, ids: Sequence[str], seqs: Mapping[str, int]
) -> list[Row]:
    """The in-scope rows among ``ids``, hidden fields left out; ``seqs`` gives each row's seq."""
    visible = scope.visible_standard
    sees_state = FieldGroup.VERIFICATION in scope.visible_groups
    columns: list[Any] = [getattr(Customer, n) for n in (*_META, *visible)]
    if sees_state:
        columns.append(col(Customer.verification_state))
    defs = {d.id: d for d in scope.visible_defs()}
    rows: list[Row] = []
    n_meta, n_vis = len(_META), len(visible)
    for part in chunks(ids):
        stmt = sa.select(*columns).where(col(Customer.id).in_(part), scope.clause)
        result = session.execute(stmt).all()
        found = [r[0] for r in result]
        custom = _custom_values(session, found, defs)
        extra = load_attachments(session, scope, found)
        for r in result:
            values: dict[str, str | None] = dict(
                zip(visible, r[n_meta : n_meta + n_vis], strict=True)
            )
            held = custom.get(r[0], {})
            for d in defs.values():
                if d.applies_to(r[1]):
                    values[d.field_name] = held.get(d.id)
            rows.append(
                {
                    "id": r[0],
                    "assignment_id": r[1],
                    "owner_id": r[2],
                    "created_by": r[3],
                    "created_at": _iso(r[4]),
                    "updated_at": _iso(r[5]),
                    "version": r[6],
                    "seq": seqs.get(r[0], 0),
                    "verification_state": r[n_meta + n_vis] if sees_state else None,
                    "values": values,
                    "flags": extra.flags.get(r[0], []),
                    "comments": extra.comments.get(r[0], []),
                    "owners": extra.owners.get(r[0], []),
                }
            )
    return rows


def row_user_ids(rows: Iterable[Row]) -> set[str]:
    """Every user the rows name: owners, creators, and those of their attachments."""
    found: set[str] = set()
    for r in rows:
        found.update((r["owner_id"], r["created_by"]))
        for f in r.get("flags", []):
            found.add(f["verifier_id"])
        for c in r.get("comments", []):
            found.add(c["author_id"])
        for o in r.get("owners", []):
            found.update((o["owner_id"], o["changed_by"]))
            if o["previous_owner_id"] is not None:
                found.add(o["previous_owner_id"])
    return found
