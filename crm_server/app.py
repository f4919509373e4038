"""The FastAPI application, composed in one place."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from sqlalchemy import Engine

from crm_protocol import PROTOCOL_VERSION
from crm_protocol.schemas import PROTOCOL_HEADER, REQUEST_ID_HEADER, ApiErrorCode
from crm_server.api import (
    errors,
    routes_admin,
    routes_auth,
    routes_customers,
    routes_exports,
    routes_sync,
    routes_work,
)
from crm_server.api.errors import error_response
from crm_server.config import Settings
from crm_server.db import make_engine
from crm_server.services.auth import AuthService

API_PREFIX = "/api/v1"
OPENAPI_URL = f"{API_PREFIX}/openapi.json"
# Reachable without the protocol header: a client of any version must be able to read these.
UNVERSIONED = frozenset({OPENAPI_URL, f"{API_PREFIX}/health"})


def create_app(settings: Settings, engine: Engine | None = None) -> FastAPI:
    """The server app over ``settings.database_url`` (or ``engine``, already migrated)."""
    app = FastAPI(
        title="CRM server",
        version=str(PROTOCOL_VERSION),
        openapi_url=OPENAPI_URL,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.engine = engine or make_engine(settings.database_url)
    app.state.auth = AuthService(settings)
    errors.install(app)
    for module in (
        routes_auth,
        routes_customers,
        routes_work,
        routes_admin,
        routes_sync,
        routes_exports,
    ):
        app.include_router(module.router, prefix=API_PREFIX)

    @app.middleware("http")
    async def envelope(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        request.state.request_id = str(uuid.uuid4())
        response = _check_protocol(request, settings)
        if response is None:
            response = await call_next(request)
        response.headers["Cache-Control"] = "no-store"
        response.headers[REQUEST_ID_HEADER] = request.state.request_id
        response.headers[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
        return response

    return app


def _check_protocol(request: Request, settings: Settings) -> Response | None:
    """426 ``upgrade_required`` for a client older than the server accepts (SECURITY.md T36)."""
    if request.url.path in UNVERSIONED:
        return None
    raw = request.headers.get(PROTOCOL_HEADER, "")
    try:
        version = int(raw)
    except ValueError:
        version = 0
    if version < settings.min_protocol_version:
        return error_response(request, ApiErrorCode.UPGRADE_REQUIRED)
    if version > PROTOCOL_VERSION:
        return error_response(request, ApiErrorCode.PROTOCOL_UNSUPPORTED)
    return None
