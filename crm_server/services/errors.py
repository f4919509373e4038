"""The one exception services raise for an expected refusal; the API maps its code to a status."""

from __future__ import annotations

from collections.abc import Iterable

from crm_protocol.errors import CrmError, FieldError
from crm_protocol.schemas import ApiErrorCode


class ServiceError(CrmError):
    """A refusal with a code (and, for field problems, which fields and why)."""

    def __init__(self, code: ApiErrorCode, fields: Iterable[FieldError] = ()) -> None:
        self.code = code
        self.fields: tuple[FieldError, ...] = tuple(fields)
        super().__init__(code.value)


def not_found() -> ServiceError:
    """The record does not exist *or* the caller may not know it exists (BOLA: same answer)."""
    return ServiceError(ApiErrorCode.NOT_FOUND)


def forbidden() -> ServiceError:
    """The caller may know the object but not do this to it."""
    return ServiceError(ApiErrorCode.FORBIDDEN)
