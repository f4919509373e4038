"""Keyring access: per-profile secrets, refused backends, backend errors turned into codes."""

from __future__ import annotations

import base64

import keyring.backend
import pytest
from keyring.backends import chainer, fail, null
from keyring.errors import InitError, KeyringError, KeyringLocked, NoKeyringError

from crm_desktop.security.errors import SecurityCode, SecurityError
from crm_desktop.security.keyring_access import SERVICE, KeyringAccess
from tests.desktop.security.memory_keyring import (
    FailingKeyring,
    LowPriorityKeyring,
    MemoryKeyring,
    UnviableKeyring,
)

PID = "ab" * 16


def test_secret_round_trip(memory_backend: MemoryKeyring) -> None:
    access = KeyringAccess(memory_backend)
    secret = access.create_secret(PID)
    assert len(secret) == 32
    assert memory_backend.store[(SERVICE, PID)] == base64.b64encode(secret).decode()
    assert access.get_secret(PID) == secret
    assert access.has_secret(PID)
    access.delete_secret(PID)
    assert not access.has_secret(PID)
    access.delete_secret(PID)  # already gone: still fine


def test_backend_name_is_the_class_path(keyring_access: KeyringAccess) -> None:
    assert keyring_access.backend_name == "tests.desktop.security.memory_keyring.MemoryKeyring"


def test_missing_secret_has_its_own_code(keyring_access: KeyringAccess) -> None:
    with pytest.raises(SecurityError) as caught:
        keyring_access.get_secret(PID)
    assert caught.value.code == SecurityCode.KEYRING_SECRET_MISSING


@pytest.mark.parametrize("stored", ["not base64!", base64.b64encode(b"short").decode()])
def test_malformed_secret_counts_as_missing(memory_backend: MemoryKeyring, stored: str) -> None:
    memory_backend.store[(SERVICE, PID)] = stored
    with pytest.raises(SecurityError) as caught:
        KeyringAccess(memory_backend).get_secret(PID)
    assert caught.value.code == SecurityCode.KEYRING_SECRET_MISSING


@pytest.mark.parametrize(
    ("backend", "code"),
    [
        (null.Keyring(), SecurityCode.KEYRING_UNAVAILABLE),
        (fail.Keyring(), SecurityCode.KEYRING_UNAVAILABLE),
        (UnviableKeyring(), SecurityCode.KEYRING_UNAVAILABLE),
        (LowPriorityKeyring(), SecurityCode.KEYRING_INSECURE),
    ],
)
def test_unusable_backends_are_refused(
    backend: keyring.backend.KeyringBackend, code: SecurityCode
) -> None:
    with pytest.raises(SecurityError) as caught:
        KeyringAccess(backend)
    assert caught.value.code == code


def test_plaintext_file_backend_is_refused() -> None:
    alt_file = pytest.importorskip("keyrings.alt.file")
    with pytest.raises(SecurityError) as caught:
        KeyringAccess(alt_file.PlaintextKeyring())
    assert caught.value.code == SecurityCode.KEYRING_INSECURE


@pytest.mark.parametrize(
    ("env_value", "code"),
    [
        ("keyrings.alt.file.PlaintextKeyring", SecurityCode.KEYRING_INSECURE),
        ("keyring.backends.null.Keyring", SecurityCode.KEYRING_UNAVAILABLE),
        ("keyring.backends.fail.Keyring", SecurityCode.KEYRING_UNAVAILABLE),
        ("no.such.module.Keyring", SecurityCode.KEYRING_UNAVAILABLE),
    ],
)
def test_backend_forced_by_environment_is_refused(
    monkeypatch: pytest.MonkeyPatch, env_value: str, code: SecurityCode
) -> None:
    if env_value.startswith("keyrings.alt"):
        pytest.importorskip("keyrings.alt.file")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", env_value)
    with pytest.raises(SecurityError) as caught:
        KeyringAccess()
    assert caught.value.code == code


def test_chainer_with_nothing_behind_it_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # keyring's own "limit" hook narrows what the chainer may chain: here, nothing at all.
    monkeypatch.setattr(keyring.backend, "_limit", lambda backend: False)
    with pytest.raises(SecurityError) as caught:
        KeyringAccess(chainer.ChainerBackend())
    assert caught.value.code == SecurityCode.KEYRING_UNAVAILABLE


def test_chainer_of_only_plaintext_backends_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("keyrings.alt.file")
    monkeypatch.setattr(
        keyring.backend, "_limit", lambda backend: type(backend).__module__ == "keyrings.alt.file"
    )
    assert chainer.ChainerBackend.backends, "keyrings.alt backends should be chainable here"
    with pytest.raises(SecurityError) as caught:
        KeyringAccess(chainer.ChainerBackend())
    assert caught.value.code == SecurityCode.KEYRING_INSECURE


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (NoKeyringError("no backend"), SecurityCode.KEYRING_UNAVAILABLE),
        (
            InitError("Failed to create the collection: Prompt dismissed."),
            SecurityCode.KEYRING_LOCKED,
        ),
        (InitError("Failed to create the collection: no bus"), SecurityCode.KEYRING_UNAVAILABLE),
        (KeyringLocked("Failed to unlock the collection!"), SecurityCode.KEYRING_LOCKED),
        (KeyringError("backend said no"), SecurityCode.KEYRING_FAILED),
        (OSError("D-Bus connection reset"), SecurityCode.KEYRING_FAILED),
    ],
)
def test_backend_errors_become_codes(error: Exception, code: SecurityCode) -> None:
    backend = FailingKeyring()
    access = KeyringAccess(backend)
    backend.error = error
    for operation in (access.create_secret, access.get_secret, access.delete_secret):
        with pytest.raises(SecurityError) as caught:
            operation(PID)
        assert caught.value.code == code
        assert caught.value.__cause__ is error


def test_a_write_the_backend_drops_is_detected() -> None:
    class DroppingKeyring(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            pass

    keyring.backend.KeyringBackend._classes.discard(DroppingKeyring)
    with pytest.raises(SecurityError) as caught:
        KeyringAccess(DroppingKeyring()).create_secret(PID)
    assert caught.value.code == SecurityCode.KEYRING_FAILED
