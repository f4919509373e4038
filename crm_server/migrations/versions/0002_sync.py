"""sync: applied mutation ids, conflicts, lease key, settings; change-log NOTIFY on PostgreSQL

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import crm_server.models.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION crm_change_log_notify() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('crm_changes', '');
    RETURN NULL;
END
$$ LANGUAGE plpgsql
"""
NOTIFY_TRIGGER = """
CREATE TRIGGER change_log_notify AFTER INSERT ON change_log
FOR EACH STATEMENT EXECUTE FUNCTION crm_change_log_notify()
"""


def upgrade() -> None:
    """Apply."""
    op.create_table(
        "sync_mutation",
        sa.Column("mutation_id", sa.String(), nullable=False),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("client_seq", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("applied_at", crm_server.models.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("mutation_id"),
    )
    op.create_index("ix_sync_mutation_user_id", "sync_mutation", ["user_id"])
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("base", sa.String(), nullable=True),
        sa.Column("mine", sa.String(), nullable=True),
        sa.Column("theirs", sa.String(), nullable=True),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("their_user", sa.String(), nullable=True),
        sa.Column("device_id", sa.String(), nullable=False),
        sa.Column("mutation_id", sa.String(), nullable=False),
        sa.Column("created_at", crm_server.models.types.UTCDateTime(), nullable=False),
        sa.Column("resolved_at", crm_server.models.types.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sync_conflict_customer_id", "sync_conflict", ["customer_id"])
    op.create_index("ix_sync_conflict_mutation_id", "sync_conflict", ["mutation_id"])
    op.create_table(
        "sync_server_key",
        sa.Column("key_id", sa.String(), nullable=False),
        sa.Column("private_key", sa.String(), nullable=False),
        sa.Column("public_key", sa.String(), nullable=False),
        sa.Column("created_at", crm_server.models.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key_id"),
    )
    op.create_table(
        "sync_setting",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    if op.get_bind().dialect.name == "postgresql":
        # Wake every server process's long-polls on any change-log insert (DESIGN.md §4).
        op.execute(NOTIFY_FUNCTION)
        op.execute(NOTIFY_TRIGGER)


def downgrade() -> None:
    """Revert."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS change_log_notify ON change_log")
        op.execute("DROP FUNCTION IF EXISTS crm_change_log_notify()")
    op.drop_table("sync_setting")
    op.drop_table("sync_server_key")
    op.drop_index("ix_sync_conflict_mutation_id", "sync_conflict")
    op.drop_index("ix_sync_conflict_customer_id", "sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_index("ix_sync_mutation_user_id", "sync_mutation")
    op.drop_table("sync_mutation")
