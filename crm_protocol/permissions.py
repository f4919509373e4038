"""The permission vocabulary, record scopes and field access levels (DOMAIN.md, access control)."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Permission(StrEnum):
    """What a role may do. Record permissions are granted over scopes; the rest are functions."""

    # record permissions: granted per scope
    CUSTOMER_READ = "customer.read"
    CUSTOMER_CREATE = "customer.create"
    CUSTOMER_EDIT = "customer.edit"
    CUSTOMER_DELETE = "customer.delete"
    CHANGE_OWNER = "customer.change_owner"
    BULK_OPERATIONS = "customer.bulk"
    EDIT_DEAL_DATES = "customer.edit_deal_dates"
    VERIFY = "customer.verify"
    EXPORT = "customer.export"
    # function permissions: granted or not (their scope is ``Scope.ALL`` when granted)
    PLAN_TASKS_FOR_OTHERS = "tasks.plan_for_others"
    CHANGE_SHARED_GROUPS = "groups.change_shared"
    DEFINE_CUSTOM_ATTRIBUTES = "attributes.define"
    MANAGE_ASSIGNMENTS = "assignments.manage"
    CLOSE_ASSIGNMENT_FOR_OPERATORS = "assignments.close_for_operators"
    CLOSE_ASSIGNMENT = "assignments.close"
    MANAGE_USERS = "users.manage"
    MANAGE_ROLES = "roles.manage"
    READ_AUDIT = "audit.read"
    DELETE_ALL_DATA = "organisation.delete_all_data"


RECORD_PERMISSIONS: frozenset[Permission] = frozenset(
    {
        Permission.CUSTOMER_READ,
        Permission.CUSTOMER_CREATE,
        Permission.CUSTOMER_EDIT,
        Permission.CUSTOMER_DELETE,
        Permission.CHANGE_OWNER,
        Permission.BULK_OPERATIONS,
        Permission.EDIT_DEAL_DATES,
        Permission.VERIFY,
        Permission.EXPORT,
    }
)


class Scope(StrEnum):
    """Which records a record permission covers (DOMAIN.md, seed 003)."""

    OWN = "own"  # I am the record's owner (curator)
    ASSIGNMENT = "assignment"  # the record belongs to an assignment I am a member of
    TEAM = "team"  # the record's owner is in my team / department
    ALL = "all"


class Access(IntEnum):
    """Access to one field group. Ordered, so the union of roles is the maximum."""

    HIDDEN = 0
    READ = 1
    WRITE = 2

    @property
    def code(self) -> str:
        """The wire name: ``hidden`` / ``read`` / ``write``."""
        return self.name.lower()

    @classmethod
    def from_code(cls, code: str) -> Access:
        """Parse a wire name; ``ValueError`` for anything else."""
        try:
            return cls[code.upper()]
        except KeyError:
            raise ValueError(f"unknown access level {code!r}") from None
