"""Roles are data: a set of permissions over scopes, access per field group, and limits.

The presets ship built in (DOMAIN.md); an administrator may define more. A user holds one or
more roles and gets their union (``crm_protocol.policy.evaluate``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from crm_protocol.fields import FieldGroup
from crm_protocol.permissions import RECORD_PERMISSIONS, Access, Permission, Scope


@dataclass(frozen=True, slots=True)
class Limits:
    """Numeric limits of a role. ``None`` means "no limit" and wins in a union."""

    export_row_cap: int | None = 0  # rows per export; 0 = export impossible
    export_daily_rows: int | None = 0  # rows per user per day across exports
    offline_lock_after_hours: int = 24  # lease: lock the local data after this long offline
    offline_wipe_after_hours: int = 7 * 24  # lease: crypto-shred after this long offline
    offline_export: bool = False  # may export while offline (audited at next sync)


@dataclass(frozen=True, slots=True)
class RoleDef:
    """One role. ``grants`` maps a permission to the scopes it covers."""

    name: str
    grants: Mapping[Permission, frozenset[Scope]]
    field_access: Mapping[FieldGroup, Access]
    default_access: Access = Access.HIDDEN  # for groups the role does not name
    limits: Limits = field(default_factory=Limits)
    builtin: bool = False

    def access_to(self, group: FieldGroup) -> Access:
        """Access this role alone gives to ``group``."""
        return self.field_access.get(group, self.default_access)


_ALL = frozenset({Scope.ALL})
_ASSIGNMENT = frozenset({Scope.ASSIGNMENT})
_OWN_ASSIGNMENT = frozenset({Scope.OWN, Scope.ASSIGNMENT})
_TEAM_ASSIGNMENT = frozenset({Scope.OWN, Scope.ASSIGNMENT, Scope.TEAM})
_OWN = frozenset({Scope.OWN})
_OWN_TEAM = frozenset({Scope.OWN, Scope.TEAM})


def _grants(
    scoped: Mapping[Permission, frozenset[Scope]], *functions: Permission
) -> Mapping[Permission, frozenset[Scope]]:
    merged = dict(scoped)
    for perm in functions:
        if perm in RECORD_PERMISSIONS:
            raise ValueError(f"{perm} is a record permission and needs a scope")
        merged[perm] = _ALL
    return MappingProxyType(merged)


def _access(default: Access, **groups: Access) -> Mapping[FieldGroup, Access]:
    return MappingProxyType({g: groups.get(g.value, default) for g in FieldGroup})


_W, _R, _H = Access.WRITE, Access.READ, Access.HIDDEN

OPERATOR = RoleDef(
    "operator",
    _grants(
        {
            Permission.CUSTOMER_READ: _OWN_ASSIGNMENT,
            Permission.CUSTOMER_CREATE: _ASSIGNMENT,
            Permission.CUSTOMER_EDIT: _OWN_ASSIGNMENT,
        }
    ),
    _access(_W, commercial=_H, verification=_R),
    limits=Limits(),
    builtin=True,
)

VERIFIER = RoleDef(
    "verifier",
    _grants({Permission.CUSTOMER_READ: _ASSIGNMENT, Permission.VERIFY: _ASSIGNMENT}),
    _access(_R, verification=_W),
    builtin=True,
)

SUPERVISOR = RoleDef(
    "supervisor",
    _grants(
        {
            Permission.CUSTOMER_READ: _TEAM_ASSIGNMENT,
            Permission.CUSTOMER_CREATE: _TEAM_ASSIGNMENT,
            Permission.CUSTOMER_EDIT: _TEAM_ASSIGNMENT,
            Permission.CHANGE_OWNER: _TEAM_ASSIGNMENT,
            Permission.BULK_OPERATIONS: _TEAM_ASSIGNMENT,
        },
        Permission.PLAN_TASKS_FOR_OTHERS,
        Permission.CLOSE_ASSIGNMENT_FOR_OPERATORS,
    ),
    _access(_W, commercial=_R, verification=_R),
    builtin=True,
)

COORDINATOR = RoleDef(
    "coordinator",
    _grants(
        {
            Permission.CUSTOMER_READ: _ALL,
            Permission.CUSTOMER_CREATE: _ALL,
            Permission.CUSTOMER_EDIT: _ALL,
            Permission.CHANGE_OWNER: _ALL,
            Permission.BULK_OPERATIONS: _ALL,
            Permission.EXPORT: _ALL,
        },
        Permission.PLAN_TASKS_FOR_OTHERS,
        Permission.MANAGE_ASSIGNMENTS,
        Permission.CLOSE_ASSIGNMENT_FOR_OPERATORS,
        Permission.CLOSE_ASSIGNMENT,
        Permission.DEFINE_CUSTOM_ATTRIBUTES,
    ),
    _access(_W, verification=_R),
    limits=Limits(export_row_cap=10_000, export_daily_rows=50_000),
    builtin=True,
)

PRINCIPAL = RoleDef(
    "principal",
    _grants(
        {
            Permission.CUSTOMER_READ: _ASSIGNMENT,
            Permission.CUSTOMER_CREATE: _ASSIGNMENT,
            Permission.CUSTOMER_EDIT: _ASSIGNMENT,
            Permission.CUSTOMER_DELETE: _ASSIGNMENT,
            Permission.CHANGE_OWNER: _ASSIGNMENT,
            Permission.BULK_OPERATIONS: _ASSIGNMENT,
            Permission.EXPORT: _ASSIGNMENT,
            Permission.VERIFY: _ASSIGNMENT,
        },
        Permission.MANAGE_ASSIGNMENTS,
        Permission.DEFINE_CUSTOM_ATTRIBUTES,
    ),
    _access(_W),
    limits=Limits(export_row_cap=10_000, export_daily_rows=20_000),
    builtin=True,
)

_EVERY_RECORD_PERMISSION = {p: _ALL for p in RECORD_PERMISSIONS}
_EVERY_FUNCTION = tuple(p for p in Permission if p not in RECORD_PERMISSIONS)

ADMINISTRATOR = RoleDef(
    "administrator",
    _grants(_EVERY_RECORD_PERMISSION, *_EVERY_FUNCTION),
    _access(_W),
    default_access=_W,
    limits=Limits(export_row_cap=None, export_daily_rows=None, offline_export=True),
    builtin=True,
)

DIRECTOR = RoleDef(
    "director",
    _grants(
        _EVERY_RECORD_PERMISSION,
        *(p for p in _EVERY_FUNCTION if p is not Permission.DELETE_ALL_DATA),
    ),
    _access(_W),
    default_access=_W,
    limits=Limits(export_row_cap=100_000, export_daily_rows=200_000),
    builtin=True,
)

EXTERNAL_OPERATOR = RoleDef(
    "external_operator",
    _grants({Permission.CUSTOMER_READ: _OWN, Permission.CUSTOMER_EDIT: _OWN}),
    _access(_R, phones=_W, remarks=_W, commercial=_H, sources=_H, verification=_H, custom=_W),
    limits=Limits(offline_lock_after_hours=8, offline_wipe_after_hours=72),
    builtin=True,
)

SALES_REPRESENTATIVE = RoleDef(
    "sales_representative",
    _grants(
        {
            Permission.CUSTOMER_READ: _OWN_TEAM,
            Permission.CUSTOMER_CREATE: _OWN,
            Permission.CUSTOMER_EDIT: _OWN,
            Permission.EDIT_DEAL_DATES: _OWN,
        }
    ),
    _access(_W, verification=_H, sources=_R),
    builtin=True,
)

SERVICE_TECHNICIAN = RoleDef(
    "service_technician",
    _grants({Permission.CUSTOMER_READ: _OWN_TEAM, Permission.CUSTOMER_EDIT: _OWN}),
    _access(_H, identification=_R, address=_R, phones=_R, remarks=_W),
    builtin=True,
)

PRESETS: Mapping[str, RoleDef] = MappingProxyType(
    {
        r.name: r
        for r in (
            OPERATOR,
            VERIFIER,
            SUPERVISOR,
            COORDINATOR,
            PRINCIPAL,
            ADMINISTRATOR,
            DIRECTOR,
            EXTERNAL_OPERATOR,
            SALES_REPRESENTATIVE,
            SERVICE_TECHNICIAN,
        )
    }
)


def preset(name: str) -> RoleDef:
    """A built-in role by name; ``KeyError`` if there is none."""
    return PRESETS[name]


def presets(names: Iterable[str]) -> list[RoleDef]:
    """Several built-in roles by name."""
    return [PRESETS[n] for n in names]
