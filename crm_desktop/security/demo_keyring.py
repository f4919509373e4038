"""A process-memory key store for ``crm-desktop --demo`` only (docs/adr/0004-demo-keyring.md).

The demo runs on a throw-away server and a throw-away profile directory, so its secret never
needs to outlive the process. When no real OS key store is reachable (a bare container, a CI
machine) the demo uses this backend and the start screen says so. It is never auto-detected
by ``keyring`` and nothing outside the demo path constructs it.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from crm_desktop.security.errors import SecurityError
from crm_desktop.security.keyring_access import KeyringAccess


class DemoMemoryKeyring(KeyringBackend):
    """Secrets in a dict of this process; gone when the demo ends."""

    priority = 1.0  # a constant: keyring only asks while detecting, and this one is excluded

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        """The stored value, or ``None``."""
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        """Keep a value in memory."""
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        """Forget a value."""
        try:
            del self._store[(service, username)]
        except KeyError:
            raise PasswordDeleteError("no such password") from None


# keyring registers every backend subclass for auto-detection: this one must never be picked.
KeyringBackend._classes.discard(DemoMemoryKeyring)


def demo_keyring_access() -> tuple[KeyringAccess, bool]:
    """The OS key store when one is usable, else the in-memory one; ``(access, in_memory)``."""
    try:
        return KeyringAccess(), False
    except SecurityError:
        return KeyringAccess(DemoMemoryKeyring()), True
