"""``crm-desktop --demo``: a stand-in for ARES on loopback, so the lookup works without internet.

It answers ``GET /ekonomicke-subjekty-v-be/rest/ekonomicke-subjekty/<IČO>`` in the shape of the
public registry: a few fixed demo companies (one of them dissolved), plus whatever companies the
demo passes in (the Czech customers of the demo data, so looking one of them up finds it).
Any other IČO is "not found", as in the real registry. Nothing here is used outside the demo.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

ARES_PATH = "/ekonomicke-subjekty-v-be/rest/ekonomicke-subjekty/"
# Legal-form codes by the abbreviation a company name ends with.
_LEGAL_FORMS = {"s.r.o.": "112", "a.s.": "121", "v.o.s.": "111", "k.s.": "113"}


@dataclass(frozen=True, slots=True)
class DemoCompany:
    """A registry entry of the demo: what the registry would say about one company."""

    ico: str
    name: str
    street: str | None = None
    building_number: str | None = None
    postal_code: str | None = None
    city: str | None = None
    region: str | None = None
    dissolved_on: str | None = None

    def body(self) -> dict[str, Any]:
        """The company as ARES' ``ekonomicke-subjekty`` JSON object."""
        house, _, orientation = (self.building_number or "").partition("/")
        address: dict[str, Any] = {
            "kodStatu": "CZ",
            "nazevStatu": "Česká republika",
            "nazevKraje": self.region,
            "nazevObce": self.city,
            "nazevUlice": self.street,
            "psc": int(self.postal_code.replace(" ", "")) if self.postal_code else None,
        }
        if house.isdigit():
            address["cisloDomovni"] = int(house)
        if orientation.isdigit():
            address["cisloOrientacni"] = int(orientation)
        legal = next((c for s, c in _LEGAL_FORMS.items() if self.name.endswith(s)), "112")
        body: dict[str, Any] = {
            "ico": self.ico,
            "obchodniJmeno": self.name,
            "sidlo": {k: v for k, v in address.items() if v is not None},
            "pravniForma": legal,
            "dic": "CZ" + self.ico,
        }
        if self.dissolved_on:
            body["datumZaniku"] = self.dissolved_on
        return body


# Valid IČOs (checksum) that are not in the generated demo data.
DEMO_COMPANIES: tuple[DemoCompany, ...] = (
    DemoCompany(
        "25596641",
        "Strojírny Demo Brno s.r.o.",
        "Masarykova",
        "427/31",
        "602 00",
        "Brno",
        "Jihomoravský kraj",
    ),
    DemoCompany(
        "26185610",
        "Kovovýroba Ukázka a.s.",
        "Pražská",
        "1837/8",
        "669 02",
        "Znojmo",
        "Jihomoravský kraj",
    ),
    DemoCompany(
        "27082440",
        "Zaniklá dílna v.o.s.",
        "Nádražní",
        "15",
        "690 02",
        "Břeclav",
        "Jihomoravský kraj",
        dissolved_on="2022-06-30",
    ),
)


class DemoAres:
    """The stand-in registry on a free loopback port; ``stop()`` ends it."""

    def __init__(self, companies: Iterable[DemoCompany] = ()) -> None:
        self.companies: dict[str, DemoCompany] = {c.ico: c for c in DEMO_COMPANIES}
        self.companies.update({c.ico: c for c in companies})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="crm-demo-ares", daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        """The base URL to give ``AresClient`` (plain http is allowed to loopback only)."""
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        companies = self.companies

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                ico = self.path[len(ARES_PATH) :] if self.path.startswith(ARES_PATH) else ""
                company = companies.get(ico)
                if company is None:
                    status = 404
                    body: Mapping[str, Any] = {
                        "kod": "NENALEZENO",
                        "popis": "Ekonomický subjekt nenalezen.",
                    }
                else:
                    status, body = 200, company.body()
                raw = json.dumps(body, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, format: str, *args: object) -> None:
                """Quiet: the demo's console is for the user."""

        return Handler
