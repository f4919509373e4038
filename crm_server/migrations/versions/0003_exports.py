"""exports: export tickets and what the device reported (SECURITY.md T33/T34)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import crm_server.models.types

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Apply."""
    op.create_table(
        "exports",
        sa.Column("export_id", sa.String(), nullable=False),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("offline", sa.Boolean(), nullable=False),
        sa.Column("issued_at", crm_server.models.types.UTCDateTime(), nullable=False),
        sa.Column("reported_at", crm_server.models.types.UTCDateTime(), nullable=True),
        sa.Column("device_created_at", crm_server.models.types.UTCDateTime(), nullable=True),
        sa.Column("row_count_granted", sa.Integer(), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=True),
        sa.Column("columns", sa.JSON(), nullable=False),
        sa.Column("scope", sa.String(), nullable=False),
        sa.Column("device_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"]),
        sa.PrimaryKeyConstraint("export_id"),
    )
    with op.batch_alter_table("exports", schema=None) as batch_op:
        batch_op.create_index(
            "ix_exports_user_id_issued_at", ["user_id", "issued_at"], unique=False
        )


def downgrade() -> None:
    """Revert."""
    with op.batch_alter_table("exports", schema=None) as batch_op:
        batch_op.drop_index("ix_exports_user_id_issued_at")
    op.drop_table("exports")
