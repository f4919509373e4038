"""SQLModel tables of the local encrypted store.

Every table derives from ``LocalModel`` (its own registry; ``LOCAL_METADATA`` is the schema the
store's Alembic migrations build). Field values and timestamps are text.
"""

from crm_desktop.models.assignments import (
    Assignment,
    AssignmentMember,
    AssignmentStatus,
    MemberRole,
)
from crm_desktop.models.base import LocalModel, new_id, new_uuid7, utc_now
from crm_desktop.models.custom_attributes import (
    CustomAttributeBinding,
    CustomAttributeDefRow,
    CustomerCustomValue,
)
from crm_desktop.models.customers import Customer, VerificationState
from crm_desktop.models.dataio import ExportReportState, LocalValue, PendingExport
from crm_desktop.models.sync import Conflict, OutboxEntry, OutboxOp, OutboxState, SyncState
from crm_desktop.models.users import OwnerHistory, User
from crm_desktop.models.verification import VerificationComment, VerificationFlag

LOCAL_METADATA = LocalModel.metadata

__all__ = [
    "LOCAL_METADATA",
    "Assignment",
    "AssignmentMember",
    "AssignmentStatus",
    "Conflict",
    "CustomAttributeBinding",
    "CustomAttributeDefRow",
    "Customer",
    "CustomerCustomValue",
    "ExportReportState",
    "LocalModel",
    "LocalValue",
    "MemberRole",
    "OutboxEntry",
    "OutboxOp",
    "OutboxState",
    "OwnerHistory",
    "PendingExport",
    "SyncState",
    "User",
    "VerificationComment",
    "VerificationFlag",
    "VerificationState",
    "new_id",
    "new_uuid7",
    "utc_now",
]
