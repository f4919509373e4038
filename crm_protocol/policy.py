"""The policy evaluator: a user's roles in, their effective policy out. Pure and total.

The server computes the policy and enforces it everywhere; the client receives the same document
and uses it only to shape the UI (DESIGN.md §5).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from crm_protocol.fields import FIELDS_BY_NAME, FieldGroup
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
