"""Indexes for the home page: my rejected rows, newest first; records I entered today.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22

``WHERE owner_id = ? AND verification_state = 'rejected' ORDER BY updated_at DESC`` had only
single-column indexes to choose from and read every row the operator owns (119 ms on 30k
rows, on the UI thread, after every sync). Outside an assignment, "records I entered today"
(``created_by = ? AND created_at >= ?``) had none at all: SQLite walked the partial name index
over every row (2.3 s on 100k rows, most of the main window's cold start on a large store).
With these indexes each is one range read.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the indexes."""
    op.create_index(
        "ix_customers_owner_state_time",
        "customers",
        ["owner_id", "verification_state", "updated_at"],
    )
    op.create_index("ix_customers_creator_time", "customers", ["created_by", "created_at"])


def downgrade() -> None:
    """The local store is a cache: it is never downgraded, only wiped and re-synced."""
    raise NotImplementedError
