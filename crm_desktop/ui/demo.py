"""Stand-ins for the layers that are not built yet: a demo policy and a demo sync state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QTimer

from crm_desktop.ui.sync_status import ConnectionState, StaticSyncStatus, SyncStatus
from crm_protocol.policy import EffectivePolicy, evaluate
from crm_protocol.roles import PRESETS

DEMO_ROLE = "administrator"


def demo_policy(role: str = DEMO_ROLE) -> EffectivePolicy:
    """The effective policy of a user holding one built-in role."""
    return evaluate([PRESETS[role]])


def demo_sync_status() -> StaticSyncStatus:
    """Online, three changes waiting, one conflict, last synced five minutes ago."""
    return StaticSyncStatus(
        SyncStatus(
            state=ConnectionState.ONLINE,
            pending_changes=3,
            last_sync=datetime.now(UTC) - timedelta(minutes=5),
            conflicts=1,
        )
    )


def fake_sync(source: StaticSyncStatus, duration_ms: int = 1500) -> None:
    """Pretend to sync: "Syncing…", then online with nothing pending."""
    before = source.current()
    source.set(
        SyncStatus(
            ConnectionState.SYNCING, before.pending_changes, before.last_sync, before.conflicts
        )
    )
    QTimer.singleShot(
        duration_ms,
        lambda: source.set(
            SyncStatus(ConnectionState.ONLINE, 0, datetime.now(UTC), before.conflicts)
        ),
    )
