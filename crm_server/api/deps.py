"""Request dependencies: the DB session, who is calling, and permission gates.

Policy enforcement starts here: ``current_principal`` resolves the token on *every* request
(user, device and session must all still be live) and computes the effective policy fresh.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Engine
from sqlmodel import Session

from crm_protocol.permissions import Permission
from crm_protocol.schemas import ApiErrorCode
from crm_server.audit import AuditContext
from crm_server.config import Settings
from crm_server.services.auth import AuthService
from crm_server.services.errors import ServiceError
from crm_server.services.principal import Principal
from crm_server.services.roles import policy_of


def get_settings(request: Request) -> Settings:
    """The app's settings."""
    settings: Settings = request.app.state.settings
    return settings


def get_auth(request: Request) -> AuthService:
    """The app's auth service."""
    auth: AuthService = request.app.state.auth
    return auth


def get_session(request: Request) -> Iterator[Session]:
    """One session (transaction scope) per request."""
    engine: Engine = request.app.state.engine
    with Session(engine, expire_on_commit=False) as session:
        yield session


def client_ip(request: Request) -> str | None:
    """The caller's address (``X-Forwarded-For`` only when configured behind a proxy)."""
    settings = get_settings(request)
    if settings.trust_forwarded_for:
        forwarded = request.headers.get("x-forwarded-for")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.client.host if request.client else None


def audit_context(request: Request) -> AuditContext:
    """Request origin for anonymous routes (login, refresh)."""
    return AuditContext(
        ip=client_ip(request), request_id=getattr(request.state, "request_id", None)
    )


SessionDep = Annotated[Session, Depends(get_session)]
AuthDep = Annotated[AuthService, Depends(get_auth)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
AuditCtxDep = Annotated[AuditContext, Depends(audit_context)]


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ServiceError(ApiErrorCode.UNAUTHENTICATED)
    return token.strip()


def current_principal(request: Request, session: SessionDep, auth: AuthDep) -> Principal:
    """The live session behind the bearer token, with its fresh policy; 401 otherwise."""
    found = auth.authenticate(session, _bearer(request))
    if found is None:
        raise ServiceError(ApiErrorCode.UNAUTHENTICATED)
    user = found.user
    ctx = AuditContext(
        actor_id=user.id,
        device_id=found.device_id,
        ip=client_ip(request),
        request_id=getattr(request.state, "request_id", None),
    )
    return Principal(
        user_id=user.id,
        login=user.login,
        team_id=user.team_id,
        policy=policy_of(session, user.id),
        audit=ctx,
        family_id=found.family_id,
    )


PrincipalDep = Annotated[Principal, Depends(current_principal)]


def require(permission: Permission) -> Callable[[Principal], Principal]:
    """A dependency that admits only callers whose policy grants ``permission``."""

    def gate(principal: PrincipalDep) -> Principal:
        principal.require(permission)
        return principal

    return gate
