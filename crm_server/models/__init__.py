"""SQLModel tables of the server. Importing this package registers every table."""

from crm_server.models.auth import AccessToken, Device, LoginThrottle, RefreshToken, TokenFamily
from crm_server.models.customers import (
    Customer,
    CustomerComment,
    CustomValue,
    OwnerHistory,
    VerificationFlag,
)
from crm_server.models.exports import Export
from crm_server.models.log import AuditEvent, ChangeLog
from crm_server.models.org import Division, Organisation, Role, Team, User, UserRole
from crm_server.models.work import (
    Assignment,
    AssignmentMember,
    AttributeBinding,
    CustomAttribute,
    Task,
)

__all__ = [
    "AccessToken",
    "Assignment",
    "AssignmentMember",
    "AttributeBinding",
    "AuditEvent",
    "ChangeLog",
    "CustomAttribute",
    "CustomValue",
    "Customer",
    "CustomerComment",
    "Device",
    "Division",
    "Export",
    "LoginThrottle",
    "Organisation",
    "OwnerHistory",
    "RefreshToken",
    "Role",
    "Task",
    "Team",
    "TokenFamily",
    "User",
    "UserRole",
    "VerificationFlag",
]
