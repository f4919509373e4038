"""Locale-aware sort keys for the customer list (crm_desktop.store.collation).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

Adds ``name_key``, ``city_key`` and ``region_key``, fills them for the rows already stored, and
orders the list's partial index by ``name_key`` instead of ``name``. Writes keep the keys
through the deferred indexing of every write transaction; a region change now marks its row
for that too (region is not a searchable column, so the search trigger did not watch it).

The deferred-mode update trigger is recreated, not joined by a second one: SQLite runs a
trigger's statements under the conflict rule of the statement that fired it, so inside an
upsert (``INSERT … ON CONFLICT DO UPDATE``) an ``INSERT OR IGNORE`` becomes a plain INSERT, and
two triggers noting the same row failed with a UNIQUE error. The one trigger also checks for
the row itself instead of relying on OR IGNORE.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from crm_desktop.store.collation import sort_key

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEFERRED = "EXISTS (SELECT 1 FROM customer_search_deferred)"
# The searchable columns of migration 0002 (its update triggers watch them).
SEARCH_COLUMNS = ("name", "nip", "regon", "ico", "dic", "city", "email", "landline", "mobile")
BATCH = 5_000


def upgrade() -> None:
    """Add and fill the key columns; re-point the list index."""
    for column in ("name_key", "city_key", "region_key"):
        op.add_column("customers", sa.Column(column, sa.String(), nullable=True))
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.exec_driver_sql(
            "SELECT rowid, name, city, region FROM customers WHERE rowid > ? ORDER BY rowid"
            " LIMIT ?",
            (last, BATCH),
        ).all()
        if not rows:
            break
        conn.exec_driver_sql(
            "UPDATE customers SET name_key = ?, city_key = ?, region_key = ? WHERE rowid = ?",
            [(sort_key(r[1]), sort_key(r[2]), sort_key(r[3]), r[0]) for r in rows],
        )
        last = rows[-1][0]
    op.execute("DROP INDEX IF EXISTS ix_customers_live_name")
    op.execute("CREATE INDEX ix_customers_live_name_key ON customers (name_key) WHERE deleted = 0")
    watched = ", ".join((*SEARCH_COLUMNS, "deleted", "region"))
    op.execute("DROP TRIGGER IF EXISTS customer_search_defer_update")
    op.execute(
        f"CREATE TRIGGER customer_search_defer_update AFTER UPDATE OF {watched} ON customers"  # noqa: S608
        f" WHEN {DEFERRED} BEGIN"
        " INSERT INTO customer_search_pending SELECT OLD.rowid WHERE NOT EXISTS"
        " (SELECT 1 FROM customer_search_pending WHERE customer_rowid = OLD.rowid);"
        " END"
    )


def downgrade() -> None:
    """The local store is a cache: it is never downgraded, only wiped and re-synced."""
    raise NotImplementedError
