"""Data in and out: xlsx export with a watermark, xlsx/csv import with a report, ARES lookup.

Qt-free building blocks; the UI runs them on worker threads with a ``CancelToken``, and the
services plug in the store (``DuplicateIndex``, ``ImportSink``, ``JsonStorage``).
"""

from crm_desktop.services.dataio.ares import (
    ARES_BASE_URL,
    LEGAL_FORMS,
    AresCache,
    AresClient,
    AresCompany,
    is_transient,
    normalise_ico,
)
from crm_desktop.services.dataio.ares_queue import AresQueue, DrainResult, PendingLookup
from crm_desktop.services.dataio.codes import DataIoCode, IssueCode
from crm_desktop.services.dataio.duplicates import (
    DuplicateIndex,
    IdentityKey,
    IdentityKind,
    InMemoryDuplicateIndex,
    identity_keys,
    row_key,
)
from crm_desktop.services.dataio.export_xlsx import (
    ExportColumn,
    ExportResult,
    Watermark,
    write_export,
)
from crm_desktop.services.dataio.header_mapping import (
    ColumnMapping,
    MappingProblem,
    MappingSuggestion,
    check_mapping,
    match_header,
    normalise_header,
    suggest_mapping,
)
from crm_desktop.services.dataio.import_file import FileKind, ImportSource, SourceRow
from crm_desktop.services.dataio.import_report import write_import_report
from crm_desktop.services.dataio.importer import (
    BadRow,
    ImportedRow,
    ImportPreview,
    ImportReport,
    ImportSink,
    ImportStatus,
    RowIssue,
    plan_import,
    run_import,
)
from crm_desktop.services.dataio.json_storage import JsonStorage, MemoryStorage
from crm_desktop.services.dataio.progress import CancelToken, OperationCancelled, ProgressCallback
from crm_desktop.services.dataio.rate_limit import TokenBucket

__all__ = [
    "ARES_BASE_URL",
    "LEGAL_FORMS",
    "AresCache",
    "AresClient",
    "AresCompany",
    "AresQueue",
    "BadRow",
    "CancelToken",
    "ColumnMapping",
    "DataIoCode",
    "DrainResult",
    "DuplicateIndex",
    "ExportColumn",
    "ExportResult",
    "FileKind",
    "IdentityKey",
    "IdentityKind",
    "ImportPreview",
    "ImportReport",
    "ImportSink",
    "ImportSource",
    "ImportStatus",
    "ImportedRow",
    "InMemoryDuplicateIndex",
    "IssueCode",
    "JsonStorage",
    "MappingProblem",
    "MappingSuggestion",
    "MemoryStorage",
    "OperationCancelled",
    "PendingLookup",
    "ProgressCallback",
    "RowIssue",
    "SourceRow",
    "TokenBucket",
    "Watermark",
    "check_mapping",
    "identity_keys",
    "is_transient",
    "match_header",
    "normalise_header",
    "normalise_ico",
    "plan_import",
    "row_key",
    "run_import",
    "suggest_mapping",
    "write_export",
    "write_import_report",
]
