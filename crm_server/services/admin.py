"""Users, roles, organisation structure, tasks and audit reading."""

from __future__ import annotations

import uuid

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from crm_protocol.permissions import Permission
from crm_protocol.schemas import (
    ApiErrorCode,
    AuditEventOut,
    DeactivateResult,
    DivisionOut,
    OrganisationOut,
    RoleIn,
    RoleOut,
    TaskIn,
    TaskOut,
    TeamOut,
    UserCreate,
    UserOut,
)
from crm_server import audit
from crm_server.models import (
    AuditEvent,
    Customer,
    Division,
    Organisation,
    Role,
    Task,
    Team,
    User,
    UserRole,
)
from crm_server.models.types import utcnow
from crm_server.services.auth import AuthService
from crm_server.services.bulk import move_records
from crm_server.services.changelog import record_change
from crm_server.services.customers import active_user, load
from crm_server.services.errors import ServiceError, not_found
from crm_server.services.principal import Principal
from crm_server.services.roles import parse_role, role_to_row_values, set_user_roles


def user_out(session: Session, user: User) -> UserOut:
    """A user with the names of their roles."""
    roles = session.exec(
        select(Role.name)
        .join(UserRole, col(UserRole.role_id) == col(Role.id))
        .where(col(UserRole.user_id) == user.id)
        .order_by(col(Role.name))
    ).all()
    return UserOut(
        id=user.id,
        login=user.login,
        display_name=user.display_name,
        team_id=user.team_id,
        active=user.active,
        roles=list(roles),
    )


def list_users(session: Session, principal: Principal) -> list[UserOut]:
    """Every user, deactivated ones included."""
    principal.require(Permission.MANAGE_USERS)
    users = session.exec(select(User).order_by(col(User.login))).all()
    return [user_out(session, u) for u in users]


DIRECTORY_READERS = (
    Permission.MANAGE_USERS,
    Permission.MANAGE_ASSIGNMENTS,
    Permission.CLOSE_ASSIGNMENT_FOR_OPERATORS,
    Permission.CLOSE_ASSIGNMENT,
)


def user_directory(session: Session, principal: Principal) -> list[UserOut]:
    """Names of active colleagues, for people who staff assignments (no roles shown).

    Coordinators, supervisors and principals bind people to assignments and read per-operator
    counts, so they need names; only user managers see roles (``list_users``).
    """
    if not any(principal.policy.allows(p) for p in DIRECTORY_READERS):
        principal.require(Permission.MANAGE_USERS)  # raises the usual forbidden answer
    users = session.exec(select(User).where(col(User.active)).order_by(col(User.login))).all()
    return [
        UserOut(
            id=u.id,
            login=u.login,
            display_name=u.display_name,
            team_id=u.team_id,
            active=u.active,
            roles=[],
        )
        for u in users
    ]


def create_user(
    session: Session, principal: Principal, auth: AuthService, body: UserCreate
) -> UserOut:
    """A new account with its roles."""
    principal.require(Permission.MANAGE_USERS)
    if body.team_id is not None and session.get(Team, body.team_id) is None:
        raise ServiceError(ApiErrorCode.INVALID_REQUEST)
    user = User(
        login=body.login.lower(),
        display_name=body.display_name,
        password_hash=auth.hasher.hash(body.password),
        team_id=body.team_id,
    )
    session.add(user)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise ServiceError(ApiErrorCode.CONFLICT) from None
    try:
        set_user_roles(session, user.id, body.roles)
    except KeyError:
        session.rollback()
        raise ServiceError(ApiErrorCode.INVALID_REQUEST) from None
    audit.record(
        session,
        "user_created",
        principal.audit,
        object_type="user",
        object_id=user.id,
        detail={"roles": sorted(body.roles)},
    )
    session.commit()
    return user_out(session, user)


def set_roles(session: Session, principal: Principal, user_id: str, roles: list[str]) -> UserOut:
    """Replace a user's roles; applies to their very next request."""
    principal.require(Permission.MANAGE_USERS)
    user = session.get(User, user_id)
    if user is None:
        raise not_found()
    try:
        set_user_roles(session, user.id, roles)
    except KeyError:
        session.rollback()
        raise ServiceError(ApiErrorCode.INVALID_REQUEST) from None
    audit.record(
        session,
        "roles_changed",
        principal.audit,
        object_type="user",
        object_id=user.id,
        detail={"roles": sorted(set(roles))},
    )
    session.commit()
    return user_out(session, user)


def deactivate_user(
    session: Session,
    principal: Principal,
    auth: AuthService,
    user_id: str,
    handover_to: str | None,
    *,
    include_tasks: bool,
) -> DeactivateResult:
    """Deactivate (never delete): sessions end at once; records go to ``handover_to``."""
    principal.require(Permission.MANAGE_USERS)
    user = session.get(User, user_id)
    if user is None:
        raise not_found()
    if user.id == principal.user_id or handover_to == user.id:
        raise ServiceError(ApiErrorCode.CONFLICT)
    if handover_to is not None:
        active_user(session, handover_to)
    user.active = False
    user.deactivated_at = utcnow()
    session.add(user)
    sessions = auth.kill_sessions(session, user.id)
    moved = tasks = 0
    operation_id = str(uuid.uuid4())
    if handover_to is not None:
        rows = session.exec(
            select(Customer).where(
                col(Customer.owner_id) == user.id, col(Customer.deleted_at).is_(None)
            )
        ).all()
        moved, tasks = move_records(
            session,
            rows,
            handover_to,
            include_tasks=include_tasks,
            actor_id=principal.user_id,
            operation_id=operation_id,
        )
    # devices whose records name the user learn the new state (history keeps the name)
    record_change(session, "user", user.id, "deactivate", actor_id=principal.user_id)
    audit.record(
        session,
        "user_deactivated",
        principal.audit,
        object_type="user",
        object_id=user.id,
        detail={
            "handover_to": handover_to,
            "customers": moved,
            "tasks": tasks,
            "operation_id": operation_id,
        },
    )
    audit.record(
        session,
        "session_kill",
        principal.audit,
        object_type="user",
        object_id=user.id,
        detail={"sessions": sessions},
    )
    session.commit()
    return DeactivateResult(
        user_id=user.id, customers=moved, open_tasks=tasks, sessions_revoked=sessions
    )


def _role_out(row: Role) -> RoleOut:
    return RoleOut(
        name=row.name,
        builtin=row.builtin,
        grants=row.grants,
        field_access=row.field_access,
        default_access=row.default_access,
        limits=row.limits,
    )


def list_roles(session: Session, principal: Principal) -> list[RoleOut]:
    """Every role (presets and administrator-defined)."""
    if not (
        principal.policy.allows(Permission.MANAGE_ROLES)
        or principal.policy.allows(Permission.MANAGE_USERS)
    ):
        principal.require(Permission.MANAGE_ROLES)
    return [_role_out(r) for r in session.exec(select(Role).order_by(col(Role.name))).all()]


def create_role(session: Session, principal: Principal, body: RoleIn) -> RoleOut:
    """Define a role as data (validated against the permission and field-group vocabulary)."""
    principal.require(Permission.MANAGE_ROLES)
    try:
        role = parse_role(
            body.name, body.grants, body.field_access, body.default_access, body.limits
        )
    except (ValueError, TypeError):
        raise ServiceError(ApiErrorCode.INVALID_REQUEST) from None
    if session.exec(select(Role).where(col(Role.name) == role.name)).first() is not None:
        raise ServiceError(ApiErrorCode.CONFLICT)
    row = Role(**role_to_row_values(role))
    session.add(row)
    session.flush()
    audit.record(session, "role_created", principal.audit, object_type="role", object_id=row.id)
    session.commit()
    return _role_out(row)


def organisation(session: Session) -> list[OrganisationOut]:
    """Organisations with their divisions and teams."""
    result = []
    for org in session.exec(select(Organisation).order_by(col(Organisation.name))).all():
        divisions = []
        for div in session.exec(
            select(Division)
            .where(col(Division.organisation_id) == org.id)
            .order_by(col(Division.name))
        ).all():
            teams = session.exec(
                select(Team).where(col(Team.division_id) == div.id).order_by(col(Team.name))
            ).all()
            divisions.append(
                DivisionOut(
                    id=div.id,
                    name=div.name,
                    teams=[TeamOut(id=t.id, division_id=div.id, name=t.name) for t in teams],
                )
            )
        result.append(OrganisationOut(id=org.id, name=org.name, divisions=divisions))
    return result


def _task_out(t: Task) -> TaskOut:
    return TaskOut(
        id=t.id,
        customer_id=t.customer_id,
        assignee_id=t.assignee_id,
        created_by=t.created_by,
        title=t.title,
        due=t.due,
        done=t.done,
    )


def my_tasks(session: Session, principal: Principal) -> list[TaskOut]:
    """Open tasks assigned to the caller."""
    rows = session.exec(
        select(Task)
        .where(
            col(Task.assignee_id) == principal.user_id,
            col(Task.done).is_(False),
            col(Task.cancelled).is_(False),
        )
        .order_by(col(Task.due), col(Task.id))
    ).all()
    return [_task_out(t) for t in rows]


def create_task(session: Session, principal: Principal, body: TaskIn) -> TaskOut:
    """A task on a readable customer; for someone else only with "plan tasks for others"."""
    customer = load(session, principal, body.customer_id)
    assignee = body.assignee_id or principal.user_id
    if assignee != principal.user_id:
        principal.require(Permission.PLAN_TASKS_FOR_OTHERS)
        active_user(session, assignee)
    if session.get(Task, body.id) is not None:
        raise ServiceError(ApiErrorCode.CONFLICT)
    task = Task(
        id=body.id,
        customer_id=customer.id,
        assignee_id=assignee,
        created_by=principal.user_id,
        title=body.title,
        due=body.due,
    )
    session.add(task)
    session.commit()
    return _task_out(task)


def complete_task(session: Session, principal: Principal, task_id: str) -> TaskOut:
    """Mark one of the caller's tasks done."""
    task = session.get(Task, task_id)
    if task is None or principal.user_id not in (task.assignee_id, task.created_by):
        raise not_found()
    task.done = True
    session.add(task)
    session.commit()
    return _task_out(task)


def read_audit(
    session: Session, principal: Principal, after_seq: int, limit: int
) -> list[AuditEventOut]:
    """Audit events after ``after_seq``, oldest first."""
    principal.require(Permission.READ_AUDIT)
    rows = session.exec(
        select(AuditEvent)
        .where(col(AuditEvent.seq) > after_seq)
        .order_by(col(AuditEvent.seq))
        .limit(limit)
    ).all()
    return [
        AuditEventOut(
            seq=e.seq,
            at=e.at,
            actor_id=e.actor_id,
            action=e.action,
            object_type=e.object_type,
            object_id=e.object_id,
            device_id=e.device_id,
            ip=e.ip,
            request_id=e.request_id,
            detail=e.detail,
        )
        for e in rows
    ]
