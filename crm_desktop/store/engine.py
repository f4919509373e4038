"""The SQLAlchemy engine over a SQLCipher 4 file, and the checks every connection must pass.

Every connection is made by our own ``creator`` (never the ``sqlite+pysqlcipher`` URL password
path: sqlalchemy#13230 pasted the passphrase into the PRAGMA unescaped). On each new connection,
in this order: the raw 32-byte key, the self-test (``PRAGMA cipher_version`` non-empty and the
``sqlcipher3`` driver — the stdlib ``sqlite3`` silently ignores ``PRAGMA key`` and writes
plaintext), a key check, then ``cipher_memory_security``, ``temp_store=MEMORY``, WAL, foreign
keys and a busy timeout. No SQL echo, no trace callback, parameters hidden in errors: the key
must never reach a log (SECURITY.md T9).

Pool: a ``QueuePool`` of a few long-lived connections shared by threads
(``check_same_thread=False``; a connection is used by one thread at a time). It fits one DB
writer thread plus short UI reads, keeps connections open (DESIGN §2) and bounds their number
under load, where ``SingletonThreadPool`` would open one per thread and close connections that
other threads still use once it exceeds its size.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import sqlcipher3
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from crm_desktop.store.errors import (
    InsecureDriverError,
    StoreBusyError,
    StoreClosedError,
    WrongKeyError,
)

KEY_LENGTH = 32
DEFAULT_POOL_SIZE = 4
DEFAULT_BUSY_TIMEOUT_MS = 5000
# Execution option that makes the transaction start with BEGIN IMMEDIATE: a writer takes the
# write lock up front instead of failing with SQLITE_BUSY when it upgrades a read.
WRITE_OPTION = "crm_write"
_SQLITE_NOTADB = 26
_DRIVER_MODULE = "sqlcipher3"


ConnectFn = Callable[..., Any]


@dataclass
class _EngineState:
    """What the creator needs, kept out of the engine URL and out of any log."""

    path: Path
    key: bytes | None
    connect: ConnectFn
    busy_timeout_ms: int
    lock: threading.Lock
    attempts: int = 0
    verified: int = 0
    pool_connects: int = 0


@dataclass(frozen=True, slots=True)
class ConnectionStats:
    """Counters for SECURITY.md T38: every connection ever created passed the self-test."""

    attempts: int  # creator calls
    verified: int  # connections that passed the self-test and got configured
    pool_connects: int  # connections the pool received (its ``connect`` event)


@dataclass(frozen=True, slots=True)
class CipherSettings:
    """What SQLCipher reports for an open connection (SECURITY.md T5)."""

    cipher_version: str
    cipher_provider: str
    cipher_provider_version: str
    page_size: int
    kdf_algorithm: str
    hmac_algorithm: str
    use_hmac: bool
    plaintext_header_size: int
    cipher_memory_security: bool
    temp_store: int  # 2 = MEMORY
    journal_mode: str
    foreign_keys: bool


_STATES: weakref.WeakKeyDictionary[Engine, _EngineState] = weakref.WeakKeyDictionary()


def validate_key(key: bytes) -> bytes:
    """Return ``key`` if it is exactly 32 bytes, else raise ``ValueError``."""
    if not isinstance(key, bytes) or len(key) != KEY_LENGTH:
        raise ValueError("the store key must be 32 bytes")
    return key


def create_cipher_engine(
    path: Path,
    key: bytes,
    *,
    connect: ConnectFn | None = None,
    pool_size: int = DEFAULT_POOL_SIZE,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
) -> Engine:
    """An engine whose every connection is keyed, self-tested and configured.

    ``connect`` is the driver's ``connect`` (default ``sqlcipher3.dbapi2.connect``); tests pass
    another one to prove a non-SQLCipher driver is refused. Nothing connects until first use.
    """
    state = _EngineState(
        path=Path(path),
        key=validate_key(key),
        connect=connect or sqlcipher3.dbapi2.connect,
        busy_timeout_ms=busy_timeout_ms,
        lock=threading.Lock(),
    )
    engine = sa.create_engine(
        "sqlite://",  # no URL path, no password: the creator below opens and keys the file
        creator=lambda: _new_connection(state),
        module=sqlcipher3.dbapi2,  # exceptions are classified as the real driver's
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=0,
        pool_timeout=30,
        hide_parameters=True,
    )
    _STATES[engine] = state
    event.listen(engine, "connect", _make_pool_counter(state))
    event.listen(engine, "checkin", _make_closer(state))
    event.listen(engine, "begin", _begin)
    return engine


def _make_pool_counter(state: _EngineState) -> Callable[[Any, ConnectionPoolEntry], None]:
    def on_connect(_dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        with state.lock:
            state.pool_connects += 1

    return on_connect


def _make_closer(state: _EngineState) -> Callable[[Any, ConnectionPoolEntry], None]:
    def on_checkin(_dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        # A connection still in use when the store was closed is closed as soon as it is
        # returned, instead of lingering in the old pool with the file open.
        with state.lock:
            closed = state.key is None
        if closed:
            record.invalidate()

    return on_checkin


def _begin(conn: Connection) -> None:
    # The driver runs in autocommit mode (isolation_level=None) so that we, not the driver's
    # heuristics, start transactions: DDL and SAVEPOINTs then are transactional
    # (SQLAlchemy's documented pysqlite recipe).
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def _new_connection(state: _EngineState) -> Any:
    with state.lock:
        state.attempts += 1
        key = state.key
    if key is None:
        raise StoreClosedError
    raw = state.connect(str(state.path), check_same_thread=False, isolation_level=None)
    try:
        _key_and_check(raw, key, state.busy_timeout_ms)
    except BaseException:
        raw.close()
        raise
    with state.lock:
        state.verified += 1
    return raw


def _query(raw: Any, sql: str) -> list[tuple[Any, ...]]:
    cur = raw.cursor()
    try:
        cur.execute(sql)
        return list(cur.fetchall())
    finally:
        cur.close()


def _scalar(raw: Any, sql: str) -> Any:
    rows = _query(raw, sql)
    return rows[0][0] if rows else None


def _key_pragma(name: str, key: bytes) -> str:
    # The key is validated bytes, so its hex form cannot break out of the literal.
    return f"PRAGMA {name} = \"x'{validate_key(key).hex()}'\""


def _key_and_check(raw: Any, key: bytes, busy_timeout_ms: int) -> None:
    _query(raw, _key_pragma("key", key))  # must be the first statement on the connection
    if not _scalar(raw, "PRAGMA cipher_version"):
        raise InsecureDriverError("no_cipher")
    if type(raw).__module__.split(".")[0] != _DRIVER_MODULE:
        raise InsecureDriverError("driver_module")
    _query(raw, "PRAGMA cipher_memory_security = ON")
    if str(_scalar(raw, "PRAGMA cipher_memory_security")) != "1":
        raise InsecureDriverError("cipher_memory_security")
    try:
        # The first read of page 1 is where a wrong key shows.
        _query(raw, "SELECT count(*) FROM sqlite_master")
    except sqlcipher3.dbapi2.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) == _SQLITE_NOTADB:
            raise WrongKeyError from None
        raise
    _query(raw, "PRAGMA temp_store = MEMORY")
    if _scalar(raw, "PRAGMA temp_store") != 2:
        raise InsecureDriverError("temp_store")
    if _scalar(raw, "PRAGMA journal_mode = WAL") != "wal":
        raise InsecureDriverError("journal_mode")
    _query(raw, "PRAGMA foreign_keys = ON")
    # INSERT OR REPLACE must run delete triggers too, or the search index keeps stale rows.
    _query(raw, "PRAGMA recursive_triggers = ON")
    _query(raw, f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")


def _state(engine: Engine) -> _EngineState:
    try:
        return _STATES[engine]
    except KeyError:
        raise TypeError("not an engine made by create_cipher_engine") from None


def connection_stats(engine: Engine) -> ConnectionStats:
    """Connection counters of ``engine`` (SECURITY.md T38)."""
    state = _state(engine)
    with state.lock:
        return ConnectionStats(state.attempts, state.verified, state.pool_connects)


def cipher_settings(engine: Engine) -> CipherSettings:
    """The cipher settings of the open database, as SQLCipher reports them."""
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        settings = {}
        for (line,) in _query(raw, "PRAGMA cipher_settings"):
            # Lines look like "PRAGMA cipher_page_size = 4096;".
            name, _, value = str(line).removeprefix("PRAGMA ").rstrip(";").partition(" = ")
            settings[name.strip()] = value.strip()
        return CipherSettings(
            cipher_version=str(_scalar(raw, "PRAGMA cipher_version")),
            cipher_provider=str(_scalar(raw, "PRAGMA cipher_provider")),
            cipher_provider_version=str(_scalar(raw, "PRAGMA cipher_provider_version")),
            page_size=int(settings["cipher_page_size"]),
            kdf_algorithm=settings["cipher_kdf_algorithm"],
            hmac_algorithm=settings["cipher_hmac_algorithm"],
            use_hmac=settings["cipher_use_hmac"] == "1",
            plaintext_header_size=int(settings["cipher_plaintext_header_size"]),
            cipher_memory_security=str(_scalar(raw, "PRAGMA cipher_memory_security")) == "1",
            temp_store=int(_scalar(raw, "PRAGMA temp_store")),
            journal_mode=str(_scalar(raw, "PRAGMA journal_mode")),
            foreign_keys=int(_scalar(raw, "PRAGMA foreign_keys")) == 1,
        )


def integrity_problems(engine: Engine) -> list[str]:
    """Pages that fail their HMAC (``PRAGMA cipher_integrity_check``); empty when sound."""
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        return [str(row[0]) for row in _query(raw, "PRAGMA cipher_integrity_check")]


def _require_idle(engine: Engine) -> None:
    pool = engine.pool
    checked_out = pool.checkedout() if isinstance(pool, QueuePool) else 0
    if checked_out:
        raise StoreBusyError(checked_out)


def rekey(engine: Engine, new_key: bytes) -> None:
    """Re-encrypt the database under ``new_key`` (atomic: the old or the new key opens it).

    Call it with no connection in use (from the DB worker thread): every pooled connection is
    closed first, because they keep the old key.
    """
    validate_key(new_key)
    state = _state(engine)
    _require_idle(engine)
    engine.dispose()
    raw = engine.raw_connection()
    try:
        dbapi = raw.dbapi_connection
        _query(dbapi, _key_pragma("rekey", new_key))
        with state.lock:
            state.key = new_key
    finally:
        raw.close()
    engine.dispose()


def close(engine: Engine) -> None:
    """Close every connection and forget the key; later connects raise ``StoreClosedError``.

    Raises ``StoreBusyError`` (after closing what it can) if a connection is still checked out:
    a session or connection was not closed; it is closed when it is returned.
    """
    state = _state(engine)
    with state.lock:
        state.key = None
    pool = engine.pool
    checked_out = pool.checkedout() if isinstance(pool, QueuePool) else 0
    engine.dispose()
    if checked_out:
        raise StoreBusyError(checked_out)
