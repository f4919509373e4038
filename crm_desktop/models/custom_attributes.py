"""Custom attributes: definitions, their binding to assignments, and per-customer values."""

from __future__ import annotations

from sqlalchemy import JSON, Column
from sqlmodel import Field

from crm_desktop.models.base import LocalModel, new_id, one_of, parent_key
from crm_protocol.fields import FieldType


class CustomAttributeDefRow(LocalModel, table=True):
    """A custom attribute definition (``crm_protocol.custom_attributes.CustomAttributeDef``)."""

    __tablename__ = "custom_attribute_defs"
    __table_args__ = (one_of("type", FieldType, name="ck_custom_attribute_defs_type"),)

    id: str = Field(primary_key=True, default_factory=new_id)
    key: str = Field(unique=True)
    label: str
    type: str  # a crm_protocol.fields.FieldType value
    group: str = "custom"  # a crm_protocol.fields.FieldGroup value
    choices: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    required: bool = False
    server_seq: int | None = None


class CustomAttributeBinding(LocalModel, table=True):
    """Binds a definition to an assignment; a definition bound to none applies to no record."""

    __tablename__ = "custom_attribute_bindings"

    def_id: str = parent_key("custom_attribute_defs.id", primary_key=True)
    assignment_id: str = Field(primary_key=True, index=True)


class CustomerCustomValue(LocalModel, table=True):
    """The value of one custom attribute on one customer."""

    __tablename__ = "customer_custom_values"

    customer_id: str = parent_key("customers.id", primary_key=True)
    def_id: str = parent_key("custom_attribute_defs.id", primary_key=True)
    value: str | None = None
