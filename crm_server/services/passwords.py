"""Argon2id password hashes as PHC strings (``cryptography``; SECURITY.md T24)."""

from __future__ import annotations

import os
import re

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from crm_server.config import Settings

_PARAMS = re.compile(r"^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$")
SALT_BYTES = 16
HASH_BYTES = 32


class PasswordHasher:
    """Hashes and verifies passwords with the parameters of ``settings``."""

    def __init__(self, settings: Settings) -> None:
        self._m = settings.argon2_memory_kib
        self._t = settings.argon2_iterations
        self._p = settings.argon2_lanes
        # A real hash of a random password: verifying against it costs what a real check
        # costs, so an unknown login takes as long as a known one (SECURITY.md T25).
        self._dummy = self.hash(os.urandom(16).hex())

    def _kdf(self) -> Argon2id:
        return Argon2id(
            salt=os.urandom(SALT_BYTES),
            length=HASH_BYTES,
            iterations=self._t,
            lanes=self._p,
            memory_cost=self._m,
        )

    def hash(self, password: str) -> str:
        """A PHC ``$argon2id$v=19$m=…,t=…,p=…$salt$hash`` string."""
        return self._kdf().derive_phc_encoded(password.encode())

    def verify(self, password: str, phc: str) -> bool:
        """True when ``password`` matches ``phc``; any malformed hash is a mismatch."""
        try:
            Argon2id.verify_phc_encoded(password.encode(), phc)
        except (InvalidKey, ValueError):
            return False
        return True

    def dummy_verify(self, password: str) -> None:
        """Spend the time of a real verification (unknown login)."""
        self.verify(password, self._dummy)

    def needs_rehash(self, phc: str) -> bool:
        """True when ``phc`` was made with other parameters than the current ones."""
        m = _PARAMS.match(phc)
        return m is None or (int(m[1]), int(m[2]), int(m[3])) != (self._m, self._t, self._p)
