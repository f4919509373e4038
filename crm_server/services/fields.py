"""Field access: custom attribute definitions, projection of responses, filter and sort keys.

A hidden field is treated exactly like a field that does not exist: it is left out of every
answer, and naming it in a filter, a sort key or a write is the same error as an unknown name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, or_
from sqlmodel import Session, col, select

from crm_protocol.custom_attributes import CustomAttributeDef, by_field_name, definitions_for
from crm_protocol.errors import ErrorCode, FieldError
from crm_protocol.fields import (
    FIELDS_BY_NAME,
    SEARCHABLE_FIELDS,
    STANDARD_FIELDS,
    FieldGroup,
    FieldType,
)
from crm_protocol.policy import EffectivePolicy
from crm_protocol.schemas import ApiErrorCode, CustomerOut, FlagOut, RejectReason, VerificationState
from crm_server.models import AttributeBinding, CustomAttribute, Customer, VerificationFlag
from crm_server.services.errors import ServiceError

SORTABLE_META = ("created_at", "updated_at")
FILTER_OPS = ("eq", "prefix", "contains", "empty", "notempty")


def load_custom_defs(session: Session) -> list[CustomAttributeDef]:
    """Every custom attribute definition with the assignments it is bound to."""
    bindings: dict[str, set[str]] = {}
    for b in session.exec(select(AttributeBinding)).all():
        bindings.setdefault(b.attribute_id, set()).add(b.assignment_id)
    defs = []
    for row in session.exec(select(CustomAttribute).order_by(col(CustomAttribute.key))).all():
        defs.append(
            CustomAttributeDef(
                id=row.id,
                key=row.key,
                label=row.label,
                type=FieldType(row.type),
                group=FieldGroup(row.field_group),
                choices=tuple(row.choices),
                required=row.required,
                assignment_ids=frozenset(bindings.get(row.id, ())),
            )
        )
    return defs


def group_of(name: str, custom: Mapping[str, CustomAttributeDef]) -> FieldGroup | None:
    """The group of a standard or ``custom.<key>`` field; ``None`` for an unknown name."""
    std = FIELDS_BY_NAME.get(name)
    if std is not None:
        return std.group
    defn = custom.get(name)
    return defn.group if defn is not None else None


@dataclass(frozen=True, slots=True)
class Projection:
    """Turns stored rows into what one caller may see."""

    policy: EffectivePolicy
    defs: Sequence[CustomAttributeDef]

    def visible_standard(self) -> list[str]:
        """Standard field names the caller may read."""
        return [f.name for f in STANDARD_FIELDS if self.policy.can_see(f.group)]

    def customer(
        self,
        row: Customer,
        custom_values: Mapping[str, str | None],
        flags: Iterable[VerificationFlag] = (),
    ) -> CustomerOut:
        """One customer, hidden fields left out (custom values keyed by attribute id)."""
        values: dict[str, str | None] = {n: getattr(row, n) for n in self.visible_standard()}
        applicable = definitions_for(row.assignment_id, self.defs)
        for d in applicable:
            if self.policy.can_see(d.group):
                values[d.field_name] = custom_values.get(d.id)
        custom = by_field_name(applicable)
        sees_verification = self.policy.can_see(FieldGroup.VERIFICATION)
        flag_out = []
        if sees_verification:
            for f in flags:
                group = group_of(f.field, custom)
                if group is not None and self.policy.can_see(group):
                    flag_out.append(
                        FlagOut(
                            field=f.field,
                            reason=RejectReason(f.reason),
                            comment=f.comment,
                            verifier_id=f.verifier_id,
                            created_at=f.created_at,
                        )
                    )
        return CustomerOut(
            id=row.id,
            assignment_id=row.assignment_id,
            owner_id=row.owner_id,
            created_by=row.created_by,
            created_at=row.created_at,
            updated_at=row.updated_at,
            version=row.version,
            verification_state=VerificationState(row.verification_state)
            if sees_verification
            else None,
            flags=flag_out,
            values=values,
        )


def _unknown(name: str) -> ServiceError:
    return ServiceError(ApiErrorCode.UNKNOWN_FIELD, [FieldError(name, ErrorCode.UNKNOWN_FIELD)])


def _visible_column(policy: EffectivePolicy, name: str) -> ColumnElement[str | None]:
    defn = FIELDS_BY_NAME.get(name)
    if defn is None or not policy.can_see(defn.group):
        raise _unknown(name)
    column: ColumnElement[str | None] = getattr(Customer, name)
    return column


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def filter_clause(policy: EffectivePolicy, spec: str) -> ColumnElement[bool]:
    """``field:op:value`` → a WHERE clause; unknown or hidden fields are ``UNKNOWN_FIELD``."""
    name, _, rest = spec.partition(":")
    op, _, value = rest.partition(":")
    column = _visible_column(policy, name)
    if op not in FILTER_OPS:
        raise ServiceError(ApiErrorCode.INVALID_REQUEST)
    if op == "eq":
        return column == value
    if op == "prefix":
        return column.ilike(_like_escape(value) + "%", escape="\\")
    if op == "contains":
        return column.ilike("%" + _like_escape(value) + "%", escape="\\")
    if op == "empty":
        return or_(column.is_(None), column == "")
    return and_(column.is_not(None), column != "")


def search_clause(policy: EffectivePolicy, query: str) -> ColumnElement[bool]:
    """Free-text search over the searchable fields the caller can see — and only those."""
    pattern = "%" + _like_escape(query.strip()) + "%"
    columns = [
        getattr(Customer, n) for n in SEARCHABLE_FIELDS if policy.can_see(FIELDS_BY_NAME[n].group)
    ]
    if not columns:
        return or_(col(Customer.id) == query.strip())
    return or_(*(c.ilike(pattern, escape="\\") for c in columns))


def sort_columns(policy: EffectivePolicy, spec: str | None) -> list[ColumnElement[Any]]:
    """``name,-city`` → ORDER BY columns (id last, for a stable order)."""
    order: list[ColumnElement[Any]] = []
    for raw in (spec or "name").split(","):
        key = raw.strip()
        if not key:
            continue
        descending = key.startswith("-")
        name = key.lstrip("-")
        column: ColumnElement[Any] = (
            getattr(Customer, name) if name in SORTABLE_META else _visible_column(policy, name)
        )
        order.append(column.desc() if descending else column.asc())
    order.append(col(Customer.id).asc())
    return order
