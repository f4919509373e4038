"""The server's identity for sync: its epoch and its Ed25519 lease-signing key.

Both are created on first use inside the database (insert-if-absent, so several server
processes agree on one), never in process memory: any process can sign and any can answer.
A restore from backup must get a new epoch (``new_epoch``): clients then re-pull from zero.

The organisation's lease times (``lock_after`` / ``wipe_after``, default 24 h / 7 days) are
rows of ``sync_setting`` too; a lease uses the shorter of the organisation's time and the
caller's role limit, so either side can only tighten it.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Engine
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from crm_protocol.policy import EffectivePolicy
from crm_protocol.sync import Lease, b64decode, b64encode, canonical_json
from crm_server.models.types import utcnow
from crm_server.sync.tables import SyncServerKey, SyncSetting

EPOCH_KEY = "server_epoch"
LOCK_KEY = "lease_lock_after_hours"  # organisation setting
WIPE_KEY = "lease_wipe_after_hours"  # organisation setting
MIN_LOCK_HOURS = 1
MAX_LEASE_HOURS = 24 * 366


@dataclass(frozen=True, slots=True)
class LeaseHours:
    """The organisation's offline limits: lock the data after ``lock``, wipe after ``wipe``."""

    lock: int = 24
    wipe: int = 7 * 24

    @classmethod
    def from_settings(cls, settings: Mapping[str, str]) -> LeaseHours:
        """Read from ``sync_setting`` rows (defaults for absent or malformed ones)."""
        default = cls()
        try:
            lock = int(settings.get(LOCK_KEY, default.lock))
            wipe = int(settings.get(WIPE_KEY, default.wipe))
        except ValueError:
            return default
        return cls(lock, wipe)


def read_settings(engine: Engine) -> dict[str, str]:
    """Every ``sync_setting`` row (a handful), read in a short transaction of its own."""
    with Session(engine) as own:
        rows = own.execute(select(SyncSetting.key, SyncSetting.value)).all()
        return {str(k): str(v) for k, v in rows}


def set_lease_hours(session: Session, hours: LeaseHours) -> None:
    """Store the organisation's lease times in the caller's transaction (``ValueError`` when
    ``1 <= lock <= wipe <= MAX_LEASE_HOURS`` does not hold)."""
    if not MIN_LOCK_HOURS <= hours.lock <= hours.wipe <= MAX_LEASE_HOURS:
        raise ValueError("bad lease hours")
    for key, value in ((LOCK_KEY, hours.lock), (WIPE_KEY, hours.wipe)):
        stmt = _insert(session)(SyncSetting).values(key=key, value=str(value))
        session.execute(
            stmt.on_conflict_do_update(index_elements=["key"], set_={"value": str(value)})
        )


def _insert(session: Session) -> Any:
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def server_epoch(engine: Engine) -> str:
    """This database's epoch (created on first use, in a transaction of its own)."""
    with Session(engine) as own:
        row = own.get(SyncSetting, EPOCH_KEY)
        if row is not None:
            return row.value
        stmt = _insert(own)(SyncSetting).values(key=EPOCH_KEY, value=uuid.uuid4().hex[:16])
        own.execute(stmt.on_conflict_do_nothing(index_elements=["key"]))
        own.commit()
        value = own.execute(select(SyncSetting.value).where(col(SyncSetting.key) == EPOCH_KEY))
        return str(value.scalar_one())


def new_epoch(engine: Engine) -> str:
    """Give the database a new epoch (after a restore): every client cursor becomes 410."""
    with Session(engine) as session:
        row = session.get(SyncSetting, EPOCH_KEY) or SyncSetting(key=EPOCH_KEY, value="")
        row.value = uuid.uuid4().hex[:16]
        session.add(row)
        session.commit()
        return row.value


def server_key(engine: Engine) -> SyncServerKey:
    """The oldest key pair, created on first use in a transaction of its own."""
    with Session(engine, expire_on_commit=False) as own:
        row = own.exec(select(SyncServerKey).order_by(col(SyncServerKey.created_at))).first()
        if row is None:
            _create_key(own)
            own.commit()
            row = own.exec(select(SyncServerKey).order_by(col(SyncServerKey.created_at))).first()
        assert row is not None
        return row


def _create_key(session: Session) -> None:
    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    key_id = hashlib.sha256(public).hexdigest()[:16]
    raw_private = private.private_bytes_raw()
    stmt = _insert(session)(SyncServerKey).values(
        key_id=key_id,
        private_key=b64encode(raw_private),
        public_key=b64encode(public),
        created_at=utcnow(),
    )
    session.execute(stmt.on_conflict_do_nothing(index_elements=["key_id"]))


def lease_hours(hours: LeaseHours, policy: EffectivePolicy) -> tuple[int, int]:
    """``(lock, wipe)`` hours of a lease: the shorter of the organisation's setting and the
    role limit, the lock at least ``MIN_LOCK_HOURS``, the wipe never before the lock."""
    lock = max(min(hours.lock, policy.limits.offline_lock_after_hours), MIN_LOCK_HOURS)
    wipe = max(min(hours.wipe, policy.limits.offline_wipe_after_hours), lock)
    return lock, wipe


def make_lease(
    key: SyncServerKey,
    user_id: str,
    device_id: str,
    policy: EffectivePolicy,
    hours: LeaseHours | None = None,
) -> Lease:
    """A signed lease: the device may keep the data offline until ``lock_after``; past
    ``wipe_after`` it must crypto-shred. Times come from the server clock only."""
    row = key
    now = utcnow()
    lock_hours, wipe_hours = lease_hours(hours or LeaseHours(), policy)
    payload: dict[str, Any] = {
        "user": user_id,
        "device": device_id,
        "issued_at": now.isoformat(),
        "lock_after": (now + timedelta(hours=lock_hours)).isoformat(),
        "wipe_after": (now + timedelta(hours=wipe_hours)).isoformat(),
    }
    private = Ed25519PrivateKey.from_private_bytes(b64decode(row.private_key))
    signature = private.sign(canonical_json(payload))
    return {"payload": payload, "signature": b64encode(signature), "key_id": row.key_id}
