"""The key vault: one random database key K per profile, wrapped for password + OS key store.

K (32 random bytes) is wrapped with AES-GCM under
``KEK = HKDF-SHA256(Argon2id(password, salt) ‖ S)``, S being the profile's secret in the OS
key store. Opening the data therefore needs both the user's password and this OS account's key
store (DESIGN.md §3). The AES-GCM associated data binds the profile id and the vault version.

The vault file also carries an HMAC keyed from S alone, so a damaged or edited file is told
apart from a wrong password (``VAULT_CORRUPT`` rather than ``WRONG_PASSWORD``).

Wrong passwords are throttled: after ``FREE_ATTEMPTS`` failures each further attempt must wait
an increasing delay, persisted next to the vault so a restart does not reset it. The wait is
reported as ``SecurityError.retry_after``; nothing here sleeps. This slows guessing through the
app only — the Argon2id cost is what slows an offline attack.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import logging
import secrets
import time
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crm_desktop import paths
from crm_desktop.paths import Profile
from crm_desktop.security.errors import SecurityCode, SecurityError
from crm_desktop.security.files import remove_file, write_private_file
from crm_desktop.security.keyring_access import KeyringAccess

log = logging.getLogger(__name__)

Clock = Callable[[], float]

VAULT_FORMAT = "crm-desktop-vault"
VAULT_VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12

FREE_ATTEMPTS = 3
BASE_DELAY_SECONDS = 5.0
MAX_DELAY_SECONDS = 900.0

_KEK_INFO = b"crm-desktop/vault/kek/v1"
_MAC_INFO = b"crm-desktop/vault/file-mac/v1"


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost; stored in each vault file so it can be raised later."""

    memory_cost_kib: int = 19 * 1024
    iterations: int = 2
    lanes: int = 1

    def __post_init__(self) -> None:
        # Also bounds what a vault file may ask for, so a damaged file cannot demand 1 TiB.
        if not (1 <= self.lanes <= 64 and 1 <= self.iterations <= 64):
            raise ValueError("Argon2id iterations and lanes out of range")
        if not 8 * self.lanes <= self.memory_cost_kib <= 4 * 1024 * 1024:
            raise ValueError("Argon2id memory cost out of range")


DEFAULT_KDF = KdfParams()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    data = base64.b64decode(text, validate=True)
    if length is not None and len(data) != length:
        raise ValueError("unexpected length")
    return data


def _canonical(record: dict[str, Any]) -> bytes:
    body = {k: v for k, v in record.items() if k != "mac"}
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def _hkdf(material: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(material)


def _file_mac(record: dict[str, Any], secret: bytes) -> bytes:
    return hmac.digest(_hkdf(secret, _MAC_INFO), _canonical(record), "sha256")


def _aad(profile_id: str, version: int) -> bytes:
    return f"{VAULT_FORMAT}/v{version}/{profile_id}".encode()


def _kek(password: str, salt: bytes, secret: bytes, kdf: KdfParams) -> bytes:
    # NFKC so the same password typed on another keyboard layout or IME still matches.
    pw = unicodedata.normalize("NFKC", password).encode()
    stretched = Argon2id(
        salt=salt,
        length=32,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_cost_kib,
    ).derive(pw)
    return _hkdf(stretched + secret, _KEK_INFO)


def _seal(
    profile_id: str, backend: str, password: str, secret: bytes, key: bytes, kdf: KdfParams
) -> dict[str, Any]:
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapped = AESGCM(_kek(password, salt, secret, kdf)).encrypt(
        nonce, key, _aad(profile_id, VAULT_VERSION)
    )
    record: dict[str, Any] = {
        "format": VAULT_FORMAT,
        "version": VAULT_VERSION,
        "profile_id": profile_id,
        "keyring_backend": backend,
        "kdf": {"algorithm": "argon2id", **asdict(kdf)},
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "wrapped_key": _b64(wrapped),
    }
    record["mac"] = _b64(_file_mac(record, secret))
    return record


@dataclass(frozen=True, slots=True)
class _VaultFile:
    record: dict[str, Any]
    backend: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    mac: bytes


def _parse(raw: bytes, profile_id: str) -> _VaultFile:
    try:
        record = json.loads(raw)
        if not isinstance(record, dict) or record.get("format") != VAULT_FORMAT:
            raise ValueError("not a vault file")
        version = record["version"]
        if not isinstance(version, int):
            raise ValueError("bad version")
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        raise SecurityError(SecurityCode.VAULT_CORRUPT) from exc
    if version != VAULT_VERSION:
        code = SecurityCode.VAULT_VERSION_UNSUPPORTED if version > VAULT_VERSION else None
        raise SecurityError(code or SecurityCode.VAULT_CORRUPT)
    try:
        if record["profile_id"] != profile_id:
            raise ValueError("vault belongs to another profile")
        kdf = record["kdf"]
        if not isinstance(kdf, dict) or kdf.get("algorithm") != "argon2id":
            raise ValueError("unknown KDF")
        params = KdfParams(
            memory_cost_kib=int(kdf["memory_cost_kib"]),
            iterations=int(kdf["iterations"]),
            lanes=int(kdf["lanes"]),
        )
        backend = record["keyring_backend"]
        if not isinstance(backend, str):
            raise ValueError("bad backend name")
        return _VaultFile(
            record=record,
            backend=backend,
            kdf=params,
            salt=_unb64(record["salt"], SALT_BYTES),
            nonce=_unb64(record["nonce"], NONCE_BYTES),
            wrapped_key=_unb64(record["wrapped_key"], KEY_BYTES + 16),
            mac=_unb64(record["mac"], 32),
        )
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise SecurityError(SecurityCode.VAULT_CORRUPT) from exc


def delay_after(failures: int) -> float:
    """Seconds the next attempt must wait after ``failures`` consecutive wrong passwords."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    doublings = min(failures - FREE_ATTEMPTS, 32)  # the cap is reached long before; no overflow
    return min(BASE_DELAY_SECONDS * 2.0**doublings, MAX_DELAY_SECONDS)


class _Throttle:
    """Consecutive failures and the time of the last one, in the profile directory."""

    def __init__(self, profile_id: str, clock: Clock) -> None:
        self._profile_id = profile_id
        self._clock = clock

    def _load(self) -> tuple[int, float]:
        try:
            state = json.loads(
                paths.unlock_throttle_path(self._profile_id, create=False).read_bytes()
            )
            return int(state["failures"]), float(state["last_failure_at"])
        except FileNotFoundError:
            return 0, 0.0
        except (ValueError, KeyError, TypeError):
            # Unreadable state must not hand out free attempts: resume at the first delay.
            log.warning("unlock throttle state unreadable; assuming the limit was reached")
            return FREE_ATTEMPTS, self._clock()

    def remaining(self) -> float:
        failures, last = self._load()
        delay = delay_after(failures)
        now = self._clock()
        if delay == 0:
            return 0.0
        if now < last:  # clock set back: the whole delay again, never a shortcut
            return delay
        return max(0.0, last + delay - now)

    def record_failure(self) -> float:
        failures = self._load()[0] + 1
        state = {"failures": failures, "last_failure_at": self._clock()}
        write_private_file(paths.unlock_throttle_path(self._profile_id), json.dumps(state).encode())
        return delay_after(failures)

    def reset(self) -> None:
        remove_file(paths.unlock_throttle_path(self._profile_id, create=False))


class Vault:
    """The key vault of one profile. Use :meth:`create` to enrol, :meth:`unlock` to open."""

    def __init__(
        self, profile: Profile, keyring: KeyringAccess, *, clock: Clock = time.time
    ) -> None:
        self.profile = profile
        self._keyring = keyring
        self._profile_id = profile.id
        self._throttle = _Throttle(self._profile_id, clock)

    @property
    def path(self) -> Path:
        """Location of the vault file."""
        return paths.vault_path(self._profile_id, create=False)

    @staticmethod
    def exists(profile: Profile) -> bool:
        """Whether the profile has a vault on this device."""
        return paths.vault_path(profile.id, create=False).is_file()

    @classmethod
    def create(
        cls,
        profile: Profile,
        password: str,
        keyring: KeyringAccess,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        clock: Clock = time.time,
    ) -> tuple[Vault, bytes]:
        """Enrol the profile: new secret S in the key store, new key K; returns (vault, K)."""
        if cls.exists(profile):
            raise SecurityError(SecurityCode.VAULT_EXISTS)
        vault = cls(profile, keyring, clock=clock)
        secret = keyring.create_secret(vault._profile_id)
        key = secrets.token_bytes(KEY_BYTES)
        vault._write(_seal(vault._profile_id, keyring.backend_name, password, secret, key, kdf))
        vault._throttle.reset()
        log.info("vault created for profile %s", vault._profile_id)
        return vault, key

    def unlock(self, password: str) -> bytes:
        """Return K, or raise ``SecurityError`` (``WRONG_PASSWORD``, ``UNLOCK_THROTTLED``, …)."""
        key, _ = self._open(password)
        return key

    def change_password(self, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap K under ``new`` (fresh salt and nonce; K and S unchanged).

        ``kdf`` raises the Argon2id cost at the same time; by default the current cost is kept.
        """
        key, current = self._open(old)
        secret = self._keyring.get_secret(self._profile_id)
        record = _seal(self._profile_id, current.backend, new, secret, key, kdf or current.kdf)
        self._write(record)
        log.info("vault password changed for profile %s", self._profile_id)

    def _open(self, password: str) -> tuple[bytes, _VaultFile]:
        vault = self._read()
        wait = self._throttle.remaining()
        if wait > 0:
            raise SecurityError(SecurityCode.UNLOCK_THROTTLED, retry_after=wait)
        if vault.backend != self._keyring.backend_name:
            raise SecurityError(SecurityCode.KEYRING_BACKEND_CHANGED)
        secret = self._keyring.get_secret(self._profile_id)
        if not hmac.compare_digest(_file_mac(vault.record, secret), vault.mac):
            raise SecurityError(SecurityCode.VAULT_CORRUPT)
        aesgcm = AESGCM(_kek(password, vault.salt, secret, vault.kdf))
        try:
            key = aesgcm.decrypt(
                vault.nonce, vault.wrapped_key, _aad(self._profile_id, VAULT_VERSION)
            )
        except InvalidTag:
            retry_after = self._throttle.record_failure()
            log.info("wrong vault password for profile %s", self._profile_id)
            raise SecurityError(SecurityCode.WRONG_PASSWORD, retry_after=retry_after) from None
        self._throttle.reset()
        return key, vault

    def _read(self) -> _VaultFile:
        try:
            raw = paths.vault_path(self._profile_id, create=False).read_bytes()
        except FileNotFoundError:
            raise SecurityError(SecurityCode.VAULT_MISSING) from None
        return _parse(raw, self._profile_id)

    def _write(self, record: dict[str, Any]) -> None:
        write_private_file(
            paths.vault_path(self._profile_id), json.dumps(record, indent=2).encode()
        )
