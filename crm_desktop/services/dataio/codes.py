"""Codes for data-in-and-out outcomes that ``crm_protocol.errors.ErrorCode`` does not cover yet.

Like every core code they are stable wire-style values the UI translates; never English text.
(Candidates to move into ``ErrorCode`` when the protocol owner next edits it.)
"""

from __future__ import annotations

from enum import StrEnum

from crm_protocol.errors import ErrorCode


class DataIoCode(StrEnum):
    """Import, export and registry-lookup outcomes."""

    # import
    DUPLICATE_IN_FILE = "duplicate_in_file"  # an earlier row of the same file has this identifier
    DUPLICATE_EXISTING = "duplicate_existing"  # a stored customer has this identifier
    UNSUPPORTED_FILE_TYPE = "unsupported_file_type"
    FIELD_MAPPED_TWICE = "field_mapped_twice"  # two columns of the mapping feed one field
    NO_SUCH_COLUMN = "no_such_column"  # the mapping names a column the file does not have
    IMPORT_SAVE_FAILED = "import_save_failed"  # the sink refused a batch (no row of it saved)
    # ARES (Czech business registry)
    REGISTRY_NOT_FOUND = "registry_not_found"
    REGISTRY_BAD_RESPONSE = "registry_bad_response"  # malformed JSON or an unexpected shape
    REGISTRY_TIMEOUT = "registry_timeout"
    REGISTRY_SERVER_ERROR = "registry_server_error"
    REGISTRY_RATE_LIMITED = "registry_rate_limited"  # the registry answered 429
    REGISTRY_UNREACHABLE = "registry_unreachable"  # offline, DNS failure, connection refused
    INSECURE_URL = "insecure_url"  # plain http to anything but loopback


IssueCode = ErrorCode | DataIoCode
"""Any code an import row can be rejected with."""
