"""The demo organisation: one user per role preset, two assignments, 1,000 customers.

Demo databases only: every password is ``demo``. Identifiers are valid (check digits from
python-stdnum) and every generated row passes ``crm_protocol.validation``.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select
from stdnum.cz import dic as cz_dic
from stdnum.pl import nip as pl_nip
from stdnum.pl import regon as pl_regon

from crm_protocol.custom_attributes import CustomAttributeDef
from crm_protocol.fields import FieldGroup, FieldType
from crm_protocol.roles import PRESETS
from crm_protocol.schemas import MemberRole, RejectReason, VerificationState
from crm_protocol.validation import validate_customer
from crm_server import audit
from crm_server.audit import AuditContext
from crm_server.models import (
    Assignment,
    AssignmentMember,
    AttributeBinding,
    ChangeLog,
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
from crm_server.models.types import utcnow
from crm_server.services.changelog import lock_change_log
from crm_server.services.passwords import PasswordHasher
from crm_server.services.roles import seed_presets, set_user_roles

DEMO_ORGANISATION = "Demo Handel Sp. z o.o."
DEMO_PASSWORD = "demo"  # noqa: S105 - demo database only, documented as such

PL_CITIES = (
    ("Warszawa", "mazowieckie", "00"),
    ("Radom", "mazowieckie", "26"),
    ("Płock", "mazowieckie", "09"),
    ("Siedlce", "mazowieckie", "08"),
    ("Ostrołęka", "mazowieckie", "07"),
    ("Łódź", "łódzkie", "90"),
    ("Kraków", "małopolskie", "30"),
)
CZ_CITIES = (
    ("Brno", "Jihomoravský kraj", "602"),
    ("Znojmo", "Jihomoravský kraj", "669"),
    ("Břeclav", "Jihomoravský kraj", "690"),
    ("Hodonín", "Jihomoravský kraj", "695"),
    ("Praha", "Hlavní město Praha", "110"),
    ("Olomouc", "Olomoucký kraj", "779"),
)
PL_STREETS = ("Marszałkowska", "Długa", "Polna", "Kościuszki", "Mickiewicza", "Lipowa", "Słoneczna")
CZ_STREETS = ("Masarykova", "Husova", "Nádražní", "Školní", "Palackého", "Komenského", "Zahradní")
PL_NAMES = ("Zakłady Mięsne", "Masarnia", "Przetwórstwo Mięsa", "Ubojnia", "Wędliniarnia")
PL_SURNAMES = ("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński")
CZ_NAMES = ("Strojírny", "Kovovýroba", "Strojírenská výroba", "Obrábění kovů", "Zámečnictví")
CZ_SURNAMES = ("Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý")
PL_PKD = ("10.11.Z", "10.13.Z", "46.32.Z", "47.22.Z")
PL_LEGAL = ("Sp. z o.o.", "S.A.", "Sp.j.", "s.c.")
CZ_LEGAL = ("s.r.o.", "a.s.", "v.o.s.")
SOURCES = ("Targi Polagra", "Polecenie", "Strona WWW", "Baza GUS", "Telemarketing")


def _nip(rng: random.Random) -> str:
    while True:
        base = f"{rng.randint(1, 9)}{rng.randint(0, 99_999_999):08d}"
        for last in "0123456789":
            if pl_nip.is_valid(base + last):
                return base + last


def _regon(rng: random.Random) -> str:
    base = f"{rng.randint(10_000_000, 99_999_999)}"
    return base + pl_regon.calc_check_digit(base)


def _ico(rng: random.Random) -> str:
    base = f"{rng.randint(1_000_000, 8_999_999)}"  # DIČ: a leading 9 is not a company
    return base + cz_dic.calc_check_digit_legal(base)


def _slug(text: str) -> str:
    table = str.maketrans("ąćęłńóśźżčďěňřšťůýžáéíú", "acelnoszzcdenrstuyzaeiu")
    return "".join(c for c in text.lower().translate(table) if c.isalnum())[:20]


def polish_customer(rng: random.Random) -> dict[str, str | None]:
    """Values of a plausible Polish meat company."""
    city, region, zip_prefix = rng.choice(PL_CITIES)
    surname = rng.choice(PL_SURNAMES)
    name = f"{rng.choice(PL_NAMES)} {surname} {rng.choice(PL_LEGAL)}"
    domain = f"{_slug(surname)}{rng.randint(1, 999)}.pl"
    return {
        "name": name,
        "nip": _nip(rng),
        "regon": _regon(rng),
        "pkd": rng.choice(PL_PKD),
        "street": f"ul. {rng.choice(PL_STREETS)}",
        "building_number": str(rng.randint(1, 200)),
        "postal_code": f"{zip_prefix}-{rng.randint(0, 999):03d}",
        "city": city,
        "region": region,
        "country": "PL",
        "business_activity": "Przetwórstwo i konserwowanie mięsa",
        "employment_level": rng.choice(("0-9", "10-49", "50-249", "250-999")),
        "website": f"https://www.{domain}",
        "email": f"biuro@{domain}",
        "landline": f"+48 22 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        "mobile": f"+48 {rng.randint(500, 799)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        "data_source_1": rng.choice(SOURCES),
        "remarks": None,
        "purchase_price": f"{rng.randint(1_000, 90_000)}.00",
        "margin": f"{rng.randint(5, 35)}.5",
    }


def czech_customer(rng: random.Random) -> dict[str, str | None]:
    """Values of a plausible Czech engineering company."""
    city, region, zip_prefix = rng.choice(CZ_CITIES)
    surname = rng.choice(CZ_SURNAMES)
    ico = _ico(rng)
    domain = f"{_slug(surname)}{rng.randint(1, 999)}.cz"
    return {
        "name": f"{rng.choice(CZ_NAMES)} {surname} {rng.choice(CZ_LEGAL)}",
        "ico": ico,
        "dic": "CZ" + ico,
        "street": rng.choice(CZ_STREETS),
        "building_number": f"{rng.randint(1, 3000)}/{rng.randint(1, 60)}",
        "postal_code": f"{zip_prefix} {rng.randint(0, 99):02d}",
        "city": city,
        "region": region,
        "country": "CZ",
        "business_activity": "Kovoobrábění a strojírenská výroba",
        "employment_level": rng.choice(("10-49", "50-249", "250-999", "1000+")),
        "website": f"https://www.{domain}",
        "email": f"info@{domain}",
        "landline": f"+420 5{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        "mobile": f"+420 6{rng.randint(0, 9)}{rng.randint(0, 9)} {rng.randint(100, 999)} "
        f"{rng.randint(100, 999)}",
        "data_source_1": rng.choice(("Veletrh MSV Brno", "Doporučení", "Web", "Registr ARES")),
        "purchase_price": f"{rng.randint(20_000, 900_000)}.00",
        "margin": f"{rng.randint(8, 40)}.0",
    }


def demo_login(role_name: str) -> str:
    """The demo user's login for a role preset (``admin`` for the administrator)."""
    return "admin" if role_name == "administrator" else role_name


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What ``load_demo`` created."""

    users: int
    assignments: int
    customers: int
    flagged: int


def is_loaded(session: Session) -> bool:
    """True when the demo organisation is already there."""
    stmt = select(Organisation).where(col(Organisation.name) == DEMO_ORGANISATION)
    return session.exec(stmt).first() is not None


def load_demo(
    session: Session, hasher: PasswordHasher, customers: int = 1000, seed: int = 2024
) -> DemoSummary:
    """Create the demo organisation in an initialised (migrated) database and commit."""
    rng = random.Random(seed)  # noqa: S311 - demo data, not security
    seed_presets(session)
    org = Organisation(name=DEMO_ORGANISATION, registry_id="5252248481")
    b2b = Division(organisation_id=org.id, name="B2B")
    b2c = Division(organisation_id=org.id, name="B2C")
    waw = Team(division_id=b2b.id, name="Zespół Warszawa")
    brno = Team(division_id=b2b.id, name="Tým Brno")
    retail = Team(division_id=b2c.id, name="Detal")
    session.add(org)
    session.flush()
    session.add_all([b2b, b2c])
    session.flush()
    session.add_all([waw, brno, retail])
    session.flush()
    teams = {
        "operator": waw.id,
        "verifier": waw.id,
        "supervisor": waw.id,
        "sales_representative": waw.id,
        "service_technician": waw.id,
        "external_operator": brno.id,
    }
    password_hash = hasher.hash(DEMO_PASSWORD)
    users: dict[str, User] = {}
    for role_name in PRESETS:
        login = demo_login(role_name)
        users[login] = User(
            login=login,
            display_name=role_name.replace("_", " ").title(),
            password_hash=password_hash,
            team_id=teams.get(role_name),
        )
    users["operator2"] = User(
        login="operator2", display_name="Operator 2", password_hash=password_hash, team_id=brno.id
    )
    session.add_all(users.values())
    session.flush()
    for role_name in PRESETS:
        set_user_roles(session, users[demo_login(role_name)].id, [role_name])
    set_user_roles(session, users["operator2"].id, ["operator"])

    pl = Assignment(
        name="Zakłady mięsne, Mazowieckie",
        instructions="Zadzwoń do działu zakupów, zapytaj o dostawcę osłonek i przypraw.",
        territory="mazowieckie",
        principal_id=users["principal"].id,
        coordinator_id=users["coordinator"].id,
        target_per_day=40,
    )
    cz = Assignment(
        name="Strojírenské firmy, Jihomoravský kraj",
        instructions="Ověřte kontaktní osobu pro nákup nástrojů a počet CNC strojů.",
        territory="Jihomoravský kraj",
        principal_id=users["principal"].id,
        coordinator_id=users["coordinator"].id,
        target_per_day=30,
    )
    session.add_all([pl, cz])
    session.flush()
    for a in (pl, cz):
        session.add(
            AssignmentMember(
                assignment_id=a.id, user_id=users["supervisor"].id, role=MemberRole.SUPERVISOR
            )
        )
        session.add(
            AssignmentMember(
                assignment_id=a.id, user_id=users["verifier"].id, role=MemberRole.VERIFIER
            )
        )
    session.add(
        AssignmentMember(
            assignment_id=pl.id, user_id=users["operator"].id, role=MemberRole.OPERATOR
        )
    )
    session.add(
        AssignmentMember(
            assignment_id=cz.id, user_id=users["operator2"].id, role=MemberRole.OPERATOR
        )
    )
    session.add(
        AssignmentMember(
            assignment_id=cz.id, user_id=users["external_operator"].id, role=MemberRole.OPERATOR
        )
    )

    attrs = [
        (pl, "herd_size", "Wielkość stada", FieldType.NUMBER, FieldGroup.BUSINESS),
        (pl, "has_slaughterhouse", "Własna ubojnia", FieldType.BOOLEAN, FieldGroup.CUSTOM),
        (cz, "cnc_machines", "Počet CNC strojů", FieldType.NUMBER, FieldGroup.CUSTOM),
        (
            cz,
            "expected_order_value",
            "Očekávaná hodnota zakázky",
            FieldType.NUMBER,
            FieldGroup.COMMERCIAL,
        ),
    ]
    attr_rows: dict[str, CustomAttribute] = {}
    defs: dict[str, list[CustomAttributeDef]] = {pl.id: [], cz.id: []}
    for a, key, label, ftype, group in attrs:
        row = CustomAttribute(
            key=key,
            label=label,
            type=ftype.value,
            field_group=group.value,
            created_by=users["admin"].id,
        )
        session.add(row)
        session.flush()
        session.add(AttributeBinding(attribute_id=row.id, assignment_id=a.id))
        attr_rows[key] = row
        defs[a.id].append(
            CustomAttributeDef(row.id, key, label, ftype, group, assignment_ids=frozenset({a.id}))
        )

    now = utcnow()
    owners_pl = [
        users["operator"],
        users["supervisor"],
        users["sales_representative"],
        users["service_technician"],
    ]
    owners_cz = [users["operator2"], users["external_operator"]]
    customer_rows: list[dict[str, Any]] = []
    custom_rows: list[dict[str, Any]] = []
    history_rows: list[dict[str, Any]] = []
    change_rows: list[dict[str, Any]] = []
    flags: list[dict[str, Any]] = []
    comments: list[dict[str, Any]] = []
    tasks: list[dict[str, Any]] = []
    flagged = 0
    for i in range(customers):
        polish = i % 5 < 3
        a = pl if polish else cz
        values = polish_customer(rng) if polish else czech_customer(rng)
        if polish:
            values["custom.herd_size"] = str(rng.randint(50, 5000))
            values["custom.has_slaughterhouse"] = rng.choice(("true", "false"))
        else:
            values["custom.cnc_machines"] = str(rng.randint(1, 80))
            values["custom.expected_order_value"] = f"{rng.randint(50, 5000)}000"
        normalised, errors = validate_customer(values, defs[a.id])
        if errors:
            raise AssertionError(f"demo generator made invalid data: {errors}")
        owner = rng.choice(owners_pl if polish else owners_cz)
        cid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        created = now - timedelta(days=rng.randint(0, 60), minutes=rng.randint(0, 600))
        state = VerificationState.UNVERIFIED.value
        roll = rng.random()
        if roll < 0.08:
            state = VerificationState.REJECTED.value
        elif roll < 0.30:
            state = VerificationState.APPROVED.value
        standard = {k: v for k, v in normalised.items() if not k.startswith("custom.")}
        customer_rows.append(
            {
                "id": cid,
                "assignment_id": a.id,
                "owner_id": owner.id,
                "created_by": owner.id,
                "created_at": created,
                "updated_at": created,
                "version": 1,
                "verification_state": state,
                **standard,
            }
        )
        for key, value in normalised.items():
            if key.startswith("custom."):
                custom_rows.append(
                    {"customer_id": cid, "attribute_id": attr_rows[key[7:]].id, "value": value}
                )
        history_rows.append(
            {
                "customer_id": cid,
                "owner_id": owner.id,
                "changed_by": owner.id,
                "changed_at": created,
            }
        )
        change_rows.append(
            {
                "entity": "customer",
                "entity_id": cid,
                "op": "create",
                "actor_id": owner.id,
                "assignment_id": a.id,
                "fields": sorted(normalised),
                "at": created,
            }
        )
        if state == VerificationState.REJECTED.value:
            flagged += 1
            field, reason = rng.choice(
                (
                    ("landline", RejectReason.UNREACHABLE),
                    ("email", RejectReason.WRONG_VALUE),
                    ("street", RejectReason.WRONG_VALUE),
                    ("name", RejectReason.DUPLICATE),
                )
            )
            flags.append(
                {
                    "customer_id": cid,
                    "field": field,
                    "reason": reason.value,
                    "comment": "Proszę sprawdzić." if polish else "Prosím ověřit.",
                    "verifier_id": users["verifier"].id,
                    "created_at": created + timedelta(hours=2),
                }
            )
            comments.append(
                {
                    "customer_id": cid,
                    "author_id": users["verifier"].id,
                    "body": "Numer nie odpowiada." if polish else "Číslo nefunguje.",
                    "created_at": created + timedelta(hours=2),
                }
            )
        if i % 10 == 0:
            tasks.append(
                {
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "customer_id": cid,
                    "assignee_id": owner.id,
                    "created_by": owner.id,
                    "title": "Oddzwonić" if polish else "Zavolat zpět",
                    "due": (now + timedelta(days=rng.randint(1, 14))).date(),
                    "done": False,
                    "cancelled": False,
                    "created_at": now,
                }
            )
    change_rows.sort(key=lambda r: r["at"])
    lock_change_log(session)
    for table, rows in (
        (Customer, customer_rows),
        (CustomValue, custom_rows),
        (OwnerHistory, history_rows),
        (VerificationFlag, flags),
        (CustomerComment, comments),
        (Task, tasks),
        (ChangeLog, change_rows),
    ):
        if rows:
            session.execute(insert(table), rows)  # Core executemany: the ORM path is ~10x slower
    audit.record(
        session,
        "demo_loaded",
        AuditContext(),
        object_type="organisation",
        object_id=org.id,
        detail={"customers": customers},
    )
    session.commit()
    return DemoSummary(len(users), 2, customers, flagged)
