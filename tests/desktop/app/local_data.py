"""A small local store with users, two assignments, customers, flags and comments."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from crm_desktop.models import (
    Assignment,
    AssignmentMember,
    CustomAttributeBinding,
    CustomAttributeDefRow,
    Customer,
    CustomerCustomValue,
    OwnerHistory,
    User,
    VerificationComment,
    VerificationFlag,
    utc_now,
)
from crm_desktop.services.context import UserContext
from crm_desktop.store import Store, open_store
from crm_protocol.policy import evaluate
from crm_protocol.roles import presets

MEAT = "a-meat"
STEEL = "a-steel"
OPERATOR = "u-op"
ADMIN = "u-admin"
REJECTED_ID = "c-rejected"


@dataclass(frozen=True)
class LocalData:
    store: Store
    customer_ids: list[str]


def context(role: str, user_id: str = OPERATOR, login: str = "operator") -> UserContext:
    """A signed-in user holding one preset role."""
    return UserContext(user_id=user_id, login=login, policy=evaluate(presets([role])), team_id="t1")


def make_store(tmp_path: Path, customers: int = 30) -> LocalData:
    """An open store with demo-like data (the operator owns every third customer)."""
    store = open_store(tmp_path / "crm.db", os.urandom(32))
    ids: list[str] = []
    now = utc_now()
    with store.session(write=True) as s:
        s.add(User(id=OPERATOR, login="operator", display_name="Olga Operator", team_id="t1"))
        s.add(User(id=ADMIN, login="admin", display_name="Adam Admin", team_id="t1"))
        s.add(User(id="u-ver", login="verifier", display_name="Vera Verifier", team_id="t1"))
        s.add(
            Assignment(
                id=MEAT,
                name="Meat companies, Mazowieckie",
                instructions="Call the purchasing department.",
                territory="mazowieckie",
                target_per_day=40,
            )
        )
        s.add(Assignment(id=STEEL, name="Steel, Śląskie", territory="śląskie"))
        s.add(AssignmentMember(assignment_id=MEAT, user_id=OPERATOR, role="operator"))
        s.add(
            CustomAttributeDefRow(
                id="d-herd", key="herd_size", label="Herd size", type="number", group="custom"
            )
        )
        s.add(CustomAttributeBinding(def_id="d-herd", assignment_id=MEAT))
        s.flush()
        for i in range(customers):
            cid = REJECTED_ID if i == 1 else f"c-{i:04d}"
            mine = i % 3 == 1
            s.add(
                Customer(
                    id=cid,
                    name=f"Firma {chr(65 + i % 26)}{i:03d}",
                    nip="5260250274" if i % 2 else None,
                    city="Warszawa" if i % 2 else "Kraków",
                    region="mazowieckie" if i % 2 else "małopolskie",
                    landline=f"+48 22 100 {i:02d} 00",
                    purchase_price="1000.00",
                    margin="12.5",
                    assignment_id=MEAT if i % 2 else STEEL,
                    owner_id=OPERATOR if mine else ADMIN,
                    created_by=OPERATOR if mine else ADMIN,
                    created_at=now,
                    updated_at=now,
                    verification_state="rejected" if i == 1 else "unverified",
                )
            )
            ids.append(cid)
        s.flush()
        s.add(CustomerCustomValue(customer_id=REJECTED_ID, def_id="d-herd", value="120"))
        s.add(
            VerificationFlag(
                customer_id=REJECTED_ID,
                field="landline",
                reason_code="unreachable",
                comment="Nobody answers.",
                verifier_id="u-ver",
            )
        )
        s.add(
            VerificationComment(
                customer_id=REJECTED_ID, author_id="u-ver", body="The number does not work."
            )
        )
        s.add(
            OwnerHistory(
                customer_id=REJECTED_ID,
                owner_id=ADMIN,
                valid_from="2026-01-01T00:00:00Z",
                valid_to="2026-02-01T00:00:00Z",
                changed_by=ADMIN,
            )
        )
        s.add(
            OwnerHistory(
                customer_id=REJECTED_ID,
                owner_id=OPERATOR,
                valid_from="2026-02-01T00:00:00Z",
                changed_by=ADMIN,
            )
        )
    return LocalData(store, ids)
