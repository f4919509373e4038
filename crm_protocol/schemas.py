"""Wire schemas shared by the desktop client and the server (JSON under ``/api/v1``).

Every request model forbids unknown keys (``extra="forbid"``): a body that tries to set
``owner_id``, ``created_by`` or anything else the client may not set is refused as a whole
(SECURITY.md T18). Field values travel as ``{name: str | None}`` maps keyed by standard field
names or ``custom.<key>``, so the schema itself never names a field a role might not see.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

PROTOCOL_HEADER = "X-CRM-Protocol"
REQUEST_ID_HEADER = "X-Request-ID"
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 1024


class ApiErrorCode(StrEnum):
    """Codes of API-level errors (field-level problems use ``crm_protocol.errors.ErrorCode``)."""

    INVALID_REQUEST = "invalid_request"  # body or query does not match the schema
    VALIDATION_FAILED = "validation_failed"  # field values rejected; see ``fields``
    UNKNOWN_FIELD = "unknown_field"  # a filter/sort/write names a field the caller cannot know
    FIELD_READ_ONLY = "field_read_only"
    UNAUTHENTICATED = "unauthenticated"
    INVALID_CREDENTIALS = "invalid_credentials"
    INVALID_GRANT = "invalid_grant"  # refresh token unknown, used, expired or revoked
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    ASSIGNMENT_CLOSED = "assignment_closed"
    STEP_UP_FAILED = "step_up_failed"  # the password given to confirm an export is wrong
    EXPORT_ROW_CAP = "export_row_cap"  # more rows than the role may export at once
    EXPORT_QUOTA_EXCEEDED = "export_quota_exceeded"  # today's export quota would be exceeded
    UPGRADE_REQUIRED = "upgrade_required"
    PROTOCOL_UNSUPPORTED = "protocol_unsupported"  # the client is newer than the server
    INTERNAL = "internal"


class FieldErrorOut(BaseModel):
    """One field-level problem."""

    field: str
    code: str


class ErrorBody(BaseModel):
    """The ``error`` member of every non-2xx answer."""

    code: ApiErrorCode
    fields: list[FieldErrorOut] = Field(default_factory=list)
    request_id: str | None = None


class ErrorResponse(BaseModel):
    """Every error answer: ``{"error": {...}}``."""

    error: ErrorBody


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- auth ------------------------------------------------------------------------------------


class LoginRequest(_Request):
    """Password login from one device."""

    login: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=MAX_PASSWORD_LENGTH)
    device_id: str = Field(min_length=8, max_length=100)
    device_name: str | None = Field(default=None, max_length=200)


class RefreshRequest(_Request):
    """Rotate a refresh token; ``device_id`` must be the one it was issued to."""

    refresh_token: str = Field(min_length=1, max_length=200)
    device_id: str = Field(min_length=8, max_length=100)


class UserOut(BaseModel):
    """A user as others see them (no secrets)."""

    id: str
    login: str
    display_name: str
    team_id: str | None
    active: bool
    roles: list[str]


class PolicyDocument(BaseModel):
    """``EffectivePolicy.to_document()``: what the client uses to shape its UI."""

    roles: list[str]
    grants: dict[str, list[str]]
    field_access: dict[str, str]
    limits: dict[str, Any]


class SessionOut(BaseModel):
    """The answer to login and refresh."""

    token_type: str = "bearer"  # noqa: S105 - the OAuth token type, not a secret
    access_token: str
    access_expires_in: int
    refresh_token: str
    refresh_expires_in: int
    user: UserOut
    policy: PolicyDocument


class MeOut(BaseModel):
    """The signed-in user and their current policy."""

    user: UserOut
    policy: PolicyDocument


# --- customers -------------------------------------------------------------------------------


class VerificationState(StrEnum):
    """Where a record stands in verification."""

    UNVERIFIED = "unverified"
    PENDING = "pending"  # edited after a rejection, waiting for another look
    APPROVED = "approved"
    REJECTED = "rejected"


class RejectReason(StrEnum):
    """Why a verifier rejected a field."""

    INVALID_FORMAT = "invalid_format"
    WRONG_VALUE = "wrong_value"
    MISSING = "missing"
    DUPLICATE = "duplicate"
    UNREACHABLE = "unreachable"
    OTHER = "other"


class CustomerCreate(_Request):
    """A new customer; the id is chosen by the client (it may create records offline)."""

    id: str = Field(min_length=36, max_length=36)
    assignment_id: str = Field(min_length=1, max_length=36)
    values: dict[str, str | None]


class CustomerUpdate(_Request):
    """Changed fields only; ``version`` (optional) guards against lost updates."""

    version: int | None = None
    values: dict[str, str | None]


class OwnerChange(_Request):
    """Give a record to another owner (curator)."""

    owner_id: str = Field(min_length=1, max_length=36)


class FlagOut(BaseModel):
    """A verifier's objection to one field."""

    field: str
    reason: RejectReason
    comment: str | None
    verifier_id: str
    created_at: datetime


class CustomerOut(BaseModel):
    """A customer as one caller may see it: only the fields their role can read.

    ``verification_state`` and ``flags`` belong to the verification field group and are
    ``None``/empty for a role that cannot see it.
    """

    id: str
    assignment_id: str
    owner_id: str
    created_by: str
    created_at: datetime
    updated_at: datetime
    version: int
    verification_state: VerificationState | None = None
    flags: list[FlagOut] = Field(default_factory=list)
    values: dict[str, str | None]


class CustomerPage(BaseModel):
    """One page of a customer list; ``total`` counts in-scope rows only."""

    items: list[CustomerOut]
    total: int
    page: int
    page_size: int


class OwnerHistoryOut(BaseModel):
    """One change of owner."""

    owner_id: str
    previous_owner_id: str | None
    changed_by: str
    changed_at: datetime
    operation_id: str | None


# --- verification ----------------------------------------------------------------------------


class FlagIn(_Request):
    """Reject one field."""

    field: str = Field(min_length=1, max_length=100)
    reason: RejectReason
    comment: str | None = Field(default=None, max_length=2000)


class RejectRequest(_Request):
    """Reject a record, field by field."""

    flags: list[FlagIn] = Field(min_length=1, max_length=100)


class ApproveRequest(_Request):
    """Approve a record (no body fields yet; kept for forward compatibility)."""


class CommentIn(_Request):
    """One message in a record's verification thread."""

    body: str = Field(min_length=1, max_length=4000)


class CommentOut(BaseModel):
    """One message in a record's verification thread."""

    id: int
    author_id: str
    body: str
    created_at: datetime


# --- assignments -----------------------------------------------------------------------------


class AssignmentStatus(StrEnum):
    """Open; closed for operators (by a supervisor); closed definitively (by a coordinator)."""

    OPEN = "open"
    CLOSED_FOR_OPERATORS = "closed_for_operators"
    CLOSED = "closed"


class MemberRole(StrEnum):
    """The part a user plays in one assignment."""

    SUPERVISOR = "supervisor"
    OPERATOR = "operator"
    VERIFIER = "verifier"


MAX_TARGET_PER_DAY = 100_000


class AssignmentCreate(_Request):
    """A new assignment (work order)."""

    name: str = Field(min_length=1, max_length=200)
    instructions: str = Field(default="", max_length=10_000)
    territory: str = Field(default="", max_length=500)
    principal_id: str | None = None
    coordinator_id: str | None = None
    parent_id: str | None = None
    target_per_day: int | None = Field(default=None, ge=1, le=MAX_TARGET_PER_DAY)


class AssignmentUpdate(_Request):
    """Edit an assignment: only the keys sent change.

    ``name``, ``instructions`` and ``territory`` ignore ``null``; ``principal_id``,
    ``coordinator_id`` and ``target_per_day`` sent as ``null`` clear the value.
    """

    name: str | None = Field(default=None, min_length=1, max_length=200)
    instructions: str | None = Field(default=None, max_length=10_000)
    territory: str | None = Field(default=None, max_length=500)
    principal_id: str | None = Field(default=None, max_length=36)
    coordinator_id: str | None = Field(default=None, max_length=36)
    target_per_day: int | None = Field(default=None, ge=1, le=MAX_TARGET_PER_DAY)


class MemberIn(_Request):
    """One member of an assignment."""

    user_id: str
    role: MemberRole


class MembersIn(_Request):
    """The full member list (replaces the old one)."""

    members: list[MemberIn] = Field(max_length=1000)


class AssignmentOut(BaseModel):
    """An assignment with its members."""

    id: str
    name: str
    instructions: str
    territory: str
    principal_id: str | None
    coordinator_id: str | None
    parent_id: str | None
    status: AssignmentStatus
    members: list[MemberIn]
    target_per_day: int | None = None  # records an operator should enter per day


class OperatorCount(BaseModel):
    """Records one member entered in an assignment."""

    user_id: str
    total: int
    today: int


class AttributeIn(_Request):
    """Define a custom attribute bound to one assignment."""

    key: str = Field(min_length=1, max_length=40)
    label: str = Field(min_length=1, max_length=100)
    type: str
    group: str = "custom"
    choices: list[str] = Field(default_factory=list, max_length=200)
    required: bool = False


class AttributeOut(BaseModel):
    """A custom attribute definition."""

    id: str
    key: str
    field_name: str
    label: str
    type: str
    group: str
    choices: list[str]
    required: bool
    assignment_ids: list[str]


# --- bulk reassignment and tasks -------------------------------------------------------------


class BulkFilter(_Request):
    """Which records a bulk operation touches (always within the caller's scope)."""

    owner_id: str | None = None
    assignment_id: str | None = None
    filters: list[str] = Field(default_factory=list, max_length=20)


class ReassignPreviewRequest(_Request):
    """Count what a reassignment would touch."""

    filter: BulkFilter


class ReassignRequest(_Request):
    """Give every matching record to ``new_owner_id``; optionally their open tasks too."""

    filter: BulkFilter
    new_owner_id: str
    include_tasks: bool = False


class ReassignResult(BaseModel):
    """What a reassignment touched (or would touch, for a preview)."""

    customers: int
    open_tasks: int
    operation_id: str | None = None


class TaskIn(_Request):
    """A task on a customer, for oneself or (with permission) for a colleague."""

    id: str = Field(min_length=36, max_length=36)
    customer_id: str
    assignee_id: str | None = None
    title: str = Field(min_length=1, max_length=500)
    due: date | None = None


class TaskOut(BaseModel):
    """A task."""

    id: str
    customer_id: str
    assignee_id: str
    created_by: str
    title: str
    due: date | None
    done: bool


# --- users, roles, audit ---------------------------------------------------------------------


class UserCreate(_Request):
    """A new user account."""

    login: str = Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9._@-]+$")
    display_name: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=MAX_PASSWORD_LENGTH)
    team_id: str | None = None
    roles: list[str] = Field(default_factory=list, max_length=50)


class RolesIn(_Request):
    """The full set of roles a user holds."""

    roles: list[str] = Field(max_length=50)


class DeactivateRequest(_Request):
    """Deactivate a user and hand their records (and optionally tasks) to someone else."""

    handover_to: str | None = None
    include_tasks: bool = True


class DeactivateResult(BaseModel):
    """What a deactivation handed over."""

    user_id: str
    customers: int
    open_tasks: int
    sessions_revoked: int


class RoleIn(_Request):
    """An administrator-defined role."""

    name: str = Field(min_length=1, max_length=64, pattern=r"^[a-z][a-z0-9_]*$")
    grants: dict[str, list[str]]
    field_access: dict[str, str]
    default_access: str = "hidden"
    limits: dict[str, Any] = Field(default_factory=dict)


class RoleOut(BaseModel):
    """A role, built in or defined by an administrator."""

    name: str
    builtin: bool
    grants: dict[str, list[str]]
    field_access: dict[str, str]
    default_access: str
    limits: dict[str, Any]


class AuditEventOut(BaseModel):
    """One audit event (never field values or secrets)."""

    seq: int
    at: datetime
    actor_id: str | None
    action: str
    object_type: str | None
    object_id: str | None
    device_id: str | None
    ip: str | None
    request_id: str | None
    detail: dict[str, Any]


class TeamOut(BaseModel):
    """A team inside a division."""

    id: str
    division_id: str
    name: str


class DivisionOut(BaseModel):
    """A division (e.g. B2B, B2C) of an organisation."""

    id: str
    name: str
    teams: list[TeamOut]


class OrganisationOut(BaseModel):
    """The organisation and its structure."""

    id: str
    name: str
    divisions: list[DivisionOut]


# --- exports ---------------------------------------------------------------------------------

EXPORT_SCOPE_MAX = 500
SHA256_PATTERN = r"^[0-9a-f]{64}$"


class ExportKind(StrEnum):
    """What carried the rows out: a file, or the clipboard (more than one row copied)."""

    FILE = "file"
    CLIPBOARD = "clipboard"


class ExportOutcome(StrEnum):
    """How the export ended on the device."""

    COMPLETED = "completed"
    CANCELLED = "cancelled"
    FAILED = "failed"


class ExportTicketRequest(_Request):
    """Ask for permission to export ``row_count`` rows with ``columns`` (field names).

    ``password`` is the step-up: the user confirms the export with their password (SECURITY T33).
    """

    password: str = Field(min_length=1, max_length=MAX_PASSWORD_LENGTH)
    row_count: int = Field(ge=1)
    columns: list[str] = Field(min_length=1, max_length=500)
    scope: str = Field(default="", max_length=EXPORT_SCOPE_MAX)
    kind: ExportKind = ExportKind.FILE


class ExportTicketOut(BaseModel):
    """A granted export: the id and server time the watermark carries."""

    export_id: str
    login: str
    issued_at: datetime  # server UTC time
    row_count: int  # rows granted (= requested)
    columns: list[str]
    row_cap: int | None  # the role's cap per export (None = no cap)
    daily_rows_left: int | None  # after this export (None = no quota)


class ExportReport(_Request):
    """What the device actually wrote for a ticket (SECURITY T34: matches the audit row)."""

    row_count: int = Field(ge=0)
    sha256: str = Field(pattern=SHA256_PATTERN)
    outcome: ExportOutcome = ExportOutcome.COMPLETED


class OfflineExportReport(_Request):
    """An export written while offline, under a policy that allows it, reported at next sync.

    ``created_at`` is the device's clock: recorded, not trusted (the audit stamps server time).
    """

    export_id: str = Field(min_length=1, max_length=64)
    created_at: datetime
    row_count: int = Field(ge=0)
    sha256: str = Field(pattern=SHA256_PATTERN)
    outcome: ExportOutcome = ExportOutcome.COMPLETED
    columns: list[str] = Field(min_length=1, max_length=500)
    scope: str = Field(default="", max_length=EXPORT_SCOPE_MAX)
    kind: ExportKind = ExportKind.FILE


class ExportOut(BaseModel):
    """One export as the server recorded it."""

    export_id: str
    user_id: str
    login: str
    kind: ExportKind
    offline: bool
    issued_at: datetime
    reported_at: datetime | None
    row_count_granted: int
    row_count: int | None  # as reported by the device
    sha256: str | None
    outcome: ExportOutcome | None
    columns: list[str]
    scope: str
