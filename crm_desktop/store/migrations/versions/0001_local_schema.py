"""The local schema: customers, assignments, users, verification, custom attributes, sync.

Revision ID: 0001
Revises: -
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade the local schema."""
    op.create_table(
        "assignments",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("instructions", sa.String(), nullable=True),
        sa.Column("territory", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("principal_id", sa.String(), nullable=True),
        sa.Column("coordinator_id", sa.String(), nullable=True),
        sa.Column("target_per_day", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "status = 'open' OR status = 'closed_for_operators' OR status = 'closed'",
            name="ck_assignments_status",
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("base", sa.String(), nullable=True),
        sa.Column("mine", sa.String(), nullable=True),
        sa.Column("theirs", sa.String(), nullable=True),
        sa.Column("their_user", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_conflicts_entity", "conflicts", ["entity_id", "resolved"], unique=False)

    op.create_table(
        "custom_attribute_defs",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("group", sa.String(), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "type = 'text' OR type = 'number' OR type = 'date' OR type = 'choice'"
            " OR type = 'boolean'",
            name="ck_custom_attribute_defs_type",
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    op.create_table(
        "customers",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=True),
        sa.Column("nip", sa.String(), nullable=True),
        sa.Column("regon", sa.String(), nullable=True),
        sa.Column("pkd", sa.String(), nullable=True),
        sa.Column("ico", sa.String(), nullable=True),
        sa.Column("dic", sa.String(), nullable=True),
        sa.Column("street", sa.String(), nullable=True),
        sa.Column("building_number", sa.String(), nullable=True),
        sa.Column("postal_code", sa.String(), nullable=True),
        sa.Column("city", sa.String(), nullable=True),
        sa.Column("region", sa.String(), nullable=True),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("business_activity", sa.String(), nullable=True),
        sa.Column("employment_level", sa.String(), nullable=True),
        sa.Column("website", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("landline", sa.String(), nullable=True),
        sa.Column("mobile", sa.String(), nullable=True),
        sa.Column("fax", sa.String(), nullable=True),
        sa.Column("data_source_1", sa.String(), nullable=True),
        sa.Column("data_source_2", sa.String(), nullable=True),
        sa.Column("data_source_3", sa.String(), nullable=True),
        sa.Column("data_source_4", sa.String(), nullable=True),
        sa.Column("remarks", sa.String(), nullable=True),
        sa.Column("purchase_price", sa.String(), nullable=True),
        sa.Column("margin", sa.String(), nullable=True),
        sa.Column("assignment_id", sa.String(), nullable=True),
        sa.Column("owner_id", sa.String(), nullable=True),
        sa.Column("created_by", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(), nullable=False),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("verification_state", sa.String(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "verification_state = 'unverified' OR verification_state = 'pending'"
            " OR verification_state = 'approved' OR verification_state = 'rejected'",
            name="ck_customers_verification_state",
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_customers_assignment_creator_time",
        "customers",
        ["assignment_id", "created_by", "created_at"],
        unique=False,
    )
    op.create_index("ix_customers_name", "customers", ["name"], unique=False)
    op.create_index("ix_customers_owner_id", "customers", ["owner_id"], unique=False)
    op.create_index("ix_customers_updated_at", "customers", ["updated_at"], unique=False)
    op.create_index(
        "ix_customers_verification_state", "customers", ["verification_state"], unique=False
    )

    op.create_table(
        "outbox",
        sa.Column("client_seq", sa.Integer(), nullable=False),
        sa.Column("mutation_id", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("op", sa.String(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(), nullable=True),
        sa.CheckConstraint("op = 'create' OR op = 'update' OR op = 'delete'", name="ck_outbox_op"),
        sa.CheckConstraint(
            "state = 'pending' OR state = 'sent' OR state = 'rejected'", name="ck_outbox_state"
        ),
        sa.PrimaryKeyConstraint("client_seq"),
        sa.UniqueConstraint("mutation_id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_outbox_entity_id", "outbox", ["entity_id"], unique=False)
    op.create_index("ix_outbox_state_seq", "outbox", ["state", "client_seq"], unique=False)

    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("login", sa.String(), nullable=False),
        sa.Column("display_name", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("team_id", sa.String(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_users_login", "users", ["login"], unique=False)
    op.create_index("ix_users_team_id", "users", ["team_id"], unique=False)

    op.create_table(
        "assignment_members",
        sa.Column("assignment_id", sa.String(), nullable=False),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.CheckConstraint(
            "role = 'supervisor' OR role = 'operator' OR role = 'verifier'",
            name="ck_assignment_members_role",
        ),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["assignments.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("assignment_id", "user_id", "role"),
    )
    op.create_index(
        "ix_assignment_members_user_id", "assignment_members", ["user_id"], unique=False
    )

    op.create_table(
        "custom_attribute_bindings",
        sa.Column("def_id", sa.String(), nullable=False),
        sa.Column("assignment_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["def_id"],
            ["custom_attribute_defs.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("def_id", "assignment_id"),
    )
    op.create_index(
        "ix_custom_attribute_bindings_assignment_id",
        "custom_attribute_bindings",
        ["assignment_id"],
        unique=False,
    )

    op.create_table(
        "customer_custom_values",
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("def_id", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["def_id"],
            ["custom_attribute_defs.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("customer_id", "def_id"),
    )
    op.create_table(
        "owner_history",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=True),
        sa.Column("valid_from", sa.String(), nullable=False),
        sa.Column("valid_to", sa.String(), nullable=True),
        sa.Column("changed_by", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_owner_history_customer_from",
        "owner_history",
        ["customer_id", "valid_from"],
        unique=False,
    )

    op.create_table(
        "verification_comments",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("author_id", sa.String(), nullable=True),
        sa.Column("body", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_verification_comments_customer_time",
        "verification_comments",
        ["customer_id", "created_at"],
        unique=False,
    )

    op.create_table(
        "verification_flags",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("reason_code", sa.String(), nullable=False),
        sa.Column("comment", sa.String(), nullable=True),
        sa.Column("verifier_id", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            ondelete="CASCADE",
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_verification_flags_customer",
        "verification_flags",
        ["customer_id", "resolved"],
        unique=False,
    )


def downgrade() -> None:
    """The local store is a cache: it is never downgraded, only wiped and re-synced."""
    raise NotImplementedError
