"""Codes the security layer raises; the UI maps each to a message saying what to do."""

from __future__ import annotations

import math
from enum import StrEnum

from crm_protocol.errors import ErrorCode, KnownError


class SecurityCode(StrEnum):
    """Why the key vault or the OS keyring refused. Stable values: never rename one."""

    # No usable OS key store (no D-Bus session, no backend installed): install or start one.
    KEYRING_UNAVAILABLE = ErrorCode.KEYRING_UNAVAILABLE.value
    # The configured backend stores secrets in a file (keyrings.alt…): refused, never a fallback.
    KEYRING_INSECURE = "keyring_insecure"
    # The key store is locked and the unlock prompt was dismissed or impossible.
    KEYRING_LOCKED = "keyring_locked"
    # The key store answered with an error while reading, writing or deleting.
    KEYRING_FAILED = "keyring_failed"
    # The vault was made with another backend than the one in use now: no silent downgrade.
    KEYRING_BACKEND_CHANGED = "keyring_backend_changed"
    # The profile's secret is gone from the key store (or unusable): wipe and re-sync.
    KEYRING_SECRET_MISSING = "keyring_secret_missing"  # noqa: S105 - a code
    # Password does not open the vault. ``retry_after`` says how long the next try must wait.
    WRONG_PASSWORD = "wrong_password"  # noqa: S105 - a code, not a password
    # Too many wrong passwords: no attempt is checked before ``retry_after`` seconds pass.
    UNLOCK_THROTTLED = "unlock_throttled"
    # No vault for this profile (first login on this device, or wiped).
    VAULT_MISSING = "vault_missing"
    # A vault already exists: wipe the profile before enrolling again.
    VAULT_EXISTS = "vault_exists"
    # The vault file is damaged or was tampered with: wipe and re-sync.
    VAULT_CORRUPT = "vault_corrupt"
    # The vault was written by a newer version of the app.
    VAULT_VERSION_UNSUPPORTED = "vault_version_unsupported"


class SecurityError(KnownError):
    """A ``KnownError`` from the security layer; ``retry_after`` is seconds to wait (0: none)."""

    def __init__(self, code: SecurityCode, *, retry_after: float = 0.0) -> None:
        detail = {"retry_after": str(math.ceil(retry_after))} if retry_after > 0 else None
        super().__init__(code, detail)
        self.security_code: SecurityCode = code
        self.retry_after: float = retry_after
