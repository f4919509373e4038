"""``/sync``: push, pull, reconcile, rows, long-poll wait, hello (key + lease), device status.

Bulk answers are built as plain dicts and serialised once (no pydantic on the way out): a
5,000-row page through response models costs about a second. Request bodies are still
validated with ``extra="forbid"`` models.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from dataclasses import dataclass
from typing import Annotated, Any, cast

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Engine
from sqlmodel import Session

from crm_protocol.permissions import Permission
from crm_protocol.schemas import ApiErrorCode
from crm_protocol.sync import (
    MAX_PUSH_MUTATIONS,
    MAX_ROWS_REQUEST,
    MAX_WAIT_SECONDS,
    Cursor,
    Mutation,
    SyncCode,
)
from crm_server.api.deps import (
    AuditCtxDep,
    PrincipalDep,
    SessionDep,
    SettingsDep,
    _bearer,
    get_auth,
    require,
)
from crm_server.api.errors import error_response
from crm_server.models.types import utcnow
from crm_server.services.principal import Principal
from crm_server.sync import devices, pull, push
from crm_server.sync.lease import (
    EPOCH_KEY,
    LeaseHours,
    make_lease,
    read_settings,
    server_epoch,
    server_key,
)
from crm_server.sync.notify import ChangeNotifier
from crm_server.sync.scope import sync_scope
from crm_server.sync.tables import SyncServerKey

router = APIRouter(prefix="/sync", tags=["sync"])


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FieldChangeIn(_Body):
    """One field of a mutation."""

    base: str | None
    value: str | None


class MutationIn(_Body):
    """One outbox entry."""

    mutation_id: str = Field(min_length=36, max_length=36)
    client_seq: int = Field(ge=0)
    entity: str = Field(max_length=40)
    id: str = Field(min_length=36, max_length=36)
    op: str = Field(max_length=20)
    fields: dict[str, FieldChangeIn] = Field(default_factory=dict, max_length=200)
    assignment_id: str | None = Field(default=None, max_length=36)
    base_seq: int | None = None


class PushIn(_Body):
    """A batch of mutations, oldest first."""

    mutations: list[MutationIn] = Field(max_length=MAX_PUSH_MUTATIONS)


class ReconcileIn(_Body):
    """What the device holds: ``[id, seq or null]`` pairs and the field groups it holds."""

    cursor: str | None = Field(default=None, max_length=200)
    held: list[tuple[str, int | None]] = Field(default_factory=list, max_length=1_000_000)
    groups: list[str] = Field(default_factory=list, max_length=50)


class RowsIn(_Body):
    """Granted ids to fetch whole."""

    ids: list[str] = Field(max_length=MAX_ROWS_REQUEST)


class DeviceIn(_Body):
    """A device proving itself with its refresh token."""

    device_id: str = Field(min_length=8, max_length=100)
    refresh_token: str = Field(min_length=1, max_length=200)


def _json(body: Any, status: int = 200) -> Response:
    return Response(
        json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode(),
        status_code=status,
        media_type="application/json",
    )


def _sync_error(request: Request, code: SyncCode, status: int) -> Response:
    rid = getattr(request.state, "request_id", None)
    return _json({"error": {"code": code.value, "fields": [], "request_id": rid}}, status)


def _device(principal: Principal) -> str:
    return principal.audit.device_id or "-"


@dataclass(frozen=True, slots=True)
class Identity:
    """The server's sync identity for one request: signing key, epoch, organisation lease."""

    key: SyncServerKey
    epoch: str
    hours: LeaseHours


def sync_identity(request: Request) -> Identity:
    """Loaded (or created) before the request's own transaction starts: on SQLite a second
    writer inside a request would wait for the request's own lock. Declare it first.

    The key pair never changes and is cached per app; the epoch and the lease settings are
    read on every request (one small query), so ``new_epoch`` after a restore and a changed
    organisation setting take effect at once in every server process.
    """
    state = request.app.state
    engine: Engine = state.engine
    key: SyncServerKey | None = getattr(state, "sync_key", None)
    if key is None:
        key = server_key(engine)
        state.sync_key = key
    settings = read_settings(engine)
    epoch = settings.get(EPOCH_KEY) or server_epoch(engine)
    return Identity(key, epoch, LeaseHours.from_settings(settings))


IdentityDep = Annotated[Identity, Depends(sync_identity)]


def _lease(ident: Identity, principal: Principal) -> dict[str, Any]:
    return dict(
        make_lease(ident.key, principal.user_id, _device(principal), principal.policy, ident.hours)
    )


@router.post("/hello")
def hello(ident: IdentityDep, principal: PrincipalDep) -> Response:
    """The server's signing key (to pin), its epoch and time, and a fresh lease."""
    return _json(
        {
            "key_id": ident.key.key_id,
            "public_key": ident.key.public_key,
            "server_epoch": ident.epoch,
            "server_time": utcnow().isoformat(),
            "policy": principal.policy.to_document(),
            "user_id": principal.user_id,
            "lease": _lease(ident, principal),
        }
    )


@router.post("/push")
def push_mutations(body: PushIn, principal: PrincipalDep, session: SessionDep) -> Response:
    """Apply mutations exactly once; each answered applied/merged/conflict/rejected/duplicate."""
    mutations = [cast(Mutation, m.model_dump()) for m in body.mutations]
    results = push.push(session, principal, _device(principal), mutations)
    return _json({"results": results, "server_time": utcnow().isoformat()})


@router.get("/pull")
def pull_changes(
    request: Request,
    ident: IdentityDep,
    principal: PrincipalDep,
    session: SessionDep,
    settings: SettingsDep,
    cursor: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1)] = 5000,
) -> Response:
    """One page of changes after ``cursor`` (410 ``cursor_expired`` if it is not usable)."""
    try:
        current = pull.check_cursor(session, cursor, ident.epoch)
    except pull.CursorExpired:
        return _sync_error(request, SyncCode.CURSOR_EXPIRED, 410)
    scope = sync_scope(session, principal)
    page = pull.pull_page(session, scope, current, min(limit, settings.max_page_size))
    body = {
        "cursor": page.cursor.encode(),
        "more": page.more,
        "reconcile_required": page.reconcile_required,
        "rows": page.rows,
        "revokes": page.revokes,
        "fields": [*scope.visible_standard, *(d.field_name for d in scope.visible_defs())],
        "server_time": utcnow().isoformat(),
        "lease": _lease(ident, principal),
        "assignments": page.assignments,
        "users": page.users,
    }
    session.rollback()
    return _json(body)


@router.post("/reconcile")
def reconcile(
    ident: IdentityDep, body: ReconcileIn, principal: PrincipalDep, session: SessionDep
) -> Response:
    """Revokes, grants and field revokes that make the device's holdings equal its scope."""
    epoch = ident.epoch
    current: Cursor | None = None
    if body.cursor is not None:
        try:
            current = pull.check_cursor(session, body.cursor, epoch)
        except pull.CursorExpired:
            current = None  # a reconcile is the way back from an expired cursor
    scope = sync_scope(session, principal)
    result = pull.reconcile(session, scope, epoch, current, body.held, body.groups)
    defs = [
        {
            "id": d.id,
            "key": d.key,
            "label": d.label,
            "type": d.type.value,
            "group": d.group.value,
            "choices": list(d.choices),
            "required": d.required,
            "assignment_ids": sorted(d.assignment_ids),
        }
        for d in scope.visible_defs()
    ]
    out = {
        "cursor": result.cursor.encode(),
        "revokes": result.revokes,
        "grants": result.grants,
        "revoked_groups": result.revoked_groups,
        "visible_groups": result.visible_groups,
        "fields": [*scope.visible_standard, *(d.field_name for d in scope.visible_defs())],
        "defs": defs,
        "policy": principal.policy.to_document(),
        "server_time": utcnow().isoformat(),
        "lease": _lease(ident, principal),
        "assignments": result.assignments,
        "users": result.users,
    }
    session.rollback()
    return _json(out)


@router.post("/rows")
def rows(body: RowsIn, principal: PrincipalDep, session: SessionDep) -> Response:
    """Whole rows of granted records (ids out of scope are left out) and the users they name."""
    scope = sync_scope(session, principal)
    out = pull.rows_for(session, scope, body.ids)
    users = pull.users_for(session, scope, out)
    session.rollback()
    return _json({"rows": out, "users": users})


def _notifier(request: Request) -> ChangeNotifier:
    state = request.app.state
    notifier: ChangeNotifier | None = getattr(state, "sync_notifier", None)
    if notifier is None:
        notifier = ChangeNotifier(state.engine)
        state.sync_notifier = notifier
    return notifier


def _authenticated(request: Request) -> bool:
    engine: Engine = request.app.state.engine
    with Session(engine) as session:
        return get_auth(request).authenticate(session, _bearer(request)) is not None


def _seq_now(engine: Engine) -> int:
    with Session(engine) as session:
        return pull.max_seq(session)


@router.get("/wait")
async def wait(
    request: Request,
    cursor: Annotated[str, Query(min_length=1, max_length=200)],
    timeout: Annotated[float, Query(ge=0, le=MAX_WAIT_SECONDS)] = 25.0,
) -> Response:
    """Long-poll: answers as soon as the change log passes ``cursor`` (or at ``timeout``).

    Holds no database connection while it waits.
    """
    if not await run_in_threadpool(_authenticated, request):
        return error_response(request, ApiErrorCode.UNAUTHENTICATED)
    try:
        seq = Cursor.decode(cursor).seq
    except ValueError:
        return _sync_error(request, SyncCode.CURSOR_EXPIRED, 410)
    engine: Engine = request.app.state.engine
    notifier = _notifier(request)
    deadline = time.monotonic() + timeout
    while True:
        ev = notifier.register()
        try:
            now_seq = await run_in_threadpool(_seq_now, engine)
            if now_seq > seq:
                return _json({"changed": True, "seq": now_seq})
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return _json({"changed": False, "seq": now_seq})
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(ev.wait(), timeout=min(remaining, 1.0))
        finally:
            notifier.unregister(ev)


@router.post("/device-status")
def device_status(body: DeviceIn, session: SessionDep) -> Response:
    """What a client whose session stopped working must do: ``wipe`` or ``reauthenticate``."""
    directive = devices.device_directive(session, body.refresh_token, body.device_id)
    code = SyncCode.DEVICE_WIPE.value if directive.value == "wipe" else None
    return _json({"directive": directive.value, "code": code})


@router.post("/wipe-ack", status_code=204)
def wipe_ack(body: DeviceIn, session: SessionDep, ctx: AuditCtxDep) -> Response:
    """The device reports it wiped itself (audited with its device id)."""
    devices.wipe_ack(session, body.refresh_token, body.device_id, ctx)
    return Response(status_code=204)


ManagerDep = Annotated[Principal, Depends(require(Permission.MANAGE_USERS))]


@router.post("/devices/{user_id}/{device_id}/revoke", status_code=204)
def revoke_device(
    request: Request, user_id: str, device_id: str, principal: ManagerDep, session: SessionDep
) -> Response:
    """Revoke one device of a user: sessions end, its next contact wipes it."""
    if not devices.revoke_device(session, user_id, device_id, principal.audit):
        return error_response(request, ApiErrorCode.NOT_FOUND)
    return Response(status_code=204)
