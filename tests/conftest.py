"""Suite-wide fixtures: every test runs with the app's locations redirected to a temp dir."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_app_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point every location of the app at a fresh temp dir (STYLE.md rule 12)."""
    home = tmp_path_factory.mktemp("crm-home")
    monkeypatch.setenv("CRM_DESKTOP_HOME", str(home))
    return home
