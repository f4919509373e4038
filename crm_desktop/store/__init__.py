"""The one module that knows SQLCipher: engine, self-test, migrations, full-text search."""

from crm_desktop.store.collation import SORT_KEY_COLUMNS, add_sort_keys, sort_key
from crm_desktop.store.engine import (
    KEY_LENGTH,
    CipherSettings,
    ConnectionStats,
    cipher_settings,
    close,
    connection_stats,
    create_cipher_engine,
    rekey,
)
from crm_desktop.store.errors import (
    CorruptStoreError,
    InsecureDriverError,
    StoreBusyError,
    StoreClosedError,
    StoreError,
    StoreErrorCode,
    WrongKeyError,
)
from crm_desktop.store.search import (
    deferred_search_indexing,
    flush_deferred_indexing,
    match_expression,
    rebuild_search_index,
    search_customer_ids,
)
from crm_desktop.store.store import Store, open_store

__all__ = [
    "KEY_LENGTH",
    "SORT_KEY_COLUMNS",
    "CipherSettings",
    "ConnectionStats",
    "CorruptStoreError",
    "InsecureDriverError",
    "Store",
    "StoreBusyError",
    "StoreClosedError",
    "StoreError",
    "StoreErrorCode",
    "WrongKeyError",
    "add_sort_keys",
    "cipher_settings",
    "close",
    "connection_stats",
    "create_cipher_engine",
    "deferred_search_indexing",
    "flush_deferred_indexing",
    "match_expression",
    "open_store",
    "rebuild_search_index",
    "rekey",
    "search_customer_ids",
    "sort_key",
]
