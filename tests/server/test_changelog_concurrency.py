"""DESIGN.md §4: concurrent writers never produce a change-log gap a polling reader could skip."""

from __future__ import annotations

import threading
import time
import uuid

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session

from crm_server.db import make_engine
from crm_server.services.changelog import record_change

WRITERS = 6
WRITES_EACH = 40


def _writer(url: str, errors: list[BaseException]) -> None:
    engine = make_engine(url)  # its own pool, its own connections
    try:
        for _ in range(WRITES_EACH):
            with Session(engine) as s:
                record_change(s, "customer", str(uuid.uuid4()), "update", actor_id=None)
                s.flush()
                time.sleep(0.002)  # hold the transaction open: widen the race window
                s.commit()
    except BaseException as exc:
        errors.append(exc)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_reader_never_skips_a_seq(engine: Engine, db_url: str) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("the race exists only with concurrent PostgreSQL writers")
    with engine.connect() as conn:
        start = conn.execute(text("SELECT coalesce(max(seq), 0) FROM change_log")).scalar_one()
    errors: list[BaseException] = []
    threads = [threading.Thread(target=_writer, args=(db_url, errors)) for _ in range(WRITERS)]
    for t in threads:
        t.start()
    seen: list[int] = []
    cursor = start
    with engine.connect() as conn:
        while True:
            writing = any(t.is_alive() for t in threads)  # before the poll: a last commit counts
            rows = (
                conn.execute(
                    text("SELECT seq FROM change_log WHERE seq > :c ORDER BY seq"), {"c": cursor}
                )
                .scalars()
                .all()
            )
            conn.commit()
            if rows:
                seen.extend(rows)
                cursor = rows[-1]
            if not writing and not rows:
                break
    for t in threads:
        t.join()
    assert not errors
    with engine.connect() as conn:
        committed = (
            conn.execute(
                text("SELECT seq FROM change_log WHERE seq > :s ORDER BY seq"), {"s": start}
            )
            .scalars()
            .all()
        )
    assert len(committed) == WRITERS * WRITES_EACH
    # everything committed was observed by the cursor reader: nothing was skipped
    assert seen == list(committed)
