"""The transport: one ``requests.Session`` to the server, hardened (SECURITY.md T28).

``trust_env = False`` (no proxy or CA bundle from the environment), TLS verification on,
timeouts on every call, urllib3 ``Retry`` only for idempotent GETs, an ``http://`` URL refused
unless it points at loopback, the protocol header on every request, and transparent refresh of
the access token. The refresh token lives only in this object (and wherever ``on_refresh``
puts it, e.g. the vault) — never in settings or logs.
"""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from crm_desktop.sync.errors import SyncError, SyncErrorCode
from crm_protocol import PROTOCOL_VERSION
from crm_protocol.errors import ErrorCode, KnownError
from crm_protocol.schemas import PROTOCOL_HEADER
from crm_protocol.sync import Directive, Mutation, MutationResult, PullPage, RowsPage

API = "/api/v1"
CONNECT_TIMEOUT = 3.05
READ_TIMEOUT = 60.0
WAIT_SLACK = 10.0  # read timeout beyond a long-poll's own timeout


class CursorGone(Exception):  # noqa: N818 - the server answered 410
    """The server does not know the cursor (new epoch, restored database)."""


class SessionEnded(Exception):  # noqa: N818 - refresh failed: the session is over
    """The access token is refused and cannot be refreshed."""


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_server_url(url: str) -> str:
    """``url`` without a trailing slash; ``SyncError(INSECURE_URL)`` for plain HTTP off
    loopback and for anything that is not http(s)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme == "https" and host:
        return url.rstrip("/")
    if parts.scheme == "http" and _is_loopback(host):
        return url.rstrip("/")
    raise SyncError(SyncErrorCode.INSECURE_URL, {"host": host})


class HttpTransport:
    """Calls to ``/api/v1`` for one device. Thread-safe for one caller at a time per method;
    the long-poll may run on another thread."""

    def __init__(
        self,
        server_url: str,
        device_id: str,
        *,
        verify: bool | str = True,
        timeout: float = READ_TIMEOUT,
        on_refresh: Callable[[str], None] | None = None,
    ) -> None:
        self.base = check_server_url(server_url) + API
        self.device_id = device_id
        self.timeout = timeout
        self.on_refresh = on_refresh
        self._access: str | None = None
        self._refresh: str | None = None
        self._lock = threading.Lock()
        self.session = self._new_session(verify)
        self.wait_session = self._new_session(verify)  # the long-poll gets its own connection

    @staticmethod
    def _new_session(verify: bool | str) -> requests.Session:
        session = requests.Session()
        session.trust_env = False
        session.verify = verify
        session.headers[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
        retry = Retry(
            total=3,
            connect=3,
            read=2,
            backoff_factor=0.2,
            allowed_methods=frozenset({"GET"}),
            status_forcelist=(502, 503, 504),
            raise_on_status=False,
        )
        adapter = HTTPAdapter(max_retries=retry, pool_maxsize=4)
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        return session

    # --- tokens ------------------------------------------------------------------------

    def set_tokens(self, access: str | None, refresh: str | None) -> None:
        """Adopt a token pair (after login, or a refresh token from the vault)."""
        with self._lock:
            self._access, self._refresh = access, refresh

    @property
    def access_token(self) -> str | None:
        """The current access token (short-lived; tools hand it to a helper process)."""
        return self._access

    @property
    def refresh_token(self) -> str | None:
        """The current refresh token (for the vault; never log it)."""
        return self._refresh

    def login(self, login: str, password: str, device_name: str | None = None) -> dict[str, Any]:
        """Password login; keeps the tokens and returns the session document."""
        body = {"login": login, "password": password, "device_id": self.device_id}
        if device_name:
            body["device_name"] = device_name
        r = self._send("POST", "/auth/login", json=body, authed=False)
        if r.status_code != 200:
            raise KnownError(ErrorCode.AUTHENTICATION_FAILED)
        doc = cast("dict[str, Any]", r.json())
        self.set_tokens(doc["access_token"], doc["refresh_token"])
        if self.on_refresh is not None:
            self.on_refresh(doc["refresh_token"])
        return doc

    def _do_refresh(self) -> None:
        refresh = self._refresh
        if refresh is None:
            raise SessionEnded
        r = self._send(
            "POST",
            "/auth/refresh",
            json={"refresh_token": refresh, "device_id": self.device_id},
            authed=False,
        )
        if r.status_code != 200:
            raise SessionEnded
        doc = r.json()
        self.set_tokens(doc["access_token"], doc["refresh_token"])
        if self.on_refresh is not None:
            self.on_refresh(doc["refresh_token"])

    # --- plumbing ----------------------------------------------------------------------

    def _send(
        self,
        method: str,
        path: str,
        *,
        authed: bool = True,
        timeout: float | None = None,
        session: requests.Session | None = None,
        **kwargs: Any,
    ) -> requests.Response:
        headers = {}
        if authed and self._access:
            headers["Authorization"] = f"Bearer {self._access}"
        http = session or self.session
        try:
            r = http.request(
                method,
                self.base + path,
                headers=headers,
                timeout=(CONNECT_TIMEOUT, timeout or self.timeout),
                **kwargs,
            )
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise KnownError(ErrorCode.SERVER_UNREACHABLE) from exc
        except requests.RequestException as exc:
            raise KnownError(ErrorCode.SERVER_UNREACHABLE) from exc
        if r.status_code == 426:
            raise KnownError(ErrorCode.PROTOCOL_MISMATCH)
        return r

    def _call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        r = self._send(method, path, **kwargs)
        if r.status_code == 401:
            self._do_refresh()
            r = self._send(method, path, **kwargs)
            if r.status_code == 401:
                raise SessionEnded
        if r.status_code == 410:
            raise CursorGone
        if r.status_code >= 500 or r.status_code in (408, 429):
            raise KnownError(ErrorCode.SERVER_UNREACHABLE, {"status": str(r.status_code)})
        if r.status_code >= 400:
            code = _error_code(r)
            raise SyncError(code or "http_error", {"status": str(r.status_code)})
        return r

    def _json(self, r: requests.Response) -> Any:
        try:
            return r.json()
        except ValueError as exc:  # a reply cut in the middle
            raise KnownError(ErrorCode.SERVER_UNREACHABLE, {"reason": "bad_body"}) from exc

    # --- the protocol ------------------------------------------------------------------

    def hello(self) -> dict[str, Any]:
        """Signing key, epoch, server time, policy and a fresh lease."""
        return cast("dict[str, Any]", self._json(self._call("POST", "/sync/hello")))

    def push(self, mutations: Sequence[Mutation]) -> list[MutationResult]:
        """Push a batch; one result per mutation, in order."""
        body = self._json(self._call("POST", "/sync/push", json={"mutations": list(mutations)}))
        return cast("list[MutationResult]", body["results"])

    def pull(self, cursor: str, limit: int) -> PullPage:
        """One page after ``cursor``."""
        r = self._call("GET", "/sync/pull", params={"cursor": cursor, "limit": limit})
        return cast(PullPage, self._json(r))

    def reconcile(
        self, cursor: str | None, held: Sequence[tuple[str, int | None]], groups: Sequence[str]
    ) -> dict[str, Any]:
        """Revokes, grants and field revokes for what the device holds."""
        body = {"cursor": cursor, "held": [list(h) for h in held], "groups": list(groups)}
        return cast("dict[str, Any]", self._json(self._call("POST", "/sync/reconcile", json=body)))

    def rows(self, ids: Sequence[str]) -> RowsPage:
        """Whole rows of granted ids, and the users they name."""
        body = self._json(self._call("POST", "/sync/rows", json={"ids": list(ids)}))
        return cast(RowsPage, body)

    def wait(self, cursor: str, timeout: float) -> bool:
        """Long-poll: True as soon as the server has changes after ``cursor``."""
        r = self._call(
            "GET",
            "/sync/wait",
            params={"cursor": cursor, "timeout": timeout},
            timeout=timeout + WAIT_SLACK,
            session=self.wait_session,
        )
        return bool(self._json(r)["changed"])

    def device_status(self) -> Directive:
        """What the server says about this device when the session no longer works."""
        if self._refresh is None:
            return Directive.REAUTHENTICATE
        r = self._send(
            "POST",
            "/sync/device-status",
            json={"device_id": self.device_id, "refresh_token": self._refresh},
            authed=False,
        )
        if r.status_code != 200:
            return Directive.REAUTHENTICATE
        return Directive(self._json(r)["directive"])

    def wipe_ack(self) -> None:
        """Tell the server the wipe is done (best effort)."""
        if self._refresh is None:
            return
        self._send(
            "POST",
            "/sync/wipe-ack",
            json={"device_id": self.device_id, "refresh_token": self._refresh},
            authed=False,
        )

    def close(self) -> None:
        """Close the connections."""
        self.session.close()
        self.wait_session.close()


def _error_code(r: requests.Response) -> str | None:
    try:
        body: Mapping[str, Any] = r.json()
        return str(body["error"]["code"])
    except (ValueError, KeyError, TypeError):
        return None
