"""Online operations the supervisory screens call on the server (typed, no Qt).

Verification decisions, assignments, users and bulk reassignment happen on the server, not in
the local store: they need the server's view of every record. The calls share the sync layer's
``HttpTransport`` (one session, token refresh, TLS and protocol-header rules), so signing in
once serves both sync and these screens.

Errors arrive as ``KnownError`` with a code the UI translates (``messages.message``): the
server's ``ApiErrorCode`` values (``forbidden``, ``not_found``, ``conflict``…),
``server_unreachable``, or ``sync_session_ended`` when the session cannot be refreshed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel, TypeAdapter

from crm_desktop.sync.errors import SyncError, SyncErrorCode
from crm_desktop.sync.http import HttpTransport, SessionEnded
from crm_protocol.schemas import (
    AssignmentCreate,
    AssignmentOut,
    AssignmentUpdate,
    AttributeIn,
    AttributeOut,
    BulkFilter,
    CommentOut,
    CustomerOut,
    CustomerPage,
    DeactivateRequest,
    DeactivateResult,
    FlagIn,
    MemberIn,
    MeOut,
    OperatorCount,
    ReassignRequest,
    ReassignResult,
    RoleOut,
    UserCreate,
    UserOut,
)

M = TypeVar("M", bound=BaseModel)


class Requester(Protocol):
    """Sends one authenticated API call and returns the decoded JSON body (or ``None``)."""

    def __call__(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
    ) -> Any: ...


def transport_requester(transport: HttpTransport) -> Requester:
    """A :class:`Requester` over the sync layer's transport (same session, same tokens).

    Uses the transport's own call path so that a 401 triggers the shared token refresh.
    """

    def request(
        method: str, path: str, *, json: Any = None, params: Mapping[str, Any] | None = None
    ) -> Any:
        kwargs: dict[str, Any] = {}
        if json is not None:
            kwargs["json"] = json
        if params is not None:
            kwargs["params"] = dict(params)
        try:
            # HttpTransport has no public generic call yet; _call is its refresh-aware path.
            response = transport._call(method, path, **kwargs)
        except SessionEnded:
            raise SyncError(SyncErrorCode.SESSION_ENDED) from None
        if response.status_code == 204 or not response.content:
            return None
        return transport._json(response)

    return request


def _model(kind: type[M], body: Any) -> M:
    return kind.model_validate(body)


def _models(kind: type[M], body: Any) -> list[M]:
    return TypeAdapter(list[kind]).validate_python(body)  # type: ignore[valid-type]


def _dump(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude_unset=False)


class ServerApi:
    """Typed calls over ``/api/v1``; every method blocks, so call them off the UI thread."""

    def __init__(self, request: Requester) -> None:
        self._request = request

    @classmethod
    def over(cls, transport: HttpTransport) -> ServerApi:
        """A client sharing ``transport``'s session and tokens."""
        return cls(transport_requester(transport))

    def request(
        self,
        method: str,
        path: str,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
    ) -> Any:
        """One raw call (decoded JSON); prefer the typed methods."""
        return self._request(method, path, json=json, params=params)

    def me(self) -> MeOut:
        """The signed-in user and their current policy."""
        return _model(MeOut, self.request("GET", "/auth/me"))

    # --- verification --------------------------------------------------------------------

    def verification_queue(self, page: int = 1, page_size: int = 50) -> CustomerPage:
        """Records waiting for the caller's verdict, oldest change first."""
        body = self.request(
            "GET", "/verification/queue", params={"page": page, "page_size": page_size}
        )
        return _model(CustomerPage, body)

    def customer(self, customer_id: str) -> CustomerOut:
        """One customer as the caller may see it."""
        return _model(CustomerOut, self.request("GET", f"/customers/{customer_id}"))

    def approve(self, customer_id: str) -> CustomerOut:
        """Approve a record."""
        path = f"/customers/{customer_id}/verification/approve"
        return _model(CustomerOut, self.request("POST", path))

    def reject(self, customer_id: str, flags: Sequence[FlagIn]) -> CustomerOut:
        """Reject a record field by field, each with a reason code and an optional comment."""
        body = {"flags": [_dump(f) for f in flags]}
        path = f"/customers/{customer_id}/verification/reject"
        return _model(CustomerOut, self.request("POST", path, json=body))

    def comments(self, customer_id: str) -> list[CommentOut]:
        """The record's operator–verifier thread, oldest first."""
        return _models(CommentOut, self.request("GET", f"/customers/{customer_id}/comments"))

    def add_comment(self, customer_id: str, body: str) -> CommentOut:
        """Post to the record's thread."""
        path = f"/customers/{customer_id}/comments"
        return _model(CommentOut, self.request("POST", path, json={"body": body}))

    # --- assignments ---------------------------------------------------------------------

    def assignments(self) -> list[AssignmentOut]:
        """Assignments the caller works on (all of them for roles that see everything)."""
        return _models(AssignmentOut, self.request("GET", "/assignments"))

    def assignment(self, assignment_id: str) -> AssignmentOut:
        """One assignment with its members."""
        return _model(AssignmentOut, self.request("GET", f"/assignments/{assignment_id}"))

    def create_assignment(self, body: AssignmentCreate) -> AssignmentOut:
        """Create an assignment."""
        return _model(AssignmentOut, self.request("POST", "/assignments", json=_dump(body)))

    def update_assignment(self, assignment_id: str, body: AssignmentUpdate) -> AssignmentOut:
        """Edit what ``body`` sets: description, daily target, principal, coordinator (a field
        set to ``None`` is sent as ``null`` and clears the value where the server allows it)."""
        data = body.model_dump(mode="json", exclude_unset=True)
        return _model(
            AssignmentOut, self.request("PATCH", f"/assignments/{assignment_id}", json=data)
        )

    def set_members(self, assignment_id: str, members: Sequence[MemberIn]) -> AssignmentOut:
        """Replace the member list (supervisors, operators, verifiers)."""
        body = {"members": [_dump(m) for m in members]}
        path = f"/assignments/{assignment_id}/members"
        return _model(AssignmentOut, self.request("PUT", path, json=body))

    def operator_counts(self, assignment_id: str) -> list[OperatorCount]:
        """Records entered per person: in total and today."""
        path = f"/assignments/{assignment_id}/counts"
        return _models(OperatorCount, self.request("GET", path))

    def attributes(self, assignment_id: str) -> list[AttributeOut]:
        """Custom attributes bound to the assignment."""
        path = f"/assignments/{assignment_id}/attributes"
        return _models(AttributeOut, self.request("GET", path))

    def define_attribute(self, assignment_id: str, body: AttributeIn) -> AttributeOut:
        """Define a custom attribute bound to the assignment."""
        path = f"/assignments/{assignment_id}/attributes"
        return _model(AttributeOut, self.request("POST", path, json=_dump(body)))

    def close_for_operators(self, assignment_id: str) -> AssignmentOut:
        """Stop operators' work on the assignment and its sub-assignments."""
        path = f"/assignments/{assignment_id}/close-for-operators"
        return _model(AssignmentOut, self.request("POST", path))

    def close_assignment(self, assignment_id: str) -> AssignmentOut:
        """Close definitively (cascades to sub-assignments; open tasks are cancelled)."""
        return _model(AssignmentOut, self.request("POST", f"/assignments/{assignment_id}/close"))

    def reopen_assignment(self, assignment_id: str) -> AssignmentOut:
        """Open a closed assignment again."""
        path = f"/assignments/{assignment_id}/reopen"
        return _model(AssignmentOut, self.request("POST", path))

    # --- bulk reassignment ---------------------------------------------------------------

    def reassign_preview(self, flt: BulkFilter) -> ReassignResult:
        """How many records (and open tasks) a reassignment with ``flt`` would move."""
        body = {"filter": _dump(flt)}
        return _model(ReassignResult, self.request("POST", "/bulk/reassign/preview", json=body))

    def reassign(self, body: ReassignRequest) -> ReassignResult:
        """Move every matching in-scope record (and optionally open tasks) to a new owner."""
        return _model(ReassignResult, self.request("POST", "/bulk/reassign", json=_dump(body)))

    # --- users and roles -----------------------------------------------------------------

    def users(self) -> list[UserOut]:
        """Every user (administrators)."""
        return _models(UserOut, self.request("GET", "/users"))

    def user_directory(self) -> list[UserOut]:
        """Active colleagues by name, without roles (people who staff assignments)."""
        return _models(UserOut, self.request("GET", "/users/directory"))

    def create_user(self, body: UserCreate) -> UserOut:
        """Create an account."""
        return _model(UserOut, self.request("POST", "/users", json=_dump(body)))

    def set_roles(self, user_id: str, roles: Sequence[str]) -> UserOut:
        """Replace a user's roles."""
        path = f"/users/{user_id}/roles"
        return _model(UserOut, self.request("PUT", path, json={"roles": list(roles)}))

    def deactivate_user(self, user_id: str, body: DeactivateRequest) -> DeactivateResult:
        """Deactivate (sessions end at once) and hand what is left over to ``handover_to``."""
        path = f"/users/{user_id}/deactivate"
        return _model(DeactivateResult, self.request("POST", path, json=_dump(body)))

    def roles(self) -> list[RoleOut]:
        """Every role: the built-in presets and the administrator's own."""
        return _models(RoleOut, self.request("GET", "/roles"))
