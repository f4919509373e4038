"""The engine's ``on_wipe`` for a real profile: close the store, then crypto-shred it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from crm_desktop.paths import Profile
from crm_desktop.security.keyring_access import KeyringAccess
from crm_desktop.security.wipe import wipe_profile
from crm_desktop.store import Store, StoreBusyError


def profile_wiper(
    store: Store, profile: Profile | str, keyring: KeyringAccess | None = None
) -> Callable[[], None]:
    """A callable that closes ``store`` and wipes ``profile`` (keyring secret first)."""

    def wipe() -> None:
        with contextlib.suppress(StoreBusyError):  # closed anyway; returned connections close
            store.close()
        wipe_profile(profile, keyring)

    return wipe
