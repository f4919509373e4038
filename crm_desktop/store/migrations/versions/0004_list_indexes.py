"""Indexes the customer list needs on a million rows.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

The list asks for the keys of live customers in name order (``WHERE deleted = 0 ORDER BY name,
rowid``): without an index whose WHERE matches, SQLite read every row and sorted (15 s on 1M
rows). The region filter lists ``DISTINCT region``, which a region index answers without
touching the table.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the partial name index and the region index."""
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_customers_live_name ON customers (name) WHERE deleted = 0"
    )
    op.execute("CREATE INDEX IF NOT EXISTS ix_customers_region ON customers (region)")


def downgrade() -> None:
    """The local store is a cache: it is never downgraded, only wiped and re-synced."""
    raise NotImplementedError
