"""Device status for clients whose session stopped working, the wipe ack, device revocation.

A deactivated user's tokens are gone, so the client proves which device it is with its refresh
token (spent or not, revoked or not: possession is what counts); the answer is a wipe
directive when the user is deactivated or the device revoked (SECURITY.md T20).
"""

from __future__ import annotations

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from crm_protocol.sync import Directive
from crm_server import audit
from crm_server.audit import AuditContext
from crm_server.models import AccessToken, Device, RefreshToken, TokenFamily, User
from crm_server.models.types import utcnow
from crm_server.services.auth import token_hash


def _family(session: Session, refresh_token: str, device_id: str) -> TokenFamily | None:
    row = session.get(RefreshToken, token_hash(refresh_token))
    family = session.get(TokenFamily, row.family_id) if row is not None else None
    if family is None or family.device_id != device_id:
        return None
    return family


def device_directive(session: Session, refresh_token: str, device_id: str) -> Directive:
    """``wipe`` for a deactivated user or revoked device, else ``reauthenticate`` / ``ok``."""
    family = _family(session, refresh_token, device_id)
    if family is None:
        return Directive.REAUTHENTICATE
    user = session.get(User, family.user_id)
    device = session.get(Device, (family.user_id, device_id))
    if user is None or not user.active or device is None or not device.active:
        return Directive.WIPE
    if family.revoked_at is not None:
        return Directive.REAUTHENTICATE
    return Directive.OK


def wipe_ack(session: Session, refresh_token: str, device_id: str, ctx: AuditContext) -> bool:
    """Record that a device wiped itself (audited with its device id); False if unknown."""
    family = _family(session, refresh_token, device_id)
    if family is None:
        return False
    audit.record(
        session,
        "wipe_ack",
        AuditContext(family.user_id, device_id, ctx.ip, ctx.request_id),
        object_type="device",
        object_id=device_id,
    )
    session.commit()
    return True


def revoke_device(session: Session, user_id: str, device_id: str, ctx: AuditContext) -> bool:
    """Revoke a device: its sessions end now and its next contact gets the wipe directive."""
    device = session.get(Device, (user_id, device_id))
    if device is None:
        return False
    device.active = False
    session.add(device)
    families = select(TokenFamily.id).where(
        col(TokenFamily.user_id) == user_id, col(TokenFamily.device_id) == device_id
    )
    session.execute(delete(AccessToken).where(col(AccessToken.family_id).in_(families)))
    session.execute(
        update(TokenFamily)
        .where(
            col(TokenFamily.user_id) == user_id,
            col(TokenFamily.device_id) == device_id,
            col(TokenFamily.revoked_at).is_(None),
        )
        .values(revoked_at=utcnow(), revoke_reason="device_revoked")
    )
    audit.record(session, "device_revoked", ctx, object_type="device", object_id=device_id)
    session.commit()
    return True
