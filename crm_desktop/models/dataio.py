"""Data in and out: exports whose report has not reached the server yet, and a small local
key/value space for services that keep state on the device (the ARES cache and offline queue).

Both live in the encrypted store, never in a plain file beside it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field

from crm_desktop.models.base import LocalModel, one_of, utc_now


class ExportReportState(StrEnum):
    """``pending`` until the server has the row count and SHA-256; then ``reported``."""

    PENDING = "pending"
    REPORTED = "reported"


class PendingExport(LocalModel, table=True):
    """An export the device wrote; its report (row count, SHA-256) is delivered to the server.

    ``offline`` exports were written without a ticket, under a policy that allows it; the server
    audits them when the report arrives at the next sync.
    """

    __tablename__ = "pending_exports"
    __table_args__ = (
        one_of("state", ExportReportState, name="ck_pending_exports_state"),
        Index("ix_pending_exports_state", "state"),
    )

    export_id: str = Field(primary_key=True)
    offline: bool = False
    created_at: str = Field(default_factory=utc_now)
    row_count: int = 0
    sha256: str = ""
    outcome: str = "completed"  # completed | cancelled | failed
    columns: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    scope: str = ""  # what was exported, in words ("current list, filter: region Radom")
    state: str = ExportReportState.PENDING.value
    attempts: int = 0
    last_error: str | None = None


class LocalValue(LocalModel, table=True):
    """One JSON value in a named space (``ares.cache``/<IČO>, ``ares.queue``/<id>)."""

    __tablename__ = "local_values"

    space: str = Field(primary_key=True)
    key: str = Field(primary_key=True)
    value: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    updated_at: str = Field(default_factory=utc_now)
