"""Registry lookups that could not run (offline, registry down), kept until they can.

Storage-agnostic: the queue persists each item through a ``JsonStorage`` (in the app, the
encrypted store), so pending lookups survive a restart. Delivery is at least once: a result is
handed over before the item is removed, so a crash in between repeats the lookup rather than
losing it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Protocol

from crm_desktop.services.dataio.ares import AresCompany, is_transient, normalise_ico
from crm_desktop.services.dataio.json_storage import JsonStorage
from crm_protocol.errors import KnownError


class CompanyLookup(Protocol):
    """What the queue needs of a client (``AresClient`` fits)."""

    def lookup(self, ico: str) -> AresCompany:
        """The company or a ``KnownError``."""
        ...


@dataclass(frozen=True, slots=True)
class PendingLookup:
    """A lookup waiting to run: the IČO, the customer it is for, and when it was queued (UTC)."""

    ico: str
    customer_id: str
    queued_at: str


@dataclass(frozen=True, slots=True)
class DrainResult:
    """How far a drain got: lookups finished, still pending, and the code that stopped it."""

    done: int
    remaining: int
    stopped_by: str | None = None


ResultCallback = Callable[[PendingLookup, AresCompany | KnownError], None]


class AresQueue:
    """A persisted FIFO of pending IČO lookups.

    Each item is stored under a zero-padded sequence number, so the storage's key order is the
    queue order. Thread-safe: lookups are queued from one worker thread while another drains;
    only one drain runs at a time (a second call returns at once with nothing done).
    """

    def __init__(self, storage: JsonStorage) -> None:
        self._storage = storage
        self._items: list[tuple[str, PendingLookup]] = []
        self._lock = threading.Lock()
        self._draining = threading.Lock()
        self._next = 0
        for key, value in storage.items():
            try:
                self._next = max(self._next, int(key) + 1)
                self._items.append((key, PendingLookup(**value)))
            except (TypeError, ValueError):
                continue  # a damaged entry is dropped, not fatal

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def pending(self) -> tuple[PendingLookup, ...]:
        """The queued lookups, oldest first."""
        with self._lock:
            return tuple(item for _, item in self._items)

    def enqueue(self, ico: str, customer_id: str) -> PendingLookup:
        """Queue a lookup (once per IČO and customer); ``KnownError(INVALID_ICO)`` if invalid."""
        number = normalise_ico(ico)
        with self._lock:
            for _, item in self._items:
                if item.ico == number and item.customer_id == customer_id:
                    return item
            now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            item = PendingLookup(number, customer_id, now)
            key = f"{self._next:012d}"
            self._next += 1
            self._items.append((key, item))
            self._storage.put(key, asdict(item))
        return item

    def lookup_or_enqueue(
        self, client: CompanyLookup, ico: str, customer_id: str
    ) -> AresCompany | None:
        """Look up now; on a transient failure queue it and return ``None``.

        Permanent failures (invalid IČO, not found, bad response) raise ``KnownError``.
        """
        try:
            return client.lookup(ico)
        except KnownError as exc:
            if not is_transient(exc):
                raise
        self.enqueue(ico, customer_id)
        return None

    def drain(self, client: CompanyLookup, on_result: ResultCallback) -> DrainResult:
        """Run queued lookups in order until done or a transient failure (still offline).

        ``on_result`` gets each company or permanent ``KnownError``; the item leaves the queue
        after it returns. A transient failure stops the drain and keeps that item and the rest.
        """
        if not self._draining.acquire(blocking=False):
            return DrainResult(0, len(self))
        try:
            done = 0
            while True:
                with self._lock:
                    if not self._items:
                        return DrainResult(done, 0)
                    key, item = self._items[0]
                try:
                    outcome: AresCompany | KnownError = client.lookup(item.ico)
                except KnownError as exc:
                    if is_transient(exc):
                        return DrainResult(done, len(self), exc.code)
                    outcome = exc
                on_result(item, outcome)
                with self._lock:
                    self._items = [(k, i) for k, i in self._items if k != key]
                    self._storage.delete(key)
                done += 1
        finally:
            self._draining.release()
