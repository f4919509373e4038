"""Customer exports: to an xlsx file or, for more than one row, to the clipboard (no Qt).

DESIGN.md §8 and SECURITY.md T33/T34. An export is planned from what the list shows — its
filter, or some of its rows — limited to the rows the EXPORT permission's scopes cover and to
the fields the role may see (``export_rows``). Then:

* online: the server grants a ticket (permission, step-up password, row cap, daily quota; it
  audits every grant and every refusal) → a ``PendingExport`` row → the file, written with the
  ticket's watermark (login, server UTC time, export id) → its SHA-256 → the report (row count,
  SHA-256, outcome) → the row is marked reported. A report that does not reach the server stays
  pending; :meth:`ExportService.deliver_pending` delivers it after the next successful sync.
* offline (the server unreachable), only when the policy's ``offline_export`` limit allows it:
  a local export id and the device's UTC time in the watermark, the password checked against the
  local vault, the role's row cap checked here, and a ``PendingExport(offline=True)`` that the
  server records and audits when it is delivered at the next sync.

A cancelled or failed export leaves no file (``atomic_output``) and is reported too, with the
rows written so far and the SHA-256 of nothing. Errors are ``KnownError`` codes: the server's
(``forbidden``, ``step_up_failed``, ``too_many_attempts``, ``unknown_field``,
``export_row_cap``, ``export_quota_exceeded``) and :class:`ExportCode`.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import threading
import uuid
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import update
from sqlmodel import col, select

from crm_desktop.models import ExportReportState, PendingExport
from crm_desktop.paths import Profile
from crm_desktop.security.errors import SecurityCode, SecurityError
from crm_desktop.security.keyring_access import KeyringAccess
from crm_desktop.security.vault import Vault
from crm_desktop.services import export_api
from crm_desktop.services.context import UserContext
from crm_desktop.services.customer_queries import CustomerFilter, CustomerQueries
from crm_desktop.services.dataio.export_xlsx import ExportColumn, Watermark, write_export
from crm_desktop.services.dataio.progress import CancelToken, OperationCancelled
from crm_desktop.services.export_rows import ColumnSet, ExportRows, title_as_name
from crm_desktop.services.server_api import Requester
from crm_desktop.store import Store
from crm_desktop.sync.errors import SyncErrorCode
from crm_protocol.errors import ErrorCode, KnownError
from crm_protocol.permissions import Permission
from crm_protocol.policy import EffectivePolicy
from crm_protocol.schemas import (
    EXPORT_SCOPE_MAX,
    ApiErrorCode,
    ExportKind,
    ExportOutcome,
    ExportReport,
    ExportTicketRequest,
    OfflineExportReport,
)

log = logging.getLogger(__name__)

CLIPBOARD_MAX_ROWS = 10_000  # more rows than this belong in a file, not in the clipboard
MAX_REPORT_ATTEMPTS = 50  # a report the server keeps refusing is not sent for ever
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()  # what a cancelled or failed export "wrote"
# HTTP statuses the transport reports as "server unreachable" that do mean the server is out of
# reach (a gateway in front of it); anything else with a status came from the server itself.
_GATEWAY_STATUSES = frozenset({"502", "503", "504"})
_PENDING = PendingExport.__table__  # type: ignore[attr-defined]
# Failed deliveries that say nothing about the report itself: not counted as attempts.
_NOT_COUNTED = frozenset({ErrorCode.SERVER_UNREACHABLE.value, SyncErrorCode.SESSION_ENDED.value})


class ExportCode(StrEnum):
    """Client-side export problems (stable values; ``ui.messages`` turns them into text)."""

    NOTHING = "export_nothing"  # no row of the list is within the export scopes
    OFFLINE_NOT_ALLOWED = "export_offline_not_allowed"  # server unreachable, policy says no
    DISK_FULL = "export_disk_full"
    WRITE_DENIED = "export_write_denied"  # no permission to write there (or read-only)
    WRITE_FAILED = "export_write_failed"  # any other file-system failure (folder gone…)
    CLIPBOARD_TOO_MANY = "export_clipboard_too_many"  # more than CLIPBOARD_MAX_ROWS
    CLIPBOARD_OFFLINE = "export_clipboard_offline"  # copying rows needs the server


StepUpCheck = Callable[[str], bool]
"""Checks the user's password without the server (the local vault): True when it is right."""

Progress = Callable[[int, int], None]
"""Called with (rows done, rows in total)."""


def _no_progress(_done: int, _total: int) -> None:
    return None


@dataclass(frozen=True, slots=True)
class ExportSelection:
    """What to export: every row of the list under ``filter``, or only ``keys`` of it.

    ``keys`` are list keys (store rowids) in list order; ``description`` says in words what is
    exported, for the audit ("current list, filter: region Radom").
    """

    filter: CustomerFilter
    keys: Sequence[int] | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class ExportPlan:
    """The rows (in list order, within the export scopes) and columns an export would write."""

    columns: tuple[ExportColumn, ...]
    column_set: ColumnSet
    keys: array[int]
    scope: str

    @property
    def row_count(self) -> int:
        """Rows the export asks for."""
        return len(self.keys)

    @property
    def column_names(self) -> list[str]:
        """Field names of the columns, in order (what the ticket asks for)."""
        return [c.name for c in self.columns]


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """How an export ended: its id, the file (``None`` when none was left) and the report."""

    export_id: str
    outcome: ExportOutcome
    row_count: int
    sha256: str
    path: Path | None
    offline: bool
    reported: bool  # the server has the report (else it goes after the next sync)
    columns: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ClipboardExport:
    """Rows copied as an export of kind clipboard: the text to put on the clipboard."""

    export_id: str
    text: str
    row_count: int
    sha256: str


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    """What ``deliver_pending`` did."""

    delivered: int = 0
    failed: int = 0
    left: int = 0  # still pending (offline, or refused for now)


@dataclass(frozen=True, slots=True)
class _Grant:
    """A ticket (or, offline, the device's own stand-in for one)."""

    export_id: str
    login: str
    issued_at: datetime
    columns: frozenset[str]
    row_count: int
    offline: bool


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _stamp(moment: datetime) -> str:
    """A UTC time as the store keeps times (``utc_now()``'s format)."""
    return _utc(moment).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse_stamp(stamp: str) -> datetime:
    return _utc(datetime.fromisoformat(stamp.replace("Z", "+00:00")))


def _clip(value: str, limit: int = EXPORT_SCOPE_MAX) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _file_error(exc: OSError) -> KnownError:
    """The code for a failed write: disk full, no permission, or anything else."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        code = ExportCode.DISK_FULL
    elif isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        code = ExportCode.WRITE_DENIED
    else:
        code = ExportCode.WRITE_FAILED
    return KnownError(code, {"file": Path(str(exc.filename)).name} if exc.filename else None)


def _unreachable(exc: KnownError) -> bool:
    """The server is out of reach (not merely answering with an error, nor throttling)."""
    status = exc.detail.get("status")
    return exc.code == ErrorCode.SERVER_UNREACHABLE and (
        status is None or status in _GATEWAY_STATUSES
    )


def may_export(policy: EffectivePolicy) -> bool:
    """The policy lets the user export, as the server decides it: EXPORT granted over some
    scope and a row cap other than 0. Without it the UI has no export action at all."""
    return policy.allows(Permission.EXPORT) and policy.limits.export_row_cap != 0


def vault_step_up(profile: Profile, keyring: KeyringAccess) -> StepUpCheck:
    """The offline step-up: the password must open this profile's local vault (the same
    throttling of wrong passwords applies as at unlock)."""

    def check(password: str) -> bool:
        try:
            Vault(profile, keyring).unlock(password)
        except SecurityError as exc:
            if exc.security_code is SecurityCode.WRONG_PASSWORD:
                return False
            if exc.security_code is SecurityCode.UNLOCK_THROTTLED:
                raise KnownError(ApiErrorCode.TOO_MANY_ATTEMPTS, exc.detail) from exc
            raise
        return True

    return check


def clipboard_cell(value: str | None) -> str:
    """A value as one clipboard cell: tabs and line breaks would split it, so they go."""
    if value is None:
        return ""
    return " ".join(value.replace("\t", " ").splitlines())


def clipboard_row(values: Sequence[str | None]) -> str:
    """One row as the clipboard holds it: tab-separated cells."""
    return "\t".join(clipboard_cell(v) for v in values)


class ExportService:
    """Plans and runs exports for one signed-in user. Every method blocks (run it off the UI
    thread) and may be called from any thread."""

    def __init__(
        self,
        store: Store,
        context: UserContext,
        queries: CustomerQueries,
        requester: Requester,
        *,
        offline_step_up: StepUpCheck | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store = store
        self._ctx = context
        self._queries = queries
        self._rows = ExportRows(store, context)
        self._requester = requester
        self._offline_step_up = offline_step_up
        self._clock = clock
        self._lock = threading.Lock()  # one report at a time; guards _active
        self._active: set[str] = set()  # exports still being written: not reported yet

    # ----------------------------------------------------------------------- what may go
    @property
    def allowed(self) -> bool:
        """The cached policy lets the user export (:func:`may_export`)."""
        return may_export(self._ctx.policy)

    @property
    def offline_allowed(self) -> bool:
        """The policy allows exports while the server is unreachable."""
        return self.allowed and self._ctx.policy.limits.offline_export

    def plan(
        self,
        selection: ExportSelection,
        titles: Callable[[str], str] = title_as_name,
        *,
        columns: Sequence[str] | None = None,
    ) -> ExportPlan:
        """The rows and columns an export of ``selection`` would write.

        ``titles`` gives a standard field its column header (the UI passes translated labels).
        ``columns`` narrows the columns (the clipboard copies the list's columns); a name the
        role may not see is dropped. Without the export permission the rows are not filtered:
        the server refuses the ticket and records the refusal.
        """
        every = self._rows.columns(selection.filter.assignment_id)
        if columns is not None:
            wanted = set(columns)
            every = ColumnSet(
                tuple(n for n in every.names if n in wanted),
                tuple(d for d in every.definitions if d.field_name in wanted),
            )
        if selection.keys is None:
            keys = self._queries.ordered_keys(selection.filter)  # live rows only
            if self.allowed and self._rows.scope_clause() is not None:
                keys = self._rows.in_scope(keys)
        else:
            keys = array("q", (int(k) for k in selection.keys))
            if self.allowed:
                keys = self._rows.in_scope(keys)
        return ExportPlan(
            columns=tuple(every.export_columns(titles)),
            column_set=every,
            keys=keys,
            scope=_clip(selection.description),
        )

    # ------------------------------------------------------------------------ file export
    def export_file(
        self,
        plan: ExportPlan,
        path: Path,
        password: str,
        *,
        progress: Progress = _no_progress,
        cancel: CancelToken | None = None,
    ) -> ExportSummary:
        """Export ``plan`` to the xlsx file ``path`` (the steps: see the module docstring).

        Returns the summary — for a cancelled export too (outcome ``cancelled``, no file).
        Raises ``KnownError``: a refused ticket, or an ``ExportCode`` (offline not allowed,
        nothing to export, the file could not be written — then nothing is left on disk and
        the failure is reported).
        """
        grant = self._grant(plan, password, ExportKind.FILE)
        columns = tuple(c for c in plan.columns if c.name in grant.columns)
        names = tuple(c.name for c in columns)
        keys = plan.keys[: grant.row_count]
        self._record(grant, names, plan.scope)
        written = 0

        def rows() -> Iterator[list[str | None]]:
            nonlocal written
            for row in self._rows.values(self._narrow(plan, names), keys):
                yield row
                written += 1

        total = len(keys)
        mark = Watermark(grant.login, grant.issued_at, grant.export_id)
        try:
            progress(0, total)
            result = write_export(
                Path(path),
                columns,
                rows(),
                mark,
                progress=lambda done: progress(done, total),
                cancel=cancel,
            )
        except OperationCancelled:
            return self._finish(grant, ExportOutcome.CANCELLED, written, EMPTY_SHA256, None, names)
        except OSError as exc:
            self._finish(grant, ExportOutcome.FAILED, written, EMPTY_SHA256, None, names)
            raise _file_error(exc) from exc
        except BaseException:
            self._finish(grant, ExportOutcome.FAILED, written, EMPTY_SHA256, None, names)
            raise
        return self._finish(
            grant, ExportOutcome.COMPLETED, result.row_count, result.sha256, result.path, names
        )

    # ------------------------------------------------------------------------- clipboard
    def copy_rows(
        self, plan: ExportPlan, password: str, *, cancel: CancelToken | None = None
    ) -> ClipboardExport:
        """Rows for the clipboard as an export of kind clipboard: a ticket, then the text — a
        header line and one tab-separated line per row. The caller puts the text on the
        clipboard, then calls :meth:`report_clipboard`.

        Needs the server (``CLIPBOARD_OFFLINE`` otherwise) and at most
        :data:`CLIPBOARD_MAX_ROWS` rows (``CLIPBOARD_TOO_MANY``).
        """
        if plan.row_count > CLIPBOARD_MAX_ROWS:
            raise KnownError(ExportCode.CLIPBOARD_TOO_MANY, {"max": str(CLIPBOARD_MAX_ROWS)})
        grant = self._grant(plan, password, ExportKind.CLIPBOARD, offline_ok=False)
        columns = tuple(c for c in plan.columns if c.name in grant.columns)
        names = tuple(c.name for c in columns)
        self._record(grant, names, plan.scope)
        lines = [clipboard_row([c.title for c in columns])]
        try:
            for n, row in enumerate(
                self._rows.values(self._narrow(plan, names), plan.keys[: grant.row_count])
            ):
                if cancel is not None and n % 64 == 0:
                    cancel.raise_if_cancelled()
                lines.append(clipboard_row(row))
        except BaseException as exc:
            outcome = (
                ExportOutcome.CANCELLED
                if isinstance(exc, OperationCancelled)
                else ExportOutcome.FAILED
            )
            self._finish(grant, outcome, len(lines) - 1, EMPTY_SHA256, None, names)
            raise
        body = "\n".join(lines) + "\n"
        digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
        count = len(lines) - 1
        # Recorded as completed but held back from deliver_pending until report_clipboard.
        self._update(grant.export_id, ExportOutcome.COMPLETED, count, digest)
        return ClipboardExport(grant.export_id, body, count, digest)

    def report_clipboard(self, copied: ClipboardExport) -> bool:
        """After the text went to the clipboard: report it. True when the server has it now;
        otherwise it goes after the next sync. Never raises for an unreachable server."""
        with self._lock:
            self._active.discard(copied.export_id)
        try:
            return self._deliver_one(copied.export_id)
        except KnownError as exc:
            log.info("clipboard export report deferred: %s", exc.code)
            return False

    # ------------------------------------------------------------------ pending reports
    def pending(self) -> list[PendingExport]:
        """Exports whose report has not reached the server yet, oldest first."""
        query = (
            select(PendingExport)
            .where(col(PendingExport.state) == ExportReportState.PENDING.value)
            .order_by(col(PendingExport.created_at))
        )
        with self._store.session() as s:
            return list(s.exec(query).all())

    def deliver_pending(self, requester: Requester | None = None) -> DeliveryResult:
        """Report every pending export (call it after each successful sync). Never raises.

        Stops at "server unreachable"; a report the server refuses keeps its error on the row
        and is tried again next time (up to :data:`MAX_REPORT_ATTEMPTS`).
        """
        delivered = failed = 0
        try:
            waiting = [p for p in self.pending() if p.attempts < MAX_REPORT_ATTEMPTS]
        except Exception:  # the store is closing (lock, log out): next time
            log.exception("cannot read pending exports")
            return DeliveryResult()
        for row in waiting:
            try:
                if self._deliver_one(row.export_id, requester):
                    delivered += 1
            except KnownError as exc:
                if exc.code in _NOT_COUNTED:  # out of reach or signed out: after the next sync
                    break
                failed += 1
            except Exception:
                log.exception("delivering an export report failed")
                failed += 1
        return DeliveryResult(delivered, failed, len(waiting) - delivered)

    # ------------------------------------------------------------------------- internals
    @staticmethod
    def _narrow(plan: ExportPlan, names: Sequence[str]) -> ColumnSet:
        """The plan's columns limited to ``names`` (what the ticket granted)."""
        keep = set(names)
        return ColumnSet(
            tuple(n for n in plan.column_set.names if n in keep),
            tuple(d for d in plan.column_set.definitions if d.field_name in keep),
        )

    def _grant(
        self, plan: ExportPlan, password: str, kind: ExportKind, *, offline_ok: bool = True
    ) -> _Grant:
        """A ticket from the server; offline, the device's stand-in where the policy allows."""
        if plan.row_count == 0 or not plan.columns:
            raise KnownError(ExportCode.NOTHING)
        if not password:
            raise KnownError(ApiErrorCode.STEP_UP_FAILED)
        body = ExportTicketRequest(
            password=password,
            row_count=plan.row_count,
            columns=plan.column_names,
            scope=plan.scope,
            kind=kind,
        )
        try:
            ticket = export_api.request_ticket(self._requester, body)
        except KnownError as exc:
            if exc.code == ErrorCode.SERVER_UNREACHABLE and exc.detail.get("status") == "429":
                # The step-up is locked out like a login: never a reason to go offline.
                raise KnownError(ApiErrorCode.TOO_MANY_ATTEMPTS) from exc
            if not _unreachable(exc):
                raise
            if not offline_ok:
                raise KnownError(ExportCode.CLIPBOARD_OFFLINE) from exc
            return self._offline_grant(plan, password)
        return _Grant(
            export_id=ticket.export_id,
            login=ticket.login,
            issued_at=_utc(ticket.issued_at),
            columns=frozenset(ticket.columns),
            row_count=min(ticket.row_count, plan.row_count),
            offline=False,
        )

    def _offline_grant(self, plan: ExportPlan, password: str) -> _Grant:
        """Stand in for a ticket while offline: policy, row cap and password checked here."""
        if not self.offline_allowed or self._offline_step_up is None:
            raise KnownError(ExportCode.OFFLINE_NOT_ALLOWED)
        cap = self._ctx.policy.limits.export_row_cap
        if cap is not None and plan.row_count > cap:
            raise KnownError(ApiErrorCode.EXPORT_ROW_CAP, {"cap": str(cap)})
        if not self._offline_step_up(password):
            raise KnownError(ApiErrorCode.STEP_UP_FAILED)
        return _Grant(
            export_id=str(uuid.uuid4()),
            login=self._ctx.login,
            issued_at=_utc(self._clock()),
            columns=frozenset(plan.column_names),
            row_count=plan.row_count,
            offline=True,
        )

    def _record(self, grant: _Grant, columns: Sequence[str], scope: str) -> None:
        """The pending row, written before any row leaves: a crash mid-export is still
        reported (as failed) after the next sync."""
        with self._lock:
            self._active.add(grant.export_id)
        row = PendingExport(
            export_id=grant.export_id,
            offline=grant.offline,
            created_at=_stamp(grant.issued_at),
            outcome=ExportOutcome.FAILED.value,
            sha256=EMPTY_SHA256,
            columns=list(columns),
            scope=scope,
        )
        with self._store.session(write=True) as s:
            s.add(row)

    def _update(self, export_id: str, outcome: ExportOutcome, rows: int, sha256: str) -> None:
        with self._store.connection(write=True) as conn:
            conn.execute(
                update(_PENDING)
                .where(_PENDING.c.export_id == export_id)
                .values(outcome=outcome.value, row_count=rows, sha256=sha256)
            )

    def _finish(
        self,
        grant: _Grant,
        outcome: ExportOutcome,
        rows: int,
        sha256: str,
        path: Path | None,
        columns: tuple[str, ...],
    ) -> ExportSummary:
        """Record how the export ended, then report it at once when online."""
        self._update(grant.export_id, outcome, rows, sha256)
        with self._lock:
            self._active.discard(grant.export_id)
        reported = False
        if not grant.offline:
            try:
                reported = self._deliver_one(grant.export_id)
            except KnownError as exc:  # kept pending: deliver_pending tries again
                log.info("export report deferred: %s", exc.code)
        return ExportSummary(
            export_id=grant.export_id,
            outcome=outcome,
            row_count=rows,
            sha256=sha256,
            path=path,
            offline=grant.offline,
            reported=reported,
            columns=columns,
        )

    def _deliver_one(self, export_id: str, requester: Requester | None = None) -> bool:
        """Report one pending export; True when the server has it. Raises ``KnownError`` when
        the server is out of reach or refuses (the refusal is recorded on the row)."""
        with self._lock:
            if export_id in self._active:
                return False
            with self._store.session() as s:
                row = s.get(PendingExport, export_id)
            if row is None or row.state != ExportReportState.PENDING.value:
                return row is not None
            try:
                self._send_report(requester or self._requester, row)
            except KnownError as exc:
                if exc.code == ApiErrorCode.CONFLICT and not row.offline:
                    # Reported already (our earlier answer was lost): the server has it.
                    self._mark(export_id, None)
                    return True
                if exc.code not in _NOT_COUNTED:  # out of reach is no refusal: no attempt
                    self._mark(export_id, exc.code)
                raise
            self._mark(export_id, None)
            return True

    @staticmethod
    def _send_report(req: Requester, row: PendingExport) -> None:
        outcome = ExportOutcome(row.outcome)
        sha256 = row.sha256 or EMPTY_SHA256
        if not row.offline:
            body = ExportReport(row_count=row.row_count, sha256=sha256, outcome=outcome)
            export_api.report_export(req, row.export_id, body)
            return
        export_api.report_offline_export(
            req,
            OfflineExportReport(
                export_id=row.export_id,
                created_at=_parse_stamp(row.created_at),
                row_count=row.row_count,
                sha256=sha256,
                outcome=outcome,
                columns=list(row.columns),
                scope=row.scope,
                kind=ExportKind.FILE,
            ),
        )

    def _mark(self, export_id: str, error: str | None) -> None:
        """Reported (``error`` is None), or one more refused attempt with its code."""
        values: dict[str, Any]
        if error is None:
            values = {"state": ExportReportState.REPORTED.value, "last_error": None}
        else:
            values = {"attempts": _PENDING.c.attempts + 1, "last_error": error}
        with self._store.connection(write=True) as conn:
            conn.execute(update(_PENDING).where(_PENDING.c.export_id == export_id).values(values))
