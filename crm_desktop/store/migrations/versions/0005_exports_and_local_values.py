"""Pending export reports and the local key/value space (ARES cache and offline queue).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create ``pending_exports`` and ``local_values``."""
    op.create_table(
        "pending_exports",
        sa.Column("export_id", sa.String(), nullable=False),
        sa.Column("offline", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("columns", sa.JSON(), nullable=False),
        sa.Column("scope", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(), nullable=True),
        sa.CheckConstraint(
            "state = 'pending' OR state = 'reported'", name="ck_pending_exports_state"
        ),
        sa.PrimaryKeyConstraint("export_id"),
    )
    op.create_index("ix_pending_exports_state", "pending_exports", ["state"])
    op.create_table(
        "local_values",
        sa.Column("space", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("space", "key"),
    )


def downgrade() -> None:
    """The local store is a cache: it is never downgraded, only wiped and re-synced."""
    raise NotImplementedError
