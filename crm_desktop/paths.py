"""Every location the desktop app reads or writes, from one place (STYLE.md rule 12).

Locations come from ``platformdirs`` (app name ``crm-desktop``). When the environment variable
``CRM_DESKTOP_HOME`` is set (tests, the demo) every location lives under that directory instead,
so a test can never touch the real user's files.

Per (server URL, user login) pair the app keeps one *profile*: its own encrypted database, key
vault, cache and exports directory, all named by a filesystem-safe profile id.

Directory getters create the directory (mode ``0o700``) unless called with ``create=False``;
file getters create the parent directory the same way.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import platformdirs

APP_NAME = "crm-desktop"
HOME_ENV = "CRM_DESKTOP_HOME"
DIR_MODE = 0o700

_PROFILE_ID_RE = re.compile(r"^[0-9a-f]{32}$")
_DEFAULT_PORTS = {"https": 443, "http": 80}


def normalise_server_url(url: str) -> str:
    """Return ``url`` in one canonical spelling, so equal servers share one profile.

    Scheme and host are lower-cased, a default port and trailing slashes are dropped; query
    and fragment are ignored (a server URL has none).
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if not scheme or not host:
        raise ValueError("server URL needs a scheme and a host")
    if ":" in host:  # an IPv6 literal keeps its brackets in a URL
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, netloc, path, "", ""))


def profile_id(server_url: str, login: str) -> str:
    """A filesystem-safe id for (server, login): 32 hex chars of SHA-256.

    The login is kept case-sensitive (the server decides whether two spellings are one user);
    only surrounding spaces and Unicode composition are normalised.
    """
    canonical_login = unicodedata.normalize("NFC", login.strip())
    if not canonical_login:
        raise ValueError("login must not be empty")
    material = f"{normalise_server_url(server_url)}\n{canonical_login}".encode()
    return hashlib.sha256(material).hexdigest()[:32]


def check_profile_id(value: str) -> str:
    """Return ``value`` if it is a well-formed profile id; raise ``ValueError`` otherwise.

    Guards every path built from an id read back from disk (wipe markers) against traversal.
    """
    if not _PROFILE_ID_RE.fullmatch(value):
        raise ValueError("malformed profile id")
    return value


@dataclass(frozen=True, slots=True)
class Profile:
    """One (server URL, user login) pair and its id."""

    server_url: str
    login: str

    @property
    def id(self) -> str:
        """The profile id (see :func:`profile_id`)."""
        return profile_id(self.server_url, self.login)


def ensure_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if missing; the directory itself gets mode ``0o700``."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    # mkdir's mode is filtered by the umask and ignored for an existing dir: set it explicitly.
    if os.name == "posix":
        path.chmod(DIR_MODE)
    return path


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value) if value else None


def _location(sub: str, platform_dir: str, create: bool) -> Path:
    home = _home()
    path = home / sub if home is not None else Path(platform_dir)
    return ensure_dir(path) if create else path


def config_dir(*, create: bool = True) -> Path:
    """Settings (never secrets)."""
    return _location("config", platformdirs.user_config_dir(APP_NAME, appauthor=False), create)


def data_dir(*, create: bool = True) -> Path:
    """Profiles (encrypted DBs, vaults) and wipe markers; local, never roaming."""
    return _location(
        "data", platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False), create
    )


def cache_dir(*, create: bool = True) -> Path:
    """Disposable caches."""
    return _location("cache", platformdirs.user_cache_dir(APP_NAME, appauthor=False), create)


def log_dir(*, create: bool = True) -> Path:
    """Rotating log files."""
    return _location("logs", platformdirs.user_log_dir(APP_NAME, appauthor=False), create)


def exports_dir(*, create: bool = True) -> Path:
    """The one controlled place exports are written to."""
    documents = Path(platformdirs.user_documents_dir()) / "CRM exports"
    return _location("exports", str(documents), create)


def profiles_dir(*, create: bool = True) -> Path:
    """Parent of every profile directory."""
    path = data_dir(create=create) / "profiles"
    return ensure_dir(path) if create else path


def profile_dir(profile_id: str, *, create: bool = True) -> Path:
    """The directory of one profile: database, vault, unlock throttle state."""
    path = profiles_dir(create=create) / check_profile_id(profile_id)
    return ensure_dir(path) if create else path


def profile_cache_dir(profile_id: str, *, create: bool = True) -> Path:
    """Caches of one profile."""
    path = cache_dir(create=create) / check_profile_id(profile_id)
    return ensure_dir(path) if create else path


def profile_exports_dir(profile_id: str, *, create: bool = True) -> Path:
    """Exports made by one profile."""
    path = exports_dir(create=create) / check_profile_id(profile_id)
    return ensure_dir(path) if create else path


def db_path(profile_id: str, *, create: bool = True) -> Path:
    """The profile's SQLCipher database, ``<profile>/crm.db``."""
    return profile_dir(profile_id, create=create) / "crm.db"


def vault_path(profile_id: str, *, create: bool = True) -> Path:
    """The profile's key vault, ``<profile>/vault.json``."""
    return profile_dir(profile_id, create=create) / "vault.json"


def wipe_markers_dir(*, create: bool = True) -> Path:
    """Wipe-pending markers; outside every profile dir so a wipe can remove that dir whole."""
    path = data_dir(create=create) / "wipe-pending"
    return ensure_dir(path) if create else path


def unlock_throttle_path(profile_id: str, *, create: bool = True) -> Path:
    """Failed-unlock counter of the profile's vault (survives restarts)."""
    return profile_dir(profile_id, create=create) / "unlock-throttle.json"
