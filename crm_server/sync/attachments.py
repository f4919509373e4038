"""What travels with a customer row: verifier flags, the comment thread, the owner history.

They are read set-based for a chunk of rows already filtered to the caller's scope, so they
reach a device exactly when their row does and leave it with the row. Flags and comments
belong to the verification field group: a caller who cannot see it gets none, and a flag
naming a field the caller cannot see is left out (its name and comment would reveal it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlmodel import Session, col

from crm_protocol.sync import CommentRow, FlagRow, OwnerRow
from crm_server.models import CustomerComment, OwnerHistory, VerificationFlag
from crm_server.sync.scope import SyncScope


def sortable_time(value: datetime) -> str:
    """A UTC time as the local store keeps it: ``2026-01-02T03:04:05.000006Z`` (sorts as text)."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class Attachments:
    """Flags, comments and owner history of some rows, by customer id, oldest first."""

    flags: dict[str, list[FlagRow]] = field(default_factory=dict)
    comments: dict[str, list[CommentRow]] = field(default_factory=dict)
    owners: dict[str, list[OwnerRow]] = field(default_factory=dict)


def _flags(session: Session, scope: SyncScope, ids: Sequence[str], into: Attachments) -> None:
    visible = scope.visible_field_names()
    f = VerificationFlag
    stmt = (
        sa.select(
            col(f.customer_id),
            col(f.id),
            col(f.field),
            col(f.reason),
            col(f.comment),
            col(f.verifier_id),
            col(f.created_at),
            col(f.resolved_at),
        )
        .where(col(f.customer_id).in_(ids))
        .order_by(col(f.id))
    )
    for cid, fid, name, reason, comment, verifier, created, resolved in session.execute(stmt):
        if name not in visible:
            continue
        into.flags.setdefault(cid, []).append(
            {
                "id": str(fid),
                "field": name,
                "reason": reason,
                "comment": comment,
                "verifier_id": verifier,
                "created_at": sortable_time(created),
                "resolved": resolved is not None,
            }
        )


def _comments(session: Session, ids: Sequence[str], into: Attachments) -> None:
    c = CustomerComment
    stmt = (
        sa.select(col(c.customer_id), col(c.id), col(c.author_id), col(c.body), col(c.created_at))
        .where(col(c.customer_id).in_(ids))
        .order_by(col(c.id))
    )
    for cid, mid, author, body, created in session.execute(stmt):
        into.comments.setdefault(cid, []).append(
            {
                "id": str(mid),
                "author_id": author,
                "body": body,
                "created_at": sortable_time(created),
            }
        )


def _owners(session: Session, ids: Sequence[str], into: Attachments) -> None:
    h = OwnerHistory
    stmt = (
        sa.select(
            col(h.customer_id),
            col(h.id),
            col(h.owner_id),
            col(h.previous_owner_id),
            col(h.changed_by),
            col(h.changed_at),
        )
        .where(col(h.customer_id).in_(ids))
        .order_by(col(h.id))
    )
    for cid, hid, owner, previous, changed_by, changed_at in session.execute(stmt):
        into.owners.setdefault(cid, []).append(
            {
                "id": str(hid),
                "owner_id": owner,
                "previous_owner_id": previous,
                "changed_by": changed_by,
                "changed_at": sortable_time(changed_at),
            }
        )


def load_attachments(session: Session, scope: SyncScope, ids: Sequence[str]) -> Attachments:
    """The attachments of ``ids`` (rows the caller may hold: the caller filters by scope)."""
    found = Attachments()
    if not ids:
        return found
    if scope.sees_verification:
        _flags(session, scope, ids, found)
        _comments(session, ids, found)
    _owners(session, ids, found)
    return found
