"""Process hardening: keep keys and decrypted rows out of core dumps (SECURITY.md T12).

Call :func:`harden_process` first thing at start. Linux gets ``PR_SET_DUMPABLE 0`` (no core
file, no ptrace attach by other processes of the same user, ``/proc/<pid>/mem`` closed) and
``RLIMIT_CORE 0``; other POSIX systems get ``RLIMIT_CORE 0``; elsewhere it is a no-op. Every
step is best effort: a refusal is logged and reported, never fatal.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from dataclasses import dataclass

log = logging.getLogger(__name__)

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


@dataclass(frozen=True, slots=True)
class HardeningResult:
    """What :func:`harden_process` managed to switch off."""

    dumpable_off: bool
    core_limit_zero: bool


def _disable_dumpable() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            log.warning("prctl(PR_SET_DUMPABLE) failed: errno %d", ctypes.get_errno())
            return False
        return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        log.warning("prctl unavailable; process stays dumpable")
        return False


def _disable_core_files() -> bool:
    try:
        import resource  # POSIX only
    except ImportError:
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        log.warning("could not set RLIMIT_CORE to 0")
        return False
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def harden_process() -> HardeningResult:
    """Switch off core dumps (and, on Linux, dumpability) for this process."""
    return HardeningResult(dumpable_off=_disable_dumpable(), core_limit_zero=_disable_core_files())
