"""SECURITY.md T1, T4, T5, T9: the file is encrypted, the driver is SQLCipher, nothing leaks."""

from __future__ import annotations

import functools
import sqlite3  # noqa: TID251 (the test proves the plain driver is refused)
import uuid
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import exc, insert

from crm_desktop.models import Customer
from crm_desktop.store import (
    InsecureDriverError,
    Store,
    StoreErrorCode,
    WrongKeyError,
    create_cipher_engine,
    open_store,
    search_customer_ids,
)
from tests.desktop.store.scanning import db_files, find_canary, open_fds_under

SQLITE_HEADER = b"SQLite format 3\x00"


def _add_canary_customer(store: Store, canary: str) -> None:
    with store.session(write=True) as session:
        session.add(
            Customer(
                name=f"Firma {canary}",
                email=f"{canary}@example.com",
                remarks=canary,
                city="Łódź",
                nip="123-456-32-18",
            )
        )


def test_db_file_header_is_not_sqlite_and_stdlib_cannot_read_it(store: Store) -> None:
    _add_canary_customer(store, "x")
    store.close()
    assert store.path.read_bytes()[:16] != SQLITE_HEADER
    plain = sqlite3.connect(store.path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        plain.close()


def test_canary_never_in_db_wal_or_shm_while_open_and_after_close(store: Store) -> None:
    canary = f"CNRY-{uuid.uuid4()}"
    _add_canary_customer(store, canary)
    with store.connection() as conn:  # the canary is in the FTS index too
        assert search_customer_ids(conn, canary, 5)
    open_files = db_files(store.path)
    assert {p.name for p in open_files} >= {"crm.db", "crm.db-wal", "crm.db-shm"}
    assert store.path.with_name("crm.db-wal").stat().st_size > 0  # the rows are in the WAL
    assert find_canary(open_files, canary) == []
    store.close()
    assert find_canary(db_files(store.path), canary) == []


def test_canary_scan_finds_a_plaintext_copy(tmp_path: Path) -> None:
    # Negative control: the scan does find the canary in a file the stdlib wrote.
    canary = f"CNRY-{uuid.uuid4()}"
    plain_path = tmp_path / "plain.db"
    plain = sqlite3.connect(plain_path)
    plain.execute("CREATE TABLE t (a TEXT, b TEXT)")
    plain.execute("INSERT INTO t VALUES (?, ?)", (canary, canary.encode("utf-16-le")))
    plain.commit()
    plain.close()
    assert len(find_canary([plain_path], canary)) >= 2


def test_wrong_key_raises_its_own_error_and_leaves_no_file_open(store: Store) -> None:
    _add_canary_customer(store, "x")
    store.close()
    with pytest.raises(WrongKeyError) as caught:
        open_store(store.path, bytes(32))
    assert caught.value.code == StoreErrorCode.WRONG_KEY
    assert open_fds_under(store.path) == []


def test_stdlib_sqlite3_driver_is_refused_before_anything_is_written(db_path: Path) -> None:
    engine = create_cipher_engine(db_path, bytes(range(32)), connect=sqlite3.connect)
    with pytest.raises(InsecureDriverError) as caught:
        engine.connect()
    assert caught.value.code == StoreErrorCode.INSECURE_DRIVER
    assert caught.value.detail == {"reason": "no_cipher"}
    assert not db_path.exists() or db_path.stat().st_size == 0
    engine.dispose()


class _ForeignConnection(sqlcipher3.dbapi2.Connection):  # type: ignore[misc]
    """A connection class from outside the sqlcipher3 package (a wrapped or swapped driver)."""


def test_a_driver_from_another_module_is_refused(db_path: Path) -> None:
    connect = functools.partial(sqlcipher3.dbapi2.connect, factory=_ForeignConnection)
    engine = create_cipher_engine(db_path, bytes(range(32)), connect=connect)
    with pytest.raises(InsecureDriverError) as caught:
        engine.connect()
    assert caught.value.detail == {"reason": "driver_module"}
    engine.dispose()


def test_pinned_cipher_settings(store: Store) -> None:
    settings = store.cipher_settings()
    assert settings.cipher_version
    assert settings.cipher_provider == "openssl"
    assert settings.cipher_provider_version.startswith("OpenSSL 3")
    assert settings.hmac_algorithm == "HMAC_SHA512"
    assert settings.use_hmac is True
    assert settings.page_size == 4096
    assert settings.plaintext_header_size == 0
    assert settings.cipher_memory_security is True
    assert settings.temp_store == 2  # MEMORY: no plaintext temp files
    assert settings.journal_mode == "wal"
    assert settings.foreign_keys is True


def test_every_pooled_connection_has_temp_store_memory(store: Store) -> None:
    # Hold several connections at once so the pool has to open more than one.
    conns = [store.engine.connect() for _ in range(3)]
    try:
        for conn in conns:
            assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2
            assert conn.exec_driver_sql("PRAGMA cipher_memory_security").scalar() == "1"
    finally:
        for conn in conns:
            conn.close()
    assert store.connection_stats().verified >= 3


def test_engine_never_echoes_and_hides_parameters(store: Store) -> None:
    assert not store.engine.echo
    assert store.engine.hide_parameters is True
    canary = f"CNRY-{uuid.uuid4()}"
    row = {"id": canary, "name": canary, "created_at": "t", "updated_at": "t"}
    with store.connection(write=True) as conn:
        conn.execute(insert(Customer), [row])
    with pytest.raises(exc.IntegrityError) as caught, store.connection(write=True) as conn:
        conn.execute(insert(Customer), [row])
    assert canary not in str(caught.value)
    assert canary not in repr(caught.value)


def test_key_must_be_32_bytes(db_path: Path) -> None:
    for bad in (b"", bytes(31), bytes(33), "00" * 32):
        with pytest.raises(ValueError, match="32 bytes"):
            create_cipher_engine(db_path, bad)  # type: ignore[arg-type]
