"""Locale-aware sort keys: the order people expect, kept by every write, used by the list."""

from __future__ import annotations

import random

from sqlalchemy import text
from sqlalchemy.dialects.sqlite import insert

from crm_desktop.models import Customer
from crm_desktop.store import Store, sort_key

EXPECTED = [
    "Abel",
    "Ábel",  # an accent sorts right after the bare letter, not after "Z"
    "Abelard",
    "brno",  # case does not split the alphabet; lower case first, as in the root collation
    "Brno",
    "Čáslav",  # Č beside C (root collation: no Czech "ch"/"č" tailoring)
    "Cheb",
    "Lodz",
    "Łódź",  # ł has no decomposition: folded to l explicitly
    "Lublin",
    "Ústí nad Labem",
    "Zlín",
    "Žory",
    "Москва",  # Cyrillic after Latin
    "Радом",
]


def test_keys_order_names_as_people_expect() -> None:
    shuffled = EXPECTED[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=lambda v: sort_key(v) or "") == EXPECTED


def test_code_point_order_is_what_the_keys_fix() -> None:
    # the bug the keys exist for: plain text comparison puts accented capitals after "Z"
    assert sorted(["Zlín", "Čáslav"]) == ["Zlín", "Čáslav"]
    assert sorted(["Zlín", "Čáslav"], key=lambda v: sort_key(v) or "") == ["Čáslav", "Zlín"]


def test_keys_are_total_and_stable() -> None:
    assert sort_key(None) is None
    assert sort_key("abc") != sort_key("ABC")  # ties broken by the text itself
    assert sort_key("a\x00b") == sort_key("ab")  # control characters never reach a key
    assert sort_key("Strasse") != sort_key("Straße")


def test_every_write_transaction_keeps_the_keys(store: Store) -> None:
    with store.session(write=True) as s:
        for i, name in enumerate(EXPECTED):
            s.add(Customer(id=f"c{i}", name=name, city=name, region=name))
    with store.connection() as conn:
        rows = conn.execute(
            text("SELECT name FROM customers WHERE deleted = 0 ORDER BY name_key, rowid")
        ).all()
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT rowid FROM customers WHERE deleted = 0"
            " ORDER BY name_key, rowid"
        ).all()
    assert [r[0] for r in rows] == sorted(EXPECTED, key=lambda v: sort_key(v) or "")
    assert "ix_customers_live_name_key" in " ".join(str(p) for p in plan)
    assert "TEMP B-TREE" not in " ".join(str(p) for p in plan)  # no sort: the index is the order

    with store.session(write=True) as s:  # an update re-keys name, city and region
        row = s.get(Customer, "c0")
        assert row is not None
        row.name, row.city, row.region = "Żabka", "Zzz", "Ärzte"
    with store.connection() as conn:
        keys = conn.execute(
            text("SELECT name_key, city_key, region_key FROM customers WHERE id = 'c0'")
        ).one()
    assert tuple(keys) == (sort_key("Żabka"), sort_key("Zzz"), sort_key("Ärzte"))


def test_an_upsert_that_changes_a_searched_column_and_the_region_is_noted_once(
    store: Store,
) -> None:
    # SQLite runs trigger statements under the firing statement's conflict rule: inside an
    # upsert, two triggers noting the same row for re-indexing failed with a UNIQUE error.
    with store.session(write=True) as s:
        s.add(Customer(id="c1", name="Adam", city="Brno", region="Jihomoravský"))
    table = Customer.__table__  # type: ignore[attr-defined]
    stmt = insert(table)
    upsert = stmt.on_conflict_do_update(
        index_elements=["id"], set_={c: getattr(stmt.excluded, c) for c in ("name", "region")}
    )
    with store.connection(write=True) as conn:
        conn.execute(upsert, [{"id": "c1", "name": "Čeněk", "region": "Zlínský"}])
    with store.connection() as conn:
        keys = conn.execute(
            text("SELECT name_key, region_key FROM customers WHERE id = 'c1'")
        ).one()
        found = conn.exec_driver_sql(
            "SELECT count(*) FROM customer_search WHERE customer_search MATCH 'Ceněk'"
        ).scalar()
    assert tuple(keys) == (sort_key("Čeněk"), sort_key("Zlínský"))
    assert found == 1
