"""Customer full-text search: user text in, a safe FTS5 query out, customer ids back.

The index (``customer_search``, migration 0002) stores names and cities folded, identifiers
without separators and phones as digits; this module applies the same folding to what the
user types. Every token is quoted, so FTS5 syntax in user text (``OR``, ``NEAR``, ``*``,
``"``, ``:``, ``^``, parentheses) is just text and cannot change the query.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from crm_desktop.store.collation import SORT_KEY_COLUMNS, sort_key

# Letters that ``unicode61 remove_diacritics 2`` leaves alone (no Unicode decomposition);
# migration 0002 folds the same ones when indexing.
FOLDED = {"Ł": "L", "ł": "l", "Ё": "Е", "ё": "е"}
MAX_TOKENS = 8
MAX_TOKEN_LENGTH = 64

_FOLD_TABLE = str.maketrans(FOLDED)
# What unicode61 treats as token characters: letters and digits (not "_").
_TOKEN = re.compile(r"[^\W_]+")
# A number written with separators ("601-234-567", "+48 601 234 567", "123.456.32.18"), standing
# as words of its own: "6dc4-2b95" is not a number.
_NUMBER = re.compile(r"(?<![^\W_])\d(?:[\d\s\-./()+]*\d)?(?![^\W_])")

_SEARCH_SQL = text(
    "SELECT c.id FROM customer_search AS s CROSS JOIN customers AS c ON c.rowid = s.rowid"
    " WHERE customer_search MATCH :match LIMIT :limit"
)
_RANKED_SQL = text(
    "SELECT c.id FROM customer_search AS s CROSS JOIN customers AS c ON c.rowid = s.rowid"
    " WHERE customer_search MATCH :match ORDER BY s.rank LIMIT :limit"
)


def search_terms(query: str) -> list[tuple[str, ...]]:
    """What ``query`` is searched by: one group per word, at most 8, every group required.

    A group is one token, or for a number written with separators, the digits joined first and
    the separate parts after (``"601 234"`` → ``("601234", "601", "234")``): the index stores
    phones and identifiers as digits, while other text keeps its own words.
    """
    folded = query.translate(_FOLD_TABLE)
    groups: list[tuple[str, ...]] = []
    position = 0
    for number in _NUMBER.finditer(folded):
        groups += [(t,) for t in _TOKEN.findall(folded[position : number.start()])]
        parts = tuple(_TOKEN.findall(number.group()))
        groups.append(parts if len(parts) == 1 else ("".join(parts), *parts))
        position = number.end()
    groups += [(t,) for t in _TOKEN.findall(folded[position:])]
    return [tuple(t[:MAX_TOKEN_LENGTH] for t in g) for g in groups[:MAX_TOKENS]]


def _prefix(token: str) -> str:
    # Tokens hold only letters and digits, so they cannot contain a quote.
    return f'"{token}"*'


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: every token quoted and prefix-matched, every group required.

    ``None`` when ``query`` has nothing to search for.
    """
    clauses = []
    for group in search_terms(query):
        if len(group) == 1:
            clauses.append(_prefix(group[0]))
        else:
            joined, *parts = group
            clauses.append(f"({_prefix(joined)} OR ({' AND '.join(map(_prefix, parts))}))")
    # Explicit AND: FTS5 rejects an implicit AND in front of a parenthesised group.
    return " AND ".join(clauses) or None


def search_customer_ids(
    conn: Connection | Session, query: str, limit: int, *, ranked: bool = False
) -> list[str]:
    """Ids of customers (not deleted) matching every word of ``query`` as a prefix.

    Unranked results come in storage order and stop at ``limit`` (fast type-ahead);
    ``ranked=True`` orders by BM25 relevance, which scores every match first.
    """
    match = match_expression(query)
    if match is None or limit <= 0:
        return []
    sql = _RANKED_SQL if ranked else _SEARCH_SQL
    rows = conn.execute(sql, {"match": match, "limit": limit})
    return [str(row[0]) for row in rows]


# The search form of each indexed column, computed in Python when a write transaction ends.
# The same rules stand in SQL in the view ``customer_search_source`` (migration 0002), which
# the update/delete triggers and ``rebuild_search_index`` use; a test keeps the two equal.
# Python does the folding because SQLite's replace() chains allocate per call, and with
# ``cipher_memory_security`` every allocation is locked and wiped: computing the forms in SQL
# made indexing 10x slower than the insert itself.
_IDENTIFIERS = frozenset({"nip", "regon", "ico", "dic"})
_PHONES = frozenset({"landline", "mobile"})
_SEPARATORS = str.maketrans("", "", " -./()+\t")
_NATIONAL_DIGITS = 9


def search_form(column: str, value: str | None) -> str | None:
    """What the index stores for ``value`` of ``column`` (see migration 0002)."""
    if value is None:
        return None
    if column in _PHONES:
        digits = value.translate(_SEPARATORS)
        return digits + (" " + digits[-_NATIONAL_DIGITS:] if len(digits) > _NATIONAL_DIGITS else "")
    if column in _IDENTIFIERS:
        compact = value.translate(_SEPARATORS)
        prefixed = len(compact) >= 2 and compact[:2].isascii() and compact[:2].isalpha()
        return compact + (" " + compact[2:] if prefixed else "")
    if column == "email":
        return value
    return value.translate(_FOLD_TABLE)


def _search_columns(conn: Connection) -> list[str]:
    rows = conn.exec_driver_sql("PRAGMA table_info(customer_search)").all()
    return [str(row[1]) for row in rows]


def _index_rowids_above_or_pending(conn: Connection, top: int) -> None:
    columns = _search_columns(conn)
    keyed = tuple(SORT_KEY_COLUMNS)
    stored = tuple(SORT_KEY_COLUMNS.values())
    listed = ", ".join((*columns, *keyed, *stored))
    # Two range/key lookups, not one OR: "rowid > ? OR rowid IN (…)" scans the whole table.
    rows = conn.exec_driver_sql(
        f"SELECT rowid, deleted, {listed} FROM customers WHERE rowid > ?"  # noqa: S608
        f" UNION ALL SELECT rowid, deleted, {listed} FROM customers WHERE rowid <= ?"
        " AND rowid IN (SELECT customer_rowid FROM customer_search_pending)",
        (top, top),
    ).all()
    if not rows:
        return
    width, n_keys = len(columns), len(keyed)
    # Sort keys of rows written without them, or whose text changed since (a deleted row
    # keeps its place in other sorts too). Writers that insert in bulk set them already.
    stale = []
    for row in rows:
        values = row[2 + width : 2 + width + n_keys]
        keys = tuple(sort_key(v) for v in values)
        if keys != tuple(row[2 + width + n_keys :]):
            stale.append((*keys, row[0]))
    if stale:
        conn.exec_driver_sql(
            "UPDATE customers SET "  # noqa: S608 - the fixed key columns
            + ", ".join(f"{c} = ?" for c in stored)
            + " WHERE rowid = ?",
            stale,
        )
    forms = [
        (row[0], *(search_form(c, v) for c, v in zip(columns, row[2 : 2 + width], strict=True)))
        for row in rows
        if not row[1]
    ]
    if not forms:
        return
    marks = ", ".join("?" for _ in range(width + 1))
    conn.exec_driver_sql(
        f"INSERT INTO customer_search (rowid, {', '.join(columns)}) VALUES ({marks})",  # noqa: S608
        forms,
    )


@contextmanager
def deferred_search_indexing(conn: Connection) -> Iterator[Connection]:
    """Writes of customers inside this block are indexed once, at its end.

    Every write transaction of the store runs inside one (``Store.connection(write=True)``,
    ``Store.session(write=True)``, ``Store.bulk()``): inserted rows are found by rowid, updated
    and deleted ones are noted by triggers, and the end of the block indexes them all in one
    statement. Searches inside the block do not see the new rows yet. On an exception nothing
    is indexed; the caller's rollback undoes the rest.
    """
    conn.exec_driver_sql(
        "INSERT INTO customer_search_deferred (id, max_rowid)"
        " SELECT 1, coalesce(max(rowid), 0) FROM customers"
    )
    yield conn
    flush_deferred_indexing(conn)


def flush_deferred_indexing(conn: Connection) -> bool:
    """Index the rows noted in deferred mode and leave it; ``False`` if it was not on.

    ``open_store`` calls it too, so a deferred mode committed by mistake cannot leave
    customers unsearchable.
    """
    state = conn.exec_driver_sql("SELECT max_rowid FROM customer_search_deferred").first()
    if state is None:
        return False
    # Rows that existed before the block may be in the index: drop their old entries first.
    conn.exec_driver_sql(
        "DELETE FROM customer_search WHERE rowid IN (SELECT customer_rowid"
        " FROM customer_search_pending WHERE customer_rowid <= ?)",
        (int(state[0]),),
    )
    _index_rowids_above_or_pending(conn, int(state[0]))
    conn.exec_driver_sql("DELETE FROM customer_search_pending")
    conn.exec_driver_sql("DELETE FROM customer_search_deferred")
    return True


def rebuild_search_index(conn: Connection) -> None:
    """Re-index every customer (after a restore or a suspected mismatch); in a transaction."""
    columns = ", ".join(_search_columns(conn))
    conn.exec_driver_sql("INSERT INTO customer_search (customer_search) VALUES ('delete-all')")
    conn.exec_driver_sql(
        f"INSERT INTO customer_search (rowid, {columns})"  # noqa: S608 (the table's own columns)
        f" SELECT customer_rowid, {columns} FROM customer_search_source"
    )
