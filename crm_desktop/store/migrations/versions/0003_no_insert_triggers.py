"""Index new customers at the end of each write transaction, not from a per-row trigger.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

With ``cipher_memory_security=ON`` every trigger firing allocates (and so locks and wipes) a
VDBE frame: about 100-150 µs per row even when the trigger's WHEN clause is false, which made a
100k-customer initial sync take minutes. Every write transaction of the store now runs in
deferred-indexing mode (``crm_desktop.store.search.deferred_search_indexing``): rows inserted in
it are found by rowid (above the largest rowid at its start) and indexed in one statement at its
end, so inserts need no trigger at all. Updates and deletes keep their (cheaper, rarer) noting
triggers. See docs/adr/0004-search-indexing-and-memory-security.md.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Drop the two per-row insert triggers."""
    op.execute("DROP TRIGGER IF EXISTS customer_search_insert")
    op.execute("DROP TRIGGER IF EXISTS customer_search_defer_insert")


def downgrade() -> None:
    """The local store is a cache: it is never downgraded, only wiped and re-synced."""
    raise NotImplementedError
