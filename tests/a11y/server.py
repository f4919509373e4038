"""The demo server as a second user sees it, over HTTP: to check what a keyboard scenario did.

The scenarios drive the client only through the AT-SPI bus and real keys; this module answers
"did it really happen on the server?" (a rejection with its reason, a closed assignment, a
deactivated user) without going through the client's own objects.
"""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from crm_desktop.demo_server import DEMO_PASSWORD
from crm_protocol import PROTOCOL_VERSION
from crm_protocol.schemas import PROTOCOL_HEADER

API = "/api/v1"


class ServerUser:
    """A signed-in demo user with its own device id and token."""

    def __init__(self, url: str, login: str) -> None:
        self._http = httpx.Client(
            base_url=url + API, timeout=30, headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        )
        response = self._http.post(
            "/auth/login",
            json={
                "login": login,
                "password": DEMO_PASSWORD,
                "device_id": f"a11y-check-{uuid.uuid4().hex[:12]}",
            },
        )
        response.raise_for_status()
        self._http.headers["Authorization"] = f"Bearer {response.json()['access_token']}"

    def get(self, path: str, **params: Any) -> Any:
        """GET ``path`` (below the API prefix); the decoded JSON body."""
        response = self._http.get(path, params=params)
        response.raise_for_status()
        return response.json()

    def close(self) -> None:
        """Drop the HTTP connection."""
        self._http.close()
