"""Assignments (work orders), their members and custom attribute definitions; tasks."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from crm_server.models.types import UTCDateTime, new_id, utcnow


class Assignment(SQLModel, table=True):
    """A work order, e.g. "meat companies, Mazowieckie". Sub-assignments hang under a parent."""

    id: str = Field(default_factory=new_id, primary_key=True)
    name: str
    instructions: str = ""
    territory: str = ""
    principal_id: str | None = Field(default=None, foreign_key="app_user.id")
    coordinator_id: str | None = Field(default=None, foreign_key="app_user.id")
    parent_id: str | None = Field(default=None, foreign_key="assignment.id", index=True)
    target_per_day: int | None = None  # records an operator should enter per day
    status: str = "open"
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AssignmentMember(SQLModel, table=True):
    """A user's part in an assignment: supervisor, operator or verifier."""

    __tablename__ = "assignment_member"

    assignment_id: str = Field(foreign_key="assignment.id", primary_key=True)
    user_id: str = Field(foreign_key="app_user.id", primary_key=True, index=True)
    role: str


class CustomAttribute(SQLModel, table=True):
    """A custom attribute definition; its values travel as ``custom.<key>``."""

    __tablename__ = "custom_attribute"

    id: str = Field(default_factory=new_id, primary_key=True)
    key: str = Field(unique=True)
    label: str
    type: str
    field_group: str = "custom"
    choices: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    required: bool = False
    created_by: str = Field(foreign_key="app_user.id")
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class AttributeBinding(SQLModel, table=True):
    """Binds a custom attribute to an assignment: the field exists on that assignment's records."""

    __tablename__ = "attribute_binding"

    attribute_id: str = Field(foreign_key="custom_attribute.id", primary_key=True)
    assignment_id: str = Field(foreign_key="assignment.id", primary_key=True, index=True)


class Task(SQLModel, table=True):
    """A task on a customer for its assignee; moved along with the customer on handover."""

    id: str = Field(default_factory=new_id, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", index=True)
    assignee_id: str = Field(foreign_key="app_user.id", index=True)
    created_by: str = Field(foreign_key="app_user.id")
    title: str
    due: date | None = None
    done: bool = False
    cancelled: bool = False
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
