"""A desktop client in a process of its own, to be killed with SIGKILL at a random moment.

    python -m tests.sync.kill_client CONFIG.json

It opens the real encrypted store (the parent has already done the restart sync after the
previous kill, in its own process, over the same file and device) and works: ``push`` mode
makes edits (each edit and its outbox entry in one local transaction) and pushes them in
small batches; ``apply`` mode makes a few edits, pulls many small pages, then pushes.
Every recorded mutation is appended to the ledger file right after its commit, so the parent
knows what was typed: ledger ∪ outbox-after-the-kill is exactly the set of recorded mutations.
Phase markers on stdout (``R`` ready, ``P`` push, ``A`` apply, ``D`` done) tell the parent
where the kill landed. Imports only the desktop side (a quick start).
"""

from __future__ import annotations

import json
import os
import random
import sys
import uuid
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from crm_desktop.models import Customer, utc_now
from crm_desktop.store import open_store
from crm_desktop.sync import outbox
from crm_desktop.sync.engine import SyncEngine
from crm_desktop.sync.http import HttpTransport
from crm_protocol.sync import MutationOp

_C = Customer.__table__  # type: ignore[attr-defined]


def _mark(phase: str) -> None:
    sys.stdout.write(phase + "\n")
    sys.stdout.flush()


def _update(conn: Connection, customer_id: str, field: str, value: str) -> str:
    row = conn.execute(select(_C).where(_C.c.id == customer_id)).one()
    conn.execute(update(_C).where(_C.c.id == customer_id).values({field: value}))
    return outbox.record(
        conn,
        entity_id=customer_id,
        op=MutationOp.UPDATE,
        fields={field: {"base": getattr(row, field), "value": value}},
    )


def _create(conn: Connection, cfg: dict[str, Any], name: str) -> tuple[str, str]:
    cid = str(uuid.uuid4())
    now = utc_now()
    conn.execute(
        _C.insert().values(
            id=cid,
            name=name,
            assignment_id=cfg["assignment_id"],
            owner_id=cfg["user_id"],
            created_by=cfg["user_id"],
            created_at=now,
            updated_at=now,
            verification_state="unverified",
            deleted=False,
        )
    )
    mid = outbox.record(
        conn,
        entity_id=cid,
        op=MutationOp.CREATE,
        fields={"name": {"base": None, "value": name}},
        assignment_id=cfg["assignment_id"],
    )
    return cid, mid


def _edits(
    engine: SyncEngine, cfg: dict[str, Any], ledger: int, rng: random.Random, n: int
) -> None:
    for i in range(n):
        tag = f"{cfg['tag']}-{i}"
        with engine.store.connection(write=True) as conn:
            if rng.random() < cfg.get("create_share", 0.2):
                cid, mid = _create(conn, cfg, f"K-{tag}")
                entry = {
                    "mid": mid,
                    "id": cid,
                    "op": "create",
                    "field": "name",
                    "value": f"K-{tag}",
                }
            else:
                cid = rng.choice(cfg["customers"])
                field = cfg.get("field", "city")
                mid = _update(conn, cid, field, f"V-{tag}")
                entry = {"mid": mid, "id": cid, "op": "update", "field": field, "value": f"V-{tag}"}
        # after the commit: a kill right here leaves the entry in the outbox, found there
        os.write(ledger, (json.dumps(entry) + "\n").encode())


def main() -> None:
    """Run one life of the client (until done or killed)."""
    with open(sys.argv[1], encoding="utf-8") as f:
        cfg: dict[str, Any] = json.load(f)
    rng = random.Random(cfg["seed"])
    store = open_store(cfg["db"], bytes.fromhex(cfg["key"]))
    transport = HttpTransport(cfg["base"], cfg["device_id"], timeout=20)
    transport.set_tokens(cfg["access"], None)
    engine = SyncEngine(
        store,
        transport,
        on_wipe=lambda: None,
        page_size=cfg["page_size"],
        push_batch=cfg["push_batch"],
    )
    ledger = os.open(cfg["ledger"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    _mark("R")
    if cfg["mode"] == "push":
        _edits(engine, cfg, ledger, rng, cfg["edits"])
        _mark("P")
        engine.push()
    else:
        _edits(engine, cfg, ledger, rng, cfg["edits"])
        _mark("A")
        engine.pull()
        _mark("P")
        engine.push()
    _mark("D")
    store.close()
    transport.close()


if __name__ == "__main__":
    main()
