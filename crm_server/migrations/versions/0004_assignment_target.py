"""assignment target: records an operator should enter per day

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Apply."""
    op.add_column("assignment", sa.Column("target_per_day", sa.Integer(), nullable=True))


def downgrade() -> None:
    """Revert."""
    with op.batch_alter_table("assignment") as batch:
        batch.drop_column("target_per_day")
