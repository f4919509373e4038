"""JSON values by key in one named space, behind a Protocol: the registry cache and lookup queue.

The desktop app backs a space with its encrypted store (``crm_desktop.services.local_values``,
the ``local_values`` table): which IČOs a user looks up reveals the customer base, so these
never go to a plain file. ``MemoryStorage`` is the in-memory implementation for unit tests.
"""

from __future__ import annotations

import json
import threading
from typing import Any, Protocol


class JsonStorage(Protocol):
    """Keeps JSON-compatible values by string key; every call is its own transaction."""

    def get(self, key: str) -> Any:
        """The value under ``key``, ``None`` when there is none."""
        ...

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` under ``key`` (replacing what was there)."""
        ...

    def delete(self, key: str) -> None:
        """Remove ``key`` (nothing happens when it is absent)."""
        ...

    def items(self) -> list[tuple[str, Any]]:
        """Every (key, value), in key order."""
        ...


class MemoryStorage:
    """``JsonStorage`` in memory; values round-trip through JSON like the store's column.

    Two objects built on the same ``MemoryStorage`` see the same values, which is how unit
    tests stand in for an app restart.
    """

    def __init__(self) -> None:
        self._values: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> Any:
        """The value under ``key`` or ``None``."""
        with self._lock:
            text = self._values.get(key)
        return None if text is None else json.loads(text)

    def put(self, key: str, value: Any) -> None:
        """Keep a JSON copy of ``value``."""
        text = json.dumps(value, ensure_ascii=False)
        with self._lock:
            self._values[key] = text

    def delete(self, key: str) -> None:
        """Forget ``key``."""
        with self._lock:
            self._values.pop(key, None)

    def items(self) -> list[tuple[str, Any]]:
        """Every (key, value) in key order."""
        with self._lock:
            pairs = sorted(self._values.items())
        return [(k, json.loads(v)) for k, v in pairs]

    def __len__(self) -> int:
        with self._lock:
            return len(self._values)
