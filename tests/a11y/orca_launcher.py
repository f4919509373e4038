"""Runs ``/usr/bin/orca`` and writes each utterance to a file as it is said (``/usr/bin/python3``).

``--speech-log FILE`` (taken out of the arguments before Orca sees them) gets one line per
utterance in the format of Orca's debug log, ``HH:MM:SS.ffffff - SPEECH OUTPUT: '…'``, written
line by line. Orca's own ``--debug-file`` has the same lines but is unusable here: it sets the
debug level to ALL, and describing every event queries the app over D-Bus so often that Orca
fell seconds behind on a 2-core machine (a notification hidden again before Orca got to it was
never spoken); and it is block-buffered, so the last utterances stayed in memory. Other
arguments (``--debug-file`` included, for a diagnosis) go to Orca unchanged.
"""

from __future__ import annotations

import runpy
import sys
from datetime import datetime
from typing import Any

ORCA = "/usr/bin/orca"
MARK = "SPEECH OUTPUT:"


def log_speech(path: str) -> None:
    """Copy every ``SPEECH OUTPUT`` debug line to ``path``, whatever Orca's debug level."""
    from orca import debug  # Debian's Orca, importable by /usr/bin/python3

    speech_log = open(path, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 - Orca's lifetime
    plain = debug.println

    def println(level: int, text: str = "", timestamp: bool = False) -> Any:
        if MARK in text:
            speech_log.write(f"{datetime.now():%H:%M:%S.%f} - {text}\n")
        return plain(level, text, timestamp)

    debug.println = println


def main(argv: list[str]) -> None:
    """Run Orca with ``argv`` (less ``--speech-log FILE``)."""
    if "--speech-log" in argv:
        at = argv.index("--speech-log")
        log_speech(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    sys.argv = [ORCA, *argv]
    runpy.run_path(ORCA, run_name="__main__")


if __name__ == "__main__":
    main(sys.argv[1:])
