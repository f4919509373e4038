"""Smoke: the app answers with the envelope headers."""

from tests.server.conftest import auth


def test_health_and_headers(client):
    r = client.get("/api/v1/health")
    assert r.status_code == 200
    assert r.headers["cache-control"] == "no-store"


def test_operator_lists(client, world):
    r = client.get("/api/v1/customers", headers=auth(client, "operator"))
    assert r.status_code == 200, r.text
    assert r.json()["total"] >= 1
