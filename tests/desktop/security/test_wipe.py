"""Wipe: keyring secret first, then every file; a crash half-way is finished at next start."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from keyring.errors import KeyringLocked

from crm_desktop import paths
from crm_desktop.paths import Profile
from crm_desktop.security.keyring_access import SERVICE, KeyringAccess
from crm_desktop.security.vault import Vault
from crm_desktop.security.wipe import complete_pending_wipes, pending_wipes, wipe_profile
from tests.desktop.security.conftest import CHEAP_KDF
from tests.desktop.security.memory_keyring import (
    CrashAfterDeleteKeyring,
    FailingKeyring,
    MemoryKeyring,
    SimulatedCrash,
    SpyKeyring,
)

DB_SUFFIXES = ("", "-wal", "-shm", "-journal")


def _populate(profile: Profile, access: KeyringAccess) -> list[Path]:
    """Enrol the profile and create every kind of file a session leaves behind."""
    Vault.create(profile, "pw", access, kdf=CHEAP_KDF)
    db = paths.db_path(profile.id)
    files = [paths.vault_path(profile.id)]
    for suffix in DB_SUFFIXES:
        side = db.with_name(db.name + suffix)
        side.write_bytes(b"encrypted pages" * 100)
        files.append(side)
    files.append(paths.profile_dir(profile.id) / "unlock-throttle.json")
    files[-1].write_text("{}")
    files.append(paths.profile_cache_dir(profile.id) / "thumbnails" / "a.bin")
    files.append(paths.profile_exports_dir(profile.id) / "customers.xlsx")
    for extra in files[-2:]:
        extra.parent.mkdir(parents=True, exist_ok=True)
        extra.write_bytes(b"x")
    return files


def _assert_gone(profile: Profile, files: list[Path]) -> None:
    for path in files:
        assert not path.exists(), path
    assert not paths.profile_dir(profile.id, create=False).exists()
    assert not paths.profile_cache_dir(profile.id, create=False).exists()
    assert not paths.profile_exports_dir(profile.id, create=False).exists()
    assert profile.id not in pending_wipes()


def test_wipe_removes_secret_files_caches_and_exports(
    profile: Profile, memory_backend: MemoryKeyring
) -> None:
    access = KeyringAccess(memory_backend)
    files = _populate(profile, access)
    bystander = Profile("https://crm.example.com", "bob")
    bystander_files = _populate(bystander, access)

    assert wipe_profile(profile, access) is True

    _assert_gone(profile, files)
    assert (SERVICE, profile.id) not in memory_backend.store
    assert not Vault.exists(profile)
    # Another profile on the same device is untouched.
    assert all(p.exists() for p in bystander_files)
    assert (SERVICE, bystander.id) in memory_backend.store


def test_wipe_shreds_the_keyring_secret_before_any_file(profile: Profile) -> None:
    seen: dict[str, bool] = {}

    def at_delete() -> None:
        seen["marker"] = profile.id in pending_wipes()
        seen["vault"] = paths.vault_path(profile.id, create=False).exists()
        seen["db"] = paths.db_path(profile.id, create=False).exists()
        seen["exports"] = paths.profile_exports_dir(profile.id, create=False).exists()

    access = KeyringAccess(SpyKeyring(at_delete))
    files = _populate(profile, access)
    assert wipe_profile(profile, access)
    assert seen == {"marker": True, "vault": True, "db": True, "exports": True}
    _assert_gone(profile, files)


def test_database_files_are_emptied_before_unlinking(
    home: Path, profile: Profile, keyring_access: KeyringAccess
) -> None:
    _populate(profile, keyring_access)
    db = paths.db_path(profile.id)
    other_name = home / "hard-link-to-db"
    os.link(db, other_name)  # stands for any other handle on the same inode
    wipe_profile(profile, keyring_access)
    assert other_name.stat().st_size == 0


def test_wiping_what_is_already_gone_is_fine(
    profile: Profile, keyring_access: KeyringAccess
) -> None:
    assert wipe_profile(profile, keyring_access)  # never enrolled
    _populate(profile, keyring_access)
    assert wipe_profile(profile.id, keyring_access)  # by id
    assert wipe_profile(profile, keyring_access)  # twice
    assert complete_pending_wipes(keyring_access) == []


def test_crash_after_the_shred_is_finished_at_next_start(
    profile: Profile, memory_backend: MemoryKeyring
) -> None:
    crashing = CrashAfterDeleteKeyring(memory_backend.store)
    files = _populate(profile, KeyringAccess(crashing))

    with pytest.raises(SimulatedCrash):
        wipe_profile(profile, KeyringAccess(crashing))
    assert (SERVICE, profile.id) not in memory_backend.store  # S is gone: the data is dead
    assert paths.vault_path(profile.id).exists()  # but the files were left behind
    assert pending_wipes() == [profile.id]

    # Next start: a fresh process with a working key store.
    completed = complete_pending_wipes(KeyringAccess(MemoryKeyring(memory_backend.store)))
    assert completed == [profile.id]
    _assert_gone(profile, files)


def test_unreachable_keyring_deletes_files_and_retries_the_shred(
    profile: Profile, memory_backend: MemoryKeyring
) -> None:
    locked = FailingKeyring(memory_backend.store)
    access = KeyringAccess(locked)
    files = _populate(profile, access)
    locked.error = KeyringLocked("Failed to unlock the collection!")

    assert wipe_profile(profile, access) is False
    for path in files:
        assert not path.exists()
    assert (SERVICE, profile.id) in memory_backend.store
    assert pending_wipes() == [profile.id]

    locked.error = None
    assert complete_pending_wipes(access) == [profile.id]
    assert (SERVICE, profile.id) not in memory_backend.store
    assert pending_wipes() == []


def test_malformed_markers_are_ignored(keyring_access: KeyringAccess) -> None:
    (paths.wipe_markers_dir() / "..%2f..%2fetc.wipe").write_text("{}")
    assert pending_wipes() == []
    assert complete_pending_wipes(keyring_access) == []
