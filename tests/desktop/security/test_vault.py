"""The key vault: K wrapped under password + keyring secret, throttled, tamper-evident."""

from __future__ import annotations

import base64
import json
import logging
import stat
import unicodedata
from pathlib import Path

import pytest

from crm_desktop import paths
from crm_desktop.paths import Profile
from crm_desktop.security.errors import SecurityCode, SecurityError
from crm_desktop.security.keyring_access import SERVICE, KeyringAccess
from crm_desktop.security.vault import DEFAULT_KDF, FREE_ATTEMPTS, KdfParams, Vault, delay_after
from tests.desktop.security.conftest import CHEAP_KDF, FakeClock
from tests.desktop.security.memory_keyring import MemoryKeyring, OtherMemoryKeyring

PASSWORD = "correct horse battery staple"
WRONG = "Tr0ub4dor&3"


def _create(profile: Profile, access: KeyringAccess, clock: FakeClock) -> tuple[Vault, bytes]:
    return Vault.create(profile, PASSWORD, access, kdf=CHEAP_KDF, clock=clock)


def _code(excinfo: pytest.ExceptionInfo[SecurityError]) -> SecurityCode:
    return excinfo.value.security_code


def _edit_vault(profile: Profile, **changes: object) -> None:
    path = paths.vault_path(profile.id)
    record = json.loads(path.read_text())
    record.update(changes)
    path.write_text(json.dumps(record))


def test_create_then_unlock_returns_the_same_key(
    profile: Profile, keyring_access: KeyringAccess, clock: FakeClock
) -> None:
    vault, key = _create(profile, keyring_access, clock)
    assert len(key) == 32
    assert Vault.exists(profile)
    assert vault.unlock(PASSWORD) == key
    assert Vault(profile, keyring_access, clock=clock).unlock(PASSWORD) == key


def test_vault_file_is_private_and_records_what_was_used(
    profile: Profile, keyring_access: KeyringAccess, clock: FakeClock
) -> None:
    vault, _ = _create(profile, keyring_access, clock)
    assert stat.S_IMODE(vault.path.stat().st_mode) == 0o600
    record = json.loads(vault.path.read_text())
    assert record["version"] == 1
    assert record["profile_id"] == profile.id
    assert record["keyring_backend"] == keyring_access.backend_name
    assert record["kdf"] == {
        "algorithm": "argon2id",
        "memory_cost_kib": 8,
        "iterations": 1,
        "lanes": 1,
    }
    assert {"salt", "nonce", "wrapped_key", "mac"} <= record.keys()


def test_default_kdf_cost_is_recorded(profile: Profile, keyring_access: KeyringAccess) -> None:
    vault, key = Vault.create(profile, PASSWORD, keyring_access)
    kdf = json.loads(vault.path.read_text())["kdf"]
    assert (kdf["memory_cost_kib"], kdf["iterations"], kdf["lanes"]) == (19 * 1024, 2, 1)
    assert KdfParams(19 * 1024, 2, 1) == DEFAULT_KDF
    assert vault.unlock(PASSWORD) == key


def test_wrong_password_is_refused(
    profile: Profile, keyring_access: KeyringAccess, clock: FakeClock
) -> None:
    vault, _ = _create(profile, keyring_access, clock)
    with pytest.raises(SecurityError) as caught:
        vault.unlock(WRONG)
    assert _code(caught) == SecurityCode.WRONG_PASSWORD
    assert caught.value.retry_after == 0


def test_throttle_grows_persists_and_blocks_even_the_right_password(
    profile: Profile, keyring_access: KeyringAccess, clock: FakeClock
) -> None:
    vault, key = _create(profile, keyring_access, clock)
    waits = []
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(SecurityError) as caught:
            vault.unlock(WRONG)
        waits.append(caught.value.retry_after)
    assert waits[:-1] == [0] * (FREE_ATTEMPTS - 1)
    first_wait = waits[-1]
    assert first_wait > 0

    # During the wait nothing is checked, not even the right password, and a restart
    # (a new Vault object over the same files) does not reset it.
    for candidate in (vault, Vault(profile, keyring_access, clock=clock)):
        with pytest.raises(SecurityError) as caught:
            candidate.unlock(PASSWORD)
        assert _code(caught) == SecurityCode.UNLOCK_THROTTLED
        assert caught.value.retry_after == pytest.approx(first_wait)
        assert caught.value.detail == {"retry_after": str(int(first_wait))}
    clock.advance(first_wait - 1)
    with pytest.raises(SecurityError) as caught:
        vault.unlock(PASSWORD)
    assert caught.value.retry_after == pytest.approx(1)

    # Past the wait a further wrong password makes the next wait longer.
    clock.advance(1)
    with pytest.raises(SecurityError) as caught:
        vault.unlock(WRONG)
    assert _code(caught) == SecurityCode.WRONG_PASSWORD
    assert caught.value.retry_after > first_wait

    clock.advance(caught.value.retry_after)
    assert Vault(profile, keyring_access, clock=clock).unlock(PASSWORD) == key
    # Success resets the counter: the next mistake is free again.
    with pytest.raises(SecurityError) as caught:
        vault.unlock(WRONG)
    assert caught.value.retry_after == 0


def test_clock_set_back_does_not_shorten_the_wait(
    profile: Profile, keyring_access: KeyringAccess, clock: FakeClock
) -> None:
    vault, _ = _create(profile, keyring_access, clock)
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(SecurityError):
            vault.unlock(WRONG)
    clock.advance(-86_400)
    with pytest.raises(SecurityError) as caught:
        vault.unlock(PASSWORD)
    assert _code(caught) == SecurityCode.UNLOCK_THROTTLED
    assert caught.value.retry_after == delay_after(FREE_ATTEMPTS)


def test_delay_grows_and_is_capped() -> None:
    delays = [delay_after(n) for n in range(40)]
    assert delays[:FREE_ATTEMPTS] == [0] * FREE_ATTEMPTS
    assert delays == sorted(delays)
    assert delays[FREE_ATTEMPTS + 1] > delays[FREE_ATTEMPTS] > 0
    assert delays[-1] == 900
    assert delay_after(10**6) == 900


def test_change_password_rewraps_the_same_key(
    profile: Profile, keyring_access: KeyringAccess, clock: FakeClock
) -> None:
    vault, key = _create(profile, keyring_access, clock)
    before = json.loads(vault.path.read_text())
    vault.change_password(PASSWORD, "a new passphrase")
    after = json.loads(vault.path.read_text())
    assert after["wrapped_key"] != before["wrapped_key"]
    assert after["salt"] != before["salt"]
    assert vault.unlock("a new passphrase") == key
    with pytest.raises(SecurityError) as caught:
        vault.unlock(PASSWORD)
    assert _code(caught) == SecurityCode.WRONG_PASSWORD


def test_change_password_can_raise_the_kdf_cost(
    profile: Profile, keyring_access: KeyringAccess, clock: FakeClock
) -> None:
    vault, key = _create(profile, keyring_access, clock)
    stronger = KdfParams(memory_cost_kib=64, iterations=2, lanes=1)
    vault.change_password(PASSWORD, PASSWORD, kdf=stronger)
    assert json.loads(vault.path.read_text())["kdf"]["memory_cost_kib"] == 64
    assert vault.unlock(PASSWORD) == key


def test_change_password_with_a_wrong_old_password_changes_nothing(
    profile: Profile, keyring_access: KeyringAccess, clock: FakeClock
) -> None:
    vault, key = _create(profile, keyring_access, clock)
    with pytest.raises(SecurityError) as caught:
        vault.change_password(WRONG, "hijacked")
    assert _code(caught) == SecurityCode.WRONG_PASSWORD
    assert vault.unlock(PASSWORD) == key


def _flip_wrapped_key_byte(record: dict[str, object]) -> None:
    wrapped = bytearray(base64.b64decode(str(record["wrapped_key"])))
    wrapped[5] ^= 0x01
    record["wrapped_key"] = base64.b64encode(bytes(wrapped)).decode()


@pytest.mark.parametrize(
    ("tamper", "code"),
    [
        (_flip_wrapped_key_byte, SecurityCode.VAULT_CORRUPT),
        (lambda r: r.update(profile_id="f" * 32), SecurityCode.VAULT_CORRUPT),
        (
            lambda r: r.update(salt=base64.b64encode(b"\0" * 16).decode()),
            SecurityCode.VAULT_CORRUPT,
        ),
        (lambda r: r["kdf"].update(iterations=2), SecurityCode.VAULT_CORRUPT),
        (lambda r: r["kdf"].update(memory_cost_kib=2**40), SecurityCode.VAULT_CORRUPT),
        (lambda r: r.update(nonce="***"), SecurityCode.VAULT_CORRUPT),
        (lambda r: r.pop("mac"), SecurityCode.VAULT_CORRUPT),
        (lambda r: r.update(version=2), SecurityCode.VAULT_VERSION_UNSUPPORTED),
        (lambda r: r.update(version=0), SecurityCode.VAULT_CORRUPT),
    ],
)
def test_tampered_vault_fails_cleanly(
    profile: Profile,
    keyring_access: KeyringAccess,
    clock: FakeClock,
    tamper: object,
    code: SecurityCode,
) -> None:
    vault, _ = _create(profile, keyring_access, clock)
    record = json.loads(vault.path.read_text())
    tamper(record)  # type: ignore[operator]
    vault.path.write_text(json.dumps(record))
    with pytest.raises(SecurityError) as caught:
        vault.unlock(PASSWORD)
    assert _code(caught) == code
    # A damaged file is not a wrong password: no throttle state was recorded.
    assert not paths.unlock_throttle_path(profile.id).exists()


@pytest.mark.parametrize("content", [b"", b"{not json", b"[]", b"\xff\xfe", b'{"format": 1}'])
def test_garbage_vault_file_is_corrupt(
    profile: Profile, keyring_access: KeyringAccess, clock: FakeClock, content: bytes
) -> None:
    vault, _ = _create(profile, keyring_access, clock)
    vault.path.write_bytes(content)
    with pytest.raises(SecurityError) as caught:
        vault.unlock(PASSWORD)
    assert _code(caught) == SecurityCode.VAULT_CORRUPT


def test_missing_keyring_secret_has_a_distinct_code(
    profile: Profile, keyring_access: KeyringAccess, clock: FakeClock
) -> None:
    vault, _ = _create(profile, keyring_access, clock)
    keyring_access.delete_secret(profile.id)
    with pytest.raises(SecurityError) as caught:
        vault.unlock(PASSWORD)
    assert _code(caught) == SecurityCode.KEYRING_SECRET_MISSING


def test_replaced_keyring_secret_is_detected(
    profile: Profile, keyring_access: KeyringAccess, clock: FakeClock
) -> None:
    vault, _ = _create(profile, keyring_access, clock)
    keyring_access.create_secret(profile.id)  # another S under the same name
    with pytest.raises(SecurityError) as caught:
        vault.unlock(PASSWORD)
    assert _code(caught) == SecurityCode.VAULT_CORRUPT


def test_another_backend_class_is_never_a_silent_downgrade(
    profile: Profile, memory_backend: MemoryKeyring, clock: FakeClock
) -> None:
    _create(profile, KeyringAccess(memory_backend), clock)
    switched = KeyringAccess(OtherMemoryKeyring(memory_backend.store))  # same secrets, other class
    with pytest.raises(SecurityError) as caught:
        Vault(profile, switched, clock=clock).unlock(PASSWORD)
    assert _code(caught) == SecurityCode.KEYRING_BACKEND_CHANGED


def test_missing_and_existing_vaults(
    profile: Profile, keyring_access: KeyringAccess, clock: FakeClock
) -> None:
    assert not Vault.exists(profile)
    with pytest.raises(SecurityError) as caught:
        Vault(profile, keyring_access, clock=clock).unlock(PASSWORD)
    assert _code(caught) == SecurityCode.VAULT_MISSING
    assert not paths.profile_dir(profile.id, create=False).exists()  # looking creates nothing
    _create(profile, keyring_access, clock)
    with pytest.raises(SecurityError) as caught:
        _create(profile, keyring_access, clock)
    assert _code(caught) == SecurityCode.VAULT_EXISTS


def test_unicode_password_is_normalised(
    profile: Profile, keyring_access: KeyringAccess, clock: FakeClock
) -> None:
    composed = "heslo-\u017elu\u0165ou\u010dk\u00fd"  # "heslo-žluťoučký", precomposed
    decomposed = unicodedata.normalize("NFD", composed)  # as some input methods deliver it
    assert decomposed != composed
    vault, key = Vault.create(profile, composed, keyring_access, kdf=CHEAP_KDF, clock=clock)
    assert vault.unlock(decomposed) == key


def _all_file_bytes(root: Path) -> bytes:
    return b"\n".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def test_no_key_material_in_any_file_or_log(
    home: Path, memory_backend: MemoryKeyring, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    """T3/T9: neither K (raw, hex, base64) nor S nor a password lands in a file or a log."""
    caplog.set_level(logging.DEBUG)
    access = KeyringAccess(memory_backend)
    profile = Profile("https://crm.example.com", "carol")
    vault, key = _create(profile, access, clock)
    with pytest.raises(SecurityError):
        vault.unlock(WRONG)
    vault.change_password(PASSWORD, "second password")
    assert vault.unlock("second password") == key
    secret_b64 = memory_backend.store[(SERVICE, profile.id)]
    secret = base64.b64decode(secret_b64)

    blob = _all_file_bytes(home) + b"\n" + caplog.text.encode()
    assert blob.strip(), "the vault should have written files"
    assert profile.id.encode() in blob  # the scan does see what was logged and written
    needles = [
        key,
        key.hex().encode(),
        key.hex().upper().encode(),
        base64.b64encode(key),
        base64.urlsafe_b64encode(key),
        secret,
        secret.hex().encode(),
        secret_b64.encode(),
        PASSWORD.encode(),
        b"second password",
        WRONG.encode(),
    ]
    for needle in needles:
        assert needle not in blob


def test_keys_and_secrets_differ_across_100_enrolments(
    memory_backend: MemoryKeyring, clock: FakeClock
) -> None:
    """T3: K comes from a CSPRNG; no enrolment reuses a key or a keyring secret."""
    access = KeyringAccess(memory_backend)
    keys = set()
    for n in range(100):
        _, key = _create(Profile("https://crm.example.com", f"user{n}"), access, clock)
        assert len(key) == 32
        keys.add(key)
    assert len(keys) == 100
    assert len(set(memory_backend.store.values())) == 100
