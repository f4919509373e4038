"""RegistryService on a real SQLCipher store against a local ARES-shaped server: what a result
fills, the cache and offline queue kept encrypted in the store, and the queue applying results
through CustomerService (outbox included) once the registry answers again."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from crm_desktop.services.customer_queries import CustomerQueries
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.dataio import AresCompany, DataIoCode
from crm_desktop.services.local_values import ARES_CACHE_SPACE, ARES_QUEUE_SPACE, StoreValues
from crm_desktop.services.registry import (
    LEGAL_FORM_FIELD,
    RegistryService,
    RegistrySettings,
    plan_fill,
)
from crm_desktop.store import Store, open_store
from crm_protocol.custom_attributes import CustomAttributeDef
from crm_protocol.fields import FieldGroup, FieldType
from tests.desktop.app.local_data import LocalData, context, make_store
from tests.desktop.dataio.conftest import FakeAres, Reply, ares_body
from tests.desktop.store.scanning import db_files, find_canary

ICO = "27074358"
OTHER = "25596641"
CANARY = "Kanárek Zvláštní 7f3a s.r.o."


@pytest.fixture
def data(tmp_path: Path) -> Iterator[LocalData]:
    made = make_store(tmp_path, customers=6)
    yield made
    made.store.close()


@pytest.fixture
def fake_ares() -> Iterator[FakeAres]:
    server = FakeAres()
    yield server
    server.stop()


def registry(store: Store, url: str, role: str = "coordinator") -> RegistryService:
    ctx = context(role, user_id="u-admin", login="admin")
    customers = CustomerService(store, ctx)
    queries = CustomerQueries(store, ctx)
    return RegistryService.on_store(
        store, customers, queries, ctx.policy, base_url=url, timeout=(1.0, 0.5)
    )


def values_of(store: Store, customer_id: str) -> dict[str, object]:
    with store.connection() as conn:
        row = conn.execute(text("SELECT * FROM customers WHERE id = :i"), {"i": customer_id})
        return dict(row.mappings().one())


def test_plan_fills_empty_fields_and_asks_about_different_ones() -> None:
    company = AresCompany(
        ico=ICO,
        name="Asseco Central Europe, a.s.",
        street="Budějovická",
        building_number="778/3a",
        postal_code="140 00",
        city="Praha",
        legal_form="121",
        dic="CZ27074358",
    )
    legal = CustomAttributeDef(
        "d-lf", "legal_form", "Právní forma", FieldType.TEXT, FieldGroup.CUSTOM
    )
    current = {
        "name": "Asseco CE",  # different: the user decides
        "ico": "270 74 358",  # the same number, written differently
        "postal_code": "14000",  # the same postal code, written differently
        "city": None,
        "dic": "",
    }
    writable = {"name", "ico", "dic", "street", "postal_code", "city", "country", LEGAL_FORM_FIELD}
    plan = plan_fill(company, current, writable, [legal])
    assert [f.field for f in plan.fills] == ["dic", "street", "city", "country", LEGAL_FORM_FIELD]
    assert [(f.field, f.old, f.new) for f in plan.conflicts] == [
        ("name", "Asseco CE", "Asseco Central Europe, a.s.")
    ]
    assert plan.values()[LEGAL_FORM_FIELD] == "Akciová společnost"
    assert "name" not in plan.values()
    assert plan.values(replace=True)["name"] == "Asseco Central Europe, a.s."
    # building_number is not writable here: never planned
    assert "building_number" not in plan.values(replace=True)


def test_cache_and_queue_live_encrypted_in_the_store(tmp_path: Path, fake_ares: FakeAres) -> None:
    key = os.urandom(32)
    path = tmp_path / "crm.db"
    store = open_store(path, key)
    fake_ares.script[ICO] = [Reply(200, ares_body(ICO, obchodniJmeno=CANARY))]
    service = registry(store, fake_ares.url)
    assert service.lookup(ICO).company is not None
    service.enqueue(OTHER, "c-waiting")
    service.close()
    store.close()
    assert find_canary(db_files(path), CANARY) == []
    assert find_canary(db_files(path), "c-waiting") == []
    assert not list(tmp_path.glob("*.json"))  # no plain file beside the store

    store = open_store(path, key)  # the app starts again
    try:
        service = registry(store, fake_ares.url)
        assert service.lookup(ICO).company.name == CANARY  # type: ignore[union-attr]
        assert fake_ares.count(ICO) == 1  # answered from the cache
        assert [p.ico for p in service.queue.pending()] == [OTHER]
        assert [k for k, _ in StoreValues(store, ARES_CACHE_SPACE).items()] == [ICO]
        assert len(StoreValues(store, ARES_QUEUE_SPACE)) == 1
        service.close()
    finally:
        store.close()


def test_offline_lookups_are_queued_and_applied_when_the_registry_answers(
    data: LocalData,
) -> None:
    server = FakeAres()
    port, url = server.port, server.url
    server.stop()  # offline
    ctx = context("coordinator", user_id="u-admin", login="admin")
    customers = CustomerService(data.store, ctx)
    empty = customers.create({"name": "Firma bez adresy", "ico": ICO}, assignment_id=None)
    named = customers.create(
        {"name": "Vlastní název", "ico": OTHER, "city": "Brno", "country": "CZ"},
        assignment_id=None,
    )
    moved = customers.create({"name": "Jiné IČO", "ico": "27082440"}, assignment_id=None)
    service = registry(data.store, url)
    for record in (empty, named, moved):
        ico = str(values_of(data.store, record.customer_id)["ico"])
        outcome = service.lookup(ico, record.customer_id)
        assert (outcome.code, outcome.queued) == (DataIoCode.REGISTRY_UNREACHABLE, True)
    assert service.pending == 3
    # meanwhile the third record gets another IČO: its queued result no longer applies
    customers.update(moved.customer_id, {"ico": "26185610"})
    with data.store.connection() as conn:
        outbox_before = conn.execute(text("SELECT count(*) FROM outbox")).scalar_one()

    offline = service.drain()
    assert (offline.result.done, offline.result.remaining) == (0, 3)
    assert offline.result.stopped_by == DataIoCode.REGISTRY_UNREACHABLE

    back = FakeAres(port)
    try:
        back.script[ICO] = [Reply(200, ares_body(ICO))]
        back.script[OTHER] = [Reply(200, ares_body(OTHER, obchodniJmeno="Registrovaný název"))]
        back.script["27082440"] = [Reply(200, ares_body("27082440"))]
        report = service.drain()
    finally:
        back.stop()
        service.close()
    assert (report.result.done, report.result.remaining) == (3, 0)
    by_id = {d.customer_id: d for d in report.lookups}
    first = values_of(data.store, empty.customer_id)
    assert (first["name"], first["street"], first["postal_code"]) == (
        "Firma bez adresy",  # not empty: kept
        "Budějovická",
        "140 00",
    )
    assert first["dic"] == "CZ27074358"
    assert set(by_id[empty.customer_id].filled) >= {"street", "city", "postal_code", "dic"}
    second = values_of(data.store, named.customer_id)
    assert (second["name"], second["city"]) == ("Vlastní název", "Brno")  # never overwritten
    assert second["street"] == "Budějovická"
    assert by_id[moved.customer_id].code == "not_found"
    assert values_of(data.store, moved.customer_id)["street"] is None
    assert empty.customer_id in report.changes.customers
    with data.store.connection() as conn:
        outbox_after = conn.execute(text("SELECT count(*) FROM outbox")).scalar_one()
    assert outbox_after == outbox_before + 2  # one update per filled record, to the server


def test_settings_default_to_the_public_registry(tmp_path: Path) -> None:
    assert RegistrySettings.load(tmp_path / "missing.json").ares_url == "https://ares.gov.cz"
    path = tmp_path / "registry.json"
    path.write_text('{"ares_url": "http://127.0.0.1:9"}', encoding="utf-8")
    assert RegistrySettings.load(path).ares_url == "http://127.0.0.1:9"
    path.write_text(
        '{"ares_url": "https://ares.gov.cz/ekonomicke-subjekty-v-be/rest/"}', encoding="utf-8"
    )
    assert RegistrySettings.load(path).ares_url == "https://ares.gov.cz"  # the API's own base
    path.write_text("{broken", encoding="utf-8")
    assert RegistrySettings.load(path).ares_url == "https://ares.gov.cz"
