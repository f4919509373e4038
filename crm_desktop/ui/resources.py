"""Where the UI finds its resource files (style sheets, translations, icons)."""

from __future__ import annotations

from pathlib import Path

# In a source checkout (and an editable install) ``resources/`` sits next to the packages; the
# desktop bundle copies it to the same relative place.
RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """A path under ``resources/``."""
    return RESOURCES_DIR.joinpath(*parts)
