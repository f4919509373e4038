"""The engine's life cycle: rekey (T8), connection counting (T38), closing (T13, T38)."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, text

from crm_desktop.models import Customer
from crm_desktop.store import (
    StoreBusyError,
    StoreClosedError,
    WrongKeyError,
    close,
    connection_stats,
    create_cipher_engine,
    open_store,
)
from crm_desktop.store.store import Store
from tests.desktop.store.scanning import open_fds_under


def _fill(store: Store, count: int) -> None:
    rows = [
        {
            "id": f"{i:08d}-0000-4000-8000-000000000000",
            "name": f"Firma {i}",
            "city": "Brno",
            "created_at": "2025-01-01T00:00:00.000000Z",
            "updated_at": "2025-01-01T00:00:00.000000Z",
        }
        for i in range(count)
    ]
    with store.connection(write=True) as conn:
        conn.execute(insert(Customer), rows)


def _checksum(store: Store) -> tuple[int, str]:
    with store.connection() as conn:
        rows = conn.execute(select(Customer.id, Customer.name).order_by(Customer.id)).all()
    return len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()


def test_rekey_old_key_fails_new_key_opens_data_intact(store: Store, key: bytes) -> None:
    _fill(store, 300)
    before = _checksum(store)
    new_key = os.urandom(32)
    store.rekey(new_key)
    assert _checksum(store) == before  # the open store keeps working under the new key
    store.close()
    with pytest.raises(WrongKeyError):
        open_store(store.path, key)
    reopened = open_store(store.path, new_key)
    try:
        assert _checksum(reopened) == before
        assert reopened.integrity_problems() == []
    finally:
        reopened.close()


def test_rekey_refuses_while_a_connection_is_in_use(store: Store) -> None:
    with store.connection(), pytest.raises(StoreBusyError):
        store.rekey(os.urandom(32))


def test_every_connection_passed_the_self_test_under_threads(db_path: Path, key: bytes) -> None:
    store = open_store(db_path, key, pool_size=3)
    _fill(store, 50)
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(15):
                if i % 5 == 0:
                    with store.connection(write=True) as conn:
                        conn.execute(
                            text("UPDATE customers SET remarks = :r WHERE name = :n"),
                            {"r": f"t{n}-{i}", "n": f"Firma {n}"},
                        )
                with store.connection() as conn:
                    conn.execute(select(func.count()).select_from(Customer)).scalar_one()
        except BaseException as exc:  # collected: a thread's failure must fail the test
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stats = store.connection_stats()
    store.close()
    assert errors == []
    assert stats.attempts == stats.verified == stats.pool_connects
    # long-lived, bounded: the pool reuses connections (+1: the one that ran the migrations)
    assert 1 <= stats.pool_connects <= 3 + 1


def test_failed_self_test_is_counted_but_never_pooled(db_path: Path, key: bytes) -> None:
    open_store(db_path, key).close()
    engine = create_cipher_engine(db_path, os.urandom(32))
    with pytest.raises(WrongKeyError):
        engine.connect()
    stats = connection_stats(engine)
    assert (stats.attempts, stats.verified, stats.pool_connects) == (1, 0, 0)
    close(engine)


def test_close_leaves_no_open_file_and_forgets_the_key(store: Store) -> None:
    _fill(store, 10)
    with store.connection() as conn:
        conn.execute(select(Customer.id)).all()
    assert open_fds_under(store.path) != []  # the pool keeps connections open…
    store.close()
    assert store.engine.pool.checkedout() == 0
    assert open_fds_under(store.path) == []  # …until close
    assert not Path(f"{store.path}-wal").exists()  # the last close checkpoints the WAL
    with pytest.raises(StoreClosedError), store.connection():
        pass


def test_close_with_a_session_still_open_is_reported(store: Store) -> None:
    session_cm = store.session()
    session = session_cm.__enter__()
    session.exec(select(Customer.id)).all()
    with pytest.raises(StoreBusyError) as caught:
        store.close()
    assert caught.value.checked_out == 1
    session_cm.__exit__(None, None, None)
    assert open_fds_under(store.path) == []


def test_write_transactions_start_with_begin_immediate(store: Store) -> None:
    # A second writer waits (busy_timeout) instead of failing on a read-to-write upgrade;
    # here we only check the lock is taken at BEGIN: a reader can still read meanwhile.
    with store.connection(write=True) as writer:
        writer.execute(text("SELECT 1"))
        assert writer.exec_driver_sql("PRAGMA main.data_version").scalar() is not None
        with store.connection() as reader:
            assert reader.execute(select(func.count()).select_from(Customer)).scalar() == 0
