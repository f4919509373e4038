"""The OS key store, and the only module of the app that imports ``keyring``.

Each profile keeps one random 32-byte secret ``S`` there (service ``crm-desktop``, username =
profile id, value base64). Backends that keep secrets in a plain or self-encrypted file
(``keyrings.alt`` and the like), the null and fail backends, and a chainer with nothing usable
behind it are refused with a ``SecurityError``: there is never a plaintext fallback
(DESIGN.md §3, SECURITY.md T10).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import keyring
import keyring.core
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyring.errors import (
    InitError,
    KeyringError,
    KeyringLocked,
    NoKeyringError,
    PasswordDeleteError,
)

from crm_desktop.security.errors import SecurityCode, SecurityError

log = logging.getLogger(__name__)

SERVICE = "crm-desktop"
SECRET_BYTES = 32

# Modules whose backends write secrets to a file we would be trusting with the key.
_INSECURE_MODULE_PREFIXES = ("keyrings.alt", "keyrings.cryptfile")
_WINDOWS_VAULT = "keyring.backends.Windows.WinVaultKeyring"
# keyring itself calls backends below this priority "not recommended".
_RECOMMENDED_PRIORITY = 1


def backend_name(backend: KeyringBackend) -> str:
    """The fully qualified class name of ``backend``, as recorded in the vault file."""
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_insecure_module(name: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in _INSECURE_MODULE_PREFIXES)


def _check_single(backend: KeyringBackend) -> KeyringBackend:
    if _is_insecure_module(type(backend).__module__):
        raise SecurityError(SecurityCode.KEYRING_INSECURE)
    if isinstance(backend, null.Keyring | fail.Keyring):
        raise SecurityError(SecurityCode.KEYRING_UNAVAILABLE)
    try:
        # Evaluating the priority is how keyring probes a backend (D-Bus reachable, …).
        priority = float(type(backend).priority)
    except Exception as exc:  # backends signal "not viable here" with assorted exceptions
        raise SecurityError(SecurityCode.KEYRING_UNAVAILABLE) from exc
    if priority < _RECOMMENDED_PRIORITY:
        raise SecurityError(SecurityCode.KEYRING_INSECURE)
    return backend


def usable_backend(backend: KeyringBackend) -> KeyringBackend:
    """Return the backend secrets may go to, or raise ``SecurityError``.

    A chainer is unwrapped to its best acceptable member, because writing through it would
    land in whichever backend ranks first — possibly a plaintext file.
    """
    if not isinstance(backend, ChainerBackend):
        return _check_single(backend)
    refusals: list[SecurityError] = []
    for member in ChainerBackend.backends:
        try:
            return _check_single(member)
        except SecurityError as exc:
            refusals.append(exc)
    insecure = any(e.security_code is SecurityCode.KEYRING_INSECURE for e in refusals)
    code = SecurityCode.KEYRING_INSECURE if insecure else SecurityCode.KEYRING_UNAVAILABLE
    raise SecurityError(code)


def _detect_default() -> KeyringBackend:
    """What keyring would pick: ``PYTHON_KEYRING_BACKEND``, keyringrc.cfg, else best viable."""
    try:
        keyring.core.init_backend()
        return keyring.get_keyring()
    except Exception as exc:  # e.g. PYTHON_KEYRING_BACKEND names a missing or unviable class
        raise SecurityError(SecurityCode.KEYRING_UNAVAILABLE) from exc


def _prefer_local_persistence(backend: KeyringBackend) -> None:
    """Windows Credential Manager roams credentials across a domain by default: keep S local."""
    if backend_name(backend) != _WINDOWS_VAULT or not hasattr(type(backend), "persist"):
        return
    try:
        # The descriptor maps this name to win32cred.CRED_PERSIST_LOCAL_MACHINE.
        setattr(backend, "persist", "local machine")  # noqa: B010 - untyped descriptor
    except Exception:  # best effort: older keyring releases, missing win32cred constant
        log.warning("could not set local-machine persistence on the Windows credential vault")


@contextmanager
def _translated() -> Iterator[None]:
    """Turn whatever a backend raises into a ``SecurityError`` with a code."""
    try:
        yield
    except SecurityError:
        raise
    except KeyringLocked as exc:
        raise SecurityError(SecurityCode.KEYRING_LOCKED) from exc
    except InitError as exc:
        # A locked Secret Service with no prompter answers "Prompt dismissed" (SECURITY.md).
        text = str(exc).lower()
        locked = "dismissed" in text or "locked" in text
        code = SecurityCode.KEYRING_LOCKED if locked else SecurityCode.KEYRING_UNAVAILABLE
        raise SecurityError(code) from exc
    except NoKeyringError as exc:
        raise SecurityError(SecurityCode.KEYRING_UNAVAILABLE) from exc
    except KeyringError as exc:
        raise SecurityError(SecurityCode.KEYRING_FAILED) from exc
    except Exception as exc:  # D-Bus and platform errors escape some backends unwrapped
        raise SecurityError(SecurityCode.KEYRING_FAILED) from exc


class KeyringAccess:
    """Per-profile secrets in one accepted OS key store.

    Pass ``backend`` to choose it explicitly (tests, a settings choice); otherwise keyring's
    own detection is used. Either way an unacceptable backend raises ``SecurityError``.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        chosen = _detect_default() if backend is None else backend
        self._backend = usable_backend(chosen)
        _prefer_local_persistence(self._backend)
        self.backend_name: str = backend_name(self._backend)
        log.info("using key store %s", self.backend_name)

    def create_secret(self, profile_id: str) -> bytes:
        """Store a fresh random secret for the profile (replacing any) and return it."""
        secret = secrets.token_bytes(SECRET_BYTES)
        encoded = base64.b64encode(secret).decode("ascii")
        with _translated():
            self._backend.set_password(SERVICE, profile_id, encoded)
            # Read back: a backend that accepts a write but drops it must not go unnoticed.
            stored = self._backend.get_password(SERVICE, profile_id)
        if stored != encoded:
            raise SecurityError(SecurityCode.KEYRING_FAILED)
        return secret

    def get_secret(self, profile_id: str) -> bytes:
        """The profile's secret; ``KEYRING_SECRET_MISSING`` if absent or malformed."""
        with _translated():
            encoded = self._backend.get_password(SERVICE, profile_id)
        if encoded is None:
            raise SecurityError(SecurityCode.KEYRING_SECRET_MISSING)
        try:
            secret = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise SecurityError(SecurityCode.KEYRING_SECRET_MISSING) from exc
        if len(secret) != SECRET_BYTES:
            raise SecurityError(SecurityCode.KEYRING_SECRET_MISSING)
        return secret

    def has_secret(self, profile_id: str) -> bool:
        """Whether the key store holds an entry for the profile."""
        with _translated():
            return self._backend.get_password(SERVICE, profile_id) is not None

    def delete_secret(self, profile_id: str) -> None:
        """Delete the profile's secret (crypto-shred). No error if it is already gone."""
        with _translated():
            if self._backend.get_password(SERVICE, profile_id) is None:
                return
            # "No such password" from a racing delete is fine: the result is verified below.
            with contextlib.suppress(PasswordDeleteError):
                self._backend.delete_password(SERVICE, profile_id)
            still_there = self._backend.get_password(SERVICE, profile_id) is not None
        if still_there:
            raise SecurityError(SecurityCode.KEYRING_FAILED)
