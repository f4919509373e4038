"""Every error answer has one shape: ``{"error": {"code", "fields", "request_id"}}``.

Validation errors never echo the submitted input (it may hold values); a 5xx never carries
exception text.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from crm_protocol.schemas import ApiErrorCode, ErrorBody, ErrorResponse, FieldErrorOut
from crm_server.services.errors import ServiceError

log = logging.getLogger(__name__)

STATUS: dict[ApiErrorCode, int] = {
    ApiErrorCode.INVALID_REQUEST: 400,
    ApiErrorCode.UNKNOWN_FIELD: 400,
    ApiErrorCode.VALIDATION_FAILED: 422,
    ApiErrorCode.FIELD_READ_ONLY: 403,
    ApiErrorCode.UNAUTHENTICATED: 401,
    ApiErrorCode.INVALID_CREDENTIALS: 401,
    ApiErrorCode.INVALID_GRANT: 401,
    ApiErrorCode.TOO_MANY_ATTEMPTS: 429,
    ApiErrorCode.FORBIDDEN: 403,
    ApiErrorCode.NOT_FOUND: 404,
    ApiErrorCode.CONFLICT: 409,
    ApiErrorCode.ASSIGNMENT_CLOSED: 409,
    ApiErrorCode.STEP_UP_FAILED: 403,
    ApiErrorCode.EXPORT_ROW_CAP: 403,
    ApiErrorCode.EXPORT_QUOTA_EXCEEDED: 403,
    ApiErrorCode.UPGRADE_REQUIRED: 426,
    ApiErrorCode.PROTOCOL_UNSUPPORTED: 400,
    ApiErrorCode.INTERNAL: 500,
}


def error_response(
    request: Request,
    code: ApiErrorCode,
    fields: list[FieldErrorOut] | None = None,
    status: int | None = None,
) -> JSONResponse:
    """The JSON answer for ``code``."""
    body = ErrorResponse(
        error=ErrorBody(
            code=code, fields=fields or [], request_id=getattr(request.state, "request_id", None)
        )
    )
    headers = {"WWW-Authenticate": "Bearer"} if code is ApiErrorCode.UNAUTHENTICATED else None
    return JSONResponse(
        body.model_dump(mode="json"), status_code=status or STATUS[code], headers=headers
    )


async def _service_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServiceError)
    fields = [FieldErrorOut(field=f.field, code=f.code.value) for f in exc.fields]
    return error_response(request, exc.code, fields)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    fields = [
        FieldErrorOut(
            field=".".join(str(p) for p in err.get("loc", ())[1:]) or "-",
            code=str(err.get("type", "invalid")),
        )
        for err in exc.errors()
    ]
    return error_response(request, ApiErrorCode.INVALID_REQUEST, fields, status=422)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = {
        401: ApiErrorCode.UNAUTHENTICATED,
        403: ApiErrorCode.FORBIDDEN,
        404: ApiErrorCode.NOT_FOUND,
    }.get(exc.status_code, ApiErrorCode.INVALID_REQUEST)
    return error_response(request, code, status=exc.status_code)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("unhandled %s on %s", type(exc).__name__, request.url.path)
    return error_response(request, ApiErrorCode.INTERNAL)


def install(app: FastAPI) -> None:
    """Register the handlers."""
    app.add_exception_handler(ServiceError, _service_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
