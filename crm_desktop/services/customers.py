"""``CustomerService``: create and update customers on this device.

Every edit is validated and checked against the cached policy, then the row, its custom values,
its owner history and the outbox entry are written in ONE local transaction, so an edit and the
mutation that carries it to the server commit or vanish together. Each call returns the
``Changes`` it made; views refresh themselves from it. The server re-checks everything: the
client-side policy only keeps the user from typing what would be rejected anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, insert, select, update
from sqlalchemy.engine import Connection

from crm_desktop.models import (
    Assignment,
    AssignmentMember,
    AssignmentStatus,
    CustomAttributeBinding,
    CustomAttributeDefRow,
    Customer,
    CustomerCustomValue,
    MemberRole,
    OwnerHistory,
    User,
    new_id,
    utc_now,
)
from crm_desktop.services.context import UserContext
from crm_desktop.store import add_sort_keys
from crm_desktop.store.store import Store
from crm_desktop.sync import outbox
from crm_protocol.changes import Changes
from crm_protocol.custom_attributes import CUSTOM_PREFIX, CustomAttributeDef
from crm_protocol.errors import ErrorCode, FieldError, KnownError, ValidationFailed
from crm_protocol.fields import STANDARD_FIELDS, FieldGroup, FieldType
from crm_protocol.permissions import Permission, Scope
from crm_protocol.policy import check_writes
from crm_protocol.sync import FieldChange, MutationOp
from crm_protocol.validation import COUNTRY_FIELD, validate_customer

_CUSTOMERS = Customer.__table__  # type: ignore[attr-defined]
_VALUES = CustomerCustomValue.__table__  # type: ignore[attr-defined]
_DEFS = CustomAttributeDefRow.__table__  # type: ignore[attr-defined]
_BINDINGS = CustomAttributeBinding.__table__  # type: ignore[attr-defined]
_ASSIGNMENTS = Assignment.__table__  # type: ignore[attr-defined]
_MEMBERS = AssignmentMember.__table__  # type: ignore[attr-defined]
_USERS = User.__table__  # type: ignore[attr-defined]
_OWNERS = OwnerHistory.__table__  # type: ignore[attr-defined]
_STANDARD = tuple(f.name for f in STANDARD_FIELDS)


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What a save did: the record's id and the changes to announce."""

    customer_id: str
    changes: Changes


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What ``create_many`` did: the new records' ids, in the order given, and the changes."""

    customer_ids: tuple[str, ...]
    changes: Changes


class CustomerService:
    """Create and update customers through the policy, validation and the outbox."""

    def __init__(self, store: Store, context: UserContext) -> None:
        self._store = store
        self._ctx = context

    # ----------------------------------------------------------------- reads used by the form
    def custom_definitions(self, assignment_id: str | None) -> tuple[CustomAttributeDef, ...]:
        """Custom attributes that exist on records of ``assignment_id``."""
        with self._store.connection() as conn:
            return stored_definitions(conn, assignment_id)

    # ------------------------------------------------------------------------------ writes
    def create(self, values: Mapping[str, str | None], *, assignment_id: str | None) -> SaveResult:
        """Create a customer owned by the current user in ``assignment_id``.

        Raises ``KnownError`` (``forbidden``, ``assignment_closed``, ``not_found``) or
        ``ValidationFailed`` with every field error; nothing is written then.
        """
        with self._store.connection(write=True) as conn:
            defs = self._check_create(conn, assignment_id)
            (customer_id,) = self._insert_new(conn, [values], defs, assignment_id)
        return SaveResult(customer_id, Changes(customers=frozenset({customer_id}), outbox=True))

    def create_many(
        self,
        rows: Sequence[Mapping[str, str | None]],
        *,
        assignment_id: str | None,
        also: Callable[[Connection, Sequence[str]], None] | None = None,
    ) -> BatchResult:
        """Create ``rows`` as new customers in ONE transaction: all of them or none.

        The same checks as ``create`` for every row (a ``ValidationFailed`` names the first bad
        row's errors; nothing is written then). ``also(conn, ids)`` runs inside the transaction
        after the rows are written, for what must commit with them (the import's row keys).
        """
        with self._store.connection(write=True) as conn:
            defs = self._check_create(conn, assignment_id)
            ids = self._insert_new(conn, rows, defs, assignment_id)
            if also is not None:
                also(conn, ids)
        return BatchResult(tuple(ids), Changes(customers=frozenset(ids), outbox=bool(ids)))

    def _check_create(
        self, conn: Connection, assignment_id: str | None
    ) -> tuple[CustomAttributeDef, ...]:
        """The custom attributes of new records in ``assignment_id``, once creating is allowed."""
        if assignment_id is not None:
            self._require_open_assignment(conn, assignment_id)
        if not self._create_allowed(conn, assignment_id):
            raise KnownError(ErrorCode.FORBIDDEN)
        return stored_definitions(conn, assignment_id)

    def _insert_new(
        self,
        conn: Connection,
        rows: Sequence[Mapping[str, str | None]],
        defs: tuple[CustomAttributeDef, ...],
        assignment_id: str | None,
    ) -> list[str]:
        """Validate and write new customers with owner history and outbox entries."""
        policy = self._ctx.policy
        cleaned = []
        for values in rows:
            _raise_if(check_writes(policy, [k for k in values], defs))
            clean, errors = validate_customer(values, defs)
            _raise_if(errors)
            cleaned.append(clean)
        now = utc_now()
        me = self._ctx.user_id
        ids = [new_id() for _ in cleaned]
        customer_rows = [dict.fromkeys(_STANDARD) for _ in cleaned]
        for row, customer_id, clean in zip(customer_rows, ids, cleaned, strict=True):
            row.update({k: v for k, v in clean.items() if not k.startswith(CUSTOM_PREFIX)})
            row.update(
                id=customer_id,
                assignment_id=assignment_id,
                owner_id=me,
                created_by=me,
                created_at=now,
                updated_at=now,
                verification_state="unverified",
                deleted=False,
            )
            add_sort_keys(row)
        if customer_rows:
            # executemany: one statement for the batch (the import path writes hundreds).
            conn.execute(insert(_CUSTOMERS), customer_rows)
            conn.execute(
                insert(_OWNERS),
                [
                    {
                        "id": new_id(),
                        "customer_id": customer_id,
                        "owner_id": me,
                        "valid_from": now,
                        "valid_to": None,
                        "changed_by": me,
                    }
                    for customer_id in ids
                ],
            )
        entries: list[tuple[str, dict[str, FieldChange]]] = []
        for customer_id, clean in zip(ids, cleaned, strict=True):
            _write_custom_values(conn, customer_id, clean, defs)
            fields: dict[str, FieldChange] = {
                name: {"base": None, "value": value}
                for name, value in clean.items()
                if value is not None
            }
            entries.append((customer_id, fields))
        if len(entries) == 1:  # one edit from the form
            customer_id, fields = entries[0]
            outbox.record(
                conn,
                entity_id=customer_id,
                op=MutationOp.CREATE,
                fields=fields,
                assignment_id=assignment_id,
            )
        else:  # a batch (the import): one executemany
            outbox.record_many(conn, entries, op=MutationOp.CREATE, assignment_id=assignment_id)
        return ids

    def update(self, customer_id: str, values: Mapping[str, str | None]) -> SaveResult:
        """Change some fields of a customer; only fields whose value really changes are sent.

        Raises ``KnownError`` (``not_found`` for a record out of reach, ``forbidden``,
        ``assignment_closed``) or ``ValidationFailed``; nothing is written then.
        """
        policy = self._ctx.policy
        with self._store.connection(write=True) as conn:
            row = conn.execute(
                select(_CUSTOMERS).where(_CUSTOMERS.c.id == customer_id, ~_CUSTOMERS.c.deleted)
            ).first()
            if row is None or not self._in_scope(conn, row, Permission.CUSTOMER_READ):
                raise KnownError(ErrorCode.NOT_FOUND)
            if not self._in_scope(conn, row, Permission.CUSTOMER_EDIT):
                raise KnownError(ErrorCode.FORBIDDEN)
            if row.assignment_id is not None:
                self._require_open_assignment(conn, row.assignment_id)
            defs = stored_definitions(conn, row.assignment_id)
            _raise_if(check_writes(policy, [k for k in values], defs))
            clean, errors = validate_customer(
                values, defs, partial=True, country=values.get(COUNTRY_FIELD, row.country)
            )
            _raise_if(errors)

            current = dict(row._mapping)
            current.update(_custom_values(conn, customer_id, defs))
            changed = {k: v for k, v in clean.items() if current.get(k) != v}
            if not changed:
                return SaveResult(customer_id, Changes.none())
            standard = {k: v for k, v in changed.items() if not k.startswith(CUSTOM_PREFIX)}
            conn.execute(
                update(_CUSTOMERS)
                .where(_CUSTOMERS.c.id == customer_id)
                .values(**standard, updated_at=utc_now())
            )
            _write_custom_values(conn, customer_id, changed, defs)
            outbox.record(
                conn,
                entity_id=customer_id,
                op=MutationOp.UPDATE,
                fields={k: {"base": current.get(k), "value": v} for k, v in changed.items()},
            )
        return SaveResult(customer_id, Changes(customers=frozenset({customer_id}), outbox=True))

    # ------------------------------------------------------------------------- policy
    def _create_allowed(self, conn: Connection, assignment_id: str | None) -> bool:
        scopes = self._ctx.policy.scopes(Permission.CUSTOMER_CREATE)
        if Scope.ALL in scopes or Scope.OWN in scopes or Scope.TEAM in scopes:
            return True  # the new record is mine, so own and team scopes cover it
        return Scope.ASSIGNMENT in scopes and _is_member(conn, assignment_id, self._ctx.user_id)

    def _in_scope(self, conn: Connection, row: object, permission: Permission) -> bool:
        scopes = self._ctx.policy.scopes(permission)
        owner_id = getattr(row, "owner_id", None)
        assignment_id = getattr(row, "assignment_id", None)
        if Scope.ALL in scopes:
            return True
        if Scope.OWN in scopes and owner_id == self._ctx.user_id:
            return True
        if Scope.ASSIGNMENT in scopes and _is_member(conn, assignment_id, self._ctx.user_id):
            return True
        if Scope.TEAM in scopes and self._ctx.team_id is not None and owner_id is not None:
            team = conn.execute(select(_USERS.c.team_id).where(_USERS.c.id == owner_id)).scalar()
            return bool(team == self._ctx.team_id)
        return False

    def _require_open_assignment(self, conn: Connection, assignment_id: str) -> None:
        status = conn.execute(
            select(_ASSIGNMENTS.c.status).where(_ASSIGNMENTS.c.id == assignment_id)
        ).scalar()
        if status is None:
            raise KnownError(ErrorCode.NOT_FOUND)
        if status == AssignmentStatus.CLOSED.value:
            raise KnownError(ErrorCode.ASSIGNMENT_CLOSED)
        if status == AssignmentStatus.CLOSED_FOR_OPERATORS.value and _only_operator(
            conn, assignment_id, self._ctx.user_id
        ):
            raise KnownError(ErrorCode.ASSIGNMENT_CLOSED)


# ---------------------------------------------------------------------------------- helpers
def _raise_if(errors: tuple[FieldError, ...]) -> None:
    if errors:
        raise ValidationFailed(errors)


def _is_member(conn: Connection, assignment_id: str | None, user_id: str) -> bool:
    if assignment_id is None:
        return False
    found = conn.execute(
        select(_MEMBERS.c.user_id).where(
            and_(_MEMBERS.c.assignment_id == assignment_id, _MEMBERS.c.user_id == user_id)
        )
    ).first()
    return found is not None


def _only_operator(conn: Connection, assignment_id: str, user_id: str) -> bool:
    """The user works on the assignment as an operator only (a supervisor may go on)."""
    roles = set(
        conn.execute(
            select(_MEMBERS.c.role).where(
                _MEMBERS.c.assignment_id == assignment_id, _MEMBERS.c.user_id == user_id
            )
        ).scalars()
    )
    return not roles or roles == {MemberRole.OPERATOR.value}


def stored_definitions(
    conn: Connection, assignment_id: str | None
) -> tuple[CustomAttributeDef, ...]:
    """Custom attribute definitions that apply to records of ``assignment_id`` (none apply
    outside an assignment), by key."""
    bound: dict[str, set[str]] = {}
    for def_id, bound_to in conn.execute(select(_BINDINGS.c.def_id, _BINDINGS.c.assignment_id)):
        bound.setdefault(def_id, set()).add(bound_to)
    defs = []
    for row in conn.execute(select(_DEFS).order_by(_DEFS.c.key)):
        defn = CustomAttributeDef(
            id=row.id,
            key=row.key,
            label=row.label,
            type=FieldType(row.type),
            group=FieldGroup(row.group),
            choices=tuple(row.choices or ()),
            required=bool(row.required),
            assignment_ids=frozenset(bound.get(row.id, ())),
        )
        if defn.applies_to(assignment_id):
            defs.append(defn)
    return tuple(defs)


def _custom_values(
    conn: Connection, customer_id: str, defs: tuple[CustomAttributeDef, ...]
) -> dict[str, str | None]:
    by_id = {d.id: d for d in defs}
    rows = conn.execute(
        select(_VALUES.c.def_id, _VALUES.c.value).where(_VALUES.c.customer_id == customer_id)
    )
    return {by_id[def_id].field_name: value for def_id, value in rows if def_id in by_id}


def _write_custom_values(
    conn: Connection,
    customer_id: str,
    values: Mapping[str, str | None],
    defs: tuple[CustomAttributeDef, ...],
) -> None:
    by_name = {d.field_name: d for d in defs}
    for name, value in values.items():
        defn = by_name.get(name)
        if defn is None:
            continue
        where = and_(_VALUES.c.customer_id == customer_id, _VALUES.c.def_id == defn.id)
        conn.execute(_VALUES.delete().where(where))
        if value is not None:
            conn.execute(
                insert(_VALUES).values(customer_id=customer_id, def_id=defn.id, value=value)
            )
