"""Long supervisory jobs: the handover of a leaver's records, and group reassignment (no Qt).

Both run on a worker thread. They move records one assignment at a time, so the user sees
progress and can cancel between two steps; what has moved stays moved (each step is one server
transaction), and the summary says how far it got.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from crm_desktop.services.dataio.progress import CancelToken
from crm_desktop.services.server_api import ServerApi
from crm_protocol.schemas import BulkFilter, DeactivateRequest, ReassignRequest

StepProgress = Callable[[int, int], None]
"""Called with (steps done, steps in total)."""


def _no_progress(_done: int, _total: int) -> None:
    return None


@dataclass(frozen=True, slots=True)
class HandoverPlan:
    """Deactivate ``user_id``; give their records to ``new_owner_id``."""

    user_id: str
    new_owner_id: str
    include_tasks: bool = True


@dataclass(frozen=True, slots=True)
class JobOutcome:
    """What a reassignment or handover did."""

    customers: int = 0
    open_tasks: int = 0
    deactivated: bool = False
    sessions_revoked: int = 0
    cancelled: bool = False


def reassign_in_steps(
    api: ServerApi,
    flt: BulkFilter,
    new_owner_id: str,
    *,
    include_tasks: bool,
    cancel: CancelToken,
    progress: StepProgress = _no_progress,
    extra_steps: int = 0,
) -> JobOutcome:
    """Reassign every record matching ``flt``, one assignment per server call.

    ``extra_steps`` counts steps the caller does afterwards (for the progress total).
    Stops early (``cancelled=True``) when ``cancel`` is set between two steps.
    """
    if flt.assignment_id is not None:
        assignment_ids = [flt.assignment_id]
    else:
        assignment_ids = [a.id for a in api.assignments()]
    total = len(assignment_ids) + extra_steps
    moved = tasks = 0
    for done, assignment_id in enumerate(assignment_ids):
        progress(done, total)
        if cancel.cancelled:
            return JobOutcome(moved, tasks, cancelled=True)
        step = flt.model_copy(update={"assignment_id": assignment_id})
        result = api.reassign(
            ReassignRequest(filter=step, new_owner_id=new_owner_id, include_tasks=include_tasks)
        )
        moved += result.customers
        tasks += result.open_tasks
    progress(len(assignment_ids), total)
    return JobOutcome(moved, tasks)


def run_handover(
    api: ServerApi,
    plan: HandoverPlan,
    *,
    cancel: CancelToken,
    progress: StepProgress = _no_progress,
) -> JobOutcome:
    """Move the leaver's records assignment by assignment, then deactivate them.

    The deactivation hands over whatever is left (records outside every assignment the
    caller sees) in the same server transaction that ends the leaver's sessions; the server
    tells their devices to wipe at next contact.
    """
    moved = reassign_in_steps(
        api,
        BulkFilter(owner_id=plan.user_id),
        plan.new_owner_id,
        include_tasks=plan.include_tasks,
        cancel=cancel,
        progress=progress,
        extra_steps=1,
    )
    if moved.cancelled or cancel.cancelled:
        return JobOutcome(moved.customers, moved.open_tasks, cancelled=True)
    result = api.deactivate_user(
        plan.user_id,
        DeactivateRequest(handover_to=plan.new_owner_id, include_tasks=plan.include_tasks),
    )
    progress(1, 1)  # every step done
    return JobOutcome(
        moved.customers + result.customers,
        moved.open_tasks + result.open_tasks,
        deactivated=True,
        sessions_revoked=result.sessions_revoked,
    )
