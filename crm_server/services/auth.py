"""Login, throttling, opaque rotating tokens bound to a device (SECURITY.md T19, T21–T25).

Tokens are random strings (``secrets.token_urlsafe``) kept only as SHA-256 hashes and looked up
on every request, so the per-request check sees a deactivated user or device at once
(docs/adr/0002-opaque-server-tokens.md). All counters live in the database: several server
processes share them.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from crm_protocol.schemas import ApiErrorCode
from crm_server import audit
from crm_server.audit import AuditContext
from crm_server.config import Settings
from crm_server.models import (
    AccessToken,
    Device,
    LoginThrottle,
    RefreshToken,
    TokenFamily,
    User,
)
from crm_server.models.types import utcnow
from crm_server.services.errors import ServiceError
from crm_server.services.passwords import PasswordHasher

ACCESS_PREFIX = "crma_"
REFRESH_PREFIX = "crmr_"
FOREVER = timedelta(days=365 * 100)


def token_hash(token: str) -> str:
    """How a token is stored and looked up."""
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class IssuedTokens:
    """A fresh access + refresh token pair (plaintext: handed to the client once)."""

    user: User
    family_id: str
    access_token: str
    refresh_token: str
    access_expires_in: int
    refresh_expires_in: int


@dataclass(frozen=True, slots=True)
class Authenticated:
    """What a valid access token resolves to."""

    user: User
    device_id: str
    family_id: str


class AuthService:
    """Password login, refresh rotation, logout, session kill and per-request token checks."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.hasher = PasswordHasher(settings)

    # --- throttling ----------------------------------------------------------------------

    def _ensure_counter(self, session: Session, key: str) -> None:
        dialect = session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        stmt = insert(LoginThrottle).values(key=key, failures=0, window_started_at=utcnow())
        session.execute(stmt.on_conflict_do_nothing(index_elements=["key"]))

    def _counter(self, session: Session, key: str) -> LoginThrottle | None:
        return session.get(LoginThrottle, key, populate_existing=True)

    def _refused(self, session: Session, acct_key: str, ip_key: str, now: datetime) -> bool:
        acct = self._counter(session, acct_key)
        if acct is not None and acct.locked_until is not None and acct.locked_until > now:
            return True
        ip = self._counter(session, ip_key)
        window = timedelta(seconds=self.settings.ip_window_seconds)
        return (
            ip is not None
            and ip.window_started_at > now - window
            and ip.failures >= self.settings.ip_failure_limit
        )

    def _count_failure(self, session: Session, acct_key: str, ip_key: str, now: datetime) -> int:
        s = self.settings
        for key in (acct_key, ip_key):
            self._ensure_counter(session, key)
        ip = self._counter(session, ip_key)
        assert ip is not None
        if ip.window_started_at <= now - timedelta(seconds=s.ip_window_seconds):
            ip.failures, ip.window_started_at = 0, now
            session.add(ip)
            session.flush()
        for key in (acct_key, ip_key):
            # atomic increment: concurrent failures must all count
            session.execute(
                update(LoginThrottle)
                .where(col(LoginThrottle.key) == key)
                .values(failures=col(LoginThrottle.failures) + 1)
            )
        acct = self._counter(session, acct_key)
        assert acct is not None
        over = acct.failures - s.account_free_failures
        if acct.failures >= s.account_hard_limit:
            acct.locked_until = now + FOREVER  # NIST 800-63B: an administrator must unlock
        elif over > 0:
            delay = min(s.lockout_base_seconds * 2 ** (over - 1), s.lockout_max_seconds)
            acct.locked_until = now + timedelta(seconds=delay)
        session.add(acct)
        return acct.failures

    # --- login / refresh / logout --------------------------------------------------------

    def login(
        self,
        session: Session,
        login: str,
        password: str,
        device_id: str,
        device_name: str | None,
        ctx: AuditContext,
    ) -> IssuedTokens:
        """Tokens for valid credentials; one and the same refusal for every kind of failure."""
        now = utcnow()
        name = login.strip().lower()
        acct_key, ip_key = f"acct:{name}", f"ip:{ctx.ip or '-'}"
        if self._refused(session, acct_key, ip_key, now):
            audit.record(session, "login_throttled", ctx, object_type="login")
            session.commit()
            raise ServiceError(ApiErrorCode.TOO_MANY_ATTEMPTS)
        user = session.exec(select(User).where(col(User.login) == name)).first()
        if user is None:
            self.hasher.dummy_verify(password)
            ok, reason = False, "unknown_user"
        else:
            ok = self.hasher.verify(password, user.password_hash)
            reason = "bad_password" if not ok else "inactive_user"
            device = session.get(Device, (user.id, device_id))
            if ok and (not user.active or (device is not None and not device.active)):
                ok = False
                reason = "inactive_user" if not user.active else "inactive_device"
        if not ok or user is None:
            failures = self._count_failure(session, acct_key, ip_key, now)
            audit.record(
                session,
                "login_failed",
                ctx,
                object_type="user",
                object_id=user.id if user else None,
                detail={"reason": reason, "failures": failures},
            )
            session.commit()
            raise ServiceError(ApiErrorCode.INVALID_CREDENTIALS)
        session.execute(delete(LoginThrottle).where(col(LoginThrottle.key) == acct_key))
        if self.hasher.needs_rehash(user.password_hash):
            user.password_hash = self.hasher.hash(password)
            session.add(user)
        self._touch_device(session, user.id, device_id, device_name, now)
        family = TokenFamily(user_id=user.id, device_id=device_id)
        session.add(family)
        session.flush()
        issued = self._issue(session, user, family, now)
        audit.record(
            session,
            "login_ok",
            AuditContext(user.id, device_id, ctx.ip, ctx.request_id),
            object_type="user",
            object_id=user.id,
            detail={"login_key": family.id},
        )
        session.commit()
        return issued

    def step_up(self, session: Session, user: User, password: str, ctx: AuditContext) -> str | None:
        """Re-check a signed-in user's password (export step-up, SECURITY.md T33).

        Throttled exactly like a login, on the same account and address counters, so the
        step-up cannot be used to guess a password: ``None`` when it matches (the account
        counter is cleared, as after a login), ``"step_up"`` for a wrong password (the failure
        is counted) and ``"step_up_throttled"`` while the account or address is locked out.
        Nothing is committed: the caller records the outcome and commits.
        """
        now = utcnow()
        acct_key, ip_key = f"acct:{user.login}", f"ip:{ctx.ip or '-'}"
        if self._refused(session, acct_key, ip_key, now):
            return "step_up_throttled"
        if not self.hasher.verify(password, user.password_hash):
            self._count_failure(session, acct_key, ip_key, now)
            return "step_up"
        session.execute(delete(LoginThrottle).where(col(LoginThrottle.key) == acct_key))
        return None

    def _touch_device(
        self, session: Session, user_id: str, device_id: str, name: str | None, now: datetime
    ) -> None:
        device = session.get(Device, (user_id, device_id))
        if device is None:
            device = Device(user_id=user_id, device_id=device_id, name=name)
        device.last_seen_at = now
        session.add(device)

    def _issue(
        self, session: Session, user: User, family: TokenFamily, now: datetime
    ) -> IssuedTokens:
        s = self.settings
        access = ACCESS_PREFIX + secrets.token_urlsafe(32)
        refresh = REFRESH_PREFIX + secrets.token_urlsafe(32)
        session.add(
            AccessToken(
                token_hash=token_hash(access),
                family_id=family.id,
                expires_at=now + timedelta(seconds=s.access_ttl_seconds),
            )
        )
        session.add(
            RefreshToken(
                token_hash=token_hash(refresh),
                family_id=family.id,
                expires_at=now + timedelta(seconds=s.refresh_ttl_seconds),
            )
        )
        return IssuedTokens(
            user, family.id, access, refresh, s.access_ttl_seconds, s.refresh_ttl_seconds
        )

    def refresh(
        self, session: Session, refresh_token: str, device_id: str, ctx: AuditContext
    ) -> IssuedTokens:
        """Rotate: the old refresh token is spent; spending it twice revokes the family."""
        now = utcnow()
        row = session.get(RefreshToken, token_hash(refresh_token))
        family = session.get(TokenFamily, row.family_id) if row else None
        if row is None or family is None:
            raise ServiceError(ApiErrorCode.INVALID_GRANT)
        user = session.get(User, family.user_id)
        device = session.get(Device, (family.user_id, family.device_id))
        fctx = AuditContext(family.user_id, family.device_id, ctx.ip, ctx.request_id)
        if family.revoked_at is not None:
            raise ServiceError(ApiErrorCode.INVALID_GRANT)
        spent = session.execute(
            update(RefreshToken)
            .where(
                col(RefreshToken.token_hash) == row.token_hash, col(RefreshToken.used_at).is_(None)
            )
            .values(used_at=now)
        )
        if spent.rowcount != 1:  # type: ignore[attr-defined]
            self._revoke_family(session, family, "token_reuse", now)
            audit.record(
                session, "token_reuse", fctx, object_type="token_family", object_id=family.id
            )
            session.commit()
            raise ServiceError(ApiErrorCode.INVALID_GRANT)
        alive = user is not None and user.active and device is not None and device.active
        if row.expires_at <= now or device_id != family.device_id or not alive:
            reason = "device_mismatch" if device_id != family.device_id else "expired_or_inactive"
            self._revoke_family(session, family, reason, now)
            audit.record(
                session,
                "refresh_refused",
                fctx,
                object_type="token_family",
                object_id=family.id,
                detail={"reason": reason},
            )
            session.commit()
            raise ServiceError(ApiErrorCode.INVALID_GRANT)
        assert user is not None
        issued = self._issue(session, user, family, now)
        audit.record(
            session, "token_refresh", fctx, object_type="token_family", object_id=family.id
        )
        session.commit()
        return issued

    def _revoke_family(
        self, session: Session, family: TokenFamily, reason: str, now: datetime
    ) -> None:
        if family.revoked_at is None:
            family.revoked_at = now
            family.revoke_reason = reason
            session.add(family)
        session.execute(delete(AccessToken).where(col(AccessToken.family_id) == family.id))

    def logout(self, session: Session, family_id: str, ctx: AuditContext) -> None:
        """End this session (its family) now."""
        family = session.get(TokenFamily, family_id)
        if family is not None:
            self._revoke_family(session, family, "logout", utcnow())
            audit.record(session, "logout", ctx, object_type="token_family", object_id=family_id)
        session.commit()

    def kill_sessions(self, session: Session, user_id: str) -> int:
        """Revoke every live session of a user (no commit); returns how many there were."""
        now = utcnow()
        families = session.exec(
            select(TokenFamily).where(
                col(TokenFamily.user_id) == user_id, col(TokenFamily.revoked_at).is_(None)
            )
        ).all()
        for family in families:
            self._revoke_family(session, family, "session_kill", now)
        return len(families)

    def authenticate(self, session: Session, access_token: str) -> Authenticated | None:
        """The session behind an access token, checking user, device and family are all live."""
        now = utcnow()
        row = session.exec(
            select(AccessToken, TokenFamily, User, Device)
            .join(TokenFamily, col(TokenFamily.id) == col(AccessToken.family_id))
            .join(User, col(User.id) == col(TokenFamily.user_id))
            .join(
                Device,
                (col(Device.user_id) == col(TokenFamily.user_id))
                & (col(Device.device_id) == col(TokenFamily.device_id)),
            )
            .where(col(AccessToken.token_hash) == token_hash(access_token))
        ).first()
        if row is None:
            return None
        token, family, user, device = row
        if (
            token.expires_at <= now
            or family.revoked_at is not None
            or not user.active
            or not device.active
        ):
            return None
        return Authenticated(user, family.device_id, family.id)
