"""Read-side queries of the customer screens: ordered keys, pages of rows, filter choices.

The list holds *keys* (SQLite rowids, 8 bytes each in an ``array``) in display order and
fetches rows lazily in pages (DESIGN.md §7, Anki's browser table). Sorting, filtering and
searching all happen in SQL here — the UI never writes SQL (STYLE.md rule 3). Columns and
sort keys are limited to what the user's policy lets them see: a hidden field group has no
column, no filter and no sort key.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from crm_desktop.models import AssignmentStatus, MemberRole, VerificationState
from crm_desktop.services.context import UserContext
from crm_desktop.store import SORT_KEY_COLUMNS, Store, match_expression, sort_key
from crm_protocol.custom_attributes import CUSTOM_PREFIX, CustomAttributeDef
from crm_protocol.fields import FIELDS_BY_NAME, STANDARD_FIELDS, FieldGroup
from crm_protocol.permissions import Access, Permission, Scope

# Standard fields that make good list columns, in display order.
LIST_FIELDS: tuple[str, ...] = (
    "name",
    "nip",
    "ico",
    "city",
    "region",
    "landline",
    "mobile",
    "email",
    "purchase_price",
    "margin",
)
STATUS_COLUMN = "verification_state"  # the verification group's column
OWNER_COLUMN = "owner"  # who owns the record; always visible
# Search results are capped: type-ahead must stay fast whatever the user types.
SEARCH_CAP = 2000


@dataclass(frozen=True, slots=True)
class CustomerFilter:
    """What the list shows: search text, filters and sort order."""

    text: str = ""
    assignment_id: str | None = None
    owner_id: str | None = None
    verification_state: str | None = None
    region: str | None = None
    sort: str = "name"
    descending: bool = False

    def with_changes(self, **changes: object) -> CustomerFilter:
        """A copy with some members replaced."""
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One list row: the visible values by column, and what marks it flagged."""

    key: int
    id: str
    values: Mapping[str, str | None]
    flagged_fields: tuple[str, ...] = ()
    owner_name: str = ""

    @property
    def flagged(self) -> bool:
        """A verifier rejected this row."""
        return self.values.get(STATUS_COLUMN) == VerificationState.REJECTED.value


@dataclass(frozen=True, slots=True)
class Flag:
    """A verifier's objection to one field."""

    field: str
    reason_code: str
    comment: str | None
    verifier: str
    created_at: str


@dataclass(frozen=True, slots=True)
class CustomerRecord:
    """Everything the form shows about one customer."""

    id: str
    values: Mapping[str, str | None]  # standard and custom.<key> values the user may see
    assignment_id: str | None
    assignment_name: str
    assignment_status: str | None
    owner_id: str | None
    verification_state: str
    created_at: str
    updated_at: str
    server_seq: int | None
    flags: tuple[Flag, ...] = ()
    definitions: tuple[CustomAttributeDef, ...] = ()
    closed_for_me: bool = False  # the assignment is closed to this user: read-only


@dataclass(frozen=True, slots=True)
class Choice:
    """One entry of a filter list."""

    value: str
    label: str


@dataclass(frozen=True, slots=True)
class AssignmentInfo:
    """The operator's current assignment, for the home page."""

    id: str
    name: str
    instructions: str
    territory: str
    status: str
    target_per_day: int | None


@dataclass(frozen=True, slots=True)
class MyWork:
    """What the operator's home page shows."""

    assignment: AssignmentInfo | None
    entered_today: int
    rejected: tuple[CustomerRow, ...] = field(default_factory=tuple)
    flags: Mapping[str, tuple[Flag, ...]] = field(default_factory=dict)  # by customer id


def visible_list_columns(context: UserContext) -> tuple[str, ...]:
    """List columns the user's policy shows, in order (a hidden group has no column)."""
    policy = context.policy
    columns = [f for f in LIST_FIELDS if policy.can_see(FIELDS_BY_NAME[f].group)]
    if policy.can_see(FieldGroup.VERIFICATION):
        # Right after the name: a screen reader reads a row from the left and may stop at the
        # window's edge, so the flag is heard early and always (R9).
        columns.insert(1, STATUS_COLUMN)
    columns.append(OWNER_COLUMN)
    return tuple(columns)


def _day_start_utc(now: datetime | None = None) -> str:
    local = (now or datetime.now().astimezone()).astimezone()
    start = local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)
    return start.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class CustomerQueries:
    """Read-only queries for the customer list, the form and the operator's home page."""

    def __init__(self, store: Store, context: UserContext) -> None:
        self._store = store
        self._ctx = context
        self.columns = visible_list_columns(context)
        self._sortable = frozenset(
            c for c in self.columns if c in FIELDS_BY_NAME or c == STATUS_COLUMN
        )

    # ----------------------------------------------------------------------- the list
    def sortable(self, column: str) -> bool:
        """Whether the list may be sorted by ``column``."""
        return column in self._sortable

    def _where(self, flt: CustomerFilter) -> tuple[list[str], dict[str, object]]:
        clauses = ["c.deleted = 0"]
        params: dict[str, object] = {}
        if flt.assignment_id is not None:
            clauses.append("c.assignment_id = :assignment_id")
            params["assignment_id"] = flt.assignment_id
        if flt.owner_id is not None:
            clauses.append("c.owner_id = :owner_id")
            params["owner_id"] = flt.owner_id
        if flt.verification_state is not None and STATUS_COLUMN in self.columns:
            clauses.append("c.verification_state = :state")
            params["state"] = flt.verification_state
        if flt.region is not None and "region" in self.columns:
            clauses.append("c.region = :region")
            params["region"] = flt.region
        return clauses, params

    def _order(self, flt: CustomerFilter) -> str:
        column = flt.sort if self.sortable(flt.sort) else "name"
        column = SORT_KEY_COLUMNS.get(column, column)  # text in locale order, not code points
        direction = "DESC" if flt.descending else "ASC"
        # rowid breaks ties so the order is total (stable paging)
        return f"c.{column} {direction}, c.rowid {direction}"

    def ordered_keys(self, flt: CustomerFilter, limit: int | None = None) -> array[int]:
        """Keys of the matching customers in display order.

        A search takes at most :data:`SEARCH_CAP` matches from the full-text index first and
        sorts only those (type-ahead stays fast on a million rows; typing more narrows it).
        ``limit`` returns just the first keys (the list's first page, before the rest).
        """
        clauses, params = self._where(flt)
        match = match_expression(flt.text) if flt.text.strip() else None
        if flt.text.strip() and match is None:
            return array("q")
        if match is not None:
            clauses.append(
                "c.rowid IN (SELECT rowid FROM customer_search WHERE customer_search MATCH :match"
                " LIMIT :cap)"
            )
            params["match"] = match
            params["cap"] = SEARCH_CAP
        tail = "" if limit is None else f" LIMIT {int(limit)}"
        sql = (
            f"SELECT c.rowid FROM customers AS c WHERE {' AND '.join(clauses)}"  # noqa: S608 - fixed fragments
            f" ORDER BY {self._order(flt)}{tail}"
        )
        with self._store.connection() as conn:
            # The raw cursor: a million keys through the ORM row machinery would cost seconds.
            cursor = conn.exec_driver_sql(*_positional(sql, params))
            return array("q", (row[0] for row in cursor))

    def rows(self, keys: Sequence[int]) -> dict[int, CustomerRow]:
        """The list rows of ``keys`` (one query for the rows, one for their flags)."""
        if not keys:
            return {}
        wanted = [c for c in self.columns if c != OWNER_COLUMN]
        cols = ", ".join(f"c.{c}" for c in wanted)
        marks = ", ".join(str(int(k)) for k in keys)  # ints only: safe to inline
        sql = (
            f"SELECT c.rowid, c.id, c.owner_id, coalesce(u.display_name, u.login), {cols}"  # noqa: S608
            " FROM customers AS c LEFT JOIN users AS u ON u.id = c.owner_id"
            f" WHERE c.rowid IN ({marks})"
        )
        with self._store.connection() as conn:
            found = conn.execute(text(sql)).all()
            flags = _open_flag_fields(conn, _rejected_ids(found, wanted))
        out: dict[int, CustomerRow] = {}
        for r in found:
            values = dict(zip(wanted, r[4:], strict=True))
            owner = r[3] or (self._ctx.login if r[2] == self._ctx.user_id else "")
            out[int(r[0])] = CustomerRow(
                key=int(r[0]),
                id=str(r[1]),
                values=values,
                flagged_fields=tuple(flags.get(r[1], ())),
                owner_name=str(owner or ""),
            )
        return out

    def key_of(self, customer_id: str) -> int | None:
        """The key of a customer (``None`` when it is not on this device)."""
        with self._store.connection() as conn:
            value = conn.execute(
                text("SELECT rowid FROM customers WHERE id = :id AND deleted = 0"),
                {"id": customer_id},
            ).scalar()
        return None if value is None else int(value)

    # ------------------------------------------------------------------ filter choices
    def assignment_choices(self) -> list[Choice]:
        """Assignments known on this device, by name."""
        with self._store.connection() as conn:
            rows = conn.execute(text("SELECT id, name FROM assignments ORDER BY name")).all()
        return [Choice(str(r[0]), str(r[1])) for r in rows]

    def owner_choices(self) -> list[Choice]:
        """Owners of the customers on this device (known users by name).

        One index probe per known user (``EXISTS``), not a DISTINCT over every customer: on a
        million rows that scan took most of a second on the UI thread after each sync. Sync
        brings every user the device's rows name; an owner it did not (yet) is still listed.
        """
        sql = (
            "SELECT u.id, coalesce(u.display_name, u.login) FROM users AS u"
            " WHERE EXISTS (SELECT 1 FROM customers AS c WHERE c.owner_id = u.id)"
        )
        with self._store.connection() as conn:
            rows: list[tuple[Any, Any]] = [(r[0], r[1]) for r in conn.execute(text(sql))]
            known = {str(r[0]) for r in rows}
            if self._ctx.user_id not in known:
                mine = conn.execute(
                    text("SELECT 1 FROM customers WHERE owner_id = :u LIMIT 1"),
                    {"u": self._ctx.user_id},
                ).first()
                if mine is not None:
                    rows.append((self._ctx.user_id, self._ctx.login))
        choices = []
        for owner_id, name in rows:
            label = name or (self._ctx.login if owner_id == self._ctx.user_id else owner_id[:8])
            choices.append(Choice(str(owner_id), str(label)))
        return sorted(choices, key=lambda c: c.label.casefold())

    def region_choices(self) -> list[str]:
        """Regions present on this device (empty when the address group is hidden).

        A skip scan of the region index (one seek per distinct region), in locale order.
        """
        if "region" not in self.columns:
            return []
        sql = (
            "WITH RECURSIVE r(v) AS ("
            " SELECT min(region) FROM customers"
            " UNION ALL SELECT (SELECT min(region) FROM customers WHERE region > r.v)"
            " FROM r WHERE r.v IS NOT NULL)"
            " SELECT v FROM r WHERE v IS NOT NULL"
        )
        with self._store.connection() as conn:
            regions = [str(r[0]) for r in conn.execute(text(sql))]
        return sorted(regions, key=lambda v: sort_key(v) or "")

    # ------------------------------------------------------------------------ the form
    def record(
        self, customer_id: str, definitions: Sequence[CustomAttributeDef]
    ) -> CustomerRecord | None:
        """One customer with the values the user may see, its flags and assignment state."""
        policy = self._ctx.policy
        standard = [f.name for f in STANDARD_FIELDS if policy.can_see(f.group)]
        cols = ", ".join(f"c.{c}" for c in standard)
        sql = (
            "SELECT c.id, c.assignment_id, c.owner_id, c.verification_state, c.created_at,"  # noqa: S608
            f" c.updated_at, c.server_seq, a.name, a.status, {cols}"
            " FROM customers AS c LEFT JOIN assignments AS a ON a.id = c.assignment_id"
            " WHERE c.id = :id AND c.deleted = 0"
        )
        with self._store.connection() as conn:
            row = conn.execute(text(sql), {"id": customer_id}).first()
            if row is None:
                return None
            values: dict[str, str | None] = dict(zip(standard, row[9:], strict=True))
            visible_defs = [d for d in definitions if policy.can_see(d.group)]
            by_id = {d.id: d for d in visible_defs}
            for def_id, value in conn.execute(
                text("SELECT def_id, value FROM customer_custom_values WHERE customer_id = :id"),
                {"id": customer_id},
            ):
                if def_id in by_id:
                    values[by_id[def_id].field_name] = value
            flags = _flags(conn, customer_id) if policy.can_see(FieldGroup.VERIFICATION) else ()
            closed = _closed_for(conn, row[1], row[8], self._ctx.user_id)
        return CustomerRecord(
            id=str(row[0]),
            values=values,
            assignment_id=row[1],
            assignment_name=str(row[7] or ""),
            assignment_status=row[8],
            owner_id=row[2],
            verification_state=str(row[3]),
            created_at=str(row[4]),
            updated_at=str(row[5]),
            server_seq=row[6],
            flags=flags,
            definitions=tuple(visible_defs),
            closed_for_me=closed,
        )

    def can_edit(self, record: CustomerRecord) -> bool:
        """Whether the policy lets the user edit this record (scope, assignment state)."""
        if record.closed_for_me:
            return False
        scopes = self._ctx.policy.scopes(Permission.CUSTOMER_EDIT)
        if Scope.ALL in scopes or Scope.TEAM in scopes:
            return True
        if Scope.OWN in scopes and record.owner_id == self._ctx.user_id:
            return True
        return Scope.ASSIGNMENT in scopes and record.assignment_id in self.my_assignment_ids()

    def my_assignment_ids(self) -> set[str]:
        """Assignments the user is a member of."""
        with self._store.connection() as conn:
            rows = conn.execute(
                text("SELECT assignment_id FROM assignment_members WHERE user_id = :u"),
                {"u": self._ctx.user_id},
            )
            return {str(r[0]) for r in rows}

    def field_access(self, name: str, group: FieldGroup) -> Access:
        """The user's access to one field."""
        return self._ctx.policy.field_access_of(name, group)

    # ------------------------------------------------------------------ my work (home)
    def current_assignment(self) -> AssignmentInfo | None:
        """The open assignment the user works on as an operator (else any of theirs)."""
        sql = (
            "SELECT a.id, a.name, a.instructions, a.territory, a.status, a.target_per_day,"
            " m.role FROM assignments AS a JOIN assignment_members AS m"
            " ON m.assignment_id = a.id WHERE m.user_id = :u"
        )
        with self._store.connection() as conn:
            rows = conn.execute(text(sql), {"u": self._ctx.user_id}).all()
        if not rows:
            return None

        def rank(r: Sequence[object]) -> tuple[int, int, str]:
            open_first = 0 if r[4] == AssignmentStatus.OPEN.value else 1
            operator_first = 0 if r[6] == MemberRole.OPERATOR.value else 1
            return (open_first, operator_first, str(r[1]))

        best = min(rows, key=rank)
        return AssignmentInfo(
            id=str(best[0]),
            name=str(best[1]),
            instructions=str(best[2] or ""),
            territory=str(best[3] or ""),
            status=str(best[4]),
            target_per_day=best[5],
        )

    def my_work(self, now: datetime | None = None) -> MyWork:
        """The home page: current assignment, records I entered today, my rejected rows."""
        assignment = self.current_assignment()
        params: dict[str, object] = {"u": self._ctx.user_id, "since": _day_start_utc(now)}
        where = "created_by = :u AND created_at >= :since AND deleted = 0"
        if assignment is not None:
            where = "assignment_id = :a AND " + where
            params["a"] = assignment.id
        with self._store.connection() as conn:
            today = conn.execute(
                text(f"SELECT count(*) FROM customers WHERE {where}"),  # noqa: S608
                params,
            ).scalar_one()
            rejected_keys = [
                int(r[0])
                for r in conn.execute(
                    text(
                        "SELECT rowid FROM customers WHERE owner_id = :u AND deleted = 0"
                        " AND verification_state = :s ORDER BY updated_at DESC LIMIT 500"
                    ),
                    {"u": self._ctx.user_id, "s": VerificationState.REJECTED.value},
                )
            ]
        rows = self.rows(rejected_keys)
        rejected = tuple(rows[k] for k in rejected_keys if k in rows)
        with self._store.connection() as conn:
            flags = {r.id: _flags(conn, r.id) for r in rejected}
        return MyWork(
            assignment=assignment, entered_today=int(today), rejected=rejected, flags=flags
        )


def _positional(sql: str, params: Mapping[str, object]) -> tuple[str, tuple[object, ...]]:
    """``:name`` parameters as the driver's ``?`` placeholders, in order."""
    names: list[str] = []

    def repl(found: re.Match[str]) -> str:
        names.append(found.group(1))
        return "?"

    return re.sub(r":([a-z_]+)", repl, sql), tuple(params[n] for n in names)


def _rejected_ids(rows: Sequence[Sequence[object]], wanted: Sequence[str]) -> list[str]:
    if STATUS_COLUMN not in wanted:
        return []
    at = 4 + list(wanted).index(STATUS_COLUMN)
    return [str(r[1]) for r in rows if r[at] == VerificationState.REJECTED.value]


def _open_flag_fields(conn: Connection, customer_ids: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for start in range(0, len(customer_ids), 500):
        part = customer_ids[start : start + 500]
        params = {f"i{n}": v for n, v in enumerate(part)}
        marks = ", ".join(f":{k}" for k in params)
        rows = conn.execute(
            text(
                "SELECT customer_id, field FROM verification_flags"  # noqa: S608 - bound params
                f" WHERE resolved = 0 AND customer_id IN ({marks}) ORDER BY created_at"
            ),
            params,
        )
        for customer_id, name in rows:
            out.setdefault(str(customer_id), []).append(str(name))
    return out


def _flags(conn: Connection, customer_id: str) -> tuple[Flag, ...]:
    rows = conn.execute(
        text(
            "SELECT f.field, f.reason_code, f.comment, coalesce(u.display_name, u.login, ''),"
            " f.created_at FROM verification_flags AS f LEFT JOIN users AS u"
            " ON u.id = f.verifier_id WHERE f.customer_id = :id AND f.resolved = 0"
            " ORDER BY f.created_at"
        ),
        {"id": customer_id},
    )
    return tuple(Flag(str(r[0]), str(r[1]), r[2], str(r[3]), str(r[4])) for r in rows)


def _closed_for(
    conn: Connection, assignment_id: str | None, status: str | None, user_id: str
) -> bool:
    """Closed definitively: closed for all; closed for operators: for operators only."""
    if assignment_id is None or status in (None, AssignmentStatus.OPEN.value):
        return False
    if status == AssignmentStatus.CLOSED.value:
        return True
    roles = {
        str(r[0])
        for r in conn.execute(
            text("SELECT role FROM assignment_members WHERE assignment_id = :a AND user_id = :u"),
            {"a": assignment_id, "u": user_id},
        )
    }
    return not roles or roles == {MemberRole.OPERATOR.value}


def is_custom(name: str) -> bool:
    """Whether ``name`` is a custom attribute's field name."""
    return name.startswith(CUSTOM_PREFIX)
