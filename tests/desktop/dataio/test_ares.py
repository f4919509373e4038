"""ARES client against a real local HTTP server answering in ARES' shape."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.services.dataio import (
    AresCache,
    AresClient,
    AresCompany,
    DataIoCode,
    MemoryStorage,
    TokenBucket,
)
from crm_protocol.errors import ErrorCode, KnownError

from .conftest import FakeAres, FakeClock, Reply, ares_body

ICO = "27074358"
OTHER = "25123891"


def client_for(server: FakeAres, **kwargs: object) -> AresClient:
    kwargs.setdefault("timeout", (2.0, 2.0))
    kwargs.setdefault("backoff", 0.01)
    return AresClient(server.url, **kwargs)  # type: ignore[arg-type]


def code_of(client: AresClient, ico: str) -> str:
    with pytest.raises(KnownError) as caught:
        client.lookup(ico)
    return caught.value.code


def test_found_company_is_mapped_to_our_fields(fake_ares: FakeAres) -> None:
    fake_ares.script[ICO] = [Reply(200, ares_body(ICO))]
    with client_for(fake_ares) as client:
        company = client.lookup("270 74 358")
    assert company == AresCompany(
        ico=ICO,
        name="Asseco Central Europe, a.s.",
        street="Budějovická",
        building_number="778/3a",
        postal_code="140 00",
        city="Praha",
        legal_form="121",
        dic="CZ27074358",
        dissolved_on=None,
    )
    assert company.as_fields()["country"] == "CZ"
    assert fake_ares.requests == [ICO]


def test_village_without_streets_uses_the_part_of_the_municipality(fake_ares: FakeAres) -> None:
    sidlo = {"nazevObce": "Lhota", "nazevCastiObce": "Lhota", "cisloDomovni": 12, "psc": 54401}
    fake_ares.script[ICO] = [Reply(200, ares_body(ICO, sidlo=sidlo))]
    with client_for(fake_ares) as client:
        company = client.lookup(ICO)
    assert (company.street, company.building_number, company.postal_code) == (
        "Lhota",
        "12",
        "544 01",
    )


def test_not_found(fake_ares: FakeAres) -> None:
    with client_for(fake_ares) as client:
        assert code_of(client, OTHER) == DataIoCode.REGISTRY_NOT_FOUND


def test_dissolved_company_is_a_result_with_the_date(fake_ares: FakeAres) -> None:
    fake_ares.script[ICO] = [Reply(200, ares_body(ICO, datumZaniku="2019-06-30"))]
    with client_for(fake_ares) as client:
        company = client.lookup(ICO)
    assert company.dissolved
    assert company.dissolved_on == date(2019, 6, 30)


@pytest.mark.parametrize(
    "body",
    [
        '{"ico": "27074358", "obchodniJmeno": ',  # cut off
        "<html>Service Unavailable</html>",
        "[]",
        '{"ico": "25123891", "obchodniJmeno": "Someone else"}',  # not what we asked for
        '{"ico": "27074358"}',  # no name
        '{"ico": "27074358", "obchodniJmeno": "X", "sidlo": {"psc": "abc"}}',
        '{"ico": "27074358", "obchodniJmeno": "X", "datumZaniku": "yesterday"}',
    ],
)
def test_malformed_json_is_a_bad_response(fake_ares: FakeAres, body: str) -> None:
    fake_ares.script[ICO] = [Reply(200, body)]
    with client_for(fake_ares) as client:
        assert code_of(client, ICO) == DataIoCode.REGISTRY_BAD_RESPONSE


def test_slow_reply_times_out(fake_ares: FakeAres) -> None:
    fake_ares.script[ICO] = [Reply(200, ares_body(ICO), delay=10)]
    with client_for(fake_ares, timeout=(2.0, 0.3)) as client:
        assert code_of(client, ICO) == DataIoCode.REGISTRY_TIMEOUT
    assert fake_ares.count(ICO) == 1  # a slow reply is not retried


def test_503_then_200_is_retried(fake_ares: FakeAres) -> None:
    fake_ares.script[ICO] = [Reply(503, {}), Reply(502, {}), Reply(200, ares_body(ICO))]
    with client_for(fake_ares) as client:
        assert client.lookup(ICO).name == "Asseco Central Europe, a.s."
    assert fake_ares.count(ICO) == 3


def test_server_error_after_retries(fake_ares: FakeAres) -> None:
    fake_ares.script[ICO] = [Reply(503, {})]
    with client_for(fake_ares, retries=2) as client:
        assert code_of(client, ICO) == DataIoCode.REGISTRY_SERVER_ERROR
    assert fake_ares.count(ICO) == 3


def test_500_is_not_retried(fake_ares: FakeAres) -> None:
    fake_ares.script[ICO] = [Reply(500, {})]
    with client_for(fake_ares) as client:
        assert code_of(client, ICO) == DataIoCode.REGISTRY_SERVER_ERROR
    assert fake_ares.count(ICO) == 1


def test_429_is_rate_limited(fake_ares: FakeAres) -> None:
    fake_ares.script[ICO] = [Reply(429, {})]
    with client_for(fake_ares) as client:
        assert code_of(client, ICO) == DataIoCode.REGISTRY_RATE_LIMITED


def test_invalid_ico_makes_no_request(fake_ares: FakeAres) -> None:
    with client_for(fake_ares) as client:
        for bad in ("27074359", "12", "abcdefgh", ""):
            assert code_of(client, bad) == ErrorCode.INVALID_ICO
    assert fake_ares.requests == []


def test_offline_is_unreachable(fake_ares: FakeAres) -> None:
    url = fake_ares.url
    fake_ares.stop()
    with AresClient(url, timeout=(1.0, 1.0)) as client:
        assert code_of(client, ICO) == DataIoCode.REGISTRY_UNREACHABLE


@pytest.mark.parametrize(
    "url",
    ["http://ares.gov.cz", "http://10.0.0.1:8080", "http://127.0.0.1.nip.io", "ftp://127.0.0.1"],
)
def test_plain_http_is_refused_except_on_loopback(url: str) -> None:
    with pytest.raises(KnownError) as caught:
        AresClient(url)
    assert caught.value.code == DataIoCode.INSECURE_URL


@pytest.mark.parametrize("url", ["http://127.0.0.1:9", "http://[::1]:9", "http://localhost:9"])
def test_plain_http_on_loopback_is_accepted(url: str) -> None:
    AresClient(url).close()


def test_rate_limit_is_honoured_with_a_fake_clock(fake_ares: FakeAres) -> None:
    icos = ["27074358", "25123891", "27082440", "45274649", "00064581", "00006947"]
    for ico in icos:
        fake_ares.script[ico] = [Reply(200, ares_body(ico))]
    clock = FakeClock()
    rate = 2.0
    limiter = TokenBucket(rate, capacity=1, clock=clock, sleep=clock.sleep)
    with client_for(fake_ares, limiter=limiter) as client:
        for ico in icos:
            client.lookup(ico)
        # N calls took at least (N - 1) / rate seconds of (fake) time
        assert clock.slept == pytest.approx((len(icos) - 1) / rate)
        slept = clock.slept
        client.lookup(icos[0])  # a cache hit takes no token
        assert clock.slept == slept


def test_token_bucket_arithmetic() -> None:
    clock = FakeClock()
    bucket = TokenBucket(4.0, capacity=3, clock=clock, sleep=clock.sleep)
    assert [bucket.acquire() for _ in range(3)] == [0.0, 0.0, 0.0]  # the burst
    assert bucket.acquire() == pytest.approx(0.25)
    clock.now += 10  # idle time refills up to the capacity only
    waits = [bucket.acquire() for _ in range(5)]
    assert waits[:3] == [0.0, 0.0, 0.0]
    assert waits[3:] == [pytest.approx(0.25), pytest.approx(0.25)]
    with pytest.raises(ValueError, match="rate"):
        TokenBucket(0)


def test_cache_hit_makes_no_request(fake_ares: FakeAres) -> None:
    fake_ares.script[ICO] = [Reply(200, ares_body(ICO, datumZaniku="2020-01-31"))]
    now = [1_000_000.0]
    cache_file = MemoryStorage()  # outlives the clients, like the store between app runs
    with client_for(fake_ares, cache=AresCache(cache_file, ttl=3600, now=lambda: now[0])) as c:
        first = c.lookup(ICO)
        assert c.lookup(ICO) == first
    assert fake_ares.count(ICO) == 1

    # a new client with the persisted cache: still no request
    with client_for(fake_ares, cache=AresCache(cache_file, ttl=3600, now=lambda: now[0])) as c:
        assert c.lookup(ICO) == first  # dissolved date survives the round trip
    assert fake_ares.count(ICO) == 1

    now[0] += 3601  # expired: asks again
    with client_for(fake_ares, cache=AresCache(cache_file, ttl=3600, now=lambda: now[0])) as c:
        c.lookup(ICO)
    assert fake_ares.count(ICO) == 2


def test_damaged_cache_entry_is_asked_again(fake_ares: FakeAres) -> None:
    storage = MemoryStorage()
    storage.put(ICO, {"t": "yesterday", "company": "{not a company"})
    storage.put(OTHER, ["an", "old", "format"])
    fake_ares.script[ICO] = [Reply(200, ares_body(ICO))]
    with client_for(fake_ares, cache=AresCache(storage)) as client:
        client.lookup(ICO)
    assert fake_ares.count(ICO) == 1
    stored = storage.get(ICO)
    assert stored["company"]["name"] == "Asseco Central Europe, a.s."


def test_cache_keeps_at_most_max_entries_dropping_the_oldest() -> None:
    storage = MemoryStorage()
    now = [0.0]
    cache = AresCache(storage, ttl=100, now=lambda: now[0], max_entries=2)
    for n, ico in enumerate((ICO, OTHER, "27082440")):
        now[0] = float(n)
        cache.put(AresCompany(ico=ico, name=f"Company {n}"))
    assert len(cache) == 2
    assert [k for k, _ in storage.items()] == sorted((OTHER, "27082440"))
    now[0] = 200.0  # everything expired: the next put drops it all
    cache.put(AresCompany(ico=ICO, name="Again"))
    assert [k for k, _ in storage.items()] == [ICO]
