"""``ImportService``: import customers from an xlsx or csv file into the local store.

The use case behind the import wizard. It plugs the Qt-free building blocks of
``crm_desktop.services.dataio`` (file reading, header mapping, row validation, the report) into
the store: duplicates are looked up among the customers on this device (identifiers and phones
through the full-text index, rows without identifiers by the row key kept in ``local_values``),
and good rows are saved through ``CustomerService.create_many`` — row, owner history, outbox
entry and row key in ONE transaction per batch, so a crash leaves whole batches or nothing.

Who may import (DOMAIN.md: "group (bulk) operations" is a permission of its own): a role that
may create customers AND run bulk operations. Operators enter rows one by one; supervisors,
coordinators, principals, directors and administrators import.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Connection

from crm_desktop.models import AssignmentStatus
from crm_desktop.services.customers import BatchResult, CustomerService
from crm_desktop.services.dataio.duplicates import (
    IDENTIFIER_FIELDS,
    PHONE_FIELDS,
    IdentityKey,
    IdentityKind,
    phone_key,
)
from crm_desktop.services.dataio.header_mapping import (
    ColumnMapping,
    MappingProblem,
    MappingSuggestion,
    check_mapping,
    suggest_mapping,
)
from crm_desktop.services.dataio.import_file import ImportSource
from crm_desktop.services.dataio.import_report import write_import_report
from crm_desktop.services.dataio.importer import (
    DEFAULT_BATCH_SIZE,
    ImportedRow,
    ImportPreview,
    ImportReport,
    plan_import,
    run_import,
)
from crm_desktop.services.dataio.progress import CancelToken, ProgressCallback
from crm_desktop.services.local_values import IMPORT_ROW_KEY_SPACE, get_values, put_values
from crm_desktop.store.store import Store
from crm_protocol.custom_attributes import CustomAttributeDef
from crm_protocol.permissions import Permission, Scope
from crm_protocol.policy import EffectivePolicy, writable_fields

COUNTRY_FIELD = "country"
LANGUAGE_COUNTRIES = {"cs": "CZ", "pl": "PL"}
MATCH_TERMS = 300  # tokens in one full-text MATCH (a batch asks for ~5 per row)
IN_LIMIT = 900
_TOKEN = re.compile(r"^[0-9A-Za-z]+$")
# Full-text columns that hold each identity kind (migration 0002 indexes them compacted).
_FTS_COLUMNS = {
    IdentityKind.NIP: "nip",
    IdentityKind.REGON: "regon",
    IdentityKind.ICO: "ico",
    IdentityKind.PHONE: "{landline mobile}",
}


def can_import(policy: EffectivePolicy) -> bool:
    """True when the role may import: create customers and run bulk operations."""
    return policy.allows(Permission.CUSTOMER_CREATE) and policy.allows(Permission.BULK_OPERATIONS)


@dataclass(frozen=True, slots=True)
class ImportTarget:
    """Where imported customers go: an assignment (``None``: no assignment) and its name."""

    assignment_id: str | None
    name: str


@dataclass(frozen=True, slots=True)
class FilteredSuggestion:
    """The suggested mapping restricted to fields the role may write.

    ``refused`` lists columns whose header names a field the role may not write (column ->
    field): they are not imported, and the wizard says why.
    """

    suggestion: MappingSuggestion
    refused: dict[int, str]


class StoreDuplicateIndex:
    """``DuplicateIndex`` over the customers on this device.

    NIP, REGON, IČO and phone numbers are found through the full-text index (which stores them
    as digits, phones also in their national nine-digit form) and confirmed on the row itself;
    rows without identifiers by the row key an earlier import stored with the customer.
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    def lookup(self, keys: Collection[IdentityKey]) -> dict[IdentityKey, str]:
        """The existing customer id for each of ``keys`` already taken on this device."""
        wanted = set(keys)
        found: dict[IdentityKey, str] = {}
        with self._store.connection() as conn:
            searchable = [k for k in wanted if k.kind in _FTS_COLUMNS and _TOKEN.match(k.value)]
            for start in range(0, len(searchable), MATCH_TERMS):
                self._match(conn, searchable[start : start + MATCH_TERMS], wanted, found)
            row_keys = sorted(k.value for k in wanted if k.kind is IdentityKind.ROW_KEY)
            if row_keys:
                owners = get_values(conn, IMPORT_ROW_KEY_SPACE, row_keys)
                live = _live_ids(conn, [str(v) for v in owners.values()])
                for key, customer_id in owners.items():
                    if customer_id in live:
                        found.setdefault(IdentityKey(IdentityKind.ROW_KEY, key), str(customer_id))
        return found

    @staticmethod
    def _match(
        conn: Connection,
        keys: Sequence[IdentityKey],
        wanted: set[IdentityKey],
        found: dict[IdentityKey, str],
    ) -> None:
        by_column: dict[str, list[str]] = {}
        for key in keys:
            by_column.setdefault(_FTS_COLUMNS[key.kind], []).append(f'"{key.value}"')
        match = " OR ".join(
            f"({column} : ({' OR '.join(tokens)}))" for column, tokens in by_column.items()
        )
        rows = conn.execute(
            text(
                "SELECT c.id, c.nip, c.regon, c.ico, c.landline, c.mobile"
                " FROM customer_search AS s CROSS JOIN customers AS c ON c.rowid = s.rowid"
                " WHERE customer_search MATCH :match AND c.deleted = 0"
            ),
            {"match": match},
        )
        for row in rows:
            customer_id = str(row[0])
            values = dict(zip(("nip", "regon", "ico", "landline", "mobile"), row[1:], strict=True))
            held = [
                IdentityKey(k, str(values[n])) for n, k in IDENTIFIER_FIELDS.items() if values[n]
            ]
            for name in PHONE_FIELDS:
                digits = phone_key(str(values[name])) if values[name] else None
                if digits:
                    held.append(IdentityKey(IdentityKind.PHONE, digits))
            for key in held:
                if key in wanted:
                    found.setdefault(key, customer_id)


def _live_ids(conn: Connection, ids: Sequence[str]) -> set[str]:
    live: set[str] = set()
    for start in range(0, len(ids), IN_LIMIT):
        chunk = list(ids[start : start + IN_LIMIT])
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        rows = conn.execute(
            text(f"SELECT id FROM customers WHERE deleted = 0 AND id IN ({marks})"),  # noqa: S608
            {f"i{n}": v for n, v in enumerate(chunk)},
        )
        live.update(str(r[0]) for r in rows)
    return live


def _has_identifier(values: Mapping[str, str | None]) -> bool:
    return any(values.get(name) for name in IDENTIFIER_FIELDS)


class CustomerImportSink:
    """``ImportSink`` that saves each batch through ``CustomerService.create_many``.

    One store transaction per batch: the customers, their owner history and outbox entries, and
    the row keys of rows without identifiers (so a second import finds them) commit together.
    ``on_saved(result, rows)`` is called after each committed batch (progress, change
    announcements).
    """

    def __init__(
        self,
        customers: CustomerService,
        assignment_id: str | None,
        on_saved: Callable[[BatchResult, Sequence[ImportedRow]], None] | None = None,
    ) -> None:
        self._customers = customers
        self._assignment_id = assignment_id
        self._on_saved = on_saved

    def save_batch(self, rows: Sequence[ImportedRow]) -> None:
        """Save every row or raise and save nothing."""

        def keep_row_keys(conn: Connection, ids: Sequence[str]) -> None:
            keyed = [
                (row.key, customer_id)
                for row, customer_id in zip(rows, ids, strict=True)
                if not _has_identifier(row.values)
            ]
            put_values(conn, IMPORT_ROW_KEY_SPACE, keyed)

        result = self._customers.create_many(
            [row.values for row in rows], assignment_id=self._assignment_id, also=keep_row_keys
        )
        if self._on_saved is not None:
            self._on_saved(result, rows)


class ImportService:
    """Import customers for the signed-in user (see the module docstring)."""

    def __init__(self, store: Store, customers: CustomerService, policy: EffectivePolicy) -> None:
        self._store = store
        self._customers = customers
        self._policy = policy
        self.duplicates = StoreDuplicateIndex(store)

    @property
    def allowed(self) -> bool:
        """Whether this user may import at all."""
        return can_import(self._policy)

    # ---------------------------------------------------------------------- where to
    def targets(self, user_id: str) -> list[ImportTarget]:
        """Where this user may import to: "no assignment" when their create scope allows it,
        then the open assignments they may create records in, by name."""
        scopes = self._policy.scopes(Permission.CUSTOMER_CREATE)
        broad = bool(scopes & {Scope.ALL, Scope.OWN, Scope.TEAM})
        sql = "SELECT a.id, a.name FROM assignments AS a WHERE a.status = :open"
        params: dict[str, str] = {"open": AssignmentStatus.OPEN.value}
        if not broad:
            sql += (
                " AND EXISTS (SELECT 1 FROM assignment_members AS m"
                " WHERE m.assignment_id = a.id AND m.user_id = :u)"
            )
            params["u"] = user_id
        with self._store.connection() as conn:
            rows = conn.execute(text(sql + " ORDER BY a.name"), params).all()
        found = [ImportTarget(str(r[0]), str(r[1])) for r in rows]
        return ([ImportTarget(None, "")] if broad else []) + found

    # ---------------------------------------------------------------------- the file
    def open(self, path: Path) -> ImportSource:
        """Read the headers of ``path``; ``KnownError`` (``bad_file``, unsupported type)."""
        return ImportSource.open(path, header_score=lambda h: len(suggest_mapping(h).mapping))

    def definitions(self, assignment_id: str | None) -> tuple[CustomAttributeDef, ...]:
        """Custom attributes of records in ``assignment_id``."""
        return self._customers.custom_definitions(assignment_id)

    def writable_targets(self, assignment_id: str | None) -> tuple[str, ...]:
        """Fields a column may be imported into: the ones this role may write."""
        return writable_fields(self._policy, self.definitions(assignment_id))

    def suggest(self, source: ImportSource, assignment_id: str | None) -> FilteredSuggestion:
        """The suggested mapping for ``source``, without fields this role may not write."""
        defs = self.definitions(assignment_id)
        suggestion = suggest_mapping(source.headers, defs)
        writable = set(writable_fields(self._policy, defs))
        refused = {c: f for c, f in suggestion.mapping.items() if f not in writable}
        kept = {c: f for c, f in suggestion.mapping.items() if f in writable}
        unmatched = tuple(sorted((*suggestion.unmatched, *refused)))
        return FilteredSuggestion(MappingSuggestion(kept, unmatched, suggestion.language), refused)

    def problems(
        self, mapping: Mapping[int, str], headers: Sequence[str], assignment_id: str | None
    ) -> tuple[MappingProblem, ...]:
        """What stops ``mapping`` from being used (``check_mapping`` on this assignment)."""
        return check_mapping(mapping, headers, self.definitions(assignment_id))

    def can_set_country(self, mapping: Mapping[int, str]) -> bool:
        """Whether rows without a country may get one: the role writes the country field and
        no column of the file feeds it."""
        return COUNTRY_FIELD not in mapping.values() and COUNTRY_FIELD in writable_fields(
            self._policy
        )

    @staticmethod
    def suggested_country(language: str | None) -> str | None:
        """The country a file's header language suggests (Czech headers: CZ, Polish: PL)."""
        return LANGUAGE_COUNTRIES.get(language or "")

    # ---------------------------------------------------------------------- the work
    def preview(
        self,
        source: ImportSource,
        mapping: ColumnMapping,
        assignment_id: str | None,
        *,
        default_country: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportPreview:
        """Read the whole file and count what the import would do; saves nothing."""
        return plan_import(
            source,
            mapping,
            duplicates=self.duplicates,
            custom_defs=self.definitions(assignment_id),
            default_country=self._country(mapping, default_country),
            progress=progress,
            cancel=cancel,
        )

    def run(
        self,
        source: ImportSource,
        mapping: ColumnMapping,
        assignment_id: str | None,
        *,
        default_country: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        on_saved: Callable[[BatchResult], None] | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportReport:
        """Import the good rows in all-or-nothing batches; the report says how it ended."""

        def saved(result: BatchResult, rows: Sequence[ImportedRow]) -> None:
            if on_saved is not None:
                on_saved(result)
            if progress is not None and rows:
                progress(rows[-1].source_row - 1)  # data rows read so far (the header is row 1)

        sink = CustomerImportSink(self._customers, assignment_id, saved)
        return run_import(
            source,
            mapping,
            sink,
            duplicates=self.duplicates,
            custom_defs=self.definitions(assignment_id),
            default_country=self._country(mapping, default_country),
            batch_size=batch_size,
            progress=progress,
            cancel=cancel,
        )

    def _country(self, mapping: Mapping[int, str], country: str | None) -> str | None:
        return country if country and self.can_set_country(mapping) else None

    @staticmethod
    def write_report(
        path: Path,
        report: ImportReport,
        *,
        describe: Callable[[str], str],
        titles: Sequence[str],
    ) -> int:
        """Write the bad rows of ``report`` to a new xlsx; returns the lines written."""
        return write_import_report(
            path, report.bad_rows, describe=lambda code: describe(code.value), titles=titles
        )
