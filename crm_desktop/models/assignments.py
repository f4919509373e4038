"""Assignments (work orders) and who works on them."""

from __future__ import annotations

from enum import StrEnum

from sqlmodel import Field

from crm_desktop.models.base import LocalModel, new_id, one_of, parent_key, utc_now


class AssignmentStatus(StrEnum):
    """Open; closed by a supervisor for their operators; closed for good by the coordinator."""

    OPEN = "open"
    CLOSED_FOR_OPERATORS = "closed_for_operators"
    CLOSED = "closed"


class MemberRole(StrEnum):
    """A person's role inside one assignment."""

    SUPERVISOR = "supervisor"
    OPERATOR = "operator"
    VERIFIER = "verifier"


class Assignment(LocalModel, table=True):
    """An assignment such as "meat companies, Mazowieckie"."""

    __tablename__ = "assignments"
    __table_args__ = (one_of("status", AssignmentStatus, name="ck_assignments_status"),)

    id: str = Field(primary_key=True, default_factory=new_id)
    name: str
    instructions: str | None = None
    territory: str | None = None
    status: str = AssignmentStatus.OPEN.value
    principal_id: str | None = None
    coordinator_id: str | None = None
    target_per_day: int | None = None
    created_at: str = Field(default_factory=utc_now)
    server_seq: int | None = None


class AssignmentMember(LocalModel, table=True):
    """A user working on an assignment in one role (a user may hold several)."""

    __tablename__ = "assignment_members"
    __table_args__ = (one_of("role", MemberRole, name="ck_assignment_members_role"),)

    assignment_id: str = parent_key("assignments.id", primary_key=True)
    user_id: str = Field(primary_key=True, index=True)
    role: str = Field(primary_key=True)
