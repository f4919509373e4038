"""ImportService on a real SQLCipher store: duplicates among stored customers, batches that
commit whole (row, owner history, outbox, row key), idempotent re-imports, and a process
killed in the middle of a batch transaction."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from crm_desktop.models import Customer, OutboxEntry
from crm_desktop.services import imports
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.dataio import DataIoCode, IdentityKey, IdentityKind, ImportStatus
from crm_desktop.services.imports import ImportService, StoreDuplicateIndex, can_import
from crm_desktop.services.local_values import IMPORT_ROW_KEY_SPACE, StoreValues
from crm_desktop.store import Store, open_store
from crm_protocol.policy import evaluate
from crm_protocol.roles import PRESETS
from tests.desktop.app.local_data import ADMIN, LocalData, context, make_store
from tests.desktop.dataio.conftest import sample_file, write_csv

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def data(tmp_path: Path) -> Iterator[LocalData]:
    made = make_store(tmp_path, customers=30)
    yield made
    made.store.close()


def service(store: Store, role: str = "coordinator") -> ImportService:
    ctx = context(role, user_id=ADMIN, login="admin")
    return ImportService(store, CustomerService(store, ctx), ctx.policy)


def count(store: Store, table: str, where: str = "1") -> int:
    with store.connection() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table} WHERE {where}")).scalar_one())


def names(store: Store) -> set[str]:
    with store.connection() as conn:
        return {str(r[0]) for r in conn.execute(select(Customer.name))}  # type: ignore[call-overload]


def test_who_may_import() -> None:
    allowed = {name for name, role in PRESETS.items() if can_import(evaluate([role]))}
    assert allowed == {"supervisor", "coordinator", "principal", "administrator", "director"}


def test_duplicates_are_found_among_stored_customers(data: LocalData) -> None:
    ctx = context("coordinator", user_id=ADMIN, login="admin")
    customers = CustomerService(data.store, ctx)
    first = customers.create(
        {"name": "Alfa", "nip": "526-025-02-74", "mobile": "+48 601 222 333"}, assignment_id=None
    ).customer_id
    czech = customers.create(
        {"name": "Beta", "ico": "27074358", "landline": "00420 212 345 678", "country": "CZ"},
        assignment_id=None,
    ).customer_id
    index = StoreDuplicateIndex(data.store)
    keys = {
        IdentityKey(IdentityKind.NIP, "5260250274"),
        IdentityKey(IdentityKind.PHONE, "601222333"),  # national form of +48 601 222 333
        IdentityKey(IdentityKind.ICO, "27074358"),
        IdentityKey(IdentityKind.PHONE, "212345678"),
        IdentityKey(IdentityKind.REGON, "123456785"),  # nobody has it
        IdentityKey(IdentityKind.PHONE, "601222"),  # a prefix of a stored phone is no match
        IdentityKey(IdentityKind.ROW_KEY, "0" * 32),
    }
    found = index.lookup(keys)
    assert found[IdentityKey(IdentityKind.PHONE, "601222333")] == first
    assert found[IdentityKey(IdentityKind.ICO, "27074358")] == czech
    assert found[IdentityKey(IdentityKind.PHONE, "212345678")] == czech
    # the seed data already has customers with this NIP: any of them is a duplicate
    assert IdentityKey(IdentityKind.NIP, "5260250274") in found
    assert IdentityKey(IdentityKind.REGON, "123456785") not in found
    assert IdentityKey(IdentityKind.PHONE, "601222") not in found
    assert IdentityKey(IdentityKind.ROW_KEY, "0" * 32) not in found
    with data.store.connection(write=True) as conn:
        conn.execute(text("UPDATE customers SET deleted = 1 WHERE id = :i"), {"i": czech})
    assert IdentityKey(IdentityKind.ICO, "27074358") not in index.lookup(keys)


def test_a_batch_commits_rows_owner_history_outbox_and_row_keys_together(
    data: LocalData, tmp_path: Path
) -> None:
    sample = sample_file(tmp_path, "pl", "xlsx", 200)
    svc = service(data.store)
    source = svc.open(sample.path)
    mapping = svc.suggest(source, None).suggestion.mapping
    before = count(data.store, "customers")

    preview = svc.preview(source, mapping, None)
    assert (preview.total, preview.valid, preview.invalid) == (200, 190, 10)
    assert preview.issues == {
        "required": 3,
        "invalid_email": 3,
        "invalid_postal_code": 2,
        "invalid_phone": 2,
    }
    assert count(data.store, "customers") == before  # the preview saves nothing

    saved: list[int] = []
    report = svc.run(
        source, mapping, None, batch_size=64, on_saved=lambda r: saved.append(len(r.customer_ids))
    )
    assert report.status is ImportStatus.COMPLETED
    assert saved == [64, 64, 62]
    assert count(data.store, "customers") == before + 190
    assert names(data.store) >= {str(g["name"]) for g in sample.good}
    assert count(data.store, "outbox", "op = 'create' AND state = 'pending'") == 190
    assert count(data.store, "owner_history", f"owner_id = '{ADMIN}'") >= 190
    with data.store.connection() as conn:
        outbox = conn.execute(select(OutboxEntry.__table__.c.fields).limit(1)).scalar_one()
    assert outbox["nip"]["value"] == sample.good[0]["nip"]
    # rows with identifiers need no row key: NIP, REGON and phones find them again
    assert len(StoreValues(data.store, IMPORT_ROW_KEY_SPACE)) == 0


def test_rows_without_identifiers_are_found_again_by_their_row_key(
    data: LocalData, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "plain.csv",
        ["Nazwa", "Kod pocztowy", "Miejscowość"],
        [[f"Sklep {i}", "00-950", "Warszawa"] for i in range(30)],
    )
    svc = service(data.store)
    source = svc.open(path)
    mapping = svc.suggest(source, None).suggestion.mapping
    before = count(data.store, "customers")
    assert svc.run(source, mapping, None, default_country="PL").saved == 30
    assert len(StoreValues(data.store, IMPORT_ROW_KEY_SPACE)) == 30

    again = svc.run(source, mapping, None, default_country="PL")
    assert (again.saved, again.counts.duplicates_existing) == (0, 30)
    assert {b.issues[0].code for b in again.bad_rows} == {DataIoCode.DUPLICATE_EXISTING}
    assert count(data.store, "customers") == before + 30


def test_a_failure_inside_a_batch_rolls_the_whole_batch_back(
    data: LocalData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = sample_file(tmp_path, "cs", "csv", 200)
    svc = service(data.store)
    source = svc.open(sample.path)
    mapping = svc.suggest(source, None).suggestion.mapping
    before = count(data.store, "customers")
    calls = []
    real = imports.put_values

    def failing(conn: object, space: str, values: object) -> None:
        calls.append(space)
        real(conn, space, values)  # type: ignore[arg-type]
        if len(calls) == 3:  # the rows of batch 3 are written, not yet committed
            raise OSError("disk full")

    monkeypatch.setattr(imports, "put_values", failing)
    report = svc.run(source, mapping, None, batch_size=40)
    assert report.status is ImportStatus.FAILED
    assert (report.failed_batch, report.batches_saved, report.saved) == (3, 2, 80)
    assert count(data.store, "customers") == before + 80
    assert count(data.store, "outbox") == 80
    assert count(data.store, "owner_history", f"owner_id = '{ADMIN}'") >= 80

    monkeypatch.setattr(imports, "put_values", real)
    rerun = svc.run(source, mapping, None, batch_size=40)
    assert rerun.status is ImportStatus.COMPLETED
    assert (rerun.saved, rerun.counts.duplicates_existing) == (len(sample.good) - 80, 80)
    assert count(data.store, "customers") == before + len(sample.good)


_KILLED_IMPORT = """
import os, signal, sys
from pathlib import Path
from crm_desktop.services import imports
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.imports import ImportService
from crm_desktop.store import open_store
from tests.desktop.app.local_data import ADMIN, context

store = open_store(Path(sys.argv[1]), bytes.fromhex(os.environ["CRM_TEST_KEY"]))
ctx = context("coordinator", user_id=ADMIN, login="admin")
real, calls = imports.put_values, []

def dying(conn, space, values):
    calls.append(space)
    real(conn, space, values)
    if len(calls) == 3:  # batch 3 is written inside its transaction: die before the commit
        os.kill(os.getpid(), signal.SIGKILL)

imports.put_values = dying
svc = ImportService(store, CustomerService(store, ctx), ctx.policy)
source = svc.open(Path(sys.argv[2]))
svc.run(source, svc.suggest(source, None).suggestion.mapping, None, batch_size=40)
"""


def test_a_process_killed_mid_batch_leaves_whole_batches_only(tmp_path: Path) -> None:
    key = os.urandom(32)
    db = tmp_path / "crm.db"
    open_store(db, key).close()  # created and migrated; the child imports into it
    sample = sample_file(tmp_path, "pl", "xlsx", 200)
    env = dict(os.environ, PYTHONPATH=str(REPO), CRM_TEST_KEY=key.hex())
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_IMPORT, str(db), str(sample.path)],
        env=env,
        cwd=REPO,
        capture_output=True,
        timeout=120,
    )
    assert child.returncode == -9, child.stderr.decode()[-2000:]

    store = open_store(db, key)  # the crash is recovered: the WAL's open transaction is gone
    try:
        assert store.integrity_problems() == []
        assert count(store, "customers") == 80
        assert count(store, "outbox") == 80
        assert count(store, "owner_history") == 80
        assert names(store) == {str(g["name"]) for g in sample.good[:80]}
        ctx = context("coordinator", user_id=ADMIN, login="admin")
        svc = ImportService(store, CustomerService(store, ctx), ctx.policy)
        source = svc.open(sample.path)
        rerun = svc.run(source, svc.suggest(source, None).suggestion.mapping, None)
        assert (rerun.saved, rerun.counts.duplicates_existing) == (len(sample.good) - 80, 80)
        assert count(store, "customers") == len(sample.good)
    finally:
        store.close()


def test_operator_cannot_import_and_mapping_skips_fields_the_role_cannot_write(
    data: LocalData, tmp_path: Path
) -> None:
    assert not service(data.store, "operator").allowed
    path = write_csv(tmp_path / "x.csv", ["Nazwa", "Cena zakupu", "Marża"], [["A", "1", "2"]])
    supervisor = service(data.store, "supervisor")  # commercial fields are read-only to it
    source = supervisor.open(path)
    filtered = supervisor.suggest(source, None)
    assert filtered.suggestion.mapping == {0: "name"}
    assert filtered.refused == {1: "purchase_price", 2: "margin"}
    assert filtered.suggestion.unmatched == (1, 2)
