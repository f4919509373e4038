"""CustomerService: validation, policy and the outbox in one transaction, on a real store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import select

from crm_desktop.models import (
    Assignment,
    AssignmentMember,
    CustomAttributeBinding,
    CustomAttributeDefRow,
    Customer,
    CustomerCustomValue,
    OutboxEntry,
    OwnerHistory,
    User,
)
from crm_desktop.services.context import UserContext
from crm_desktop.services.customers import CustomerService
from crm_desktop.store import Store, open_store
from crm_protocol.errors import ErrorCode, KnownError, ValidationFailed
from crm_protocol.policy import evaluate
from crm_protocol.roles import presets

VALID_NIP = "5260250274"  # a valid Polish NIP (checksum computed by python-stdnum)
ASSIGNMENT = "a-meat"
OTHER_ASSIGNMENT = "a-steel"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "crm.db", os.urandom(32))
    with opened.session(write=True) as s:
        s.add(User(id="u-op", login="operator", display_name="Operator", team_id="t1"))
        s.add(User(id="u-sup", login="supervisor", display_name="Supervisor", team_id="t1"))
        s.add(Assignment(id=ASSIGNMENT, name="Meat companies, Mazowieckie"))
        s.add(Assignment(id=OTHER_ASSIGNMENT, name="Steel, Śląskie"))
        s.add(AssignmentMember(assignment_id=ASSIGNMENT, user_id="u-op", role="operator"))
        s.add(AssignmentMember(assignment_id=ASSIGNMENT, user_id="u-sup", role="supervisor"))
        s.add(
            CustomAttributeDefRow(
                id="d-heads", key="herd_size", label="Herd size", type="number", group="custom"
            )
        )
        s.add(CustomAttributeBinding(def_id="d-heads", assignment_id=ASSIGNMENT))
    yield opened
    opened.close()


def service(store: Store, *roles: str, user: str = "u-op") -> CustomerService:
    ctx = UserContext(user_id=user, login=user, policy=evaluate(presets(roles)), team_id="t1")
    return CustomerService(store, ctx)


def count(store: Store, model: type) -> int:
    with store.connection() as conn:
        return int(conn.execute(select(func.count()).select_from(model.__table__)).scalar_one())


def test_create_writes_row_owner_history_and_outbox_together(store: Store) -> None:
    result = service(store, "operator").create(
        {"name": "Zakłady Mięsne Sp. z o.o.", "nip": "526-025-02-74", "custom.herd_size": "120"},
        assignment_id=ASSIGNMENT,
    )

    assert result.changes.customers == {result.customer_id}
    assert result.changes.outbox
    with store.session() as s:
        row = s.get(Customer, result.customer_id)
        assert row is not None
        assert row.nip == VALID_NIP  # normalised before it was stored
        assert row.owner_id == "u-op"
        history = s.exec(select(OwnerHistory)).all()
        assert [h.owner_id for h in history] == ["u-op"]
        entry = s.exec(select(OutboxEntry)).one()
        assert entry.op == "create"
        assert entry.entity_id == result.customer_id
        assert entry.fields["nip"] == {"base": None, "value": VALID_NIP}
        assert entry.fields["custom.herd_size"] == {"base": None, "value": "120"}
        value = s.get(CustomerCustomValue, (result.customer_id, "d-heads"))
        assert value is not None
        assert value.value == "120"


def test_invalid_identifier_is_rejected_and_nothing_is_written(store: Store) -> None:
    with pytest.raises(ValidationFailed) as failed:
        service(store, "operator").create(
            {"name": "Firma", "nip": "1234567890", "postal_code": "00-95"},
            assignment_id=ASSIGNMENT,
        )

    codes = {(e.field, e.code) for e in failed.value.errors}
    assert ("nip", ErrorCode.INVALID_NIP) in codes
    assert ("postal_code", ErrorCode.INVALID_POSTAL_CODE) in codes
    assert count(store, Customer) == 0
    assert count(store, OutboxEntry) == 0


def test_operator_cannot_write_the_hidden_margin_field(store: Store) -> None:
    with pytest.raises(ValidationFailed) as failed:
        service(store, "operator").create(
            {"name": "Firma", "margin": "12.5"}, assignment_id=ASSIGNMENT
        )

    # a hidden field is refused exactly like a field that does not exist
    assert [(e.field, e.code) for e in failed.value.errors] == [("margin", ErrorCode.UNKNOWN_FIELD)]
    assert count(store, Customer) == 0


def test_verifier_may_not_create_customers(store: Store) -> None:
    with pytest.raises(KnownError) as refused:
        service(store, "verifier").create({"name": "Firma"}, assignment_id=ASSIGNMENT)
    assert refused.value.code == ErrorCode.FORBIDDEN


def test_operator_may_create_only_in_their_own_assignment(store: Store) -> None:
    with pytest.raises(KnownError) as refused:
        service(store, "operator").create({"name": "Firma"}, assignment_id=OTHER_ASSIGNMENT)
    assert refused.value.code == ErrorCode.FORBIDDEN
    assert count(store, Customer) == 0


def test_update_sends_only_changed_fields_with_their_base(store: Store) -> None:
    svc = service(store, "operator")
    created = svc.create({"name": "Firma", "city": "Radom"}, assignment_id=ASSIGNMENT)

    result = svc.update(created.customer_id, {"name": "Firma", "city": "Płock"})
    unchanged = svc.update(created.customer_id, {"city": "Płock"})

    assert result.changes.customers == {created.customer_id}
    assert not unchanged.changes
    with store.session() as s:
        entries = s.exec(select(OutboxEntry).order_by(OutboxEntry.client_seq)).all()  # type: ignore[arg-type]
    assert [e.op for e in entries] == ["create", "update"]
    assert entries[1].fields == {"city": {"base": "Radom", "value": "Płock"}}


def test_records_out_of_scope_are_not_found(store: Store) -> None:
    created = service(store, "supervisor", user="u-sup").create(
        {"name": "Firma"}, assignment_id=OTHER_ASSIGNMENT
    )
    # the operator is no member of that assignment and does not own the record
    with pytest.raises(KnownError) as refused:
        service(store, "operator").update(created.customer_id, {"city": "Radom"})
    assert refused.value.code == ErrorCode.NOT_FOUND


def test_closed_assignment_stops_operators_but_not_supervisors(store: Store) -> None:
    created = service(store, "operator").create({"name": "Firma"}, assignment_id=ASSIGNMENT)
    with store.session(write=True) as s:
        assignment = s.get(Assignment, ASSIGNMENT)
        assert assignment is not None
        assignment.status = "closed_for_operators"

    with pytest.raises(KnownError) as refused:
        service(store, "operator").update(created.customer_id, {"city": "Radom"})
    assert refused.value.code == ErrorCode.ASSIGNMENT_CLOSED
    service(store, "supervisor", user="u-sup").update(created.customer_id, {"city": "Radom"})

    with store.session(write=True) as s:
        assignment = s.get(Assignment, ASSIGNMENT)
        assert assignment is not None
        assignment.status = "closed"
    with pytest.raises(KnownError) as closed:
        service(store, "supervisor", user="u-sup").update(created.customer_id, {"city": "Ełk"})
    assert closed.value.code == ErrorCode.ASSIGNMENT_CLOSED


def test_custom_attribute_values_are_validated(store: Store) -> None:
    with pytest.raises(ValidationFailed) as failed:
        service(store, "operator").create(
            {"name": "Firma", "custom.herd_size": "many"}, assignment_id=ASSIGNMENT
        )
    assert [(e.field, e.code) for e in failed.value.errors] == [
        ("custom.herd_size", ErrorCode.INVALID_NUMBER)
    ]


def test_a_failure_while_queueing_leaves_no_half_saved_edit(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crm_desktop.sync import outbox

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("disk full")

    monkeypatch.setattr(outbox, "record", broken)
    with pytest.raises(RuntimeError):
        service(store, "operator").create({"name": "Firma"}, assignment_id=ASSIGNMENT)
    assert count(store, Customer) == 0
    assert count(store, OwnerHistory) == 0
