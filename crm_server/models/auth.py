"""Sessions: devices, token families, opaque access and refresh tokens, login throttling.

Tokens are random strings stored only as SHA-256 hashes (docs/adr/0002-opaque-server-tokens.md).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from crm_server.models.types import UTCDateTime, new_id, utcnow


class Device(SQLModel, table=True):
    """A device a user signed in from; deactivating it ends its sessions."""

    user_id: str = Field(foreign_key="app_user.id", primary_key=True)
    device_id: str = Field(primary_key=True)
    name: str | None = None
    active: bool = True
    first_seen_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    last_seen_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class TokenFamily(SQLModel, table=True):
    """One login: every refresh token rotated from it, and their access tokens."""

    __tablename__ = "token_family"

    id: str = Field(default_factory=new_id, primary_key=True)
    user_id: str = Field(foreign_key="app_user.id", index=True)
    device_id: str
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoke_reason: str | None = None


class RefreshToken(SQLModel, table=True):
    """A refresh token (hash only). Used once; a second use revokes the family."""

    __tablename__ = "refresh_token"

    token_hash: str = Field(primary_key=True)
    family_id: str = Field(foreign_key="token_family.id", index=True)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AccessToken(SQLModel, table=True):
    """An access token (hash only), looked up on every request."""

    __tablename__ = "access_token"

    token_hash: str = Field(primary_key=True)
    family_id: str = Field(foreign_key="token_family.id", index=True)
    expires_at: datetime = Field(sa_type=UTCDateTime)


class LoginThrottle(SQLModel, table=True):
    """Failure counters per account (``acct:<login>``) and per IP (``ip:<addr>``)."""

    __tablename__ = "login_throttle"

    key: str = Field(primary_key=True)
    failures: int = 0
    window_started_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    locked_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
