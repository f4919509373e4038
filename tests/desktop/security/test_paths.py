"""Every location lives under CRM_DESKTOP_HOME in tests; profile ids are stable and safe."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from crm_desktop import paths
from crm_desktop.paths import Profile, profile_id


def test_every_location_is_under_the_home_override(home: Path) -> None:
    pid = profile_id("https://crm.example.com", "alice")
    locations = [
        paths.config_dir(),
        paths.data_dir(),
        paths.cache_dir(),
        paths.log_dir(),
        paths.exports_dir(),
        paths.profile_dir(pid),
        paths.profile_cache_dir(pid),
        paths.profile_exports_dir(pid),
        paths.db_path(pid),
        paths.vault_path(pid),
        paths.wipe_markers_dir(),
    ]
    for location in locations:
        assert location.is_relative_to(home), location
    assert len(set(locations)) == len(locations)


def test_directories_are_created_private(home: Path) -> None:
    for directory in (paths.config_dir(), paths.data_dir(), paths.profile_dir("0" * 32)):
        assert directory.is_dir()
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700


def test_create_false_touches_nothing(home: Path) -> None:
    path = paths.vault_path("1" * 32, create=False)
    assert not path.parent.exists()


def test_db_and_vault_live_in_the_profile_dir() -> None:
    pid = Profile("https://crm.example.com", "alice").id
    assert paths.db_path(pid) == paths.profile_dir(pid) / "crm.db"
    assert paths.vault_path(pid) == paths.profile_dir(pid) / "vault.json"


@pytest.mark.parametrize(
    "spelling",
    [
        "https://crm.example.com",
        "https://CRM.Example.com/",
        "HTTPS://crm.example.com:443",
        " https://crm.example.com// ",
    ],
)
def test_profile_id_ignores_url_spelling(spelling: str) -> None:
    assert profile_id(spelling, "alice") == profile_id("https://crm.example.com", "alice")


def test_profile_id_separates_servers_logins_and_ports() -> None:
    ids = {
        profile_id("https://crm.example.com", "alice"),
        profile_id("https://crm.example.com", "bob"),
        profile_id("https://crm.example.com", "Alice"),
        profile_id("https://crm.example.org", "alice"),
        profile_id("https://crm.example.com:8443", "alice"),
        profile_id("https://crm.example.com/tenant", "alice"),
    }
    assert len(ids) == 6
    for pid in ids:
        assert paths.check_profile_id(pid) == pid


@pytest.mark.parametrize("bad", ["../../etc", "", "A" * 32, "0" * 31, "0" * 32 + "/x"])
def test_malformed_profile_ids_are_rejected(bad: str) -> None:
    with pytest.raises(ValueError, match="profile id"):
        paths.profile_dir(bad)


def test_url_without_host_is_rejected() -> None:
    with pytest.raises(ValueError, match="host"):
        profile_id("crm.example.com", "alice")
