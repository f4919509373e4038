"""``/auth``: login, refresh, logout, and who am I (with the policy document)."""

from __future__ import annotations

from fastapi import APIRouter, Response
from sqlmodel import Session

from crm_protocol.schemas import LoginRequest, MeOut, PolicyDocument, RefreshRequest, SessionOut
from crm_server.api.deps import AuditCtxDep, AuthDep, PrincipalDep, SessionDep
from crm_server.models import User
from crm_server.services.admin import user_out
from crm_server.services.auth import IssuedTokens
from crm_server.services.roles import policy_of

router = APIRouter(prefix="/auth", tags=["auth"])


def _session_out(session: Session, issued: IssuedTokens) -> SessionOut:
    return SessionOut(
        access_token=issued.access_token,
        access_expires_in=issued.access_expires_in,
        refresh_token=issued.refresh_token,
        refresh_expires_in=issued.refresh_expires_in,
        user=user_out(session, issued.user),
        policy=PolicyDocument(**policy_of(session, issued.user.id).to_document()),
    )


@router.post("/login")
def login(body: LoginRequest, session: SessionDep, auth: AuthDep, ctx: AuditCtxDep) -> SessionOut:
    """Password login from one device; the same refusal for unknown and known users."""
    issued = auth.login(session, body.login, body.password, body.device_id, body.device_name, ctx)
    return _session_out(session, issued)


@router.post("/refresh")
def refresh(
    body: RefreshRequest, session: SessionDep, auth: AuthDep, ctx: AuditCtxDep
) -> SessionOut:
    """Rotate the refresh token (single use; reuse revokes the whole session)."""
    issued = auth.refresh(session, body.refresh_token, body.device_id, ctx)
    return _session_out(session, issued)


@router.post("/logout", status_code=204)
def logout(principal: PrincipalDep, session: SessionDep, auth: AuthDep) -> Response:
    """End this session."""
    assert principal.family_id is not None
    auth.logout(session, principal.family_id, principal.audit)
    return Response(status_code=204)


@router.get("/me")
def me(principal: PrincipalDep, session: SessionDep) -> MeOut:
    """The caller and their current policy."""
    user = session.get(User, principal.user_id)
    assert user is not None
    return MeOut(
        user=user_out(session, user), policy=PolicyDocument(**principal.policy.to_document())
    )
