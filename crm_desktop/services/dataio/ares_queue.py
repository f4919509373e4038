"""Registry lookups that could not run (offline, registry down), kept until they can.

Storage-agnostic: the queue persists through a ``JsonStorage`` after every change, so pending
lookups survive a restart. Delivery is at least once: a result is handed over before the item
is removed, so a crash in between repeats the lookup rather than losing it.
"""

from __future__ import annotations

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
    """A persisted FIFO of pending IČO lookups."""

    def __init__(self, storage: JsonStorage) -> None:
        self._storage = storage
        self._items: list[PendingLookup] = []
        loaded = storage.load()
        if isinstance(loaded, list):
            for item in loaded:
                try:
                    self._items.append(PendingLookup(**item))
                except TypeError:
                    continue  # a damaged entry is dropped, not fatal

    def __len__(self) -> int:
        return len(self._items)

    def pending(self) -> tuple[PendingLookup, ...]:
        """The queued lookups, oldest first."""
        return tuple(self._items)

    def enqueue(self, ico: str, customer_id: str) -> PendingLookup:
        """Queue a lookup (once per IČO and customer); ``KnownError(INVALID_ICO)`` if invalid."""
        number = normalise_ico(ico)
        for item in self._items:
            if item.ico == number and item.customer_id == customer_id:
                return item
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        item = PendingLookup(number, customer_id, now)
        self._items.append(item)
        self._save()
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
        done = 0
        while self._items:
            item = self._items[0]
            try:
                outcome: AresCompany | KnownError = client.lookup(item.ico)
            except KnownError as exc:
                if is_transient(exc):
                    return DrainResult(done, len(self._items), exc.code)
                outcome = exc
            on_result(item, outcome)
            self._items.pop(0)
            self._save()
            done += 1
        return DrainResult(done, 0)

    def _save(self) -> None:
        self._storage.save([asdict(item) for item in self._items])
