"""People the device knows about: users, and who owned a customer when."""

from __future__ import annotations

from sqlalchemy import Index
from sqlmodel import Field

from crm_desktop.models.base import LocalModel, new_id, parent_key, utc_now


class User(LocalModel, table=True):
    """A user as synced from the server (deactivated users stay, so history keeps names)."""

    __tablename__ = "users"

    id: str = Field(primary_key=True, default_factory=new_id)
    login: str = Field(index=True)
    display_name: str
    active: bool = True
    team_id: str | None = Field(default=None, index=True)
    server_seq: int | None = None


class OwnerHistory(LocalModel, table=True):
    """One period during which ``owner_id`` owned a customer ("who worked on it, and when")."""

    __tablename__ = "owner_history"
    __table_args__ = (Index("ix_owner_history_customer_from", "customer_id", "valid_from"),)

    id: str = Field(primary_key=True, default_factory=new_id)
    customer_id: str = parent_key("customers.id")
    owner_id: str | None = None
    valid_from: str = Field(default_factory=utc_now)
    valid_to: str | None = None  # None: the current owner
    changed_by: str | None = None
