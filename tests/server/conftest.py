"""Server test fixtures: a database per test module (SQLite file, or a fresh PostgreSQL schema),
the app over it, and a seeded world whose every field holds a canary value."""

from __future__ import annotations

import uuid
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session

from crm_protocol import PROTOCOL_VERSION
from crm_protocol.fields import STANDARD_FIELDS, FieldGroup
from crm_protocol.roles import PRESETS
from crm_server.app import create_app
from crm_server.cli import init_database
from crm_server.config import Settings
from crm_server.db import make_engine
from crm_server.models import (
    Assignment,
    AssignmentMember,
    AttributeBinding,
    CustomAttribute,
    Customer,
    CustomerComment,
    CustomValue,
    Division,
    Organisation,
    OwnerHistory,
    Task,
    Team,
    User,
    VerificationFlag,
)
from crm_server.services.passwords import PasswordHasher
from crm_server.services.roles import set_user_roles

with warnings.catch_warnings():
    # fastapi.testclient warns at import that starlette prefers httpx2; httpx is what we ship.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PG_BASE_URL = "postgresql+psycopg://root@127.0.0.1:5432/test"
HEADERS = {"X-CRM-Protocol": str(PROTOCOL_VERSION)}


def test_settings(url: str, **overrides: Any) -> Settings:
    """Production settings with cheap Argon2 (through settings, not by patching the library)."""
    from dataclasses import replace

    return replace(Settings(database_url=url).with_cheap_hashing(), **overrides)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def db_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A fresh, empty database for one test module."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'server.db'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(PG_BASE_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{PG_BASE_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="module")
def engine(db_url: str) -> Iterator[Engine]:
    """The migrated database."""
    eng = make_engine(db_url)
    init_database(eng)
    yield eng
    eng.dispose()


@pytest.fixture(scope="module")
def settings(db_url: str) -> Settings:
    """Settings for the module's database."""
    return test_settings(db_url)


@pytest.fixture(scope="module")
def client(settings: Settings, engine: Engine, world: World) -> Iterator[TestClient]:
    """An HTTP client over the app (requests carry the protocol header)."""
    app = create_app(settings, engine)
    with TestClient(app, headers=HEADERS) as c:
        yield c


def password_of(login: str) -> str:
    """Every fixture user's password."""
    return f"pw-{login}-secret"


def login(client: TestClient, user: str, device_id: str | None = None) -> dict[str, Any]:
    """Log in and return the session JSON (fails the test on refusal)."""
    r = client.post(
        "/api/v1/auth/login",
        json={
            "login": user,
            "password": password_of(user),
            "device_id": device_id or f"device-{uuid.uuid4().hex[:8]}",
        },
    )
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def auth(client: TestClient, user: str) -> dict[str, str]:
    """Authorization header of a fresh session."""
    return {"Authorization": f"Bearer {login(client, user)['access_token']}"}


@dataclass
class World:
    """Ids of the seeded fixture data, and the canary of every (field, customer)."""

    users: dict[str, str] = field(default_factory=dict)  # login -> id
    teams: dict[str, str] = field(default_factory=dict)
    assignments: dict[str, str] = field(default_factory=dict)
    customers: dict[str, str] = field(default_factory=dict)  # label -> id
    customer_meta: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (asg, owner)
    canaries: dict[str, list[str]] = field(default_factory=dict)  # field name -> values
    custom_fields: dict[str, FieldGroup] = field(default_factory=dict)  # custom.<key> -> group
    task_id: str = ""

    def canaries_of_group(self, group: FieldGroup) -> list[str]:
        """Every canary value of the fields in ``group`` (verification texts included)."""
        names = [f.name for f in STANDARD_FIELDS if f.group is group]
        names += [n for n, g in self.custom_fields.items() if g is group]
        if group is FieldGroup.VERIFICATION:
            names += ["flag_comment", "comment_body"]
        return [c for n in names for c in self.canaries.get(n, [])]

    def names_of_group(self, group: FieldGroup) -> list[str]:
        """Field names in ``group``."""
        names = [f.name for f in STANDARD_FIELDS if f.group is group]
        return names + [n for n, g in self.custom_fields.items() if g is group]


TEAM_OF = {
    "operator": "warsaw",
    "supervisor": "warsaw",
    "verifier": "warsaw",
    "sales_representative": "warsaw",
    "service_technician": "warsaw",
    "operator2": "brno",
    "external_operator": "brno",
    "victim": "brno",
}

# label -> (assignment, owner login)
CUSTOMERS = {
    "canary": ("a1", "operator"),
    "verify_target": ("a1", "operator"),
    "a2_operator2": ("a2", "operator2"),
    "a2_external": ("a2", "external_operator"),
    "a1_sales": ("a1", "sales_representative"),
    "a2_technician": ("a2", "service_technician"),
    "a2_supervisor": ("a2", "supervisor"),
    "a3_victim": ("a3", "victim"),
}


def seed_world(engine: Engine, hasher: PasswordHasher) -> World:
    """Users (one per preset, login = role name), teams, assignments, canary customers."""
    w = World()
    with Session(engine) as s:
        org = Organisation(name="Test Org")
        s.add(org)
        s.flush()
        div = Division(organisation_id=org.id, name="B2B")
        s.add(div)
        s.flush()
        for t in ("warsaw", "brno"):
            team = Team(division_id=div.id, name=t)
            s.add(team)
            s.flush()
            w.teams[t] = team.id
        logins = [*PRESETS, "operator2", "victim", "nobody"]
        for lg in logins:
            team_id = w.teams.get(TEAM_OF.get(lg, ""), None)
            u = User(
                login=lg,
                display_name=lg,
                password_hash=hasher.hash(password_of(lg)),
                team_id=team_id,
            )
            s.add(u)
            s.flush()
            w.users[lg] = u.id
            role = {"operator2": "operator", "victim": "operator"}.get(lg, lg)
            set_user_roles(s, u.id, [role] if role in PRESETS else [])
        u = w.users
        a1 = Assignment(name="A1", principal_id=u["principal"], coordinator_id=u["coordinator"])
        a2 = Assignment(name="A2", coordinator_id=u["coordinator"])
        a3 = Assignment(name="A3")
        s.add_all([a1, a2, a3])
        s.flush()
        w.assignments = {"a1": a1.id, "a2": a2.id, "a3": a3.id}
        for asg, lg, role in (
            ("a1", "operator", "operator"),
            ("a1", "supervisor", "supervisor"),
            ("a1", "verifier", "verifier"),
            ("a2", "operator2", "operator"),
            ("a2", "external_operator", "operator"),
        ):
            s.add(AssignmentMember(assignment_id=w.assignments[asg], user_id=u[lg], role=role))
        attrs = {"deal_value": FieldGroup.COMMERCIAL, "note_extra": FieldGroup.CUSTOM}
        attr_ids = {}
        for key, group in attrs.items():
            ca = CustomAttribute(
                key=key,
                label=key,
                type="text",
                field_group=group.value,
                created_by=u["administrator"],
            )
            s.add(ca)
            s.flush()
            attr_ids[key] = ca.id
            w.custom_fields[f"custom.{key}"] = group
            for asg in w.assignments.values():
                s.add(AttributeBinding(attribute_id=ca.id, assignment_id=asg))
        s.flush()
        for label, (asg, owner) in CUSTOMERS.items():
            cid = str(uuid.uuid4())
            values = {}
            for f in STANDARD_FIELDS:
                canary = f"CNRY-{f.name}-{uuid.uuid4().hex[:10]}"
                values[f.name] = canary
                w.canaries.setdefault(f.name, []).append(canary)
            c = Customer(
                id=cid,
                assignment_id=w.assignments[asg],
                owner_id=u[owner],
                created_by=u[owner],
                **values,
            )
            s.add(c)
            s.flush()
            w.customers[label] = cid
            w.customer_meta[cid] = (asg, owner)
            s.add(OwnerHistory(customer_id=cid, owner_id=u[owner], changed_by=u[owner]))
            for key, attr_id in attr_ids.items():
                canary = f"CNRY-custom.{key}-{uuid.uuid4().hex[:10]}"
                w.canaries.setdefault(f"custom.{key}", []).append(canary)
                s.add(CustomValue(customer_id=cid, attribute_id=attr_id, value=canary))
            for what, _model in (("flag_comment", None), ("comment_body", None)):
                canary = f"CNRY-{what}-{uuid.uuid4().hex[:10]}"
                w.canaries.setdefault(what, []).append(canary)
                if what == "flag_comment":
                    s.add(
                        VerificationFlag(
                            customer_id=cid,
                            field="name",
                            reason="wrong_value",
                            comment=canary,
                            verifier_id=u["verifier"],
                        )
                    )
                else:
                    s.add(CustomerComment(customer_id=cid, author_id=u["verifier"], body=canary))
            c.verification_state = "rejected"
            s.add(c)
        task = Task(
            customer_id=w.customers["canary"],
            assignee_id=u["operator"],
            created_by=u["operator"],
            title="call back",
        )
        s.add(task)
        s.flush()
        w.task_id = task.id
        s.commit()
    return w


@pytest.fixture(scope="module")
def world(engine: Engine, settings: Settings) -> World:
    """The seeded fixture data of this module's database."""
    return seed_world(engine, PasswordHasher(settings))
