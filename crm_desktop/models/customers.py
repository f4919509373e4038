"""Customers: one column per standard field of ``crm_protocol.fields.STANDARD_FIELDS``.

Field values are text (``str | None``) like everywhere else; a test keeps the columns equal to
the catalogue. Custom attribute values live in ``customer_custom_values``.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Index, text
from sqlmodel import Field

from crm_desktop.models.base import LocalModel, new_id, one_of, utc_now


class VerificationState(StrEnum):
    """Where a customer row stands in verification."""

    UNVERIFIED = "unverified"
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class Customer(LocalModel, table=True):
    """A customer (company) record held on this device."""

    __tablename__ = "customers"
    __table_args__ = (
        one_of("verification_state", VerificationState, name="ck_customers_verification_state"),
        # The operator's home page counts "records I entered today in this assignment".
        Index("ix_customers_assignment_creator_time", "assignment_id", "created_by", "created_at"),
        # The list: keys of live customers in name order (local migrations 0004, 0006).
        Index("ix_customers_live_name_key", "name_key", sqlite_where=text("deleted = 0")),
        # My work: "my rejected rows, newest first" and, outside an assignment, "records I
        # entered today" (local migration 0007).
        Index("ix_customers_owner_state_time", "owner_id", "verification_state", "updated_at"),
        Index("ix_customers_creator_time", "created_by", "created_at"),
    )

    id: str = Field(primary_key=True, default_factory=new_id)
    # identification
    name: str | None = Field(default=None, index=True)  # required by validation, not by SQL
    nip: str | None = None
    regon: str | None = None
    pkd: str | None = None
    ico: str | None = None
    dic: str | None = None
    # address
    street: str | None = None
    building_number: str | None = None
    postal_code: str | None = None
    city: str | None = None
    region: str | None = Field(default=None, index=True)  # the region filter's choices
    country: str | None = None
    # business
    business_activity: str | None = None
    employment_level: str | None = None
    # contact and phones
    website: str | None = None
    email: str | None = None
    landline: str | None = None
    mobile: str | None = None
    fax: str | None = None
    # sources, remarks, commercial
    data_source_1: str | None = None
    data_source_2: str | None = None
    data_source_3: str | None = None
    data_source_4: str | None = None
    remarks: str | None = None
    purchase_price: str | None = None  # decimal as text, to keep precision
    margin: str | None = None
    # bookkeeping
    assignment_id: str | None = None  # indexed by ix_customers_assignment_creator_time
    owner_id: str | None = Field(default=None, index=True)
    created_by: str | None = None
    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now, index=True)
    server_seq: int | None = None  # change-log seq of the last server version applied
    verification_state: str = Field(default=VerificationState.UNVERIFIED.value, index=True)
    deleted: bool = False
    # locale-aware sort keys (crm_desktop.store.collation), kept by every write transaction
    name_key: str | None = None
    city_key: str | None = None
    region_key: str | None = None
