"""``Store``: the open encrypted database of one profile, migrated to the newest schema."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from crm_desktop.store import engine as cipher
from crm_desktop.store.migrate import upgrade
from crm_desktop.store.search import deferred_search_indexing, flush_deferred_indexing


class Store:
    """An open store. Reads may come from any thread; writes belong to the one DB worker.

    ``session()`` and ``connection()`` are context managers that commit on success and roll
    back on error; ``write=True`` starts the transaction with ``BEGIN IMMEDIATE`` (take the
    write lock up front rather than fail when a read turns into a write).
    """

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._write_engine = engine.execution_options(**{cipher.WRITE_OPTION: True})

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A SQLModel session in one transaction (objects stay usable after commit).

        A write session indexes the customers it wrote for search just before it commits.
        """
        if not write:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                yield session
            return
        with (
            Session(self._write_engine, expire_on_commit=False) as session,
            session.begin(),
            deferred_search_indexing(session.connection()),
        ):
            yield session
            session.flush()  # the ORM writes pending objects now, so they get indexed

    @contextmanager
    def connection(self, *, write: bool = False) -> Iterator[Connection]:
        """A Core connection in one transaction; use lists of rows for bulk work (executemany).

        A write transaction indexes the customers it wrote for search at its end, in one
        statement (``deferred_search_indexing``): no per-row trigger, which
        ``cipher_memory_security`` makes expensive.
        """
        if not write:
            with self.engine.begin() as conn:
                yield conn
            return
        with self._write_engine.begin() as conn, deferred_search_indexing(conn):
            yield conn

    @contextmanager
    def bulk(self) -> Iterator[Connection]:
        """A write transaction for bulk customer writes (initial sync, import).

        The same as ``connection(write=True)``; use Core ``insert``/``update`` with lists of
        rows (executemany), not the ORM, which is about ten times slower.
        """
        with self.connection(write=True) as conn:
            yield conn

    def cipher_settings(self) -> cipher.CipherSettings:
        """What SQLCipher reports for this database (SECURITY.md T5)."""
        return cipher.cipher_settings(self.engine)

    def connection_stats(self) -> cipher.ConnectionStats:
        """Connections attempted / self-tested / pooled (SECURITY.md T38)."""
        return cipher.connection_stats(self.engine)

    def integrity_problems(self) -> list[str]:
        """Pages that fail their HMAC check; empty when the file is sound (T7)."""
        return cipher.integrity_problems(self.engine)

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt under ``new_key``; no session or connection may be open."""
        cipher.rekey(self.engine, new_key)

    def close(self) -> None:
        """Close every connection and forget the key (lock / logout / before a wipe)."""
        cipher.close(self.engine)


def open_store(path: Path, key: bytes, *, pool_size: int = cipher.DEFAULT_POOL_SIZE) -> Store:
    """Open (creating if needed) the store at ``path`` with its 32-byte key and migrate it.

    Raises ``WrongKeyError`` when the key does not open the file and ``InsecureDriverError``
    when the driver is not a working SQLCipher; neither leaves a connection open.
    """
    engine = cipher.create_cipher_engine(path, key, pool_size=pool_size)
    try:
        upgrade(engine)
        with engine.connect() as conn, conn.begin():
            if conn.exec_driver_sql("SELECT 1 FROM customer_search_deferred").first():
                flush_deferred_indexing(conn)
        # Start the day on fresh connections: the one that ran the migrations stays about 3x
        # slower for bulk inserts afterwards (measured by bench/bench_store_insert.py).
        engine.pool.dispose()
    except BaseException:
        engine.dispose()
        raise
    return Store(Path(path), engine)
