"""Small JSON persistence behind a Protocol, for the registry cache and the lookup queue.

The desktop app should back these with its encrypted store (which IČOs a user looks up
reveals the customer base); ``JsonFile`` is the plain-file implementation for tests and tools.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Protocol

from crm_desktop.services.dataio.files import atomic_output


class JsonStorage(Protocol):
    """Loads and saves one JSON-compatible value."""

    def load(self) -> Any:
        """The saved value, or ``None`` when nothing was saved yet."""
        ...

    def save(self, data: Any) -> None:
        """Replace the saved value."""
        ...


class MemoryStorage:
    """``JsonStorage`` in memory (round-trips through JSON so it behaves like the file)."""

    def __init__(self) -> None:
        self._text: str | None = None

    def load(self) -> Any:
        """The saved value or ``None``."""
        return None if self._text is None else json.loads(self._text)

    def save(self, data: Any) -> None:
        """Keep a JSON copy of ``data``."""
        self._text = json.dumps(data)


class JsonFile:
    """``JsonStorage`` in a file, written atomically and readable by the owner only.

    A missing or unreadable file loads as ``None``: a cache or queue starts over rather than
    blocking the app.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def load(self) -> Any:
        """The saved value, ``None`` when the file is missing or damaged."""
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def save(self, data: Any) -> None:
        """Write ``data`` to the file atomically (mode 0600)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(self.path) as tmp:
            os.chmod(tmp, 0o600)
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
