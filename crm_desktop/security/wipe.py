"""Wipe a profile: crypto-shred first, then every file, surviving a crash half-way.

Order (DESIGN.md §3, SECURITY.md T20): write a wipe-pending marker (outside the profile
directory), delete the key-store secret S — without it the wrapped key K can never be opened
again, which is the real guarantee — then the vault, the database and its side files (emptied
before unlinking), the profile directory, its caches and its exports, and last the marker.
:func:`complete_pending_wipes` runs at every start, before any window opens, and finishes
whatever a crash or a missing key store cut short.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import time
from pathlib import Path

from crm_desktop import paths
from crm_desktop.paths import Profile, check_profile_id
from crm_desktop.security.errors import SecurityError
from crm_desktop.security.files import remove_file, write_private_file
from crm_desktop.security.keyring_access import KeyringAccess

log = logging.getLogger(__name__)

MARKER_SUFFIX = ".wipe"
DB_SIDE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def _marker_path(profile_id: str) -> Path:
    return paths.wipe_markers_dir() / f"{profile_id}{MARKER_SUFFIX}"


def _remove_tree(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        shutil.rmtree(path)


def _shred(profile_id: str, keyring: KeyringAccess | None) -> bool:
    """Delete S; False when no acceptable key store can be reached right now."""
    try:
        access = keyring if keyring is not None else KeyringAccess()
        access.delete_secret(profile_id)
    except SecurityError as exc:
        log.warning("wipe of profile %s: key store step pending (%s)", profile_id, exc.code)
        return False
    return True


def _delete_files(profile_id: str) -> None:
    remove_file(paths.vault_path(profile_id, create=False))
    db = paths.db_path(profile_id, create=False)
    for suffix in DB_SIDE_SUFFIXES:
        remove_file(db.with_name(db.name + suffix), truncate=True)
    remove_file(paths.unlock_throttle_path(profile_id, create=False))
    _remove_tree(paths.profile_dir(profile_id, create=False))
    _remove_tree(paths.profile_cache_dir(profile_id, create=False))
    _remove_tree(paths.profile_exports_dir(profile_id, create=False))


def _finish(profile_id: str, keyring: KeyringAccess | None) -> bool:
    shredded = _shred(profile_id, keyring)
    # Files go even when S could not be deleted: without the vault file K is gone as well.
    _delete_files(profile_id)
    if shredded:
        remove_file(_marker_path(profile_id))
        log.info("profile %s wiped", profile_id)
    return shredded


def wipe_profile(profile: Profile | str, keyring: KeyringAccess | None = None) -> bool:
    """Wipe one profile (a ``Profile`` or its id). Deleting what is already gone is fine.

    ``keyring`` is the key store holding S (default: the one keyring detects). Returns True
    when complete; False when the key store could not be reached — the files are deleted
    anyway and the marker stays, so the next start retries the shred.
    """
    profile_id = profile.id if isinstance(profile, Profile) else check_profile_id(profile)
    marker = {"profile_id": profile_id, "requested_at": time.time()}
    write_private_file(_marker_path(profile_id), json.dumps(marker).encode())
    return _finish(profile_id, keyring)


def pending_wipes() -> list[str]:
    """Profile ids whose wipe was started but not finished."""
    ids = []
    for marker in sorted(paths.wipe_markers_dir().glob(f"*{MARKER_SUFFIX}")):
        try:
            ids.append(check_profile_id(marker.name.removesuffix(MARKER_SUFFIX)))
        except ValueError:
            log.warning("ignoring malformed wipe marker %s", marker.name)
    return ids


def complete_pending_wipes(keyring: KeyringAccess | None = None) -> list[str]:
    """Finish every interrupted wipe; call at start before any UI. Returns the ids completed."""
    return [pid for pid in pending_wipes() if _finish(pid, keyring)]
