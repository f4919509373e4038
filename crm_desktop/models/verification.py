"""Verification: per-field flags a verifier raises, and the row's discussion."""

from __future__ import annotations

from sqlalchemy import Index
from sqlmodel import Field

from crm_desktop.models.base import LocalModel, new_id, parent_key, utc_now


class VerificationFlag(LocalModel, table=True):
    """A verifier's objection to one field of a customer, with a reason code."""

    __tablename__ = "verification_flags"
    __table_args__ = (Index("ix_verification_flags_customer", "customer_id", "resolved"),)

    id: str = Field(primary_key=True, default_factory=new_id)
    customer_id: str = parent_key("customers.id")
    field: str  # a standard field name or custom.<key>
    reason_code: str
    comment: str | None = None
    verifier_id: str | None = None
    created_at: str = Field(default_factory=utc_now)
    resolved: bool = False


class VerificationComment(LocalModel, table=True):
    """One message between operator and verifier about a customer row."""

    __tablename__ = "verification_comments"
    __table_args__ = (Index("ix_verification_comments_customer_time", "customer_id", "created_at"),)

    id: str = Field(primary_key=True, default_factory=new_id)
    customer_id: str = parent_key("customers.id")
    author_id: str | None = None
    body: str
    created_at: str = Field(default_factory=utc_now)
