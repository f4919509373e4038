"""Codes of sync problems the UI translates (never English sentences here)."""

from __future__ import annotations

from enum import StrEnum

from crm_protocol.errors import CrmError, KnownError


class SyncErrorCode(StrEnum):
    """Client-side sync codes (stable values)."""

    INSECURE_URL = "sync_insecure_url"  # http:// to a host that is not loopback
    SESSION_ENDED = "sync_session_ended"  # log in again
    KEY_MISMATCH = "sync_key_mismatch"  # the server's signing key is not the pinned one
    BAD_LEASE = "sync_bad_lease"  # a lease whose signature does not verify
    WIPED = "sync_wiped"  # the server ordered a wipe; the profile is gone
    CANCELLED = "sync_cancelled"
    FAILED = "sync_failed"  # an unexpected failure (logged); the runner retries like offline


class SyncError(KnownError):
    """A sync problem with a ``SyncErrorCode`` (or an ``ErrorCode``)."""


class WipeRequired(CrmError):  # noqa: N818 - a directive, not a failure
    """The server says this device must wipe itself (user deactivated, device revoked)."""


class Cancelled(CrmError):  # noqa: N818 - the user asked to stop
    """The cancel token was set; the sync stopped between two transactions."""
