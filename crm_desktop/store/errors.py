"""Errors of the encrypted local store, each with a code the UI turns into text."""

from __future__ import annotations

from enum import StrEnum

from crm_protocol.errors import CrmError, ErrorCode, KnownError


class StoreErrorCode(StrEnum):
    """Codes of store problems. Values are stable: never rename one."""

    # The database driver is not SQLCipher (PRAGMA key would be ignored: plaintext on disk).
    INSECURE_DRIVER = "store_insecure_driver"
    # The key does not open the file, or its first page is damaged: SQLCipher cannot tell the
    # two apart. Recovery for both is wipe and re-sync (the local store is a cache).
    WRONG_KEY = "store_wrong_key"
    # The file opened but a page failed its HMAC check.
    CORRUPT = "store_corrupt"


class StoreError(KnownError):
    """A problem with the local store; ``code`` is a ``StoreErrorCode`` or an ``ErrorCode``."""


class InsecureDriverError(StoreError):
    """The connection is not a working SQLCipher connection; the app must refuse to run.

    ``detail["reason"]`` is ``no_cipher`` (``PRAGMA cipher_version`` empty), ``driver_module``
    (not the ``sqlcipher3`` module) or a pragma that did not take effect.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(StoreErrorCode.INSECURE_DRIVER, {"reason": reason})


class WrongKeyError(StoreError):
    """The key does not open the database (or its first page is damaged)."""

    def __init__(self) -> None:
        super().__init__(StoreErrorCode.WRONG_KEY)


class CorruptStoreError(StoreError):
    """The database opened but pages failed their integrity check."""

    def __init__(self, problems: int) -> None:
        super().__init__(StoreErrorCode.CORRUPT, {"problems": str(problems)})


class StoreClosedError(StoreError):
    """The store was closed (locked); nothing may connect until it is opened again."""

    def __init__(self) -> None:
        super().__init__(ErrorCode.STORE_LOCKED)


class StoreBusyError(CrmError):
    """A bug: an operation that needs every connection returned found some still in use."""

    def __init__(self, checked_out: int) -> None:
        self.checked_out = checked_out
        super().__init__(f"{checked_out} connection(s) still checked out")
