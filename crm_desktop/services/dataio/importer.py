"""Validate import rows and save the good ones in all-or-nothing batches.

``plan_import`` reads the whole file once and counts what would happen; ``run_import`` reads
it again and hands good rows to an ``ImportSink`` in batches. The sink (the customer service
with its outbox) saves each batch in one transaction, so a failure leaves whole batches saved
and nothing of the failed one. Bad rows come back as ``BadRow`` records for the report file.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from crm_desktop.services.dataio.codes import DataIoCode, IssueCode
from crm_desktop.services.dataio.duplicates import (
    IDENTIFIER_FIELDS,
    PHONE_FIELDS,
    DuplicateIndex,
    IdentityKey,
    IdentityKind,
    first_match,
    identity_keys,
    phone_key,
    row_key,
)
from crm_desktop.services.dataio.header_mapping import check_mapping
from crm_desktop.services.dataio.import_file import ImportSource, SourceRow
from crm_desktop.services.dataio.progress import CancelToken, OperationCancelled, ProgressCallback
from crm_protocol.custom_attributes import CustomAttributeDef
from crm_protocol.errors import KnownError
from crm_protocol.validation import validate_customer

DEFAULT_BATCH_SIZE = 500
PROGRESS_EVERY = 1000
EXAMPLES = 50
COUNTRY_FIELD = "country"


@dataclass(frozen=True, slots=True)
class RowIssue:
    """One problem of one row.

    ``column`` is the header as written in the file ("" when no column feeds ``field``);
    ``detail`` is a non-text parameter for the message: the earlier row a duplicate repeats,
    or the id of the existing customer it matches.
    """

    column: str
    field: str
    code: IssueCode
    value: str | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class BadRow:
    """A row that was not imported: its number in the file and every reason."""

    source_row: int
    issues: tuple[RowIssue, ...]


@dataclass(frozen=True, slots=True)
class ImportedRow:
    """A good row for the sink: normalised values and the row key to store with the customer
    (so a second import of the same file finds it through the ``DuplicateIndex``)."""

    source_row: int
    key: str
    values: dict[str, str | None]


class ImportSink(Protocol):
    """Saves one batch of rows in one transaction: all of them or, by raising, none."""

    def save_batch(self, rows: Sequence[ImportedRow]) -> None:
        """Save every row or raise and save nothing."""
        ...


@dataclass(slots=True)
class ImportPreview:
    """Counts over the rows read; every row is in exactly one of the four after ``total``.

    ``issues`` counts bad rows by problem code (a row with several problems counts under each
    of their codes); ``examples`` holds the first ``EXAMPLES`` bad rows, for the preview.
    """

    total: int = 0
    valid: int = 0
    invalid: int = 0
    duplicates_in_file: int = 0
    duplicates_existing: int = 0
    issues: dict[str, int] = field(default_factory=dict)
    examples: list[BadRow] = field(default_factory=list)

    @property
    def bad(self) -> int:
        """Rows that will not be imported."""
        return self.invalid + self.duplicates_in_file + self.duplicates_existing


class ImportStatus(StrEnum):
    """How an import run ended."""

    COMPLETED = "completed"
    CANCELLED = "cancelled"
    FAILED = "failed"  # the sink refused a batch


@dataclass(slots=True)
class ImportReport:
    """What an import run did.

    ``counts`` covers the rows read (reading stops at a failure or cancel); ``saved`` is what
    the sink accepted. On a stop, ``stopped_at_row`` is the first file row not saved because of
    it, ``last_saved_row`` the last row of the last saved batch, and ``failed_batch`` the
    1-based number of the batch the sink refused.
    """

    status: ImportStatus = ImportStatus.COMPLETED
    counts: ImportPreview = field(default_factory=ImportPreview)
    saved: int = 0
    batches_saved: int = 0
    bad_rows: list[BadRow] = field(default_factory=list)
    stopped_at_row: int | None = None
    last_saved_row: int | None = None
    failed_batch: int | None = None
    failure_code: str | None = None
    error: Exception | None = None


@dataclass(frozen=True, slots=True)
class _Checked:
    """A row that passed validation and the in-file duplicate check."""

    source_row: int
    values: dict[str, str | None]
    key: str
    identities: list[IdentityKey]


class _RowChecker:
    """Validation and in-file duplicate detection, one row at a time."""

    def __init__(
        self,
        source: ImportSource,
        mapping: Mapping[int, str],
        custom_defs: Sequence[CustomAttributeDef],
        default_country: str | None,
    ) -> None:
        problems = check_mapping(mapping, source.headers, custom_defs)
        if problems:
            first = problems[0]
            column = "" if first.column is None else str(first.column)
            raise KnownError(first.code, {"field": first.field, "column": column})
        self._mapping = sorted(mapping.items())
        self._column_of = {f: source.headers[i] for i, f in mapping.items()}
        self._custom_defs = tuple(custom_defs)
        self._default_country = default_country
        # hash of identity -> first row; ints keep 100k-row files in a few tens of MB
        self._seen: dict[int, int] = {}

    def column_of(self, field_name: str) -> str:
        return self._column_of.get(field_name, "")

    def check(self, row: SourceRow) -> _Checked | BadRow:
        cells = row.cells
        values = {f: cells[i] if i < len(cells) else None for i, f in self._mapping}
        if self._default_country and not values.get(COUNTRY_FIELD):
            values[COUNTRY_FIELD] = self._default_country
        normalised, errors = validate_customer(values, self._custom_defs)
        if errors:
            issues = tuple(
                RowIssue(self.column_of(e.field), e.field, e.code, values.get(e.field))
                for e in errors
            )
            return BadRow(row.number, issues)
        key = row_key(normalised)
        identities = identity_keys(normalised, key)
        for identity in identities:
            first = self._seen.get(hash(identity))
            if first is not None:
                issue = self._identity_issue(identity, normalised, DataIoCode.DUPLICATE_IN_FILE)
                return BadRow(row.number, (issue(str(first)),))
        for identity in identities:
            self._seen[hash(identity)] = row.number
        return _Checked(row.number, normalised, key, identities)

    def existing_issue(self, checked: _Checked, found: Mapping[IdentityKey, str]) -> BadRow | None:
        match = first_match(checked.identities, found)
        if match is None:
            return None
        identity, customer_id = match
        issue = self._identity_issue(identity, checked.values, DataIoCode.DUPLICATE_EXISTING)
        return BadRow(checked.source_row, (issue(customer_id),))

    def _identity_issue(
        self, identity: IdentityKey, values: Mapping[str, str | None], code: DataIoCode
    ) -> _IssueFactory:
        field_name = _identity_field(identity, values)
        return _IssueFactory(self.column_of(field_name), field_name, code, values.get(field_name))


@dataclass(frozen=True, slots=True)
class _IssueFactory:
    column: str
    field: str
    code: DataIoCode
    value: str | None

    def __call__(self, detail: str) -> RowIssue:
        return RowIssue(self.column, self.field, self.code, self.value, detail)


def _identity_field(identity: IdentityKey, values: Mapping[str, str | None]) -> str:
    """The field an identity key came from (the name for a row key)."""
    if identity.kind is IdentityKind.PHONE:
        for name in PHONE_FIELDS:
            raw = values.get(name)
            if raw and phone_key(raw) == identity.value:
                return name
    for name, kind in IDENTIFIER_FIELDS.items():
        if kind is identity.kind:
            return name
    return "name"


def _lookup_existing(
    duplicates: DuplicateIndex, rows: Sequence[_Checked]
) -> Mapping[IdentityKey, str]:
    keys = {identity for row in rows for identity in row.identities}
    return duplicates.lookup(keys) if keys else {}


def _classify(
    checker: _RowChecker,
    rows: Iterator[SourceRow],
    duplicates: DuplicateIndex,
    counts: ImportPreview,
    chunk: int,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
) -> Generator[tuple[list[_Checked], list[BadRow]], None, None]:
    """Chunks of (good rows, bad rows): at most ``chunk`` rows read per chunk."""
    pending: list[_Checked] = []
    bad: list[BadRow] = []
    read = 0
    for row in rows:
        if cancel is not None:
            cancel.raise_if_cancelled()
        read += 1
        counts.total += 1
        result = checker.check(row)
        if isinstance(result, BadRow):
            if result.issues[0].code is DataIoCode.DUPLICATE_IN_FILE:
                counts.duplicates_in_file += 1
            else:
                counts.invalid += 1
            bad.append(result)
        else:
            pending.append(result)
        if progress is not None and read % PROGRESS_EVERY == 0:
            progress(read)
        if len(pending) >= chunk:
            yield _split_existing(checker, duplicates, pending, bad, counts)
            pending, bad = [], []
    if pending or bad:
        yield _split_existing(checker, duplicates, pending, bad, counts)
    if progress is not None:
        progress(read)


def _split_existing(
    checker: _RowChecker,
    duplicates: DuplicateIndex,
    pending: list[_Checked],
    bad: list[BadRow],
    counts: ImportPreview,
) -> tuple[list[_Checked], list[BadRow]]:
    found = _lookup_existing(duplicates, pending)
    good: list[_Checked] = []
    for checked in pending:
        existing = checker.existing_issue(checked, found) if found else None
        if existing is None:
            good.append(checked)
            counts.valid += 1
        else:
            bad.append(existing)
            counts.duplicates_existing += 1
    bad.sort(key=lambda b: b.source_row)
    for row in bad:
        for code in {issue.code.value for issue in row.issues}:
            counts.issues[code] = counts.issues.get(code, 0) + 1
    room = EXAMPLES - len(counts.examples)
    if room > 0:
        counts.examples.extend(bad[:room])
    return good, bad


def plan_import(
    source: ImportSource,
    mapping: Mapping[int, str],
    *,
    duplicates: DuplicateIndex,
    custom_defs: Sequence[CustomAttributeDef] = (),
    default_country: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ImportPreview:
    """Read the whole file and count what an import would do; nothing is saved.

    Raises ``KnownError`` for an unusable mapping or file, ``OperationCancelled`` on cancel.
    ``default_country`` fills rows without a country (and decides their postal-code format).
    """
    checker = _RowChecker(source, mapping, custom_defs, default_country)
    counts = ImportPreview()
    for _ in _classify(
        checker, source.rows(), duplicates, counts, DEFAULT_BATCH_SIZE, progress, cancel
    ):
        pass
    return counts


def run_import(
    source: ImportSource,
    mapping: Mapping[int, str],
    sink: ImportSink,
    *,
    duplicates: DuplicateIndex,
    custom_defs: Sequence[CustomAttributeDef] = (),
    default_country: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Import the good rows through ``sink`` in batches of up to ``batch_size`` rows.

    Never raises for a refused batch or a cancel: the report says how it ended and where it
    stopped (every batch before that is saved, nothing of the rest). Raises ``KnownError`` for
    an unusable mapping or file before anything is saved.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    checker = _RowChecker(source, mapping, custom_defs, default_country)
    report = ImportReport()
    chunks = _classify(
        checker, source.rows(), duplicates, report.counts, batch_size, progress, cancel
    )
    try:
        for good, bad in chunks:
            report.bad_rows.extend(bad)
            if not good:
                continue
            if cancel is not None and cancel.cancelled:
                report.status = ImportStatus.CANCELLED
                report.stopped_at_row = good[0].source_row
                break
            batch = [ImportedRow(c.source_row, c.key, c.values) for c in good]
            try:
                sink.save_batch(batch)
            except Exception as exc:  # any failure of the sink ends the run; it is reported
                report.status = ImportStatus.FAILED
                report.stopped_at_row = batch[0].source_row
                report.failed_batch = report.batches_saved + 1
                report.failure_code = (
                    exc.code if isinstance(exc, KnownError) else DataIoCode.IMPORT_SAVE_FAILED
                )
                report.error = exc
                break
            report.saved += len(batch)
            report.batches_saved += 1
            report.last_saved_row = batch[-1].source_row
    except OperationCancelled:
        report.status = ImportStatus.CANCELLED
        report.stopped_at_row = (report.last_saved_row or 1) + 1
    finally:
        chunks.close()
    return report
