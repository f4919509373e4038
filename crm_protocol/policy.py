"""The policy evaluator: a user's roles in, their effective policy out. Pure and total.

The server computes the policy and enforces it everywhere; the client receives the same document
and uses it only to shape the UI (DESIGN.md §5).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from crm_protocol.custom_attributes import CustomAttributeDef, by_field_name
from crm_protocol.errors import ErrorCode, FieldError
from crm_protocol.fields import FIELDS_BY_NAME, STANDARD_FIELDS, FieldGroup
from crm_protocol.permissions import Access, Permission, Scope
from crm_protocol.roles import Limits, RoleDef

_NO_SCOPES: frozenset[Scope] = frozenset()


@dataclass(frozen=True, slots=True)
class EffectivePolicy:
    """What one signed-in user may do: the union of their roles."""

    roles: tuple[str, ...]
    grants: Mapping[Permission, frozenset[Scope]]
    field_access: Mapping[FieldGroup, Access]
    limits: Limits

    def allows(self, permission: Permission) -> bool:
        """True when the permission is granted over at least one scope."""
        return bool(self.grants.get(permission))

    def scopes(self, permission: Permission) -> frozenset[Scope]:
        """The scopes ``permission`` covers; empty when it is not granted."""
        return self.grants.get(permission, _NO_SCOPES)

    def access(self, group: FieldGroup) -> Access:
        """Access to one field group."""
        return self.field_access.get(group, Access.HIDDEN)

    def field_access_of(self, field_name: str, group: FieldGroup | None = None) -> Access:
        """Access to one field: a standard one by name, or a custom one by its ``group``."""
        if group is None:
            group = FIELDS_BY_NAME[field_name].group
        return self.access(group)

    def can_see(self, group: FieldGroup) -> bool:
        """The group is at least readable."""
        return self.access(group) >= Access.READ

    def can_write(self, group: FieldGroup) -> bool:
        """The group is writable."""
        return self.access(group) is Access.WRITE

    def visible_groups(self) -> frozenset[FieldGroup]:
        """Every group the user may see."""
        return frozenset(g for g in FieldGroup if self.can_see(g))

    def to_document(self) -> dict[str, Any]:
        """The JSON-ready policy document the server sends to the client."""
        return {
            "roles": list(self.roles),
            "grants": {
                p.value: sorted(s.value for s in scopes)
                for p, scopes in sorted(self.grants.items())
                if scopes
            },
            "field_access": {g.value: self.access(g).code for g in FieldGroup},
            "limits": {
                "export_row_cap": self.limits.export_row_cap,
                "export_daily_rows": self.limits.export_daily_rows,
                "offline_lock_after_hours": self.limits.offline_lock_after_hours,
                "offline_wipe_after_hours": self.limits.offline_wipe_after_hours,
                "offline_export": self.limits.offline_export,
            },
        }

    @classmethod
    def from_document(cls, doc: Mapping[str, Any]) -> EffectivePolicy:
        """Parse what ``to_document`` wrote; ``ValueError``/``KeyError`` on a malformed one."""
        limits = doc["limits"]
        return cls(
            roles=tuple(doc["roles"]),
            grants=MappingProxyType(
                {
                    Permission(p): frozenset(Scope(s) for s in scopes)
                    for p, scopes in doc["grants"].items()
                }
            ),
            field_access=MappingProxyType(
                {FieldGroup(g): Access.from_code(a) for g, a in doc["field_access"].items()}
            ),
            limits=Limits(
                export_row_cap=limits["export_row_cap"],
                export_daily_rows=limits["export_daily_rows"],
                offline_lock_after_hours=int(limits["offline_lock_after_hours"]),
                offline_wipe_after_hours=int(limits["offline_wipe_after_hours"]),
                offline_export=bool(limits["offline_export"]),
            ),
        )


def _max_limit(values: Iterable[int | None]) -> int | None:
    """The most generous cap: ``None`` (no limit) wins, then the largest number."""
    result: int | None = 0
    for v in values:
        if v is None:
            return None
        result = max(result or 0, v)
    return result


def evaluate(roles: Iterable[RoleDef]) -> EffectivePolicy:
    """The effective policy of a user holding ``roles`` (their union).

    Permissions: union of scopes. Field access: the highest level any role gives. Limits: the
    most generous cap of any role that grants export; lease times: the longest. No roles means
    no access at all.
    """
    held = tuple(roles)
    grants: dict[Permission, set[Scope]] = {}
    for role in held:
        for perm, scopes in role.grants.items():
            grants.setdefault(perm, set()).update(scopes)
    access = {g: max((r.access_to(g) for r in held), default=Access.HIDDEN) for g in FieldGroup}
    exporters = [r for r in held if r.grants.get(Permission.EXPORT)]
    limits = Limits(
        export_row_cap=_max_limit(r.limits.export_row_cap for r in exporters),
        export_daily_rows=_max_limit(r.limits.export_daily_rows for r in exporters),
        offline_lock_after_hours=max((r.limits.offline_lock_after_hours for r in held), default=0),
        offline_wipe_after_hours=max((r.limits.offline_wipe_after_hours for r in held), default=0),
        offline_export=any(r.limits.offline_export for r in exporters),
    )
    return EffectivePolicy(
        roles=tuple(sorted({r.name for r in held})),
        grants=MappingProxyType({p: frozenset(s) for p, s in grants.items() if s}),
        field_access=MappingProxyType(access),
        limits=limits,
    )


def _group_of(name: str, custom: Mapping[str, CustomAttributeDef]) -> FieldGroup | None:
    """The field group of a standard or custom field name; ``None`` for an unknown name."""
    standard = FIELDS_BY_NAME.get(name)
    if standard is not None:
        return standard.group
    defn = custom.get(name)
    return defn.group if defn is not None else None


def _fields_at_least(
    policy: EffectivePolicy, level: Access, custom_defs: Sequence[CustomAttributeDef]
) -> tuple[str, ...]:
    names = [f.name for f in STANDARD_FIELDS if policy.access(f.group) >= level]
    names += [d.field_name for d in custom_defs if policy.access(d.group) >= level]
    return tuple(names)


def visible_fields(
    policy: EffectivePolicy, custom_defs: Sequence[CustomAttributeDef] = ()
) -> tuple[str, ...]:
    """Names of the fields the user may read: standard ones in catalogue order, then custom."""
    return _fields_at_least(policy, Access.READ, custom_defs)


def writable_fields(
    policy: EffectivePolicy, custom_defs: Sequence[CustomAttributeDef] = ()
) -> tuple[str, ...]:
    """Names of the fields the user may write, in the order of ``visible_fields``."""
    return _fields_at_least(policy, Access.WRITE, custom_defs)


def filter_values(
    policy: EffectivePolicy,
    values: Mapping[str, str | None],
    custom_defs: Sequence[CustomAttributeDef] = (),
) -> dict[str, str | None]:
    """``values`` without the fields the user may not see.

    Unknown names are dropped too: what the policy cannot place it must not let through.
    """
    custom = by_field_name(custom_defs)
    result: dict[str, str | None] = {}
    for name, value in values.items():
        group = _group_of(name, custom)
        if group is not None and policy.can_see(group):
            result[name] = value
    return result


def check_writes(
    policy: EffectivePolicy,
    changed_field_names: Iterable[str],
    custom_defs: Sequence[CustomAttributeDef] = (),
) -> tuple[FieldError, ...]:
    """One error per field the user may not write.

    A hidden field is reported exactly like an unknown one (``UNKNOWN_FIELD``), so the answer
    never reveals that a hidden field exists; a read-only one is ``FIELD_READ_ONLY``.
    """
    custom = by_field_name(custom_defs)
    errors: list[FieldError] = []
    for name in changed_field_names:
        group = _group_of(name, custom)
        if group is None or not policy.can_see(group):
            errors.append(FieldError(name, ErrorCode.UNKNOWN_FIELD))
        elif not policy.can_write(group):
            errors.append(FieldError(name, ErrorCode.FIELD_READ_ONLY))
    return tuple(errors)
