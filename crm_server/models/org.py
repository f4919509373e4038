"""Organisation structure and people: organisation → divisions → teams; users and roles."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from crm_server.models.types import UTCDateTime, new_id, utcnow


class Organisation(SQLModel, table=True):
    """The company (a "project" in seed 004)."""

    id: str = Field(default_factory=new_id, primary_key=True)
    name: str
    registry_id: str | None = None


class Division(SQLModel, table=True):
    """A part of the organisation kept apart (e.g. B2B and B2C)."""

    id: str = Field(default_factory=new_id, primary_key=True)
    organisation_id: str = Field(foreign_key="organisation.id", index=True)
    name: str


class Team(SQLModel, table=True):
    """A team / department: the unit of the ``team`` record scope."""

    id: str = Field(default_factory=new_id, primary_key=True)
    division_id: str = Field(foreign_key="division.id", index=True)
    name: str


class User(SQLModel, table=True):
    """A person. Deactivated, never deleted: records keep showing who handled them."""

    __tablename__ = "app_user"

    id: str = Field(default_factory=new_id, primary_key=True)
    login: str = Field(unique=True)  # stored lower-case
    display_name: str
    password_hash: str
    team_id: str | None = Field(default=None, foreign_key="team.id", index=True)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    deactivated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Role(SQLModel, table=True):
    """A role as data: the presets (``builtin``) and administrator-defined ones."""

    id: str = Field(default_factory=new_id, primary_key=True)
    name: str = Field(unique=True)
    builtin: bool = False
    grants: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    field_access: dict[str, Any] = Field(
        default_factory=dict, sa_column=Column(JSON, nullable=False)
    )
    default_access: str = "hidden"
    limits: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class UserRole(SQLModel, table=True):
    """Which roles a user holds (their policy is the union)."""

    __tablename__ = "user_role"
    __table_args__ = (UniqueConstraint("user_id", "role_id"),)

    user_id: str = Field(foreign_key="app_user.id", primary_key=True)
    role_id: str = Field(foreign_key="role.id", primary_key=True)
