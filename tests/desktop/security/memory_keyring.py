"""In-memory keyring backends for the unit tests (real keyring API, no OS key store)."""

from __future__ import annotations

from collections.abc import Callable

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Keeps secrets in a dict; ``store`` may be shared between instances (one "OS")."""

    priority = 10.0  # keyring declares a classproperty; a constant is enough here

    def __init__(self, store: dict[tuple[str, str], str] | None = None) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {} if store is None else store

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise PasswordDeleteError("no such password") from None


class OtherMemoryKeyring(MemoryKeyring):
    """Same storage, another class name: stands for "the user switched key store"."""


class SpyKeyring(MemoryKeyring):
    """Calls ``on_delete`` just before deleting, to observe the order of a wipe."""

    def __init__(self, on_delete: Callable[[], None]) -> None:
        super().__init__()
        self.on_delete = on_delete

    def delete_password(self, service: str, username: str) -> None:
        self.on_delete()
        super().delete_password(service, username)


class SimulatedCrash(BaseException):
    """The process dies here; BaseException so no ``except Exception`` swallows it."""


class CrashAfterDeleteKeyring(MemoryKeyring):
    """Deletes the secret, then "crashes" before the wipe can go on."""

    def delete_password(self, service: str, username: str) -> None:
        super().delete_password(service, username)
        raise SimulatedCrash


class FailingKeyring(MemoryKeyring):
    """Raises ``error`` from every operation (once set)."""

    def __init__(self, store: dict[tuple[str, str], str] | None = None) -> None:
        super().__init__(store)
        self.error: Exception | None = None

    def _maybe_fail(self) -> None:
        if self.error is not None:
            raise self.error

    def get_password(self, service: str, username: str) -> str | None:
        self._maybe_fail()
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._maybe_fail()
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._maybe_fail()
        super().delete_password(service, username)


class LowPriorityKeyring(MemoryKeyring):
    """A backend keyring itself would call "not recommended"."""

    priority = 0.5


class UnviableKeyring(MemoryKeyring):
    """A backend whose probe fails, as SecretService does without D-Bus."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("no D-Bus session")


# keyring registers every subclass for its own auto-detection; these test doubles must never be
# picked by detection in other tests, so take them out of that registry again.
for _cls in (
    MemoryKeyring,
    OtherMemoryKeyring,
    SpyKeyring,
    CrashAfterDeleteKeyring,
    FailingKeyring,
    LowPriorityKeyring,
    UnviableKeyring,
):
    KeyringBackend._classes.discard(_cls)
