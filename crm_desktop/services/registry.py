"""``RegistryService``: look up Czech companies in ARES for the customer form, offline too.

Built on ``crm_desktop.services.dataio`` (``AresClient`` with timeouts, rate limit and retries;
``AresCache``; ``AresQueue``). The cache and the queue live in the encrypted store
(``local_values``), never in a plain file: the IČOs a user looks up reveal the customer base.

* ``lookup`` answers the form: the company, or a failure code; a transient failure (offline,
  timeout, registry overloaded) of a saved record is queued.
* ``drain`` runs the queue after a successful sync and applies each result through
  ``CustomerService.update`` — only to fields that are still empty and that the role may write,
  and only while the record still carries the IČO that was looked up.
* ``plan_fill`` says what a result would change in a record: empty fields it fills, and
  fields whose different value the user must decide about (never overwritten silently).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from crm_desktop import paths
from crm_desktop.services.customer_queries import CustomerQueries
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.dataio.ares import (
    ARES_BASE_URL,
    ARES_COMPANY_PATH,
    DEFAULT_TIMEOUT,
    AresCache,
    AresClient,
    AresCompany,
    is_transient,
)
from crm_desktop.services.dataio.ares_queue import AresQueue, DrainResult, PendingLookup
from crm_desktop.services.local_values import ARES_CACHE_SPACE, ARES_QUEUE_SPACE, StoreValues
from crm_desktop.store.store import Store
from crm_protocol.changes import Changes
from crm_protocol.custom_attributes import CustomAttributeDef
from crm_protocol.errors import ErrorCode, KnownError, ValidationFailed
from crm_protocol.fields import FIELDS_BY_NAME, FieldDef
from crm_protocol.permissions import Access
from crm_protocol.policy import EffectivePolicy
from crm_protocol.validation import COUNTRY_FIELD, normalise

log = logging.getLogger(__name__)

SETTINGS_FILE = "registry.json"
REST_PREFIX = ARES_COMPANY_PATH.split("/ekonomicke-subjekty/")[0]  # /ekonomicke-subjekty-v-be/rest
LEGAL_FORM_KEY = "legal_form"  # a custom attribute with this key receives the legal form
LEGAL_FORM_FIELD = f"custom.{LEGAL_FORM_KEY}"
# The order fields are reported in (the form's order).
FILL_ORDER = (
    "name",
    "ico",
    "dic",
    "street",
    "building_number",
    "postal_code",
    "city",
    "region",
    "country",
    LEGAL_FORM_FIELD,
)


@dataclass(frozen=True, slots=True)
class RegistrySettings:
    """Where ARES is: ``ares_url`` (scheme and host; the REST path is fixed in ``ares.py``).

    Read from ``registry.json`` in the config directory (``{"ares_url": "..."}``), the public
    registry when the file or the key is missing. Plain http is refused except to loopback.
    """

    ares_url: str = ARES_BASE_URL

    @classmethod
    def load(cls, path: Path | None = None) -> RegistrySettings:
        """The settings in ``path`` (default: the config directory), defaults when absent."""
        path = path or paths.config_dir(create=False) / SETTINGS_FILE
        try:
            doc = json.loads(path.read_text("utf-8"))
            url = doc.get("ares_url") if isinstance(doc, dict) else None
        except (OSError, ValueError):
            url = None
        if not isinstance(url, str) or not url.strip():
            return cls()
        # The REST prefix is part of the client's path: accept the API's documented base too.
        url = url.strip().rstrip("/")
        if url.endswith(REST_PREFIX):
            url = url[: -len(REST_PREFIX)]
        return cls(url)


@dataclass(frozen=True, slots=True)
class FieldFill:
    """One field a registry result touches: its value now and the registry's value."""

    field: str
    old: str | None
    new: str


@dataclass(frozen=True, slots=True)
class FillPlan:
    """What a registry result would do to a record.

    ``fills``: empty fields that get the registry's value. ``conflicts``: fields that hold a
    different value (the user decides). Fields already equal, without a registry value, or
    that the role may not write appear in neither.
    """

    company: AresCompany
    fills: tuple[FieldFill, ...] = ()
    conflicts: tuple[FieldFill, ...] = ()

    def values(self, *, replace: bool = False) -> dict[str, str]:
        """The values to write: the fills, plus the conflicts when ``replace``."""
        chosen = self.fills + (self.conflicts if replace else ())
        return {f.field: f.new for f in chosen}


def registry_values(
    company: AresCompany, defs: Sequence[CustomAttributeDef] = ()
) -> dict[str, str]:
    """The field values a registry entry provides (the legal form only where the record has a
    custom attribute keyed ``legal_form`` to hold it)."""
    values = {k: v for k, v in company.as_fields().items() if v is not None}
    if company.legal_form_text and any(d.field_name == LEGAL_FORM_FIELD for d in defs):
        values[LEGAL_FORM_FIELD] = company.legal_form_text
    return values


def _defn(name: str, defs: Sequence[CustomAttributeDef]) -> FieldDef | None:
    if name in FIELDS_BY_NAME:
        return FIELDS_BY_NAME[name]
    for d in defs:
        if d.field_name == name:
            return d.as_field_def()
    return None


def plan_fill(
    company: AresCompany,
    current: Mapping[str, str | None],
    writable: Collection[str],
    defs: Sequence[CustomAttributeDef] = (),
) -> FillPlan:
    """Compare a registry entry with a record's ``current`` values (as typed or stored).

    Values are compared in their canonical form ("CZ 270 74 358" equals "CZ27074358"), the
    postal code in the registry's country.
    """
    fills: list[FieldFill] = []
    conflicts: list[FieldFill] = []
    new_values = registry_values(company, defs)
    for name in sorted(new_values, key=lambda n: FILL_ORDER.index(n)):
        new = new_values[name]
        defn = _defn(name, defs)
        if name not in writable or defn is None:
            continue
        old = current.get(name)
        old_norm = normalise(defn, old, country="CZ")
        if old_norm is None:
            fills.append(FieldFill(name, old, new))
        elif old_norm.casefold() != (normalise(defn, new, country="CZ") or "").casefold():
            conflicts.append(FieldFill(name, old, new))
    return FillPlan(company, tuple(fills), tuple(conflicts))


@dataclass(frozen=True, slots=True)
class LookupOutcome:
    """The answer to one lookup from the form.

    ``company`` on success. Otherwise ``code`` says why; ``queued`` when the lookup was put in
    the offline queue (a transient failure for a saved record), ``transient`` when it may work
    later (so a new record can queue it once saved).
    """

    company: AresCompany | None = None
    code: str | None = None
    queued: bool = False
    transient: bool = False


@dataclass(frozen=True, slots=True)
class DrainedLookup:
    """What happened to one queued lookup when the queue ran.

    ``filled``: fields written into the record. ``code``: why nothing (or not everything) was
    written — a registry failure, ``not_found`` (the record is gone or carries another IČO now),
    ``forbidden`` (the role may not edit it any more), or a validation code.
    """

    customer_id: str
    ico: str
    name: str | None = None
    filled: tuple[str, ...] = ()
    dissolved: bool = False
    code: str | None = None


@dataclass(slots=True)
class DrainReport:
    """A run of the offline queue: per-lookup outcomes, the queue state, the changes made."""

    result: DrainResult = field(default_factory=lambda: DrainResult(0, 0))
    lookups: list[DrainedLookup] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)


class RegistryService:
    """ARES lookups for the signed-in user (see the module docstring)."""

    def __init__(
        self,
        client: AresClient,
        queue: AresQueue,
        customers: CustomerService,
        queries: CustomerQueries,
        policy: EffectivePolicy,
    ) -> None:
        self.client = client
        self.queue = queue
        self._customers = customers
        self._queries = queries
        self._policy = policy

    @classmethod
    def on_store(
        cls,
        store: Store,
        customers: CustomerService,
        queries: CustomerQueries,
        policy: EffectivePolicy,
        *,
        base_url: str = ARES_BASE_URL,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    ) -> RegistryService:
        """A service whose cache and queue live in ``store``; ``KnownError(insecure_url)`` for
        a plain-http URL off loopback."""
        cache = AresCache(StoreValues(store, ARES_CACHE_SPACE))
        client = AresClient(base_url, timeout=timeout, cache=cache)
        queue = AresQueue(StoreValues(store, ARES_QUEUE_SPACE))
        return cls(client, queue, customers, queries, policy)

    def close(self) -> None:
        """Close the HTTP connections."""
        self.client.close()

    # -------------------------------------------------------------------------- the form
    def lookup(self, ico: str, customer_id: str | None = None) -> LookupOutcome:
        """Look ``ico`` up now (blocking: call it off the UI thread).

        A transient failure queues the lookup when ``customer_id`` is given (a saved record).
        Never raises for a registry failure: the outcome carries the code.
        """
        try:
            return LookupOutcome(company=self.client.lookup(ico))
        except KnownError as exc:
            transient = is_transient(exc)
            queued = False
            if transient and customer_id is not None:
                self.queue.enqueue(ico, customer_id)
                queued = True
            return LookupOutcome(code=exc.code, queued=queued, transient=transient)

    def enqueue(self, ico: str, customer_id: str) -> PendingLookup:
        """Queue a lookup for a record (e.g. a new record saved while offline)."""
        return self.queue.enqueue(ico, customer_id)

    @property
    def pending(self) -> int:
        """Lookups waiting in the queue."""
        return len(self.queue)

    # -------------------------------------------------------------------------- the queue
    def drain(self) -> DrainReport:
        """Run the queued lookups and apply their results (blocking: off the UI thread)."""
        report = DrainReport()

        def on_result(item: PendingLookup, outcome: AresCompany | KnownError) -> None:
            if isinstance(outcome, KnownError):
                report.lookups.append(DrainedLookup(item.customer_id, item.ico, code=outcome.code))
                return
            drained, changes = self._apply(item, outcome)
            report.lookups.append(drained)
            report.changes = report.changes | changes

        report.result = self.queue.drain(self.client, on_result)
        return report

    def _apply(self, item: PendingLookup, company: AresCompany) -> tuple[DrainedLookup, Changes]:
        base = DrainedLookup(item.customer_id, item.ico, company.name, dissolved=company.dissolved)
        probe = self._queries.record(item.customer_id, ())
        if probe is None:
            return replace(base, code=ErrorCode.NOT_FOUND.value), Changes.none()
        defs = self._customers.custom_definitions(probe.assignment_id)
        record = self._queries.record(item.customer_id, defs)
        if record is None or record.values.get("ico") != item.ico:
            return replace(base, code=ErrorCode.NOT_FOUND.value), Changes.none()
        if not self._queries.can_edit(record):
            return replace(base, code=ErrorCode.FORBIDDEN.value), Changes.none()
        writable = [name for name in FILL_ORDER if self._writable(name, defs)]
        values = plan_fill(company, record.values, writable, defs).values()
        if record.values.get(COUNTRY_FIELD) not in (None, "CZ"):
            values.pop("postal_code", None)  # a Czech postal code would not fit that country
        code: str | None = None
        while values:
            try:
                result = self._customers.update(item.customer_id, values)
            except ValidationFailed as failed:
                code = failed.errors[0].code
                bad = {e.field for e in failed.errors}
                values = {k: v for k, v in values.items() if k not in bad}
                continue
            except KnownError as exc:
                return replace(base, code=exc.code), Changes.none()
            return replace(base, filled=tuple(values), code=code), result.changes
        return replace(base, code=code), Changes.none()

    def _writable(self, name: str, defs: Sequence[CustomAttributeDef]) -> bool:
        policy = self._policy
        if name in FIELDS_BY_NAME:
            return policy.field_access_of(name, FIELDS_BY_NAME[name].group) is Access.WRITE
        for d in defs:
            if d.field_name == name:
                return policy.field_access_of(name, d.group) is Access.WRITE
        return False
