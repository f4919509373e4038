"""A loopback TCP proxy that injects network faults between a client and the server.

Threaded: one acceptor, one thread per connection pumping both directions with ``select``.
Faults, drawn from one seeded RNG per chunk while ``enabled``:

* latency — a random delay before each forwarded chunk (both directions);
* reset — a request chunk is dropped (or half of it sent) and both sides get a TCP RST, so
  the server never sees the whole request;
* cut — only the first part of a response chunk reaches the client, then RST: the server
  *did* handle the request, the client never learns the answer (a dropped reply).
"""

from __future__ import annotations

import contextlib
import random
import select
import socket
import struct
import threading
import time
from collections import Counter

CHUNK = 65536


def _reset(sock: socket.socket) -> None:
    """Close with RST instead of FIN (SO_LINGER 0)."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


class FaultProxy:
    """``127.0.0.1:<port>`` → ``upstream``, with faults while ``enabled``."""

    def __init__(
        self,
        upstream_port: int,
        *,
        seed: int = 0,
        latency: tuple[float, float] = (0.0, 0.0),
        reset_rate: float = 0.0,
        cut_rate: float = 0.0,
    ) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.latency = latency
        self.reset_rate = reset_rate
        self.cut_rate = cut_rate
        self.enabled = False
        self.stats: Counter[str] = Counter()
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._live: set[socket.socket] = set()
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port: int = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, name="fault-proxy", daemon=True)

    @property
    def base(self) -> str:
        """The URL clients use instead of the server's."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        """Start accepting."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting; live connections end at their next chunk."""
        self._stop.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        self._thread.join(5)
        with self._lock:
            live = list(self._live)
        for sock in live:
            with contextlib.suppress(OSError):
                sock.close()

    # --- internals ---------------------------------------------------------------------

    def _draw(self) -> float:
        with self._lock:
            return self._rng.random()

    def _delay(self) -> None:
        low, high = self.latency
        if self.enabled and high > 0:
            with self._lock:
                pause = self._rng.uniform(low, high)
            time.sleep(pause)

    def _count(self, what: str) -> None:
        with self._lock:
            self.stats[what] += 1

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._pump, args=(client,), daemon=True).start()

    def _pump(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.upstream, timeout=5)
        except OSError:
            _reset(client)
            return
        upstream.settimeout(None)
        self._count("connections")
        with self._lock:
            self._live.update((client, upstream))
        try:
            while not self._stop.is_set():
                readable, _, _ = select.select([client, upstream], [], [], 0.5)
                for sock in readable:
                    data = sock.recv(CHUNK)
                    if not data:
                        return
                    if sock is client:
                        if self.enabled and self._draw() < self.reset_rate:
                            self._count("reset")
                            if self._draw() < 0.5:
                                upstream.sendall(data[: len(data) // 2])
                            _reset(upstream)
                            _reset(client)
                            return
                        self._delay()
                        upstream.sendall(data)
                    else:
                        if self.enabled and self._draw() < self.cut_rate:
                            self._count("cut")
                            client.sendall(data[: max(1, len(data) // 2)])
                            _reset(client)
                            _reset(upstream)
                            return
                        self._delay()
                        client.sendall(data)
        except OSError:
            self._count("socket_error")
        finally:
            with self._lock:
                self._live.difference_update((client, upstream))
            for sock in (client, upstream):
                with contextlib.suppress(OSError):
                    sock.close()
