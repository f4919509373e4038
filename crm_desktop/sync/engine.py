"""The sync engine: push the outbox, pull pages, reconcile, keep the lease, obey wipes. No Qt.

One engine per open profile; call it from one thread (the runner's worker). Every server
answer that changes local data is applied in one local transaction together with the state
that records it (cursor, outbox), so a crash at any moment costs at most a page of work and
never loses or repeats a mutation: mutation ids make a re-sent push a ``duplicate``.

Besides customer rows (with their flags, comments and owner history), pages and reconciles
bring the device's assignments and the people its data names. A store synced before the
server sent those re-fetches its rows once (``state.ENTITIES``), as soon as a server that
sends them answers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from functools import partial
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.engine import Connection

from crm_desktop.models import Conflict, Customer, utc_now
from crm_desktop.store import Store
from crm_desktop.sync import apply, directory, outbox, state
from crm_desktop.sync.attachments import keep_flags_of, revoke_verification
from crm_desktop.sync.errors import Cancelled, SyncError, SyncErrorCode, WipeRequired
from crm_desktop.sync.http import CursorGone, SessionEnded
from crm_desktop.sync.lease import LeaseStatus, check_lease, verify_lease
from crm_protocol.changes import Changes
from crm_protocol.sync import (
    ALL_FIELDS,
    MAX_PUSH_MUTATIONS,
    MAX_ROWS_REQUEST,
    Directive,
    Mutation,
    MutationOp,
    MutationResult,
    MutationStatus,
    PullPage,
    RowsPage,
)

RECONCILE_EVERY = timedelta(days=1)
ENTITIES_VERSION = "1"  # what ``state.ENTITIES`` holds once the device has them
VERIFICATION_GROUP = "verification"  # crm_protocol.fields.FieldGroup.VERIFICATION
_K = Conflict.__table__  # type: ignore[attr-defined]
_C = Customer.__table__  # type: ignore[attr-defined]


class Transport(Protocol):
    """What the engine needs from the server (``HttpTransport`` in production)."""

    def hello(self) -> dict[str, Any]: ...
    def push(self, mutations: Sequence[Mutation]) -> list[MutationResult]: ...
    def pull(self, cursor: str, limit: int) -> PullPage: ...
    def reconcile(
        self, cursor: str | None, held: Sequence[tuple[str, int | None]], groups: Sequence[str]
    ) -> dict[str, Any]: ...
    def rows(self, ids: Sequence[str]) -> RowsPage: ...
    def wait(self, cursor: str, timeout: float) -> bool: ...
    def device_status(self) -> Directive: ...
    def wipe_ack(self) -> None: ...


class Choice(StrEnum):
    """How the user resolves one conflicting field."""

    MINE = "mine"
    THEIRS = "theirs"
    ORIGINAL = "original"


Progress = Callable[[str, int, int], None]  # (phase, done, total)


@dataclass
class SyncReport:
    """What one sync did."""

    pushed: dict[str, int] = field(default_factory=dict)  # status -> count
    rows: int = 0
    revoked: int = 0
    reconciled: bool = False
    changes: Changes = field(default_factory=Changes)


def _no_progress(_phase: str, _done: int, _total: int) -> None:
    return None


# Rows per pull page and per /sync/rows request. Small enough that decoding one answer (the
# JSON parser holds the GIL throughout) does not stall the UI thread: 5,000-row answers of
# ~5 MB took 100-180 ms to parse; 1,000 rows cost ~20 ms, for a few more round trips.
PAGE_ROWS = 1000


class SyncEngine:
    """Push, pull, reconcile and lease for one profile's store."""

    def __init__(
        self,
        store: Store,
        transport: Transport,
        *,
        on_wipe: Callable[[], None],
        page_size: int = PAGE_ROWS,
        push_batch: int = MAX_PUSH_MUTATIONS,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.store = store
        self.transport = transport
        self.on_wipe = on_wipe
        self.page_size = page_size
        self.rows_chunk = min(page_size, MAX_ROWS_REQUEST)
        self.push_batch = min(push_batch, MAX_PUSH_MUTATIONS)
        self.clock = clock

    # --- guards ------------------------------------------------------------------------

    @staticmethod
    def _check(cancel: threading.Event | None) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled

    def _guard(self, call: Callable[[], Any]) -> Any:
        """Run a server call; a dead session ends in a wipe or a re-login request."""
        try:
            return call()
        except SessionEnded:
            directive = self.transport.device_status()
            if directive is Directive.WIPE:
                self.wipe()
                raise WipeRequired from None
            raise SyncError(SyncErrorCode.SESSION_ENDED) from None

    def wipe(self) -> None:
        """Crypto-shred this profile (``on_wipe``), then tell the server (audited)."""
        self.on_wipe()
        try:
            self.transport.wipe_ack()
        except Exception:
            return

    # --- hello and lease ---------------------------------------------------------------

    def hello(self) -> None:
        """Pin the server key at first contact (refuse another key later); keep the lease."""
        doc = self._guard(self.transport.hello)
        with self.store.connection(write=True) as conn:
            pinned = state.get(conn, state.PUBLIC_KEY)
            if pinned is None:
                state.put(conn, state.PUBLIC_KEY, doc["public_key"])
                state.put(conn, state.KEY_ID, doc["key_id"])
            elif pinned != doc["public_key"]:
                raise SyncError(SyncErrorCode.KEY_MISMATCH)
            state.put(conn, state.USER_ID, doc["user_id"])
            state.put_json(conn, state.POLICY, doc["policy"])
            self._keep_lease(conn, doc["lease"], doc["server_time"])

    def _keep_lease(self, conn: Connection, lease: Mapping[str, Any], server_time: str) -> None:
        key = state.get(conn, state.PUBLIC_KEY)
        if key is None:
            return  # no pin yet: hello() stores the first lease
        try:
            verify_lease(lease, key)
        except ValueError:
            raise SyncError(SyncErrorCode.BAD_LEASE) from None
        state.put_json(conn, state.LEASE, lease)
        previous = state.get(conn, state.LAST_SERVER_TIME)
        if previous is None or previous < server_time:
            state.put(conn, state.LAST_SERVER_TIME, server_time)

    def lease_status(self) -> LeaseStatus:
        """The lease verdict now (what unlock must do)."""
        with self.store.connection() as conn:
            return check_lease(
                state.get_json(conn, state.LEASE),
                state.get(conn, state.PUBLIC_KEY),
                now=self.clock(),
                last_server_time=state.get(conn, state.LAST_SERVER_TIME),
            )

    # --- push --------------------------------------------------------------------------

    def push(
        self, progress: Progress = _no_progress, cancel: threading.Event | None = None
    ) -> dict[str, int]:
        """Push the whole outbox in batches; returns counts per status."""
        counts: dict[str, int] = {}
        done = 0
        while True:
            self._check(cancel)
            with self.store.connection() as conn:
                batch = outbox.pending(conn, self.push_batch)
                total = done + outbox.pending_count(conn)
            if not batch:
                return counts
            progress("push", done, total)
            results = self._guard(partial(self.transport.push, [p.mutation for p in batch]))
            with self.store.connection(write=True) as conn:
                self._record_results(conn, results)
            for r in results:
                counts[r["status"]] = counts.get(r["status"], 0) + 1
            done += len(batch)

    def _record_results(self, conn: Connection, results: Sequence[MutationResult]) -> None:
        finished: list[str] = []
        for r in results:
            status = r["status"]
            if status == MutationStatus.DUPLICATE.value:  # the first answer was lost: use it
                status = r.get("original_status", status)
            if status == MutationStatus.REJECTED.value:
                outbox.mark_rejected(conn, r["mutation_id"], r.get("code", "rejected"))
                continue
            for c in r.get("conflicts", []):
                entity = self._entity_of(conn, r["mutation_id"])
                stmt = insert(_K).values(
                    id=c["id"],
                    entity="customer",
                    entity_id=entity,
                    field=c["field"],
                    base=c["base"],
                    mine=c["mine"],
                    theirs=c["theirs"],
                    their_user=c["their_user"],
                    created_at=utc_now(),
                    resolved=False,
                )
                conn.execute(stmt.on_conflict_do_nothing(index_elements=["id"]))
            finished.append(r["mutation_id"])
        outbox.mark_done(conn, finished)

    @staticmethod
    def _entity_of(conn: Connection, mutation_id: str) -> str:
        t = outbox._T
        value = conn.execute(select(t.c.entity_id).where(t.c.mutation_id == mutation_id))
        return str(value.scalar_one())

    # --- pull and reconcile --------------------------------------------------------------

    def pull(
        self, progress: Progress = _no_progress, cancel: threading.Event | None = None
    ) -> SyncReport:
        """Pull until the server has nothing more; reconcile when asked to or when due."""
        report = SyncReport()
        with self.store.connection() as conn:
            cursor = state.get(conn, state.CURSOR)
            last = state.get(conn, state.LAST_RECONCILE)
        due = last is None or datetime.fromisoformat(last) + RECONCILE_EVERY <= self.clock()
        if cursor is None or due:
            cursor = self.reconcile(cursor, report, progress, cancel)
        while True:
            self._check(cancel)
            try:
                page: PullPage = self._guard(partial(self.transport.pull, cursor, self.page_size))
            except CursorGone:
                cursor = self.reconcile(None, report, progress, cancel)
                continue
            if page["reconcile_required"]:
                cursor = self.reconcile(cursor, report, progress, cancel)
                continue
            assignments = page.get("assignments", [])
            users = page.get("users", [])
            with self.store.connection(write=True) as conn:
                apply.apply_rows(conn, page["rows"])
                apply.revoke(conn, page["revokes"])
                directory.apply_assignments(conn, assignments)
                directory.apply_users(conn, users)
                if page["revokes"]:
                    directory.prune_users(conn, state.get(conn, state.USER_ID))
                state.put(conn, state.CURSOR, page["cursor"])
                self._keep_lease(conn, page["lease"], page["server_time"])
                upgrade = "users" in page and state.get(conn, state.ENTITIES) is None
            report.rows += len(page["rows"])
            report.revoked += len(page["revokes"])
            report.changes |= Changes(
                customers=frozenset(r["id"] for r in page["rows"]),
                customers_removed=frozenset(page["revokes"]),
                assignments=bool(assignments),
                users=bool(users),
            )
            progress("pull", report.rows, report.rows)
            cursor = page["cursor"]
            if upgrade:  # the server sends entities the store never got: fetch them now
                cursor = self.reconcile(cursor, report, progress, cancel)
                continue
            if not page["more"]:
                return report

    def reconcile(
        self,
        cursor: str | None,
        report: SyncReport | None = None,
        progress: Progress = _no_progress,
        cancel: threading.Event | None = None,
    ) -> str:
        """State what the device holds; apply revokes, field revokes and grants; returns the
        new cursor (stored only once every grant is applied)."""
        report = report if report is not None else SyncReport()
        with self.store.connection() as conn:
            held = apply.held(conn)
            groups = state.get_json(conn, state.GROUPS) or []
            fetch_held = state.get(conn, state.ENTITIES) is None
        answer = self._guard(lambda: self.transport.reconcile(cursor, held, groups))
        entities = "assignments" in answer  # a server that sends them
        with self.store.connection(write=True) as conn:
            apply.revoke(conn, answer["revokes"])
            # field revokes: every standard field not visible now is blanked; custom values
            # of definitions no longer visible go with their definitions
            visible = set(answer["fields"])
            apply.revoke_fields(conn, [f for f in apply.STANDARD if f not in visible])
            apply.replace_defs(conn, answer["defs"])
            if entities:
                keep_flags_of(conn, sorted(visible))
                if VERIFICATION_GROUP not in answer["visible_groups"]:
                    revoke_verification(conn)
                directory.replace_assignments(conn, answer["assignments"])
                directory.apply_users(conn, answer["users"])
            state.put_json(conn, state.POLICY, answer["policy"])
            self._keep_lease(conn, answer["lease"], answer["server_time"])
        grants: list[str] = answer["grants"]
        if entities and fetch_held:  # held rows lack their flags, comments and owners
            revoked = set(answer["revokes"])
            granted = set(grants)
            grants = grants + [i for i, _ in held if i not in revoked and i not in granted]
        total = len(grants)
        for start in range(0, total, self.rows_chunk):
            self._check(cancel)
            part = grants[start : start + self.rows_chunk]
            page: RowsPage = self._guard(partial(self.transport.rows, part))
            with self.store.connection(write=True) as conn:
                apply.apply_rows(conn, page["rows"])
                directory.apply_users(conn, page.get("users", []))
            report.rows += len(page["rows"])
            progress("reconcile", min(start + len(part), total), total)
        with self.store.connection(write=True) as conn:
            if entities:
                directory.prune_users(conn, state.get(conn, state.USER_ID))
                state.put(conn, state.ENTITIES, ENTITIES_VERSION)
            state.put(conn, state.CURSOR, answer["cursor"])
            state.put_json(conn, state.GROUPS, answer["visible_groups"])
            state.put(conn, state.LAST_RECONCILE, self.clock().isoformat())
        report.revoked += len(answer["revokes"])
        report.reconciled = True
        report.changes |= Changes(
            customers=frozenset(grants),
            customers_removed=frozenset(answer["revokes"]),
            assignments=entities,
            users=entities,
            policy=True,
        )
        return str(answer["cursor"])

    # --- the whole cycle ---------------------------------------------------------------

    def sync(
        self, progress: Progress = _no_progress, cancel: threading.Event | None = None
    ) -> SyncReport:
        """Push everything, then pull everything (then push again if the pull was long)."""
        with self.store.connection() as conn:
            pinned = state.get(conn, state.PUBLIC_KEY)
        if pinned is None:
            self.hello()
        pushed = self.push(progress, cancel)
        report = self.pull(progress, cancel)
        report.pushed = pushed
        if pushed:
            report.changes |= Changes(outbox=True)
        return report

    def wait(self, timeout: float) -> bool:
        """Long-poll the server for changes after the stored cursor."""
        with self.store.connection() as conn:
            cursor = state.get(conn, state.CURSOR)
        if cursor is None:
            return True
        return bool(self._guard(lambda: self.transport.wait(cursor, timeout)))

    # --- local views -------------------------------------------------------------------

    def pending_count(self) -> int:
        """Mutations waiting for the server."""
        with self.store.connection() as conn:
            return outbox.pending_count(conn)

    def undelivered(self) -> list[dict[str, Any]]:
        """Mutations the server refused (with their codes)."""
        with self.store.connection() as conn:
            return outbox.undelivered(conn)

    def conflicts(self) -> list[dict[str, Any]]:
        """Unresolved conflicts: ``{id, entity_id, field, base, mine, theirs, their_user}``."""
        with self.store.connection() as conn:
            rows = conn.execute(
                select(_K).where(_K.c.resolved.is_(False)).order_by(_K.c.created_at)
            ).all()
        return [
            {
                "id": r.id,
                "entity_id": r.entity_id,
                "field": r.field,
                "base": r.base,
                "mine": r.mine,
                "theirs": r.theirs,
                "their_user": r.their_user,
            }
            for r in rows
        ]

    def resolve_conflict(self, conflict_id: str, choice: Choice) -> Changes:
        """Settle one conflict: ``theirs`` keeps the server's value; ``mine`` and ``original``
        queue a new mutation (based on the server's value) in the same transaction."""
        with self.store.connection(write=True) as conn:
            row = conn.execute(select(_K).where(_K.c.id == conflict_id)).first()
            if row is None or row.resolved:
                return Changes.none()
            if row.field == ALL_FIELDS:
                if choice is Choice.MINE:  # delete again, now knowing the server's edit
                    seq = conn.execute(
                        select(_C.c.server_seq).where(_C.c.id == row.entity_id)
                    ).scalar_one_or_none()
                    outbox.record(
                        conn,
                        entity_id=row.entity_id,
                        op=MutationOp.DELETE,
                        fields={},
                        base_seq=seq,
                    )
            else:
                wanted = {Choice.MINE: row.mine, Choice.ORIGINAL: row.base}.get(choice)
                if choice is Choice.THEIRS:
                    apply.set_field(conn, row.entity_id, row.field, row.theirs)
                else:
                    outbox.record(
                        conn,
                        entity_id=row.entity_id,
                        op=MutationOp.UPDATE,
                        fields={row.field: {"base": row.theirs, "value": wanted}},
                    )
                    apply.set_field(conn, row.entity_id, row.field, wanted)
            conn.execute(update(_K).where(_K.c.id == conflict_id).values(resolved=True))
        return Changes(customers=frozenset({row.entity_id}), conflicts=True, outbox=True)
