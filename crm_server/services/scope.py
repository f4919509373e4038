"""Record scopes as SQL: the one place that decides which customers a user may touch.

Every customer query in the server starts from ``customers_in_scope`` (reads, writes, search,
counts, bulk operations), so an out-of-scope row can never be listed, counted or fetched by id.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, false, or_, true, union
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from crm_protocol.permissions import Permission, Scope
from crm_server.models import Assignment, AssignmentMember, Customer, User
from crm_server.services.principal import Principal


def my_assignment_ids(user_id: str) -> Select[tuple[str]]:
    """Assignments the user works on: as a member, as their principal or as their coordinator."""
    return (
        union(
            select(AssignmentMember.assignment_id).where(col(AssignmentMember.user_id) == user_id),
            select(Assignment.id).where(col(Assignment.principal_id) == user_id),
            select(Assignment.id).where(col(Assignment.coordinator_id) == user_id),
        )
        .subquery()
        .select()
    )


def scope_clause(principal: Principal, permission: Permission) -> ColumnElement[bool]:
    """A WHERE clause matching the customers ``permission`` covers for ``principal``."""
    scopes = principal.policy.scopes(permission)
    if Scope.ALL in scopes:
        return true()
    clauses: list[ColumnElement[bool]] = []
    if Scope.OWN in scopes:
        clauses.append(col(Customer.owner_id) == principal.user_id)
    if Scope.ASSIGNMENT in scopes:
        clauses.append(col(Customer.assignment_id).in_(my_assignment_ids(principal.user_id)))
    if Scope.TEAM in scopes and principal.team_id is not None:
        team = select(User.id).where(col(User.team_id) == principal.team_id)
        clauses.append(col(Customer.owner_id).in_(team))
    return or_(*clauses) if clauses else false()


def customers_in_scope(
    principal: Principal, permission: Permission = Permission.CUSTOMER_READ
) -> SelectOfScalar[Customer]:
    """``SELECT customer`` limited to live rows ``permission`` covers."""
    return select(Customer).where(
        col(Customer.deleted_at).is_(None), scope_clause(principal, permission)
    )


def in_my_assignments(principal: Principal) -> Select[tuple[str]]:
    """Ids of the caller's assignments (for assignment lists)."""
    return my_assignment_ids(principal.user_id)


def my_assignment_id_set(session: Session, principal: Principal) -> set[str]:
    """The caller's assignment ids, loaded."""
    return set(session.execute(my_assignment_ids(principal.user_id)).scalars().all())
