"""T12: the hardened process is not dumpable and may write no core file."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

PROBE = textwrap.dedent(
    """
    import ctypes, json, resource
    from crm_desktop.security.hardening import harden_process

    libc = ctypes.CDLL(None, use_errno=True)
    before = libc.prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
    result = harden_process()
    print(json.dumps({
        "before": before,
        "dumpable": libc.prctl(3, 0, 0, 0, 0),
        "core": list(resource.getrlimit(resource.RLIMIT_CORE)),
        "result": [result.dumpable_off, result.core_limit_zero],
    }))
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux-only")
def test_hardening_disables_dumps_in_a_separate_process() -> None:
    # A subprocess, so this test process stays dumpable for debuggers and other tests.
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    report = json.loads(out.stdout)
    assert report["before"] == 1  # the probe would be meaningless if it already were 0
    assert report["dumpable"] == 0
    assert report["core"] == [0, 0]
    assert report["result"] == [True, True]
