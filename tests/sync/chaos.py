"""kill -9 chaos, shared by the tests and ``bench/chaos_*.py``.

The ledger is every mutation a client recorded: the child appends each one to a file right
after its local commit, and the parent adds whatever it finds in the outbox after the kill
(an entry committed just before the kill, not yet in the file). The invariant after a
restart and a full sync: every ledger id is on the server exactly once (``sync_mutation``),
each made exactly one change (``change_log`` entries by the user per record), no mutation of
the device is unknown to the ledger, and the client's rows equal the server's.
"""

from __future__ import annotations

import contextlib
import json
import random
import secrets
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, func, select
from sqlmodel import Session, col

from crm_desktop.models import Customer as LocalCustomer
from crm_desktop.models import OutboxEntry
from crm_desktop.store import Store, open_store
from crm_desktop.sync import state
from crm_desktop.sync.engine import SyncEngine
from crm_desktop.sync.http import HttpTransport
from crm_protocol.errors import KnownError
from crm_protocol.sync import Cursor
from crm_server.cli import init_database
from crm_server.db import make_engine
from crm_server.models import ChangeLog
from crm_server.models import Customer as ServerCustomer
from crm_server.sync.tables import SyncMutation
from tests.sync.conftest import ServerProcess, World, make_db_url, seed

ROOT = Path(__file__).resolve().parents[2]
_L = LocalCustomer.__table__  # type: ignore[attr-defined]
_O = OutboxEntry.__table__  # type: ignore[attr-defined]
CHECKED_FIELDS = ("name", "city", "street", "remarks")
RELOGIN_AFTER = 300.0  # seconds; access tokens live 10 minutes


@dataclass
class Counts:
    """What the invariant check found (all zero when nothing was lost or duplicated)."""

    recorded: int = 0
    lost: int = 0  # recorded ids the server never answered
    missing_effects: int = 0  # answered, but fewer changes on the server than mutations
    duplicated: int = 0  # more changes on the server than mutations
    phantom: int = 0  # mutations of the device the ledger does not know
    diverged: int = 0  # client rows that differ from the server's
    inconsistent: int = 0  # after a kill in apply: rows on the device not matching the cursor
    statuses: Counter[str] = field(default_factory=Counter)
    phases: Counter[str] = field(default_factory=Counter)  # where the kills landed

    def ok(self) -> bool:
        """Nothing lost, nothing duplicated, converged, consistent."""
        return not (
            self.lost
            or self.missing_effects
            or self.duplicated
            or self.phantom
            or self.diverged
            or self.inconsistent
        )

    def line(self) -> str:
        """A one-line summary."""
        return (
            f"recorded={self.recorded} lost={self.lost + self.missing_effects} "
            f"duplicated={self.duplicated + self.phantom} diverged={self.diverged} "
            f"inconsistent={self.inconsistent} statuses={dict(self.statuses)} "
            f"kills_in={dict(self.phases)}"
        )


@dataclass
class Ledger:
    """Every recorded mutation: ``mutation_id -> {id, op, field, value}``."""

    entries: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add_file(self, path: Path) -> None:
        """Lines the child appended (a torn last line cannot be a committed-only entry: that
        one is still in the outbox)."""
        if not path.exists():
            return
        for line in path.read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(ValueError):
                entry = json.loads(line)
                self.entries.setdefault(entry["mid"], entry)

    def add_outbox(self, store: Store) -> None:
        """Entries still in the outbox (pending or undelivered)."""
        with store.connection() as conn:
            rows = conn.execute(select(_O.c.mutation_id, _O.c.entity_id, _O.c.op, _O.c.fields))
            for mid, entity_id, op, fields in rows.all():
                names = [k for k in dict(fields) if not k.startswith("@")]
                name = names[0] if names else ""
                value = dict(fields).get(name, {}).get("value")
                self.entries.setdefault(
                    mid, {"mid": mid, "id": entity_id, "op": op, "field": name, "value": value}
                )

    def entities(self) -> Counter[str]:
        """Mutations per record."""
        return Counter(e["id"] for e in self.entries.values())


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def check(
    engine: Engine,
    ledger: Ledger,
    user_id: str,
    device_id: str,
    since_seq: int,
    store: Store | None = None,
) -> Counts:
    """The invariant over everything recorded since ``since_seq`` (call after a full sync)."""
    counts = Counts(recorded=len(ledger.entries))
    mids = list(ledger.entries)
    with Session(engine) as s:
        answered: dict[str, str] = {}
        for part in _chunks(mids):
            rows = s.execute(
                select(SyncMutation.mutation_id, SyncMutation.status).where(
                    col(SyncMutation.mutation_id).in_(part)
                )
            ).all()
            answered.update({str(m): str(st) for m, st in rows})
        counts.lost = len(set(mids) - set(answered))
        counts.statuses.update(answered.values())
        # one-field mutations with a fresh value: ``applied`` made exactly one change; merged
        # (a no-op), conflict and rejected made none. Unanswered ones count as lost above.
        per_entity = Counter(
            e["id"] for m, e in ledger.entries.items() if answered.get(m, "applied") == "applied"
        )
        device_ids = s.execute(
            select(SyncMutation.mutation_id).where(col(SyncMutation.device_id) == device_id)
        ).scalars()
        counts.phantom = len(set(device_ids) - set(mids))
        made: Counter[str] = Counter()
        for part in _chunks(list(ledger.entities())):
            rows = s.execute(
                select(ChangeLog.entity_id, func.count())
                .where(
                    col(ChangeLog.entity_id).in_(part),
                    col(ChangeLog.actor_id) == user_id,
                    col(ChangeLog.seq) > since_seq,
                )
                .group_by(col(ChangeLog.entity_id))
            ).all()
            made.update({str(e): int(n) for e, n in rows})
        for entity in ledger.entities():
            wanted = per_entity[entity]
            counts.missing_effects += max(0, wanted - made[entity])
            counts.duplicated += max(0, made[entity] - wanted)
        if store is not None:
            counts.diverged = _diverged(s, store, list(ledger.entities()))
    return counts


def diverged(engine: Engine, store: Store, ids: list[str]) -> int:
    """How many of ``ids`` differ between the client and the server (checked fields)."""
    with Session(engine) as s:
        return _diverged(s, store, ids)


def _diverged(s: Session, store: Store, ids: list[str]) -> int:
    server: dict[str, tuple[Any, ...]] = {}
    for part in _chunks(ids):
        cols = [col(getattr(ServerCustomer, f)) for f in CHECKED_FIELDS]
        rows = s.execute(select(ServerCustomer.id, *cols).where(col(ServerCustomer.id).in_(part)))
        server.update({str(r[0]): tuple(r[1:]) for r in rows.all()})
    local: dict[str, tuple[Any, ...]] = {}
    with store.connection() as conn:
        for part in _chunks(ids):
            rows = conn.execute(
                select(_L.c.id, *(_L.c[f] for f in CHECKED_FIELDS)).where(_L.c.id.in_(part))
            )
            local.update({str(r[0]): tuple(r[1:]) for r in rows.all()})
    return sum(1 for i in ids if server.get(i) != local.get(i))


def max_seq(engine: Engine) -> int:
    """The server's newest change-log seq."""
    with Session(engine) as s:
        return int(s.execute(select(func.max(ChangeLog.seq))).scalar_one() or 0)


@dataclass
class ChaosClient:
    """One device whose client process gets killed again and again."""

    base: str
    engine: Engine  # the server's database (to check)
    admin: Callable[[], httpx.Client]  # an administrator's client (server-side changes)
    login: str
    password: str
    user_id: str
    assignment_id: str
    customers: list[str]  # records the client edits
    admin_targets: list[str]  # records the administrator edits (what the client applies)
    tmp: Path
    rng: random.Random
    # kill within [0, delay] after the child is ready: spans its edits, its push or its
    # pages (measured: edits ~0.1 s, push of 12 in batches of 2 ~0.25 s, 7 pages ~0.5 s)
    max_delay: dict[str, float] = field(default_factory=lambda: {"push": 0.35, "apply": 0.6})
    edits: int = 12
    device_id: str = field(default_factory=lambda: f"chaos-{uuid.uuid4().hex[:12]}")
    key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    ledger: Ledger = field(default_factory=Ledger)
    counts: Counts = field(default_factory=Counts)
    trial: int = 0
    since_seq: int = 0
    _transport: HttpTransport | None = None
    _login_at: float = 0.0

    @property
    def db(self) -> Path:
        return self.tmp / f"{self.device_id}.db"

    def transport(self) -> HttpTransport:
        """The parent's transport of the same device (fresh tokens every few minutes)."""
        if self._transport is None:
            self._transport = HttpTransport(self.base, self.device_id, timeout=20)
        if time.monotonic() - self._login_at > RELOGIN_AFTER:
            self._transport.login(self.login, self.password)
            self._login_at = time.monotonic()
        return self._transport

    def sync(self, store: Store) -> None:
        """A full sync of the device in this process (the restart after a kill)."""
        engine = SyncEngine(store, self.transport(), on_wipe=lambda: None)
        engine.sync()

    def start(self) -> None:
        """First login and the initial sync."""
        self.since_seq = max_seq(self.engine)
        store = open_store(self.db, self.key)
        try:
            self.sync(store)
        finally:
            store.close()

    def _admin_round(self) -> dict[str, str]:
        """The administrator changes ``remarks`` of its targets: what the child will apply."""
        new: dict[str, str] = {}
        for k, cid in enumerate(self.admin_targets):
            value = f"adm-{self.device_id[-4:]}-{self.trial}-{k}"
            r = self.admin().patch(f"/customers/{cid}", json={"values": {"remarks": value}})
            r.raise_for_status()
            new[cid] = value
        return new

    def trial_once(self, mode: str) -> None:
        """Spawn the client, kill it at a random moment, restart (in process) and sync."""
        self.trial += 1
        new_values = self._admin_round() if mode == "apply" else {}
        tag = f"{self.device_id[-6:]}-{self.trial}"
        cfg = {
            "base": self.base,
            "device_id": self.device_id,
            "access": self.transport().access_token,
            "db": str(self.db),
            "key": self.key.hex(),
            "ledger": str(self.tmp / f"{self.device_id}.ledger"),
            "mode": mode,
            "assignment_id": self.assignment_id,
            "user_id": self.user_id,
            "customers": self.customers,
            "edits": self.edits if mode == "push" else 3,
            "page_size": 2,
            "push_batch": 2,
            "tag": tag,
            "seed": self.rng.randrange(1 << 30),
        }
        cfg_path = self.tmp / f"{self.device_id}.json"
        cfg_path.write_text(json.dumps(cfg), encoding="utf-8")
        with (self.tmp / f"{self.device_id}.err").open("ab") as err:
            proc = subprocess.Popen(
                [sys.executable, "-m", "tests.sync.kill_client", str(cfg_path)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=err,
            )
        assert proc.stdout is not None
        ready = proc.stdout.readline().decode().strip()
        if ready != "R":
            proc.kill()
            proc.wait()
            raise RuntimeError(f"client did not start: {self.tmp / (self.device_id + '.err')}")
        time.sleep(self.rng.uniform(0, self.max_delay[mode]))
        proc.kill()
        proc.wait()
        markers = proc.stdout.read().decode().split()
        proc.stdout.close()
        self.counts.phases[_phase(mode, markers)] += 1
        self.ledger.add_file(Path(cfg["ledger"]))
        store = open_store(self.db, self.key)
        try:
            self.ledger.add_outbox(store)
            if new_values:
                self.counts.inconsistent += _inconsistent(self.engine, store, new_values)
            self.sync(store)
        finally:
            store.close()

    def finish(self) -> Counts:
        """A last full sync and the invariant over every trial."""
        store = open_store(self.db, self.key)
        try:
            self.sync(store)
            found = check(
                self.engine, self.ledger, self.user_id, self.device_id, self.since_seq, store
            )
        finally:
            store.close()
        found.inconsistent = self.counts.inconsistent
        found.phases = self.counts.phases
        if self._transport is not None:
            self._transport.close()
        return found


def _phase(mode: str, markers: list[str]) -> str:
    last = markers[-1] if markers else "R"
    names = {"R": "edit", "P": "push", "A": "apply", "D": "done"}
    return f"{mode}:{names.get(last, last)}"


def _inconsistent(engine: Engine, store: Store, new_values: dict[str, str]) -> int:
    """Records whose local ``remarks`` disagree with the stored cursor: a change is on the
    device exactly when the cursor passed its seq (the page and its cursor commit together)."""
    with store.connection() as conn:
        text = state.get(conn, state.CURSOR)
        local = dict(
            conn.execute(select(_L.c.id, _L.c.remarks).where(_L.c.id.in_(list(new_values)))).all()
        )
    cursor_seq = Cursor.decode(text).seq if text else 0
    with Session(engine) as s:
        seqs = dict(
            s.execute(
                select(ChangeLog.entity_id, func.max(ChangeLog.seq))
                .where(col(ChangeLog.entity_id).in_(list(new_values)))
                .group_by(col(ChangeLog.entity_id))
            ).all()
        )
    bad = 0
    for cid, value in new_values.items():
        has_new = local.get(cid) == value
        if has_new != (int(seqs[cid]) <= cursor_seq):
            bad += 1
    return bad


def push_during_server_kill(
    client_engine: SyncEngine, kill: Any, rng: random.Random, max_delay: float = 0.4
) -> str:
    """Push the outbox on a thread and run ``kill`` (the server's SIGKILL) at a random moment;
    returns ``killed`` when the push failed, ``done`` when it finished first."""
    outcome: list[str] = []

    def push() -> None:
        try:
            client_engine.push()
            outcome.append("done")
        except KnownError:
            outcome.append("killed")

    thread = threading.Thread(target=push)
    thread.start()
    time.sleep(rng.uniform(0, max_delay))
    kill()
    thread.join(60)
    return outcome[0] if outcome else "hung"


@contextlib.contextmanager
def served_world(tmp: Path, *, customers: int = 20, kind: str = "sqlite") -> Iterator[World]:
    """A seeded database and a real server process over it (benchmarks and chaos runs)."""
    url, drop = make_db_url(kind, tmp)
    engine = make_engine(url)
    init_database(engine)
    org = seed(engine, customers=customers)
    server = ServerProcess(url, tmp)
    server.start()
    world = World(server, engine, org)
    try:
        yield world
    finally:
        if world._admin is not None:
            world._admin.close()
        server.stop()
        engine.dispose()
        drop()
