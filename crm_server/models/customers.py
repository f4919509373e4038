"""Customers: standard fields as columns, custom values, owner history, verification, comments."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from crm_server.models.types import UTCDateTime, utcnow


class Customer(SQLModel, table=True):
    """A customer (company). One column per standard field (``crm_protocol.fields``).

    Columns are unbounded text: lengths and formats are checked by ``crm_protocol.validation``
    before anything is stored, so the catalogue stays the single source of truth.
    """

    __table_args__ = (
        Index("ix_customer_assignment_owner", "assignment_id", "owner_id"),
        Index("ix_customer_name", "name"),
        Index("ix_customer_city", "city"),
    )

    id: str = Field(primary_key=True)
    assignment_id: str = Field(foreign_key="assignment.id")
    owner_id: str = Field(foreign_key="app_user.id", index=True)
    created_by: str = Field(foreign_key="app_user.id", index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    version: int = 1
    verification_state: str = Field(default="unverified", index=True)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    name: str | None = None
    nip: str | None = None
    regon: str | None = None
    pkd: str | None = None
    ico: str | None = None
    dic: str | None = None
    street: str | None = None
    building_number: str | None = None
    postal_code: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    business_activity: str | None = None
    employment_level: str | None = None
    website: str | None = None
    email: str | None = None
    landline: str | None = None
    mobile: str | None = None
    fax: str | None = None
    data_source_1: str | None = None
    data_source_2: str | None = None
    data_source_3: str | None = None
    data_source_4: str | None = None
    remarks: str | None = None
    purchase_price: str | None = None
    margin: str | None = None


class CustomValue(SQLModel, table=True):
    """The value of one custom attribute on one customer."""

    __tablename__ = "custom_value"

    customer_id: str = Field(foreign_key="customer.id", primary_key=True)
    attribute_id: str = Field(foreign_key="custom_attribute.id", primary_key=True)
    value: str | None = None


class OwnerHistory(SQLModel, table=True):
    """Who worked on a record, and since when ("the history of owners", DOMAIN.md)."""

    __tablename__ = "owner_history"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", index=True)
    owner_id: str = Field(foreign_key="app_user.id")
    previous_owner_id: str | None = Field(default=None, foreign_key="app_user.id")
    changed_by: str = Field(foreign_key="app_user.id")
    changed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    operation_id: str | None = None


class VerificationFlag(SQLModel, table=True):
    """A verifier's objection to one field of a record; resolved when the record is approved."""

    __tablename__ = "verification_flag"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", index=True)
    field: str
    reason: str
    comment: str | None = None
    verifier_id: str = Field(foreign_key="app_user.id")
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class CustomerComment(SQLModel, table=True):
    """One message between operator and verifier about a record."""

    __tablename__ = "customer_comment"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", index=True)
    author_id: str = Field(foreign_key="app_user.id")
    body: str
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
