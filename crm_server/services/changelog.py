"""The change log: one row per committed change, with a strictly increasing ``seq``.

On PostgreSQL a sequence value is taken at insert time, not at commit, so two concurrent
transactions could commit out of seq order and a reader polling ``seq > cursor`` would skip the
later-committing lower seq forever. Every writer therefore takes one transaction-level advisory
lock before it inserts: writers of the change log are serialised, seq order equals commit order.
SQLite allows one writer at a time, which gives the same guarantee.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlmodel import Session

from crm_server.models import ChangeLog

CHANGELOG_LOCK_KEY = 0x43524D_4348  # "CRM" "CH"


def lock_change_log(session: Session) -> None:
    """Take the change-log writer lock for the rest of this transaction (PostgreSQL only)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": CHANGELOG_LOCK_KEY})


def record_change(
    session: Session,
    entity: str,
    entity_id: str,
    op: str,
    *,
    actor_id: str | None,
    assignment_id: str | None = None,
    fields: Iterable[str] = (),
) -> None:
    """Log one change in the caller's transaction. Call it late: the lock lasts until commit."""
    lock_change_log(session)
    session.add(
        ChangeLog(
            entity=entity,
            entity_id=entity_id,
            op=op,
            actor_id=actor_id,
            assignment_id=assignment_id,
            fields=sorted(fields),
        )
    )
