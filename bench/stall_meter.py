"""The UI event-loop stall meter the benchmarks share.

A 5 ms ``QTimer`` on the UI thread records the gaps between its ticks: a stall of the event
loop shows as a long gap. Create it after the ``QApplication``.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QElapsedTimer, QTimer

import crm_desktop.ui  # noqa: F401 - its None guard before any Qt call (ADR 0006)

TICK_MS = 5
STALL_TARGET_MS = 100.0


class StallMeter:
    """Gaps between the ticks of a 5 ms timer on the UI thread, in ms."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.last_tick = 0.0  # perf_counter() of the last tick (for a watchdog thread)
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Start measuring (clears earlier gaps)."""
        self.gaps = []
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        """Stop measuring."""
        self._timer.stop()

    def _tick(self) -> None:
        self.gaps.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()
        self.last_tick = time.perf_counter()

    def summary(self) -> tuple[float, float]:
        """Longest gap and 99th percentile, in ms."""
        if not self.gaps:
            return 0.0, 0.0
        ordered = sorted(self.gaps)
        return ordered[-1], ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]

    def over_target(self) -> int:
        """How many gaps exceeded :data:`STALL_TARGET_MS`."""
        return sum(1 for g in self.gaps if g > STALL_TARGET_MS)
