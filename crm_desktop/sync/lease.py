"""Checking the server-signed lease at unlock (DESIGN.md §3, SECURITY.md T21).

The verdict uses only what the server signed and the newest server time seen: a clock set
back before that time counts as expired (locked until the device is online again), and a
clock set forward expires the lease early. Both fail safe.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from crm_protocol.sync import b64decode, canonical_json


class LeaseStatus(StrEnum):
    """What unlock may do."""

    VALID = "valid"
    LOCKED = "locked"  # unlock refused until online re-authentication
    WIPE = "wipe"  # crypto-shred now


def verify_lease(lease: Mapping[str, Any], public_key_b64: str) -> dict[str, Any]:
    """The payload of a lease whose signature verifies under the pinned key; ``ValueError``
    otherwise."""
    try:
        key = Ed25519PublicKey.from_public_bytes(b64decode(public_key_b64))
        payload = dict(lease["payload"])
        key.verify(b64decode(str(lease["signature"])), canonical_json(payload))
    except (InvalidSignature, KeyError, TypeError, ValueError) as exc:
        raise ValueError("bad lease") from exc
    return payload


def _time(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def check_lease(
    lease: Mapping[str, Any] | None,
    public_key_b64: str | None,
    *,
    now: datetime,
    last_server_time: str | None = None,
    user_id: str | None = None,
    device_id: str | None = None,
) -> LeaseStatus:
    """The verdict at unlock. No lease, no pinned key, a bad signature, a lease of another
    user or device, or a clock before the last server time: ``LOCKED``."""
    if lease is None or public_key_b64 is None:
        return LeaseStatus.LOCKED
    try:
        payload = verify_lease(lease, public_key_b64)
        issued = _time(payload["issued_at"])
        lock_after = _time(payload["lock_after"])
        wipe_after = _time(payload["wipe_after"])
    except (ValueError, KeyError, TypeError):
        return LeaseStatus.LOCKED
    if (user_id is not None and payload.get("user") != user_id) or (
        device_id is not None and payload.get("device") != device_id
    ):
        return LeaseStatus.LOCKED
    floor = issued
    if last_server_time is not None:
        try:
            floor = max(floor, _time(last_server_time))
        except ValueError:
            return LeaseStatus.LOCKED
    if now < floor:  # the clock was set back: we cannot tell how long we were offline
        return LeaseStatus.LOCKED
    if now >= wipe_after:
        return LeaseStatus.WIPE
    if now >= lock_after:
        return LeaseStatus.LOCKED
    return LeaseStatus.VALID
