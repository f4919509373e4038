"""Signing in: first login online creates the profile, later starts unlock it offline.

First login on a device (DESIGN.md §3): the server checks the password → a vault is created
(password + OS key store) → the encrypted store is opened → the caller runs the initial sync.
Later starts unlock the vault with the password alone (no network) and check the server-signed
lease: past ``lock_after`` the data stays locked until the user signs in online; past
``wipe_after`` the profile is wiped. Everything here raises ``KnownError`` codes the UI
translates; nothing here knows Qt.
"""

from __future__ import annotations

import contextlib
import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from crm_desktop import paths
from crm_desktop.paths import Profile
from crm_desktop.security.errors import SecurityCode, SecurityError
from crm_desktop.security.files import write_private_file
from crm_desktop.security.keyring_access import KeyringAccess
from crm_desktop.security.vault import DEFAULT_KDF, KdfParams, Vault
from crm_desktop.security.wipe import wipe_profile
from crm_desktop.services.context import UserContext
from crm_desktop.store import Store, open_store
from crm_desktop.sync import state
from crm_desktop.sync.http import HttpTransport, check_server_url
from crm_desktop.sync.lease import LeaseStatus, check_lease
from crm_protocol.errors import ErrorCode, KnownError
from crm_protocol.policy import EffectivePolicy

log = logging.getLogger(__name__)

# Codes of the start screens (translated in crm_desktop.ui.messages).
ACCOUNT_LOCKED = "account_locked"  # the server refuses more attempts for now
LEASE_EXPIRED = "lease_expired"  # offline too long: sign in online to unlock
PROFILE_WIPED = "profile_wiped"  # offline far too long (or revoked): the data was erased
REFRESH_TOKEN = "refresh_token"  # noqa: S105 - a state key; the token lives in the encrypted store
USER_LOGIN = "user_login"
USER_TEAM = "user_team"
USER_NAME = "user_display_name"
START_FILE = "start.json"


class ClientTransport(HttpTransport):
    """The HTTP transport plus what the start screens need.

    ``login`` tells a locked account (429) apart from a wrong password. (The caller's
    assignments reach the home page through sync, not through this transport.)
    """

    def login(self, login: str, password: str, device_name: str | None = None) -> dict[str, Any]:
        """Password login; ``KnownError(ACCOUNT_LOCKED)`` while the server throttles."""
        body = {"login": login, "password": password, "device_id": self.device_id}
        if device_name:
            body["device_name"] = device_name
        r = self._send("POST", "/auth/login", json=body, authed=False)
        if r.status_code == 429:
            retry = r.headers.get("Retry-After", "")
            raise KnownError(ACCOUNT_LOCKED, {"retry_after": retry} if retry else None)
        if r.status_code != 200:
            raise KnownError(ErrorCode.AUTHENTICATION_FAILED)
        doc = cast("dict[str, Any]", r.json())
        self.set_tokens(doc["access_token"], doc["refresh_token"])
        if self.on_refresh is not None:
            self.on_refresh(doc["refresh_token"])
        return doc


@dataclass
class Session:
    """A signed-in user: their profile, open store, transport and context."""

    profile: Profile
    store: Store
    transport: ClientTransport
    context: UserContext
    display_name: str
    first_login: bool  # the store is new: run the initial sync before showing data
    online: bool  # the server accepted the password this time
    keyring: KeyringAccess = field(repr=False)

    def close(self) -> None:
        """Close the store and the connections (lock, log out, quit)."""
        with contextlib.suppress(Exception):
            self.store.close()
        self.transport.close()


@dataclass(frozen=True, slots=True)
class StartSettings:
    """What the start screen remembers: the server address and the last login (no secrets)."""

    server_url: str | None = None
    last_login: str | None = None

    @classmethod
    def load(cls) -> StartSettings:
        """Read the remembered values (defaults when missing or unreadable)."""
        try:
            doc = json.loads((paths.config_dir() / START_FILE).read_text("utf-8"))
            return cls(doc.get("server_url"), doc.get("last_login"))
        except (OSError, ValueError, AttributeError):
            return cls()

    def save(self) -> None:
        """Remember these values."""
        data = {"server_url": self.server_url, "last_login": self.last_login}
        write_private_file(paths.config_dir() / START_FILE, json.dumps(data).encode())


def validate_server_url(url: str) -> str:
    """The canonical server URL; ``KnownError`` (``sync_insecure_url``) for plain HTTP off
    loopback or a URL without a host."""
    try:
        canonical = paths.normalise_server_url(url)
    except ValueError:
        raise KnownError("invalid_server_url") from None
    return check_server_url(canonical)


def _device_id(profile: Profile) -> str:
    """A stable id for this device and profile (not secret; the server binds tokens to it)."""
    path = paths.profile_dir(profile.id) / "device-id"
    try:
        value = path.read_text("ascii").strip()
        if value:
            return value
    except OSError:
        pass
    value = uuid.uuid4().hex
    write_private_file(path, value.encode())
    return value


class SignIn:
    """The start use cases: online login (creating the profile) and offline unlock."""

    def __init__(
        self,
        keyring: Callable[[], KeyringAccess],
        *,
        kdf: KdfParams = DEFAULT_KDF,
        timeout: float = 30.0,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._keyring_factory = keyring
        self._keyring: KeyringAccess | None = None
        self._kdf = kdf
        self._timeout = timeout
        self._clock = clock

    def keyring(self) -> KeyringAccess:
        """The OS key store (``SecurityError`` with a code when none is usable)."""
        if self._keyring is None:
            self._keyring = self._keyring_factory()
        return self._keyring

    @staticmethod
    def has_profile(server_url: str, login: str) -> bool:
        """Whether this device already holds a vault for (server, login)."""
        try:
            return Vault.exists(Profile(paths.normalise_server_url(server_url), login.strip()))
        except ValueError:
            return False

    def _transport(self, profile: Profile) -> ClientTransport:
        return ClientTransport(profile.server_url, _device_id(profile), timeout=self._timeout)

    def login_online(self, server_url: str, login: str, password: str) -> Session:
        """Check the password with the server; create (or open) the profile and its store."""
        url = validate_server_url(server_url)
        profile = Profile(url, login.strip())
        keyring = self.keyring()  # fail early and clearly when no key store is usable
        transport = self._transport(profile)
        try:
            doc = transport.login(profile.login, password)
        except BaseException:
            transport.close()
            raise
        first = not Vault.exists(profile)
        try:
            if first:
                _vault, key = Vault.create(profile, password, keyring, kdf=self._kdf)
            else:
                key = self._unlock_or_reenrol(profile, password, keyring)
                first = not Vault.exists(profile) or first
            store = open_store(paths.db_path(profile.id), key)
        except BaseException:
            transport.close()
            raise
        user = doc["user"]
        with store.connection(write=True) as conn:
            state.put(conn, REFRESH_TOKEN, transport.refresh_token)
            state.put(conn, state.USER_ID, user["id"])
            state.put(conn, USER_LOGIN, user["login"])
            state.put(conn, USER_TEAM, user.get("team_id"))
            state.put(conn, USER_NAME, user.get("display_name") or user["login"])
            state.put_json(conn, state.POLICY, doc["policy"])
            first = first or state.get(conn, state.CURSOR) is None
        self._keep_refresh_token(transport, store)
        StartSettings(url, profile.login).save()
        context = UserContext(
            user_id=user["id"],
            login=user["login"],
            policy=EffectivePolicy.from_document(doc["policy"]),
            team_id=user.get("team_id"),
        )
        return Session(
            profile,
            store,
            transport,
            context,
            str(user.get("display_name") or user["login"]),
            first_login=first,
            online=True,
            keyring=keyring,
        )

    def _unlock_or_reenrol(self, profile: Profile, password: str, keyring: KeyringAccess) -> bytes:
        """The vault's key; when the server accepted a password the vault does not know (it
        was changed elsewhere), the local copy is wiped and enrolled again (data re-syncs)."""
        try:
            return Vault(profile, keyring).unlock(password)
        except SecurityError as exc:
            if exc.security_code not in (
                SecurityCode.WRONG_PASSWORD,
                SecurityCode.UNLOCK_THROTTLED,
                SecurityCode.KEYRING_SECRET_MISSING,
                SecurityCode.VAULT_CORRUPT,
            ):
                raise
        log.info("password changed on the server: re-enrolling profile %s", profile.id)
        wipe_profile(profile, keyring)
        _vault, key = Vault.create(profile, password, keyring, kdf=self._kdf)
        return key

    def unlock_offline(self, server_url: str, login: str, password: str) -> Session:
        """Open an existing profile with the password alone; the lease decides if it may."""
        url = validate_server_url(server_url)
        profile = Profile(url, login.strip())
        keyring = self.keyring()
        key = Vault(profile, keyring).unlock(password)
        store = open_store(paths.db_path(profile.id), key)
        try:
            with store.connection() as conn:
                lease = state.get_json(conn, state.LEASE)
                public_key = state.get(conn, state.PUBLIC_KEY)
                last_time = state.get(conn, state.LAST_SERVER_TIME)
                user_id = state.get(conn, state.USER_ID)
                policy_doc = state.get_json(conn, state.POLICY)
                refresh = state.get(conn, REFRESH_TOKEN)
                user_login = state.get(conn, USER_LOGIN) or profile.login
                team = state.get(conn, USER_TEAM)
                name = state.get(conn, USER_NAME) or user_login
            verdict = check_lease(
                lease, public_key, now=self._clock(), last_server_time=last_time, user_id=user_id
            )
            if verdict is LeaseStatus.WIPE:
                store.close()
                wipe_profile(profile, keyring)
                raise KnownError(PROFILE_WIPED)
            if verdict is LeaseStatus.LOCKED or user_id is None or policy_doc is None:
                raise KnownError(LEASE_EXPIRED)
        except KnownError as exc:
            if exc.code != PROFILE_WIPED:
                store.close()
            raise
        transport = self._transport(profile)
        transport.set_tokens(None, refresh)
        self._keep_refresh_token(transport, store)
        StartSettings(url, profile.login).save()
        context = UserContext(
            user_id=user_id,
            login=user_login,
            policy=EffectivePolicy.from_document(policy_doc),
            team_id=team,
        )
        return Session(
            profile,
            store,
            transport,
            context,
            name,
            first_login=False,
            online=False,
            keyring=keyring,
        )

    def sign_in(
        self, server_url: str, login: str, password: str, *, online_required: bool = False
    ) -> Session:
        """Offline-first: unlock an existing profile with the password; sign in online when
        there is none yet, when the lease has run out, or when the session must be renewed."""
        if online_required or not self.has_profile(server_url, login):
            return self.login_online(server_url, login, password)
        try:
            return self.unlock_offline(server_url, login, password)
        except KnownError as exc:
            if exc.code != LEASE_EXPIRED:
                raise
        try:
            return self.login_online(server_url, login, password)
        except KnownError as exc:
            if exc.code == ErrorCode.SERVER_UNREACHABLE:
                raise KnownError(LEASE_EXPIRED) from exc
            raise

    @staticmethod
    def _keep_refresh_token(transport: ClientTransport, store: Store) -> None:
        """Rotated refresh tokens go to the encrypted store (never to settings or logs)."""

        def keep(token: str) -> None:
            with store.connection(write=True) as conn:
                state.put(conn, REFRESH_TOKEN, token)

        transport.on_refresh = keep
