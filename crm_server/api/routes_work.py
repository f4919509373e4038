"""``/assignments``, ``/bulk`` and ``/tasks``."""

from __future__ import annotations

from fastapi import APIRouter

from crm_protocol.schemas import (
    AssignmentCreate,
    AssignmentOut,
    AssignmentUpdate,
    AttributeIn,
    AttributeOut,
    MembersIn,
    OperatorCount,
    ReassignPreviewRequest,
    ReassignRequest,
    ReassignResult,
    TaskIn,
    TaskOut,
)
from crm_server.api.deps import PrincipalDep, SessionDep
from crm_server.services import admin, assignments, bulk

router = APIRouter()
A = "/assignments/{assignment_id}"


@router.get("/assignments", tags=["assignments"])
def list_assignments(principal: PrincipalDep, session: SessionDep) -> list[AssignmentOut]:
    """Assignments the caller works on (all of them for roles that see everything)."""
    return assignments.list_assignments(session, principal)


@router.post("/assignments", status_code=201, tags=["assignments"])
def create_assignment(
    body: AssignmentCreate, principal: PrincipalDep, session: SessionDep
) -> AssignmentOut:
    """Create an assignment."""
    return assignments.create_assignment(session, principal, body)


@router.get(A, tags=["assignments"])
def get_assignment(
    assignment_id: str, principal: PrincipalDep, session: SessionDep
) -> AssignmentOut:
    """One assignment with its members."""
    return assignments.get_assignment(session, principal, assignment_id)


@router.patch(A, tags=["assignments"])
def update_assignment(
    assignment_id: str, body: AssignmentUpdate, principal: PrincipalDep, session: SessionDep
) -> AssignmentOut:
    """Edit an assignment: description, daily target, principal, coordinator (keys sent)."""
    return assignments.update_assignment(session, principal, assignment_id, body)


@router.put(A + "/members", tags=["assignments"])
def set_members(
    assignment_id: str, body: MembersIn, principal: PrincipalDep, session: SessionDep
) -> AssignmentOut:
    """Replace the members (supervisors, operators, verifiers)."""
    return assignments.set_members(session, principal, assignment_id, body.members)


@router.get(A + "/counts", tags=["assignments"])
def operator_counts(
    assignment_id: str, principal: PrincipalDep, session: SessionDep
) -> list[OperatorCount]:
    """Records entered per person, in total and today."""
    return assignments.operator_counts(session, principal, assignment_id)


@router.get(A + "/attributes", tags=["assignments"])
def list_attributes(
    assignment_id: str, principal: PrincipalDep, session: SessionDep
) -> list[AttributeOut]:
    """Custom attributes bound to the assignment (those the caller may see)."""
    return assignments.list_attributes(session, principal, assignment_id)


@router.post(A + "/attributes", status_code=201, tags=["assignments"])
def define_attribute(
    assignment_id: str, body: AttributeIn, principal: PrincipalDep, session: SessionDep
) -> AttributeOut:
    """Define a custom attribute bound to the assignment."""
    return assignments.define_attribute(session, principal, assignment_id, body)


@router.post(A + "/close-for-operators", tags=["assignments"])
def close_for_operators(
    assignment_id: str, principal: PrincipalDep, session: SessionDep
) -> AssignmentOut:
    """Stop operators' work on the assignment and its sub-assignments."""
    return assignments.close_for_operators(session, principal, assignment_id)


@router.post(A + "/close", tags=["assignments"])
def close(assignment_id: str, principal: PrincipalDep, session: SessionDep) -> AssignmentOut:
    """Close definitively, with the cascade."""
    return assignments.close_assignment(session, principal, assignment_id)


@router.post(A + "/reopen", tags=["assignments"])
def reopen(assignment_id: str, principal: PrincipalDep, session: SessionDep) -> AssignmentOut:
    """Open a closed assignment again."""
    return assignments.reopen_assignment(session, principal, assignment_id)


@router.post("/bulk/reassign/preview", tags=["bulk"])
def reassign_preview(
    body: ReassignPreviewRequest, principal: PrincipalDep, session: SessionDep
) -> ReassignResult:
    """Count what a reassignment would move."""
    return bulk.preview(session, principal, body.filter)


@router.post("/bulk/reassign", tags=["bulk"])
def reassign(body: ReassignRequest, principal: PrincipalDep, session: SessionDep) -> ReassignResult:
    """Move every matching in-scope record (and optionally open tasks) to a new owner."""
    return bulk.reassign(
        session, principal, body.filter, body.new_owner_id, include_tasks=body.include_tasks
    )


@router.get("/tasks", tags=["tasks"])
def my_tasks(principal: PrincipalDep, session: SessionDep) -> list[TaskOut]:
    """The caller's open tasks."""
    return admin.my_tasks(session, principal)


@router.post("/tasks", status_code=201, tags=["tasks"])
def create_task(body: TaskIn, principal: PrincipalDep, session: SessionDep) -> TaskOut:
    """Plan a task (for someone else only with permission)."""
    return admin.create_task(session, principal, body)


@router.post("/tasks/{task_id}/done", tags=["tasks"])
def complete_task(task_id: str, principal: PrincipalDep, session: SessionDep) -> TaskOut:
    """Mark a task done."""
    return admin.complete_task(session, principal, task_id)
