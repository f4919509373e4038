"""Fixtures for the data-in-and-out tests: real identifiers, sample files, a fake ARES server."""

from __future__ import annotations

import csv
import json
import random
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from openpyxl import Workbook
from stdnum.cz import dic as cz_dic
from stdnum.pl import nip as pl_nip
from stdnum.pl import regon as pl_regon

from crm_desktop.services.dataio.duplicates import InMemoryDuplicateIndex
from crm_desktop.services.dataio.importer import ImportedRow

# --- identifiers ------------------------------------------------------------------------------

_NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)


def make_nip(n: int) -> str:
    """The n-th valid NIP (deterministic, distinct for distinct n)."""
    while True:
        body = f"{100000000 + n * 7919 % 899999999:09d}"
        check = sum(int(d) * w for d, w in zip(body, _NIP_WEIGHTS, strict=True)) % 11
        if check != 10:
            nip = body + str(check)
            assert pl_nip.is_valid(nip)
            return nip
        n += 1_000_003


def make_regon(n: int) -> str:
    """The n-th valid nine-digit REGON."""
    body = f"{10000000 + n:08d}"
    regon = body + pl_regon.calc_check_digit(body)
    assert pl_regon.is_valid(regon)
    return regon


def make_ico(n: int) -> str:
    """The n-th valid IČO."""
    body = f"{2000000 + n:07d}"
    return body + cz_dic.calc_check_digit_legal(body)


def make_phone(n: int, country: str = "PL") -> str:
    """A distinct, well-formed phone number."""
    digits = f"{600000000 + n:09d}"
    prefix = "+48" if country == "PL" else "+420"
    return f"{prefix} {digits[:3]} {digits[3:6]} {digits[6:]}"


# --- sample import files ----------------------------------------------------------------------

# (field, header) per language; the fields a generated file carries.
HEADERS: dict[str, list[tuple[str, str]]] = {
    "pl": [
        ("name", "Nazwa"),
        ("nip", "NIP"),
        ("regon", "REGON"),
        ("street", "Ulica"),
        ("building_number", "Nr domu"),
        ("postal_code", "Kod pocztowy"),
        ("city", "Miejscowość"),
        ("region", "Województwo"),
        ("country", "Kraj"),
        ("landline", "Telefon"),
        ("mobile", "Komórka"),
        ("email", "E-mail"),
        ("remarks", "Uwagi"),
    ],
    "cs": [
        ("name", "Název"),
        ("ico", "IČO"),
        ("dic", "DIČ"),
        ("street", "Ulice"),
        ("building_number", "Číslo domu"),
        ("postal_code", "PSČ"),
        ("city", "Obec"),
        ("region", "Kraj"),
        ("country", "Země"),
        ("landline", "Telefon"),
        ("mobile", "Mobil"),
        ("email", "E-mail"),
        ("remarks", "Poznámka"),
    ],
    "ru": [
        ("name", "Название"),
        ("ico", "ICO"),
        ("dic", "DIC"),
        ("street", "Улица"),
        ("building_number", "Дом"),
        ("postal_code", "Почтовый индекс"),
        ("city", "Город"),
        ("region", "Область"),
        ("country", "Страна"),
        ("landline", "Телефон"),
        ("mobile", "Мобильный"),
        ("email", "Электронная почта"),
        ("remarks", "Примечание"),
    ],
}

# How a generated bad row is broken: (field to spoil, bad value, expected code)
BREAKAGES = [
    ("name", None, "required"),
    ("email", "not-an-address", "invalid_email"),
    ("postal_code", "1234", "invalid_postal_code"),
    ("landline", "12", "invalid_phone"),
]


def customer(n: int, lang: str) -> dict[str, str | None]:
    """A valid customer row for a file in ``lang`` (PL data for pl, CZ data otherwise)."""
    if lang == "pl":
        return {
            "name": f"Firma Łódzka {n} sp. z o.o.",
            "nip": make_nip(n),
            "regon": make_regon(n),
            "street": "ul. Piotrkowska",
            "building_number": str(n % 300 + 1),
            "postal_code": f"{90 + n % 9}-{n % 1000:03d}",
            "city": "Łódź",
            "region": "łódzkie",
            "country": "PL",
            "landline": make_phone(n),
            "mobile": make_phone(500000 + n),
            "email": f"biuro{n}@firma.pl",
            "remarks": '=HYPERLINK("http://x")' if n % 50 == 7 else None,
        }
    ico = make_ico(n)
    name = f"Společnost {n} s.r.o." if lang == "cs" else f"ООО Ромашка {n}"
    return {
        "name": name,
        "ico": ico,
        "dic": "CZ" + ico,
        "street": "Náměstí Míru" if lang == "cs" else "Vinohradska",
        "building_number": f"{n % 900 + 1}/{n % 20 + 1}",
        "postal_code": f"1{n % 90 + 10:02d} 00",
        "city": "Praha",
        "region": "Hlavní město Praha" if lang == "cs" else "Прага",
        "country": "CZ",
        "landline": make_phone(n, "CZ"),
        "mobile": make_phone(500000 + n, "CZ"),
        "email": f"info{n}@spolecnost.cz",
        "remarks": None,
    }


@dataclass
class SampleFile:
    """A generated import file and what the tests expect of it."""

    path: Path
    lang: str
    headers: list[str]
    good: list[dict[str, str | None]] = field(default_factory=list)
    # source row number -> (header of the spoiled column, expected code)
    bad: dict[int, tuple[str, str]] = field(default_factory=dict)


def build_rows(
    lang: str, count: int, bad_every: int = 20, start: int = 0
) -> tuple[list[list[str | None]], list[dict[str, str | None]], dict[int, tuple[str, str]]]:
    """``count`` rows in the header order of ``lang``; every ``bad_every``-th one spoiled."""
    fields = [f for f, _ in HEADERS[lang]]
    header_of = dict(HEADERS[lang])
    rows: list[list[str | None]] = []
    good: list[dict[str, str | None]] = []
    bad: dict[int, tuple[str, str]] = {}
    for i in range(count):
        values = customer(start + i, lang)
        source_row = i + 2
        if i % bad_every == bad_every - 1:
            spoil_field, spoil_value, code = BREAKAGES[(i // bad_every) % len(BREAKAGES)]
            values[spoil_field] = spoil_value
            bad[source_row] = (header_of[spoil_field], code)
        else:
            good.append(values)
        rows.append([values[f] for f in fields])
    return rows, good, bad


def write_xlsx(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    """A plain xlsx with a header row."""
    wb = Workbook()
    ws = wb.active
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[str | None]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ";",
) -> Path:
    """A csv as Excel or a registry export would write it."""
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(headers)
        writer.writerows([["" if v is None else v for v in row] for row in rows])
    return path


def sample_file(
    tmp_path: Path,
    lang: str,
    kind: str,
    count: int = 200,
    *,
    encoding: str = "utf-8",
    delimiter: str = ";",
) -> SampleFile:
    """A generated import file with 5% bad rows."""
    headers = [h for _, h in HEADERS[lang]]
    rows, good, bad = build_rows(lang, count)
    path = tmp_path / f"import-{lang}.{kind}"
    if kind == "xlsx":
        write_xlsx(path, headers, rows)
    else:
        write_csv(path, headers, rows, encoding=encoding, delimiter=delimiter)
    return SampleFile(path, lang, headers, good, bad)


# --- a transactional sink ---------------------------------------------------------------------


class ListSink:
    """An ``ImportSink`` that behaves like one transaction per batch.

    Rows are staged and only appended to ``saved`` when the whole batch went through; with
    ``fail_on_batch`` it stages half of that batch, then fails, like a crash mid-transaction.
    Saved rows are registered in ``index`` the way the store would, so a second import sees them.
    """

    def __init__(
        self, index: InMemoryDuplicateIndex | None = None, fail_on_batch: int | None = None
    ) -> None:
        self.saved: list[ImportedRow] = []
        self.calls = 0
        self.batch_sizes: list[int] = []
        self.index = index
        self.fail_on_batch = fail_on_batch

    def save_batch(self, rows: Sequence[ImportedRow]) -> None:
        self.calls += 1
        staged = list(self.saved)
        for i, row in enumerate(rows):
            if self.calls == self.fail_on_batch and i == len(rows) // 2:
                raise RuntimeError("disk full")  # staged rows are dropped: rollback
            staged.append(row)
        self.saved = staged
        self.batch_sizes.append(len(rows))
        if self.index is not None:
            for row in rows:
                self.index.add(f"cust-{row.key}", row.values, row.key)


# --- a fake ARES server -----------------------------------------------------------------------


@dataclass
class Reply:
    """One scripted answer: status, body (dict -> JSON, str -> raw) and a delay in seconds."""

    status: int = 200
    body: object = None
    delay: float = 0.0


def ares_body(ico: str, **overrides: object) -> dict[str, object]:
    """A company in the shape of ARES' ``ekonomicke-subjekty`` resource."""
    body: dict[str, object] = {
        "ico": ico,
        "obchodniJmeno": "Asseco Central Europe, a.s.",
        "sidlo": {
            "kodStatu": "CZ",
            "nazevStatu": "Česká republika",
            "nazevObce": "Praha",
            "nazevCastiObce": "Michle",
            "nazevUlice": "Budějovická",
            "cisloDomovni": 778,
            "cisloOrientacni": 3,
            "cisloOrientacniPismeno": "a",
            "psc": 14000,
            "textovaAdresa": "Budějovická 778/3a, Michle, 14000 Praha 4",
        },
        "pravniForma": "121",
        "dic": "CZ" + ico,
        "datumVzniku": "2003-08-26",
    }
    body.update(overrides)
    return body


class FakeAres:
    """A local HTTP server answering like ARES; replies are scripted per IČO."""

    PREFIX = "/ekonomicke-subjekty-v-be/rest/ekonomicke-subjekty/"

    def __init__(self, port: int = 0) -> None:
        self.script: dict[str, list[Reply]] = {}
        self.requests: list[str] = []
        self.release = threading.Event()  # ends any delayed reply at teardown
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def count(self, ico: str) -> int:
        return self.requests.count(ico)

    def stop(self) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def _reply_for(self, ico: str) -> Reply:
        replies = self.script.get(ico)
        if not replies:
            return Reply(404, {"kod": "NENALEZENO", "popis": "Ekonomický subjekt nenalezen."})
        return replies.pop(0) if len(replies) > 1 else replies[0]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                if not self.path.startswith(FakeAres.PREFIX):
                    self.send_error(404)
                    return
                ico = self.path[len(FakeAres.PREFIX) :]
                fake.requests.append(ico)
                reply = fake._reply_for(ico)
                if reply.delay and fake.release.wait(reply.delay):
                    return
                body = reply.body
                raw = body.encode() if isinstance(body, str) else json.dumps(body).encode()
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler


@pytest.fixture
def fake_ares() -> Iterator[FakeAres]:
    server = FakeAres()
    yield server
    server.stop()


class FakeClock:
    """A monotonic clock that only moves when someone sleeps on it."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        self.slept += seconds


@pytest.fixture
def rng() -> random.Random:
    return random.Random(1234)
