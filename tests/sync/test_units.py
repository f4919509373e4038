"""Pure parts: the per-field merge, cursors, lease verdicts, the URL check."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from crm_desktop.sync.errors import SyncError
from crm_desktop.sync.http import check_server_url
from crm_desktop.sync.lease import LeaseStatus, check_lease
from crm_protocol.sync import Cursor, MutationStatus, b64encode, canonical_json, merge_fields


def test_merge_applies_noops_and_conflicts_per_field() -> None:
    server = {"city": "Brno", "street": "A", "remarks": "theirs"}
    result = merge_fields(
        server,
        {
            "street": {"base": "A", "value": "B"},  # server == base: apply
            "city": {"base": "Praha", "value": "Brno"},  # server == value: no-op
            "remarks": {"base": "orig", "value": "mine"},  # else: conflict
        },
    )
    assert result.apply == {"street": "B"}
    assert result.noop == ("city",)
    assert [(c.field, c.base, c.mine, c.theirs) for c in result.conflicts] == [
        ("remarks", "orig", "mine", "theirs")
    ]
    assert result.status is MutationStatus.CONFLICT
    assert merge_fields(server, {"street": {"base": "A", "value": "C"}}).status is (
        MutationStatus.APPLIED
    )


def test_cursor_round_trip_and_garbage() -> None:
    c = Cursor("ep", 42, "fp")
    assert Cursor.decode(c.encode()) == c
    for bad in ("", "c1.ep.x.fp", "c2.ep.1.fp", "c1..1.fp", "c1.ep.-1.fp"):
        with pytest.raises(ValueError, match=r"bad cursor|invalid literal"):
            Cursor.decode(bad)


def _lease(key: Ed25519PrivateKey, issued: datetime) -> dict[str, object]:
    payload = {
        "user": "u",
        "device": "d",
        "issued_at": issued.isoformat(),
        "lock_after": (issued + timedelta(hours=24)).isoformat(),
        "wipe_after": (issued + timedelta(days=7)).isoformat(),
    }
    return {"payload": payload, "signature": b64encode(key.sign(canonical_json(payload)))}


def test_lease_verdicts() -> None:
    key = Ed25519PrivateKey.generate()
    pub = b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    lease = _lease(key, t0)
    assert check_lease(lease, pub, now=t0 + timedelta(hours=1)) is LeaseStatus.VALID
    assert check_lease(lease, pub, now=t0 + timedelta(hours=25)) is LeaseStatus.LOCKED
    assert check_lease(lease, pub, now=t0 + timedelta(days=8)) is LeaseStatus.WIPE
    # clock set back before the last signed server time: expired, fail safe
    assert check_lease(lease, pub, now=t0 - timedelta(days=30)) is LeaseStatus.LOCKED
    assert (
        check_lease(
            lease,
            pub,
            now=t0 + timedelta(hours=1),
            last_server_time=(t0 + timedelta(hours=2)).isoformat(),
        )
        is LeaseStatus.LOCKED
    )
    other = Ed25519PrivateKey.generate()
    other_pub = b64encode(other.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    assert check_lease(lease, other_pub, now=t0 + timedelta(hours=1)) is LeaseStatus.LOCKED
    tampered = {**lease, "payload": {**lease["payload"], "wipe_after": "2099-01-01T00:00:00+00:00"}}  # type: ignore[dict-item]
    assert check_lease(tampered, pub, now=t0 + timedelta(hours=1)) is LeaseStatus.LOCKED
    assert check_lease(None, pub, now=t0) is LeaseStatus.LOCKED


def test_plain_http_only_on_loopback() -> None:
    assert check_server_url("http://127.0.0.1:8000/") == "http://127.0.0.1:8000"
    assert check_server_url("http://[::1]:8000") == "http://[::1]:8000"
    assert check_server_url("https://crm.example.com") == "https://crm.example.com"
    for bad in ("http://crm.example.com", "http://10.0.0.5", "ftp://127.0.0.1", "crm"):
        with pytest.raises(SyncError):
            check_server_url(bad)
