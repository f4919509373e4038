"""T10(a): the real Secret Service (gnome-keyring under dbus-run-session) stores, returns and
deletes the profile secret, and a vault made with it unlocks and wipes.

Skips when no Secret Service is reachable — except in CI (``CI=true``) or with
``CRM_REQUIRE_REAL_KEYRING=1``, where a missing Secret Service is a failure.
"""

from __future__ import annotations

import os
import uuid

import pytest
from keyring.backends import SecretService

from crm_desktop.paths import Profile
from crm_desktop.security.errors import SecurityError
from crm_desktop.security.keyring_access import KeyringAccess
from crm_desktop.security.vault import Vault
from crm_desktop.security.wipe import wipe_profile
from tests.desktop.security.conftest import CHEAP_KDF


def _real_keyring_required() -> bool:
    return (
        os.environ.get("CI", "").lower() == "true"
        or os.environ.get("CRM_REQUIRE_REAL_KEYRING") == "1"
    )


def _secret_service() -> KeyringAccess:
    """The real backend, or fail/skip (called in the test body so a failure is a FAIL)."""
    try:
        return KeyringAccess(SecretService.Keyring())
    except SecurityError as exc:
        reason = (
            f"Secret Service not reachable ({exc.code}); run the suite under dbus-run-session "
            "with an unlocked gnome-keyring-daemon (see scripts/test)"
        )
        if _real_keyring_required():
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.mark.keyring_real
def test_secret_service_holds_unlocks_and_shreds() -> None:
    secret_service = _secret_service()
    assert secret_service.backend_name == "keyring.backends.SecretService.Keyring"
    # A unique login so a leftover entry from an earlier run can never interfere.
    profile = Profile("https://crm.example.com", f"keyring-test-{uuid.uuid4()}")
    try:
        vault, key = Vault.create(profile, "pw", secret_service, kdf=CHEAP_KDF)
        assert secret_service.has_secret(profile.id)
        assert len(secret_service.get_secret(profile.id)) == 32
        assert vault.unlock("pw") == key
        assert wipe_profile(profile, secret_service) is True
        assert not secret_service.has_secret(profile.id)
        assert not Vault.exists(profile)
    finally:
        secret_service.delete_secret(profile.id)


@pytest.mark.keyring_real
def test_default_detection_settles_on_the_secret_service(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With keyrings.alt installed keyring's default is a chainer that would also reach a
    plaintext file; the app must unwrap it to the Secret Service."""
    _secret_service()
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    assert KeyringAccess().backend_name == "keyring.backends.SecretService.Keyring"
