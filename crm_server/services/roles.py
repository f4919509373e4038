"""Roles as data: converting between ``RoleDef`` and stored rows; seeding the presets."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from sqlmodel import Session, col, select

from crm_protocol.fields import FieldGroup
from crm_protocol.permissions import RECORD_PERMISSIONS, Access, Permission, Scope
from crm_protocol.policy import EffectivePolicy, evaluate
from crm_protocol.roles import PRESETS, Limits, RoleDef
from crm_server.models import Role, UserRole


def role_to_row_values(role: RoleDef) -> dict[str, Any]:
    """The JSON columns of a role."""
    return {
        "name": role.name,
        "builtin": role.builtin,
        "grants": {p.value: sorted(s.value for s in scopes) for p, scopes in role.grants.items()},
        "field_access": {g.value: a.code for g, a in role.field_access.items()},
        "default_access": role.default_access.code,
        "limits": {
            "export_row_cap": role.limits.export_row_cap,
            "export_daily_rows": role.limits.export_daily_rows,
            "offline_lock_after_hours": role.limits.offline_lock_after_hours,
            "offline_wipe_after_hours": role.limits.offline_wipe_after_hours,
            "offline_export": role.limits.offline_export,
        },
    }


def parse_role(
    name: str,
    grants: Mapping[str, Any],
    field_access: Mapping[str, Any],
    default_access: str,
    limits: Mapping[str, Any],
    *,
    builtin: bool = False,
) -> RoleDef:
    """A ``RoleDef`` from its JSON parts; ``ValueError`` on unknown names or bad values."""
    parsed_grants: dict[Permission, frozenset[Scope]] = {}
    for perm_name, scope_names in grants.items():
        perm = Permission(perm_name)
        scopes = frozenset(Scope(s) for s in scope_names)
        if perm not in RECORD_PERMISSIONS and scopes and scopes != {Scope.ALL}:
            raise ValueError("function permissions take the 'all' scope")
        if scopes:
            parsed_grants[perm] = scopes
    default = Access.from_code(default_access)
    access = {FieldGroup(g): Access.from_code(str(a)) for g, a in field_access.items()}
    defaults = Limits()
    return RoleDef(
        name=name,
        grants=MappingProxyType(parsed_grants),
        field_access=MappingProxyType({g: access.get(g, default) for g in FieldGroup}),
        default_access=default,
        limits=Limits(
            export_row_cap=_opt_int(limits.get("export_row_cap", defaults.export_row_cap)),
            export_daily_rows=_opt_int(limits.get("export_daily_rows", defaults.export_daily_rows)),
            offline_lock_after_hours=int(
                limits.get("offline_lock_after_hours", defaults.offline_lock_after_hours)
            ),
            offline_wipe_after_hours=int(
                limits.get("offline_wipe_after_hours", defaults.offline_wipe_after_hours)
            ),
            offline_export=bool(limits.get("offline_export", defaults.offline_export)),
        ),
        builtin=builtin,
    )


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


def role_from_row(row: Role) -> RoleDef:
    """The ``RoleDef`` a stored role describes."""
    return parse_role(
        row.name, row.grants, row.field_access, row.default_access, row.limits, builtin=row.builtin
    )


def seed_presets(session: Session) -> None:
    """Insert (or refresh) the built-in roles."""
    existing = {r.name: r for r in session.exec(select(Role).where(col(Role.builtin))).all()}
    for preset in PRESETS.values():
        values = role_to_row_values(preset)
        row = existing.get(preset.name) or Role(name=preset.name)
        for key, value in values.items():
            setattr(row, key, value)
        session.add(row)
    session.flush()


def user_roles(session: Session, user_id: str) -> list[RoleDef]:
    """Every role a user holds."""
    rows = session.exec(
        select(Role)
        .join(UserRole, col(UserRole.role_id) == col(Role.id))
        .where(col(UserRole.user_id) == user_id)
    ).all()
    return [role_from_row(r) for r in rows]


def policy_of(session: Session, user_id: str) -> EffectivePolicy:
    """The effective policy of a user, computed fresh (a role change applies at once)."""
    return evaluate(user_roles(session, user_id))


def set_user_roles(session: Session, user_id: str, role_names: list[str]) -> None:
    """Replace a user's roles; ``KeyError`` when a name is unknown."""
    wanted = set(role_names)
    rows = session.exec(select(Role).where(col(Role.name).in_(wanted))).all()
    if len(rows) != len(wanted):
        raise KeyError("unknown role")
    for link in session.exec(select(UserRole).where(col(UserRole.user_id) == user_id)).all():
        session.delete(link)
    session.flush()
    for row in rows:
        session.add(UserRole(user_id=user_id, role_id=row.id))
    session.flush()
