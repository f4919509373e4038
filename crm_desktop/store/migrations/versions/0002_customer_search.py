"""Full-text search over customers: a contentless FTS5 table kept in step by triggers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

One FTS column per searchable field (``crm_protocol.fields.SEARCHABLE_FIELDS`` at this
revision; a test fails when the catalogue changes without a new migration). Values are indexed
in a search form, so what users type finds what was stored:

- names and cities: ``unicode61 remove_diacritics 2`` folds "Kraków" to "krakow", but not the
  letters without a Unicode decomposition, so Ł/ł and Ё/ё are folded here ("Łódź" → "lodz");
- identifiers: separators removed ("123-456-32-18" → "1234563218"), and a country prefix is
  also indexed without its letters ("CZ12345678" → "cz12345678 12345678");
- phones: digits only, plus the last nine digits (the national number in PL and CZ), so
  "601 234" finds "+48 601-234-567".

The view ``customer_search_source`` holds these rules once; triggers, the bulk path and a
rebuild all index from it. Contentless (``content=''``) keeps no second copy of the text;
``contentless_delete=1`` lets the triggers delete by rowid. Soft-deleted customers are not
indexed.
"""

# SQL here is assembled from this file's constant column names only, never from input.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

IDENTIFIER_COLUMNS = ("nip", "regon", "ico", "dic")
PHONE_COLUMNS = ("landline", "mobile")
COLUMNS = ("name", "nip", "regon", "ico", "dic", "city", "email", "landline", "mobile")
FOLDED = (("Ł", "L"), ("ł", "l"), ("Ё", "Е"), ("ё", "е"))
SEPARATORS = (" ", "-", ".", "/", "(", ")", "+", "\t")
NATIONAL_DIGITS = 9


def _replace_all(expr: str, pairs: Sequence[tuple[str, str]]) -> str:
    for old, new in pairs:
        expr = f"replace({expr}, '{old}', '{new}')"
    return expr


def _search_form(column: str, row: str) -> str:
    value = f"{row}.{column}"
    if column in PHONE_COLUMNS:
        digits = _replace_all(value, [(s, "") for s in SEPARATORS])
        return (
            f"{digits} || CASE WHEN length({digits}) > {NATIONAL_DIGITS}"
            f" THEN ' ' || substr({digits}, -{NATIONAL_DIGITS}) ELSE '' END"
        )
    if column in IDENTIFIER_COLUMNS:
        compact = _replace_all(value, [(s, "") for s in SEPARATORS])
        return (
            f"{compact} || CASE WHEN {compact} GLOB '[A-Za-z][A-Za-z]*'"
            f" THEN ' ' || substr({compact}, 3) ELSE '' END"
        )
    if column == "email":  # the tokenizer splits it at "@" and "."
        return value
    return _replace_all(value, FOLDED)  # name, city


SEARCH_COLUMNS = ", ".join(COLUMNS)
DEFERRED = "EXISTS (SELECT 1 FROM customer_search_deferred)"


def _index_rows(where: str) -> str:
    return (
        f"INSERT INTO customer_search (rowid, {SEARCH_COLUMNS})"
        f" SELECT customer_rowid, {SEARCH_COLUMNS} FROM customer_search_source WHERE {where};"
    )


def upgrade() -> None:
    """Create the FTS5 table, its source view, its triggers; index existing customers."""
    op.execute(
        f"CREATE VIRTUAL TABLE customer_search USING fts5({SEARCH_COLUMNS},"
        " content='', contentless_delete=1,"
        " tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    # The indexing rules in one place: what each live customer looks like to the index.
    forms = ", ".join(f"{_search_form(c, 'customers')} AS {c}" for c in COLUMNS)
    op.execute(
        "CREATE VIEW customer_search_source AS"
        f" SELECT customers.rowid AS customer_rowid, {forms}"
        " FROM customers WHERE customers.deleted = 0"
    )
    # Deferred mode (a row in customer_search_deferred, written inside a bulk transaction):
    # triggers only note the rowid, and the bulk path indexes all noted rows in one statement
    # at the end. Writing FTS5 from a per-row trigger is ~15x slower than one INSERT … SELECT
    # while cipher_memory_security is on (every allocation is locked and wiped).
    op.execute(
        "CREATE TABLE customer_search_deferred ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " max_rowid INTEGER NOT NULL)"  # rows above it were inserted while deferred
    )
    op.execute("CREATE TABLE customer_search_pending (customer_rowid INTEGER PRIMARY KEY)")
    watched = ", ".join((*COLUMNS, "deleted"))
    op.execute(
        "CREATE TRIGGER customer_search_insert AFTER INSERT ON customers"
        f" WHEN NOT {DEFERRED}"
        f" BEGIN {_index_rows('customer_rowid = NEW.rowid')} END"
    )
    op.execute(
        "CREATE TRIGGER customer_search_delete AFTER DELETE ON customers"
        f" WHEN NOT {DEFERRED}"
        " BEGIN DELETE FROM customer_search WHERE rowid = OLD.rowid; END"
    )
    # Fires only when a searchable column or the deleted flag is written, so sync updates of
    # other fields leave the index alone. Delete then insert: a contentless-delete table
    # cannot UPDATE a subset of its columns.
    op.execute(
        f"CREATE TRIGGER customer_search_update AFTER UPDATE OF {watched} ON customers"
        f" WHEN NOT {DEFERRED} BEGIN"
        " DELETE FROM customer_search WHERE rowid = OLD.rowid;"
        f" {_index_rows('customer_rowid = NEW.rowid')}"
        " END"
    )
    for event, row in (("INSERT", "NEW"), ("DELETE", "OLD")):
        op.execute(
            f"CREATE TRIGGER customer_search_defer_{event.lower()} AFTER {event} ON customers"
            f" WHEN {DEFERRED} BEGIN"
            f" INSERT OR IGNORE INTO customer_search_pending VALUES ({row}.rowid);"
            " END"
        )
    op.execute(
        f"CREATE TRIGGER customer_search_defer_update AFTER UPDATE OF {watched} ON customers"
        f" WHEN {DEFERRED} BEGIN"
        " INSERT OR IGNORE INTO customer_search_pending VALUES (OLD.rowid);"
        " END"
    )
    # Customers stored before this revision.
    op.execute(_index_rows("1"))


def downgrade() -> None:
    """The local store is a cache: it is never downgraded, only wiped and re-synced."""
    raise NotImplementedError
