"""What one device may hold: the caller's read scope minus closed work, and their visible fields.

The sync scope is the ``customer.read`` scope (``services.scope``) narrowed to the offline
window: records of an assignment closed definitively leave every device, and records of an
assignment closed for operators leave the devices of those who may no longer write there
(SECURITY.md T26). The fingerprint hashes every input of that decision that is not a change of
the record itself (roles and field access, team, assignment membership, closed assignments,
custom attribute definitions): when it moves, the client must reconcile.

The device's assignments (``assignment_ids``) follow the same window: the ones the caller works
on or manages (every one for a caller who reads all records), minus those whose records must
leave the device. Every way an assignment can leave that set moves the fingerprint.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_
from sqlmodel import Session, col, select

from crm_protocol.custom_attributes import CustomAttributeDef
from crm_protocol.fields import STANDARD_FIELDS, FieldGroup
from crm_protocol.permissions import Permission, Scope
from crm_protocol.schemas import AssignmentStatus
from crm_server.models import Assignment, Customer, User
from crm_server.services.fields import load_custom_defs
from crm_server.services.principal import Principal
from crm_server.services.scope import my_assignment_id_set, scope_clause


@dataclass(frozen=True, slots=True)
class SyncScope:
    """The caller's offline scope, computed once per request."""

    principal: Principal
    clause: ColumnElement[bool]  # over ``customer``, live rows only
    fingerprint: str
    visible_groups: frozenset[FieldGroup]
    visible_standard: tuple[str, ...]
    defs: tuple[CustomAttributeDef, ...]
    assignment_ids: frozenset[str] = frozenset()  # the assignments the device holds

    @property
    def sees_verification(self) -> bool:
        """Whether flags and the comment thread may reach this caller."""
        return FieldGroup.VERIFICATION in self.visible_groups

    def visible_field_names(self) -> frozenset[str]:
        """Standard and custom field names the caller may see (what a flag may name)."""
        return frozenset((*self.visible_standard, *(d.field_name for d in self.visible_defs())))

    def visible_defs(self) -> list[CustomAttributeDef]:
        """Custom attribute definitions in a group the caller may see."""
        return [d for d in self.defs if d.group in self.visible_groups]

    def fields_of_groups(self, groups: Sequence[FieldGroup]) -> list[str]:
        """Every standard and custom field name in ``groups``."""
        wanted = set(groups)
        names = [f.name for f in STANDARD_FIELDS if f.group in wanted]
        names += [d.field_name for d in self.defs if d.group in wanted]
        return names


def _closed_for(session: Session, principal: Principal) -> list[str]:
    """Assignments whose records must not stay on this caller's device."""
    statuses = [AssignmentStatus.CLOSED.value]
    policy = principal.policy
    if not (
        policy.allows(Permission.CLOSE_ASSIGNMENT_FOR_OPERATORS)
        or policy.allows(Permission.MANAGE_ASSIGNMENTS)
    ):
        statuses.append(AssignmentStatus.CLOSED_FOR_OPERATORS.value)
    rows = session.execute(
        select(Assignment.id).where(col(Assignment.status).in_(statuses)).order_by(Assignment.id)
    )
    return list(rows.scalars().all())


def sync_scope(session: Session, principal: Principal) -> SyncScope:
    """The caller's offline scope and its fingerprint."""
    policy = principal.policy
    closed = _closed_for(session, principal)
    clause = and_(
        col(Customer.deleted_at).is_(None), scope_clause(principal, Permission.CUSTOMER_READ)
    )
    if closed:
        clause = and_(clause, col(Customer.assignment_id).not_in(closed))
    scopes = policy.scopes(Permission.CUSTOMER_READ)
    team: list[str] = []
    if Scope.TEAM in scopes and principal.team_id is not None:
        team = sorted(
            session.execute(select(User.id).where(col(User.team_id) == principal.team_id))
            .scalars()
            .all()
        )
    mine = my_assignment_id_set(session, principal)
    assignments = sorted(mine)
    if Scope.ALL in scopes:
        every = session.execute(select(Assignment.id)).scalars().all()
        held = frozenset(every) - frozenset(closed)
    else:
        held = frozenset(mine) - frozenset(closed)
    defs = tuple(load_custom_defs(session))
    visible = policy.visible_groups()
    doc = {
        "policy": policy.to_document(),
        "user": principal.user_id,
        "team": principal.team_id,
        "team_members": team,
        "assignments": assignments,
        "closed": closed,
        "defs": [
            [d.id, d.key, d.group.value, d.type.value, sorted(d.assignment_ids)]
            for d in defs
            if d.group in visible
        ],
    }
    digest = hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()[:20]
    return SyncScope(
        principal=principal,
        clause=clause,
        fingerprint=digest,
        visible_groups=visible,
        visible_standard=tuple(f.name for f in STANDARD_FIELDS if f.group in visible),
        defs=defs,
        assignment_ids=held,
    )
