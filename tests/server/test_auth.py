"""T19, T22, T24, T25, T36: sessions, tokens, throttling, deactivation, protocol version."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from crm_protocol.schemas import ApiErrorCode
from crm_server.app import create_app
from crm_server.config import Settings
from crm_server.models import AuditEvent, TokenFamily, User
from crm_server.services.passwords import PasswordHasher
from tests.server.conftest import HEADERS, TestClient, World, auth, login, password_of


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _new_user(client: TestClient, login_name: str, roles: list[str] | None = None) -> str:
    r = client.post(
        "/api/v1/users",
        json={
            "login": login_name,
            "display_name": login_name,
            "password": password_of(login_name),
            "roles": roles or ["operator"],
        },
        headers=auth(client, "administrator"),
    )
    assert r.status_code == 201, r.text
    user_id: str = r.json()["id"]
    return user_id


def test_login_returns_tokens_and_policy(client: TestClient, world: World) -> None:
    body = login(client, "operator")
    assert body["access_token"].startswith("crma_")
    assert body["refresh_token"].startswith("crmr_")
    assert body["access_expires_in"] <= 600
    assert body["policy"]["field_access"]["commercial"] == "hidden"
    me = client.get("/api/v1/auth/me", headers=_bearer(body["access_token"]))
    assert me.json()["user"]["login"] == "operator"


def test_tokens_are_stored_only_as_hashes(client: TestClient, engine: Engine) -> None:
    body = login(client, "verifier")
    with engine.connect() as conn:
        dump = " ".join(
            str(row)
            for table in ("access_token", "refresh_token")
            for row in conn.exec_driver_sql(f"SELECT * FROM {table}")
        )
    assert body["access_token"] not in dump
    assert body["refresh_token"] not in dump


def test_unknown_and_known_users_get_identical_refusals(client: TestClient, world: World) -> None:
    known = client.post(
        "/api/v1/auth/login",
        json={"login": "coordinator", "password": "wrong-pass", "device_id": "device-0001"},
    )
    unknown = client.post(
        "/api/v1/auth/login",
        json={"login": "no-such-user", "password": "wrong-pass", "device_id": "device-0001"},
    )
    assert known.status_code == unknown.status_code == 401
    strip = lambda r: {**r.json()["error"], "request_id": None}  # noqa: E731
    assert (
        strip(known)
        == strip(unknown)
        == {
            "code": "invalid_credentials",
            "fields": [],
            "request_id": None,
        }
    )


def test_brute_force_is_locked_even_for_the_right_password(
    client: TestClient, world: World, engine: Engine
) -> None:
    _new_user(client, "bruteforced")
    codes = []
    for _ in range(8):
        r = client.post(
            "/api/v1/auth/login",
            json={"login": "bruteforced", "password": "guess-guess", "device_id": "device-0002"},
        )
        codes.append(r.status_code)
    assert codes[:6] == [401] * 6  # free failures, then the lock starts
    assert codes[-1] == 429
    right = client.post(
        "/api/v1/auth/login",
        json={
            "login": "bruteforced",
            "password": password_of("bruteforced"),
            "device_id": "device-0002x",
        },
    )
    assert right.status_code == 429
    assert right.json()["error"]["code"] == ApiErrorCode.TOO_MANY_ATTEMPTS
    # an unknown login is throttled exactly the same way (no enumeration through the lock)
    for _ in range(8):
        r = client.post(
            "/api/v1/auth/login",
            json={"login": "ghost-user", "password": "guess-guess", "device_id": "device-0002"},
        )
    assert r.status_code == 429
    with Session(engine) as s:
        actions = s.exec(select(AuditEvent.action)).all()
    assert "login_failed" in actions
    assert "login_throttled" in actions


def test_lock_expires_after_cool_down(engine: Engine, world: World, db_url: str) -> None:
    settings = Settings(database_url=db_url).with_cheap_hashing()
    from dataclasses import replace

    settings = replace(settings, account_free_failures=1, lockout_base_seconds=0)
    with TestClient(create_app(settings, engine), headers=HEADERS) as c:
        for _ in range(3):
            c.post(
                "/api/v1/auth/login",
                json={"login": "director", "password": "bad-bad-bad", "device_id": "device-0003"},
            )
        ok = c.post(
            "/api/v1/auth/login",
            json={
                "login": "director",
                "password": password_of("director"),
                "device_id": "device-0003",
            },
        )
        assert ok.status_code == 200


def test_ip_limit_throttles_attempts_across_accounts(
    engine: Engine, world: World, db_url: str
) -> None:
    from dataclasses import replace

    settings = replace(Settings(database_url=db_url).with_cheap_hashing(), ip_failure_limit=10)
    with TestClient(create_app(settings, engine), headers=HEADERS, client=("10.9.9.9", 5000)) as c:
        statuses = [
            c.post(
                "/api/v1/auth/login",
                json={"login": f"spray{i}", "password": "bad-bad-bad", "device_id": "device-0004"},
            ).status_code
            for i in range(12)
        ]
    assert statuses[:10] == [401] * 10
    assert statuses[-1] == 429


def test_refresh_rotates_and_reuse_revokes_the_family(
    client: TestClient, world: World, engine: Engine
) -> None:
    first = login(client, "supervisor", device_id="device-rot1")
    rotated = client.post(
        "/api/v1/auth/refresh",
        json={"refresh_token": first["refresh_token"], "device_id": "device-rot1"},
    )
    assert rotated.status_code == 200
    second = rotated.json()
    assert second["refresh_token"] != first["refresh_token"]
    replay = client.post(
        "/api/v1/auth/refresh",
        json={"refresh_token": first["refresh_token"], "device_id": "device-rot1"},
    )
    assert replay.status_code == 401
    assert replay.json()["error"]["code"] == "invalid_grant"
    # the whole family is dead: the newest refresh token and every access token
    assert (
        client.post(
            "/api/v1/auth/refresh",
            json={"refresh_token": second["refresh_token"], "device_id": "device-rot1"},
        ).status_code
        == 401
    )
    for token in (first["access_token"], second["access_token"]):
        assert client.get("/api/v1/auth/me", headers=_bearer(token)).status_code == 401
    with Session(engine) as s:
        assert "token_reuse" in s.exec(select(AuditEvent.action)).all()


def test_refresh_is_bound_to_the_device(client: TestClient, world: World) -> None:
    body = login(client, "principal", device_id="device-own1")
    stolen = client.post(
        "/api/v1/auth/refresh",
        json={"refresh_token": body["refresh_token"], "device_id": "device-thief"},
    )
    assert stolen.status_code == 401


def test_access_token_is_not_a_refresh_token(client: TestClient, world: World) -> None:
    body = login(client, "principal", device_id="device-own2")
    r = client.post(
        "/api/v1/auth/refresh",
        json={"refresh_token": body["access_token"], "device_id": "device-own2"},
    )
    assert r.status_code == 401
    assert client.get("/api/v1/auth/me", headers=_bearer(body["refresh_token"])).status_code == 401


def test_deactivation_ends_every_session_at_once(client: TestClient, world: World) -> None:
    user_id = _new_user(client, "leaver")
    session = login(client, "leaver", device_id="device-leave")
    assert (
        client.get("/api/v1/auth/me", headers=_bearer(session["access_token"])).status_code == 200
    )
    r = client.post(
        f"/api/v1/users/{user_id}/deactivate",
        json={"handover_to": world.users["operator"]},
        headers=auth(client, "administrator"),
    )
    assert r.status_code == 200
    assert r.json()["sessions_revoked"] == 1
    assert (
        client.get("/api/v1/customers", headers=_bearer(session["access_token"])).status_code == 401
    )
    refresh = client.post(
        "/api/v1/auth/refresh",
        json={"refresh_token": session["refresh_token"], "device_id": "device-leave"},
    )
    assert refresh.status_code == 401
    assert refresh.json()["error"]["code"] == "invalid_grant"
    relogin = client.post(
        "/api/v1/auth/login",
        json={"login": "leaver", "password": password_of("leaver"), "device_id": "device-leave"},
    )
    assert relogin.status_code == 401


def test_logout_ends_the_session(client: TestClient, world: World) -> None:
    body = login(client, "director")
    assert (
        client.post("/api/v1/auth/logout", headers=_bearer(body["access_token"])).status_code == 204
    )
    assert client.get("/api/v1/auth/me", headers=_bearer(body["access_token"])).status_code == 401


def test_password_hash_is_argon2id_phc(engine: Engine, world: World) -> None:
    with Session(engine) as s:
        user = s.exec(select(User).where(col(User.login) == "operator")).one()
    assert re.match(r"^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$", user.password_hash)
    prod = PasswordHasher(Settings(database_url="sqlite://"))
    assert prod.needs_rehash(user.password_hash)  # test parameters are cheaper than production
    assert prod.hash("x" * 100).startswith("$argon2id$v=19$m=19456,t=2,p=1$")


def test_login_rehashes_old_parameters(client: TestClient, engine: Engine, world: World) -> None:
    stronger = PasswordHasher(Settings(database_url="sqlite://", argon2_memory_kib=128))
    with Session(engine) as s:
        user = s.exec(select(User).where(col(User.login) == "sales_representative")).one()
        user.password_hash = stronger.hash(password_of("sales_representative"))
        s.add(user)
        s.commit()
    login(client, "sales_representative")
    with Session(engine) as s:
        user = s.exec(select(User).where(col(User.login) == "sales_representative")).one()
    assert ",m=64," not in user.password_hash
    assert "m=64," in user.password_hash


def test_long_passwords_are_not_truncated(client: TestClient, world: World) -> None:
    long_pw = "ż" * 40 + "x" * 60
    r = client.post(
        "/api/v1/users",
        json={"login": "longpw", "display_name": "L", "password": long_pw, "roles": []},
        headers=auth(client, "administrator"),
    )
    assert r.status_code == 201
    ok = client.post(
        "/api/v1/auth/login",
        json={"login": "longpw", "password": long_pw, "device_id": "device-long"},
    )
    cut = client.post(
        "/api/v1/auth/login",
        json={"login": "longpw", "password": long_pw[:-1], "device_id": "device-long"},
    )
    assert ok.status_code == 200
    assert cut.status_code == 401


@pytest.mark.parametrize(
    ("header", "status", "code"),
    [
        (None, 426, "upgrade_required"),
        ("0", 426, "upgrade_required"),
        ("999", 400, "protocol_unsupported"),
    ],
)
def test_protocol_version_is_enforced(
    client: TestClient, world: World, header: Any, status: int, code: str
) -> None:
    headers = {"X-CRM-Protocol": header} if header is not None else {"X-CRM-Protocol": ""}
    r = client.get("/api/v1/customers", headers=headers)
    assert r.status_code == status
    assert r.json()["error"]["code"] == code
    assert r.headers["cache-control"] == "no-store"


def test_every_session_family_is_recorded(engine: Engine, world: World) -> None:
    with Session(engine) as s:
        assert s.exec(select(TokenFamily)).first() is not None
