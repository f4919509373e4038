"""``/users``, ``/roles``, ``/organisation``, ``/audit`` and ``/health``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from crm_protocol import PROTOCOL_VERSION
from crm_protocol.schemas import (
    AuditEventOut,
    DeactivateRequest,
    DeactivateResult,
    OrganisationOut,
    RoleIn,
    RoleOut,
    RolesIn,
    UserCreate,
    UserOut,
)
from crm_server.api.deps import AuthDep, PrincipalDep, SessionDep
from crm_server.services import admin

router = APIRouter()


@router.get("/health", tags=["meta"])
def health() -> dict[str, int | str]:
    """Liveness and the protocol version (no authentication)."""
    return {"status": "ok", "protocol": PROTOCOL_VERSION}


@router.get("/users", tags=["admin"])
def list_users(principal: PrincipalDep, session: SessionDep) -> list[UserOut]:
    """Every user."""
    return admin.list_users(session, principal)


@router.get("/users/directory", tags=["admin"])
def user_directory(principal: PrincipalDep, session: SessionDep) -> list[UserOut]:
    """Active colleagues' names, for the people who staff assignments."""
    return admin.user_directory(session, principal)


@router.post("/users", status_code=201, tags=["admin"])
def create_user(
    body: UserCreate, principal: PrincipalDep, session: SessionDep, auth: AuthDep
) -> UserOut:
    """Create an account."""
    return admin.create_user(session, principal, auth, body)


@router.put("/users/{user_id}/roles", tags=["admin"])
def set_roles(user_id: str, body: RolesIn, principal: PrincipalDep, session: SessionDep) -> UserOut:
    """Replace a user's roles."""
    return admin.set_roles(session, principal, user_id, body.roles)


@router.post("/users/{user_id}/deactivate", tags=["admin"])
def deactivate(
    user_id: str,
    body: DeactivateRequest,
    principal: PrincipalDep,
    session: SessionDep,
    auth: AuthDep,
) -> DeactivateResult:
    """Deactivate a user (sessions end at once) and hand their records over."""
    return admin.deactivate_user(
        session, principal, auth, user_id, body.handover_to, include_tasks=body.include_tasks
    )


@router.get("/roles", tags=["admin"])
def list_roles(principal: PrincipalDep, session: SessionDep) -> list[RoleOut]:
    """Every role."""
    return admin.list_roles(session, principal)


@router.post("/roles", status_code=201, tags=["admin"])
def create_role(body: RoleIn, principal: PrincipalDep, session: SessionDep) -> RoleOut:
    """Define a role."""
    return admin.create_role(session, principal, body)


@router.get("/organisation", tags=["admin"])
def organisation(principal: PrincipalDep, session: SessionDep) -> list[OrganisationOut]:
    """Organisation, divisions and teams."""
    return admin.organisation(session)


@router.get("/audit", tags=["admin"])
def read_audit(
    principal: PrincipalDep,
    session: SessionDep,
    after_seq: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1)] = 100,
) -> list[AuditEventOut]:
    """Audit events after ``after_seq`` (at most 1,000 per call)."""
    return admin.read_audit(session, principal, after_seq, min(limit, 1000))
