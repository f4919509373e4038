"""Read-side queries: columns per policy, ordering and search in SQL, home page figures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.services.customer_queries import (
    OWNER_COLUMN,
    STATUS_COLUMN,
    CustomerFilter,
    CustomerQueries,
)
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.history import HistoryService
from crm_desktop.store import sort_key
from tests.desktop.app.local_data import (
    ADMIN,
    MEAT,
    OPERATOR,
    REJECTED_ID,
    LocalData,
    context,
    make_store,
)


@pytest.fixture
def data(tmp_path: Path) -> Iterator[LocalData]:
    made = make_store(tmp_path)
    yield made
    made.store.close()


def test_operator_has_no_commercial_columns_and_admin_has_them(data: LocalData) -> None:
    operator = CustomerQueries(data.store, context("operator"))
    admin = CustomerQueries(data.store, context("administrator"))
    assert "purchase_price" not in operator.columns
    assert "margin" not in operator.columns
    assert {"purchase_price", "margin"} <= set(admin.columns)
    assert operator.columns[-1] == OWNER_COLUMN
    assert not operator.sortable("margin")
    rows = operator.rows(operator.ordered_keys(CustomerFilter())[:5])
    assert all("margin" not in r.values for r in rows.values())


def test_sorting_and_filters_happen_in_sql(data: LocalData) -> None:
    q = CustomerQueries(data.store, context("administrator"))
    keys = q.ordered_keys(CustomerFilter(sort="name"))
    names = [q.rows([k])[k].values["name"] for k in keys]
    assert names == sorted(names, key=lambda v: sort_key(v) or "")
    assert len(names) == 30
    desc = q.ordered_keys(CustomerFilter(sort="name", descending=True))
    assert list(desc) == list(reversed(keys))
    meat = q.ordered_keys(CustomerFilter(assignment_id=MEAT))
    assert len(meat) == 15
    rejected = q.ordered_keys(CustomerFilter(verification_state="rejected"))
    assert [q.rows(rejected)[k].id for k in rejected] == [REJECTED_ID]
    region = q.ordered_keys(CustomerFilter(region="małopolskie"))
    assert len(region) == 15


def test_search_uses_the_full_text_index(data: LocalData) -> None:
    q = CustomerQueries(data.store, context("administrator"))
    keys = q.ordered_keys(CustomerFilter(text="firma b001"))
    assert [q.rows(keys)[k].id for k in keys] == [REJECTED_ID]
    assert len(q.ordered_keys(CustomerFilter(text="krak"))) == 15
    assert list(q.ordered_keys(CustomerFilter(text="***"))) == []


def test_flagged_rows_carry_their_flagged_fields(data: LocalData) -> None:
    q = CustomerQueries(data.store, context("operator"))
    key = q.key_of(REJECTED_ID)
    assert key is not None
    row = q.rows([key])[key]
    assert row.flagged
    assert row.flagged_fields == ("landline",)
    assert row.values[STATUS_COLUMN] == "rejected"
    assert row.owner_name == "Olga Operator"


def test_my_work_counts_today_and_lists_rejected_rows_first(data: LocalData) -> None:
    ctx = context("operator")
    q = CustomerQueries(data.store, ctx)
    work = q.my_work()
    assert work.assignment is not None
    assert work.assignment.id == MEAT
    assert work.assignment.target_per_day == 40
    before = work.entered_today
    CustomerService(data.store, ctx).create({"name": "Nowa Firma"}, assignment_id=MEAT)
    assert q.my_work().entered_today == before + 1
    assert [r.id for r in work.rejected] == [REJECTED_ID]


def test_record_and_history(data: LocalData) -> None:
    ctx = context("operator")
    q = CustomerQueries(data.store, ctx)
    service = CustomerService(data.store, ctx)
    record = q.record(REJECTED_ID, service.custom_definitions(MEAT))
    assert record is not None
    assert record.values["custom.herd_size"] == "120"
    assert "margin" not in record.values
    assert [f.field for f in record.flags] == ["landline"]
    assert q.can_edit(record)
    service.update(REJECTED_ID, {"landline": "+48 22 111 22 33"})
    history = HistoryService(data.store)
    changes = history.changes(REJECTED_ID)
    assert changes[0].kind == "update"
    assert changes[0].fields == ("landline",)
    assert [o.owner for o in history.owners(REJECTED_ID)] == ["Olga Operator", "Adam Admin"]
    assert history.discussion(REJECTED_ID)[0].author == "Vera Verifier"


def test_text_columns_sort_in_locale_order_not_code_points(data: LocalData) -> None:
    service = CustomerService(data.store, context("administrator"))
    cities = ["Zlín", "Čáslav", "brno", "Łódź", "Lublin", "Cheb"]
    for city in cities:
        service.create({"name": f"Město {city}", "city": city}, assignment_id=MEAT)
    q = CustomerQueries(data.store, context("administrator"))
    keys = q.ordered_keys(CustomerFilter(sort="city"))
    listed = [q.rows([k])[k].values["city"] for k in keys]
    mine = [c for c in listed if c in cities]
    assert mine == ["brno", "Čáslav", "Cheb", "Łódź", "Lublin", "Zlín"]
    names = [q.rows([k])[k].values["name"] for k in q.ordered_keys(CustomerFilter(sort="name"))]
    assert names.index("Město Čáslav") < names.index("Město Zlín")


def test_filter_choices_come_from_index_probes_in_locale_order(data: LocalData) -> None:
    service = CustomerService(data.store, context("administrator"))
    for region in ("zlínský", "Łódzkie", "čeští"):
        service.create({"name": f"Firma {region}", "region": region}, assignment_id=MEAT)
    q = CustomerQueries(data.store, context("administrator"))
    regions = q.region_choices()
    assert regions == sorted(set(regions), key=lambda v: sort_key(v) or "")
    assert {"zlínský", "Łódzkie", "čeští", "mazowieckie", "małopolskie"} == set(regions)
    assert regions.index("čeští") < regions.index("Łódzkie") < regions.index("zlínský")
    owners = {c.value: c.label for c in q.owner_choices()}
    assert owners == {OPERATOR: "Olga Operator", ADMIN: "Adam Admin"}  # owners only, by name
    with data.store.connection() as conn:
        plan = " ".join(
            str(r)
            for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT rowid FROM customers WHERE owner_id = 'x'"
                " AND deleted = 0 AND verification_state = 'rejected'"
                " ORDER BY updated_at DESC LIMIT 500"
            )
        )
    assert "ix_customers_owner_state_time" in plan
    assert "TEMP B-TREE" not in plan
    with data.store.connection() as conn:
        today = " ".join(
            str(r)
            for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT count(*) FROM customers WHERE created_by = 'x'"
                " AND created_at >= '2026-11-22' AND deleted = 0"
            )
        )
    assert "ix_customers_creator_time" in today  # not a walk over every row
