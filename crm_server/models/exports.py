"""Export tickets: every set of rows that left the CRM as a file or a clipboard copy.

SECURITY.md T33/T34: a ticket is granted before the export (permission, step-up password, row
cap, daily quota) and the device reports what it actually wrote (row count, SHA-256 of the
file). An export written offline under a policy that allows it is reported at the next sync.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from crm_server.models.types import UTCDateTime, utcnow


class Export(SQLModel, table=True):
    """One export ticket (or offline export) and what the device reported for it.

    ``row_count_granted`` is what the ticket allowed (for an offline export: the reported
    count, since nothing was granted beforehand). Never field values: only names and counts.
    """

    __tablename__ = "exports"
    __table_args__ = (Index("ix_exports_user_id_issued_at", "user_id", "issued_at"),)

    export_id: str = Field(primary_key=True)
    user_id: str = Field(foreign_key="app_user.id")
    kind: str  # crm_protocol.schemas.ExportKind
    offline: bool = False
    issued_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)  # server time
    reported_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    device_created_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # offline
    row_count_granted: int
    row_count: int | None = None  # as reported by the device
    sha256: str | None = None
    outcome: str | None = None  # crm_protocol.schemas.ExportOutcome
    columns: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    scope: str = ""
    device_id: str
