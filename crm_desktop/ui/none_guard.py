"""Keep ``None`` alive under PySide6 6.12 on CPython 3.11 (ADR 0006).

PySide6 6.12.0 returns ``None`` from void methods without taking a reference to it. On
CPython 3.12+ ``None`` is immortal and nothing happens; on 3.11 every such call (``setText``,
``QTimer.singleShot``, ``QCoreApplication.processEvents``…) lowers ``None``'s reference count
by one, and after a few tens of thousands of calls the interpreter aborts with "deallocating
None" — an all-day client would crash mid-shift (a 100k-row sync with the window open did, in
about two minutes).

:func:`protect_none` gives ``None`` so many references that no working day can use them up
(2**48: a million void calls a second would last nine years). ``None`` is never deallocated
anyway, so the extra references change nothing else. It runs when ``crm_desktop.ui`` is
imported, before any Qt call.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 48


def protect_none() -> bool:
    """Top up ``None``'s reference count if it is mortal; ``True`` when it did."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # None is immortal there (PEP 683)
    # ob_refcnt is the first field of every object: a Py_ssize_t at id(obj). The GIL is held.
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value >= HEADROOM:
        return False
    refcount.value += HEADROOM
    return True
