"""T30/T31: the audit chain, its append-only guard, and `crm-server audit verify`."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col, select

from crm_server import audit
from crm_server.audit import AuditContext
from crm_server.cli import main
from crm_server.models import AuditEvent
from tests.server.conftest import TestClient, World, login

FORBIDDEN_IN_AUDIT = ("pw-", "crma_", "crmr_", "CNRY-")


def _append(engine: Engine, n: int) -> None:
    with Session(engine) as s:
        for i in range(n):
            audit.record(s, "test_event", AuditContext(request_id=f"r{i}"), detail={"i": i})
        s.commit()


def _unguard(conn: object, engine: Engine) -> None:
    # a superuser (or the owner) dropping the guard on purpose: what verify must still catch
    assert hasattr(conn, "execute")
    if engine.dialect.name == "postgresql":
        conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER USER"))  # type: ignore[attr-defined]
    else:
        conn.execute(text("DROP TRIGGER IF EXISTS audit_event_no_update"))  # type: ignore[attr-defined]
        conn.execute(text("DROP TRIGGER IF EXISTS audit_event_no_delete"))  # type: ignore[attr-defined]


def test_events_carry_context_but_no_secrets(
    client: TestClient, world: World, engine: Engine
) -> None:
    login(client, "operator", device_id="device-audit")
    client.post(
        "/api/v1/auth/login",
        json={"login": "operator", "password": "nope-nope", "device_id": "device-audit"},
    )
    with Session(engine) as s:
        events = s.exec(select(AuditEvent).order_by(col(AuditEvent.seq))).all()
    ok = [e for e in events if e.action == "login_ok" and e.device_id == "device-audit"]
    assert ok
    assert ok[-1].request_id
    assert ok[-1].ip
    assert ok[-1].actor_id == world.users["operator"]
    assert any(e.action == "login_failed" for e in events)
    dump = " ".join(f"{e.model_dump()}" for e in events)
    for needle in FORBIDDEN_IN_AUDIT:
        assert needle not in dump


def test_audit_table_refuses_update_and_delete(engine: Engine, world: World) -> None:
    _append(engine, 2)
    for stmt in ("UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"):
        with pytest.raises(DBAPIError), engine.begin() as conn:
            conn.execute(text(stmt))
    if engine.dialect.name == "postgresql":
        with pytest.raises(DBAPIError), engine.begin() as conn:
            conn.execute(text("TRUNCATE audit_event"))


def test_verify_detects_modified_deleted_and_swapped_rows(
    engine: Engine, world: World, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _append(engine, 6)
    assert main(["--database-url", db_url, "audit", "verify"]) == 0
    assert capsys.readouterr().out.strip() == "OK"
    with Session(engine) as s:
        last = s.exec(select(AuditEvent.seq).order_by(col(AuditEvent.seq).desc())).first()
    assert last is not None
    modified, deleted, swap_a, swap_b = last - 5, last - 4, last - 2, last - 1
    with engine.begin() as conn:
        _unguard(conn, engine)
        conn.execute(
            text("UPDATE audit_event SET action = 'forged' WHERE seq = :s"), {"s": modified}
        )
    assert main(["--database-url", db_url, "audit", "verify"]) == 1
    assert capsys.readouterr().out.strip() == f"BROKEN at seq {modified}"
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_event SET action = 'test_event' WHERE seq = :s"), {"s": modified}
        )
    assert main(["--database-url", db_url, "audit", "verify"]) == 0
    capsys.readouterr()
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE seq = :s"), {"s": deleted})
    assert main(["--database-url", db_url, "audit", "verify"]) == 1
    assert capsys.readouterr().out.strip() == f"BROKEN at seq {deleted}"
    # swap two rows' contents (keeping their seq): the first of them is reported
    with Session(engine) as s:
        assert audit.verify_chain(s) == deleted
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET seq = -1 WHERE seq = :a"), {"a": swap_a})
        conn.execute(
            text("UPDATE audit_event SET seq = :a WHERE seq = :b"), {"a": swap_a, "b": swap_b}
        )
        conn.execute(text("UPDATE audit_event SET seq = :b WHERE seq = -1"), {"b": swap_b})
        # repair the deletion so the swap is the first break left
        conn.execute(text("DELETE FROM audit_event WHERE seq > :d"), {"d": deleted - 1})
    _append(engine, 3)
    with Session(engine) as s:
        assert audit.verify_chain(s) is None
        seqs = s.exec(select(AuditEvent.seq).order_by(col(AuditEvent.seq).desc()).limit(2)).all()
    a, b = seqs[1], seqs[0]
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET seq = -1 WHERE seq = :a"), {"a": a})
        conn.execute(text("UPDATE audit_event SET seq = :a WHERE seq = :b"), {"a": a, "b": b})
        conn.execute(text("UPDATE audit_event SET seq = :b WHERE seq = -1"), {"b": b})
    assert main(["--database-url", db_url, "audit", "verify"]) == 1
    assert capsys.readouterr().out.strip() == f"BROKEN at seq {a}"
