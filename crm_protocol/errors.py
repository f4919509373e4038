"""The one exception root and the error codes both sides speak (STYLE.md rule 11).

The core and the server raise codes, never English sentences: the UI maps every ``ErrorCode``
to translated text in one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


class ErrorCode(StrEnum):
    """Every code the core and the server emit. Wire values are stable: never rename one."""

    # field validation
    REQUIRED = "required"
    TOO_LONG = "too_long"
    INVALID_NIP = "invalid_nip"
    INVALID_REGON = "invalid_regon"
    INVALID_PKD = "invalid_pkd"
    INVALID_ICO = "invalid_ico"
    INVALID_DIC = "invalid_dic"
    INVALID_POSTAL_CODE = "invalid_postal_code"
    INVALID_EMAIL = "invalid_email"
    INVALID_URL = "invalid_url"
    INVALID_PHONE = "invalid_phone"
    INVALID_NUMBER = "invalid_number"
    INVALID_DATE = "invalid_date"
    INVALID_CHOICE = "invalid_choice"
    INVALID_BOOLEAN = "invalid_boolean"
    INVALID_COUNTRY = "invalid_country"
    # field access (the server reports a hidden field as UNKNOWN_FIELD so as not to reveal it)
    UNKNOWN_FIELD = "unknown_field"
    FIELD_HIDDEN = "field_hidden"
    FIELD_READ_ONLY = "field_read_only"
    # custom attribute definitions
    INVALID_KEY = "invalid_key"  # not a lowercase identifier
    KEY_RESERVED = "key_reserved"  # collides with a standard field name
    KEY_TAKEN = "key_taken"  # another custom attribute already uses it
    INVALID_CHOICES = "invalid_choices"  # choice list empty, duplicated, or on a non-choice type
    # records and operations
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"  # the record changed under you (sync / optimistic concurrency)
    ASSIGNMENT_CLOSED = "assignment_closed"
    USER_DEACTIVATED = "user_deactivated"
    EXPORT_LIMIT_EXCEEDED = "export_limit_exceeded"
    # the environment: things the user can fix (raised as KnownError)
    KEYRING_UNAVAILABLE = "keyring_unavailable"
    SERVER_UNREACHABLE = "server_unreachable"
    PROTOCOL_MISMATCH = "protocol_mismatch"  # client and server speak different versions
    AUTHENTICATION_FAILED = "authentication_failed"
    BAD_FILE = "bad_file"  # an import file that cannot be read
    STORE_LOCKED = "store_locked"  # local data locked (offline lease expired, wrong key)


class CrmError(Exception):
    """Root of every exception the application raises on purpose."""


class KnownError(CrmError):
    """A problem the user can fix (no keyring, server unreachable, bad file).

    Shown to the user with what to do; ``code`` is an enum value (usually an ``ErrorCode``), and
    ``detail`` carries non-secret parameters for the message (a file name, a host).
    """

    def __init__(self, code: str, detail: Mapping[str, str] | None = None) -> None:
        self.code: str = str(code)
        self.detail: dict[str, str] = dict(detail or {})
        super().__init__(self.code, self.detail)

    def __str__(self) -> str:
        return self.code if not self.detail else f"{self.code} {self.detail}"


@dataclass(frozen=True, slots=True)
class FieldError:
    """One field failed: which field (a standard name or ``custom.<key>``) and why."""

    field: str
    code: ErrorCode


class ValidationFailed(CrmError):  # noqa: N818 - name fixed by the protocol brief
    """Input was rejected; ``errors`` lists every problem found, not just the first."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        super().__init__(self.errors)

    def __str__(self) -> str:
        return ", ".join(f"{e.field}: {e.code.value}" for e in self.errors)
