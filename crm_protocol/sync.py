"""The sync protocol both sides speak (docs/sync-protocol.md): messages, codes and the merge.

Pure: no HTTP, no SQL. Messages travel as plain JSON objects (the bulk paths build and parse
dicts, not pydantic models: a 5,000-row page through pydantic costs about a second); the
``TypedDict``s below name their keys once for both sides. ``merge_fields`` is the one per-field
three-way merge the server applies to every pushed mutation.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NotRequired, TypedDict

SYNC_PREFIX = "/sync"
MAX_PUSH_MUTATIONS = 500  # per push request
MAX_ROWS_REQUEST = 5000  # ids per /sync/rows request
MAX_WAIT_SECONDS = 60  # longest long-poll
CURSOR_VERSION = "c1"
ENTITY_CUSTOMER = "customer"
ENTITY_ASSIGNMENT = "assignment"
ENTITY_USER = "user"
ALL_FIELDS = "*"  # the "field" of a whole-record conflict (delete versus edit)


class MutationOp(StrEnum):
    """What a mutation does to its record."""

    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class MutationStatus(StrEnum):
    """How the server answered one mutation."""

    APPLIED = "applied"  # every field written as sent
    MERGED = "merged"  # written; some fields already held the value (no-ops)
    CONFLICT = "conflict"  # at least one field conflicted (kept as a record); the rest written
    REJECTED = "rejected"  # refused as a whole; ``code`` says why; never retried
    DUPLICATE = "duplicate"  # this mutation id was applied before: nothing done again


class SyncCode(StrEnum):
    """Codes of sync answers beyond the API's ``ApiErrorCode`` (stable wire values)."""

    CURSOR_EXPIRED = "cursor_expired"  # 410: unknown cursor, other epoch, restored server
    DEVICE_WIPE = "device_wipe"  # the user is deactivated or the device revoked: wipe now
    REAUTHENTICATE = "reauthenticate"  # the session ended for another reason: log in again
    DELETED = "deleted"  # an edit met a record deleted on the server
    EDITED = "edited"  # a delete met a record edited on the server since the client's base


class Directive(StrEnum):
    """What ``/sync/device-status`` tells a client whose session no longer works."""

    WIPE = "wipe"
    REAUTHENTICATE = "reauthenticate"
    OK = "ok"


class FieldChange(TypedDict):
    """One field of a mutation: the value the client started from and the one it wants."""

    base: str | None
    value: str | None


class Mutation(TypedDict):
    """One outbox entry on the wire."""

    mutation_id: str  # UUIDv7, chosen by the client; the server applies each id once
    client_seq: int
    entity: str
    id: str
    op: str  # a MutationOp value
    fields: dict[str, FieldChange]
    assignment_id: NotRequired[str | None]  # create only
    base_seq: NotRequired[int | None]  # delete: the server seq the client last saw


class ConflictOut(TypedDict):
    """One same-field conflict as the server recorded it."""

    id: str
    field: str
    base: str | None
    mine: str | None
    theirs: str | None
    their_user: str | None


class MutationResult(TypedDict):
    """The server's answer to one mutation."""

    mutation_id: str
    status: str  # a MutationStatus value
    code: NotRequired[str]  # rejected: an ApiErrorCode / SyncCode value
    fields: NotRequired[list[dict[str, str]]]  # rejected: [{field, code}]
    conflicts: NotRequired[list[ConflictOut]]
    seq: NotRequired[int]  # change-log seq of the applied change
    original_status: NotRequired[str]  # duplicate: how the mutation was answered the first time


class FlagRow(TypedDict):
    """A verifier's objection to one field of a row (only fields the caller may see)."""

    id: str
    field: str
    reason: str  # a crm_protocol.schemas.RejectReason value
    comment: str | None
    verifier_id: str
    created_at: str  # ISO UTC, sortable text (``…T…Z``, microseconds)
    resolved: bool


class CommentRow(TypedDict):
    """One message of a row's operator–verifier thread."""

    id: str
    author_id: str
    body: str
    created_at: str


class OwnerRow(TypedDict):
    """One change of a row's owner ("who worked on it, and when"); the first is the creation."""

    id: str
    owner_id: str
    previous_owner_id: str | None
    changed_by: str
    changed_at: str


class Row(TypedDict):
    """A whole customer row as one caller may see it (hidden fields absent).

    ``flags``, ``comments`` and ``owners`` travel with their row and replace what the device
    held for it; a server without them (before entity sync) leaves them out, and the device
    then keeps what it has. Flags and comments are empty for a role that cannot see the
    verification group.
    """

    id: str
    assignment_id: str
    owner_id: str
    created_by: str
    created_at: str
    updated_at: str
    version: int
    seq: int  # latest change-log seq of the record (0: none)
    verification_state: str | None
    values: dict[str, str | None]
    flags: NotRequired[list[FlagRow]]
    comments: NotRequired[list[CommentRow]]
    owners: NotRequired[list[OwnerRow]]


class MemberRow(TypedDict):
    """One member of an assignment."""

    user_id: str
    role: str  # a crm_protocol.schemas.MemberRole value


class AssignmentRow(TypedDict):
    """A whole assignment the device holds: one the caller works on or manages."""

    id: str
    name: str
    instructions: str
    territory: str
    status: str
    principal_id: str | None
    coordinator_id: str | None
    parent_id: str | None
    target_per_day: int | None
    created_at: str
    seq: int
    members: list[MemberRow]


class UserRow(TypedDict):
    """A person the device's rows name: id, display name, active; never a secret.

    ``team_id`` is set only when it is the caller's own team (what a team scope needs to decide
    locally); anyone else's team stays on the server.
    """

    id: str
    display_name: str
    active: bool
    team_id: str | None


class RowsPage(TypedDict):
    """The answer of ``POST /sync/rows``: whole rows and the users they name."""

    rows: list[Row]
    users: NotRequired[list[UserRow]]  # absent from a server before entity sync


class Lease(TypedDict):
    """A server-signed permission to keep the data offline (DESIGN.md §3)."""

    payload: dict[str, Any]  # user, device, issued_at, lock_after, wipe_after (ISO UTC)
    signature: str  # base64 Ed25519 over ``canonical_json(payload)``
    key_id: str


class PullPage(TypedDict):
    """One page of ``GET /sync/pull``."""

    cursor: str
    more: bool
    reconcile_required: bool
    rows: list[Row]
    revokes: list[str]
    fields: list[str]  # the fields the caller may see now (anything else must go)
    server_time: str
    lease: Lease
    assignments: NotRequired[list[AssignmentRow]]  # changed ones the device holds
    users: NotRequired[list[UserRow]]  # people the page's rows and assignments name


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a client stands: the server's epoch, the last change-log seq seen, a fingerprint
    of the caller's scope and fields, and during the initial snapshot the last row id sent."""

    epoch: str
    seq: int
    fingerprint: str
    after_id: str | None = None  # set while the initial snapshot is still paging

    def encode(self) -> str:
        """The opaque string the client stores and sends back."""
        parts = [CURSOR_VERSION, self.epoch, str(self.seq), self.fingerprint]
        if self.after_id is not None:
            parts.append(self.after_id)
        return ".".join(parts)

    @classmethod
    def decode(cls, text: str) -> Cursor:
        """Parse ``encode``'s output; ``ValueError`` for anything else."""
        parts = text.split(".")
        if len(parts) not in (4, 5) or parts[0] != CURSOR_VERSION:
            raise ValueError("bad cursor")
        seq = int(parts[2])
        if seq < 0 or not parts[1] or not parts[3]:
            raise ValueError("bad cursor")
        return cls(parts[1], seq, parts[3], parts[4] if len(parts) == 5 else None)


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """A field both sides changed to different values."""

    field: str
    base: str | None
    mine: str | None
    theirs: str | None


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a three-way merge decided, field by field."""

    apply: dict[str, str | None] = field(default_factory=dict)
    noop: tuple[str, ...] = ()
    conflicts: tuple[FieldConflict, ...] = ()

    @property
    def status(self) -> MutationStatus:
        """``conflict`` beats ``merged`` beats ``applied``."""
        if self.conflicts:
            return MutationStatus.CONFLICT
        if self.noop:
            return MutationStatus.MERGED
        return MutationStatus.APPLIED


def merge_fields(
    server: Mapping[str, str | None], changes: Mapping[str, FieldChange]
) -> MergeResult:
    """Per-field three-way merge (DESIGN.md §4).

    For each field: the server still holds ``base`` → apply ``value``; it already holds
    ``value`` → no-op; anything else → a conflict (never a silent overwrite). Fields not named
    in ``changes`` are never touched, so edits to different fields always merge.
    """
    apply: dict[str, str | None] = {}
    noop: list[str] = []
    conflicts: list[FieldConflict] = []
    for name, change in changes.items():
        current = server.get(name)
        if current == change["value"]:
            noop.append(name)
        elif current == change["base"]:
            apply[name] = change["value"]
        else:
            conflicts.append(FieldConflict(name, change["base"], change["value"], current))
    return MergeResult(apply, tuple(noop), tuple(conflicts))


def canonical_json(payload: Mapping[str, Any]) -> bytes:
    """The exact bytes a lease signature covers: sorted keys, no spaces, UTF-8."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def b64encode(data: bytes) -> str:
    """Standard base64 text."""
    return base64.b64encode(data).decode("ascii")


def b64decode(text: str) -> bytes:
    """Strict base64 decode; ``ValueError`` on garbage."""
    return base64.b64decode(text.encode("ascii"), validate=True)
