"""Look up a Czech company by IČO in ARES, the public business registry (JSON REST API).

One GET per lookup, rate-limited on the client (ARES allows 500 requests a minute), cached,
retried only on 502/503/504, with timeouts on every call. Every failure is a ``KnownError``
with a code; a dissolved company is a result with ``dissolved_on`` set, for the UI to warn.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3.exceptions
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from crm_desktop.services.dataio.codes import DataIoCode
from crm_desktop.services.dataio.json_storage import JsonStorage
from crm_desktop.services.dataio.rate_limit import TokenBucket
from crm_protocol.errors import ErrorCode, KnownError
from crm_protocol.fields import field_def
from crm_protocol.validation import normalise, validate_field

ARES_BASE_URL = "https://ares.gov.cz"
ARES_COMPANY_PATH = "/ekonomicke-subjekty-v-be/rest/ekonomicke-subjekty/{ico}"
DEFAULT_TIMEOUT = (3.05, 10.0)  # (connect, read) seconds
DEFAULT_RATE = 8.0  # requests a second; ARES publishes 500 a minute (8.3/s)
DEFAULT_BURST = 8
DEFAULT_RETRIES = 2
DEFAULT_BACKOFF = 0.5
DEFAULT_CACHE_TTL = 7 * 24 * 3600.0  # seconds; registry data changes rarely
MAX_RESPONSE_BYTES = 1024 * 1024
USER_AGENT = "crm-desktop (ARES lookup)"
RETRY_STATUSES = (502, 503, 504)

# ARES' code list of legal forms (číselník "PravniForma"), the ones companies mostly have.
LEGAL_FORMS: dict[str, str] = {
    "101": "Fyzická osoba podnikající dle živnostenského zákona",
    "111": "Veřejná obchodní společnost",
    "112": "Společnost s ručením omezeným",
    "113": "Komanditní společnost",
    "117": "Nadace",
    "118": "Nadační fond",
    "121": "Akciová společnost",
    "141": "Obecně prospěšná společnost",
    "205": "Družstvo",
    "301": "Státní podnik",
    "325": "Organizační složka státu",
    "331": "Příspěvková organizace",
    "706": "Spolek",
    "801": "Obec",
}

TRANSIENT_CODES = frozenset(
    {
        DataIoCode.REGISTRY_TIMEOUT,
        DataIoCode.REGISTRY_SERVER_ERROR,
        DataIoCode.REGISTRY_RATE_LIMITED,
        DataIoCode.REGISTRY_UNREACHABLE,
    }
)


def is_transient(error: KnownError) -> bool:
    """True for failures worth retrying later (offline, slow, overloaded registry)."""
    return error.code in TRANSIENT_CODES


@dataclass(frozen=True, slots=True)
class AresCompany:
    """A registry entry mapped to our field names (``legal_form`` is ARES' code, e.g. "112")."""

    ico: str
    name: str
    street: str | None = None
    building_number: str | None = None
    postal_code: str | None = None
    city: str | None = None
    region: str | None = None
    legal_form: str | None = None
    dic: str | None = None
    dissolved_on: date | None = None

    @property
    def dissolved(self) -> bool:
        """True when the registry records the company as dissolved."""
        return self.dissolved_on is not None

    @property
    def legal_form_name(self) -> str | None:
        """The legal form in words (Czech, as the registry's code list names it), if known."""
        return None if self.legal_form is None else LEGAL_FORMS.get(self.legal_form)

    def as_fields(self) -> dict[str, str | None]:
        """The standard customer fields the lookup fills in (``None``: the registry has none).

        The catalogue has no legal-form field: callers put ``legal_form_text`` into a custom
        attribute keyed ``legal_form`` where one exists.
        """
        return {
            "name": self.name,
            "ico": self.ico,
            "dic": self.dic,
            "street": self.street,
            "building_number": self.building_number,
            "postal_code": self.postal_code,
            "city": self.city,
            "region": self.region,
            "country": "CZ",
        }

    @property
    def legal_form_text(self) -> str | None:
        """The legal form as stored in a record: its name, else the registry's code."""
        return self.legal_form_name or self.legal_form

    def to_json(self) -> dict[str, Any]:
        """A JSON-compatible dict (for the cache)."""
        data = dataclasses.asdict(self)
        data["dissolved_on"] = self.dissolved_on.isoformat() if self.dissolved_on else None
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AresCompany:
        """The inverse of ``to_json``."""
        values = dict(data)
        dissolved = values.get("dissolved_on")
        values["dissolved_on"] = date.fromisoformat(dissolved) if dissolved else None
        return cls(**values)


def normalise_ico(ico: str) -> str:
    """The eight-digit IČO, or ``KnownError(INVALID_ICO)`` when the checksum fails."""
    defn = field_def("ico")
    value = normalise(defn, ico)
    if value is None or validate_field(defn, value) is not None:
        raise KnownError(ErrorCode.INVALID_ICO, {"ico": ico[:32]})
    return value


def check_base_url(base_url: str) -> str:
    """``base_url`` without a trailing slash; https only, plain http only to loopback."""
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if parts.scheme == "https" and host:
        return base_url.rstrip("/")
    if parts.scheme == "http" and _is_loopback(host):
        return base_url.rstrip("/")
    raise KnownError(DataIoCode.INSECURE_URL, {"url": base_url[:200]})


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class AresCache:
    """Lookup results by IČO with a time to live, in memory and optionally persisted.

    Each entry is stored under its IČO (``{"t": saved_at, "company": {...}}``), so a lookup
    writes one small value. Thread-safe: lookups run on worker threads.
    """

    def __init__(
        self,
        storage: JsonStorage | None = None,
        *,
        ttl: float = DEFAULT_CACHE_TTL,
        now: Callable[[], float] = time.time,
        max_entries: int = 10_000,
    ) -> None:
        self._storage = storage
        self._ttl = ttl
        self._now = now
        self._max = max_entries
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[float, dict[str, Any]]] = {}
        for ico, entry in storage.items() if storage is not None else ():
            # A damaged entry is skipped: the cache starts over for that IČO.
            if isinstance(entry, dict) and isinstance(entry.get("company"), dict):
                try:
                    self._entries[str(ico)] = (float(entry["t"]), entry["company"])
                except (KeyError, TypeError, ValueError):
                    continue

    def get(self, ico: str) -> AresCompany | None:
        """The cached company, ``None`` when absent, expired or unreadable."""
        with self._lock:
            entry = self._entries.get(ico)
        if entry is None or self._now() - entry[0] > self._ttl:
            return None
        try:
            return AresCompany.from_json(entry[1])
        except (TypeError, ValueError):
            return None

    def put(self, company: AresCompany) -> None:
        """Remember ``company`` (and persist it, dropping expired and oldest entries)."""
        now = self._now()
        data = company.to_json()
        with self._lock:
            self._entries[company.ico] = (now, data)
            gone = [k for k, (t, _) in self._entries.items() if now - t > self._ttl]
            for key in gone:
                del self._entries[key]
            if len(self._entries) > self._max:
                by_age = sorted(self._entries.items(), key=lambda kv: kv[1][0])
                for key, _ in by_age[: len(self._entries) - self._max]:
                    del self._entries[key]
                    gone.append(key)
        if self._storage is not None:
            self._storage.put(company.ico, {"t": now, "company": data})
            for key in gone:
                self._storage.delete(key)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)


class AresClient:
    """Looks up companies in ARES (or anything answering in its shape, e.g. a test server)."""

    def __init__(
        self,
        base_url: str = ARES_BASE_URL,
        *,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        limiter: TokenBucket | None = None,
        cache: AresCache | None = None,
        retries: int = DEFAULT_RETRIES,
        backoff: float = DEFAULT_BACKOFF,
    ) -> None:
        self.base_url = check_base_url(base_url)
        self.timeout = timeout
        self.limiter = limiter or TokenBucket(DEFAULT_RATE, DEFAULT_BURST)
        self.cache = cache if cache is not None else AresCache()
        self._session = requests.Session()
        # No proxy, netrc or CA bundle from the environment: the lookup goes where we say.
        self._session.trust_env = False
        self._session.headers.update({"Accept": "application/json", "User-Agent": USER_AGENT})
        retry = Retry(
            total=retries,
            connect=0,  # offline: fail now, the queue retries later
            read=False,  # a slow registry will not get faster by asking again
            redirect=False,
            status=retries,
            other=0,
            allowed_methods=frozenset({"GET"}),
            status_forcelist=RETRY_STATUSES,
            backoff_factor=backoff,
            backoff_max=5.0,
            respect_retry_after_header=False,  # keeps the worst case bounded
            raise_on_status=False,
        )
        adapter = HTTPAdapter(max_retries=retry)
        self._session.mount("https://", adapter)
        self._session.mount("http://", adapter)

    def close(self) -> None:
        """Close the HTTP connections."""
        self._session.close()

    def __enter__(self) -> AresClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def lookup(self, ico: str) -> AresCompany:
        """The company registered under ``ico`` (from the cache when fresh).

        Raises ``KnownError`` with ``INVALID_ICO`` (before any request), or a ``DataIoCode``:
        ``REGISTRY_NOT_FOUND``, ``REGISTRY_BAD_RESPONSE``, ``REGISTRY_TIMEOUT``,
        ``REGISTRY_SERVER_ERROR``, ``REGISTRY_RATE_LIMITED``, ``REGISTRY_UNREACHABLE``.
        """
        number = normalise_ico(ico)
        cached = self.cache.get(number)
        if cached is not None:
            return cached
        self.limiter.acquire()
        data = self._get_json(number)
        company = parse_company(data, number)
        self.cache.put(company)
        return company

    def _get_json(self, ico: str) -> Any:
        url = self.base_url + ARES_COMPANY_PATH.format(ico=ico)
        detail = {"ico": ico}
        try:
            response = self._session.get(
                url, timeout=self.timeout, stream=True, allow_redirects=False
            )
        except requests.exceptions.ConnectTimeout as exc:
            raise KnownError(DataIoCode.REGISTRY_UNREACHABLE, detail) from exc
        except requests.exceptions.Timeout as exc:
            raise KnownError(DataIoCode.REGISTRY_TIMEOUT, detail) from exc
        except requests.exceptions.RetryError as exc:
            raise KnownError(DataIoCode.REGISTRY_SERVER_ERROR, detail) from exc
        except requests.exceptions.ConnectionError as exc:
            reason = getattr(exc.args[0], "reason", None) if exc.args else None
            if isinstance(reason, urllib3.exceptions.ReadTimeoutError):
                raise KnownError(DataIoCode.REGISTRY_TIMEOUT, detail) from exc
            raise KnownError(DataIoCode.REGISTRY_UNREACHABLE, detail) from exc
        except requests.exceptions.RequestException as exc:
            raise KnownError(DataIoCode.REGISTRY_BAD_RESPONSE, detail) from exc
        with response:
            status = response.status_code
            if status in (400, 404):
                raise KnownError(DataIoCode.REGISTRY_NOT_FOUND, detail)
            if status == 429:
                raise KnownError(DataIoCode.REGISTRY_RATE_LIMITED, detail)
            if status >= 500:
                raise KnownError(
                    DataIoCode.REGISTRY_SERVER_ERROR, {**detail, "status": str(status)}
                )
            if status != 200:
                raise KnownError(
                    DataIoCode.REGISTRY_BAD_RESPONSE, {**detail, "status": str(status)}
                )
            body = self._read_body(response, detail)
        try:
            return json.loads(body)
        except ValueError as exc:  # includes UnicodeDecodeError
            raise KnownError(DataIoCode.REGISTRY_BAD_RESPONSE, detail) from exc

    @staticmethod
    def _read_body(response: requests.Response, detail: dict[str, str]) -> bytes:
        try:
            body: bytes = response.raw.read(MAX_RESPONSE_BYTES + 1, decode_content=True)
        except urllib3.exceptions.ReadTimeoutError as exc:
            raise KnownError(DataIoCode.REGISTRY_TIMEOUT, detail) from exc
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise KnownError(DataIoCode.REGISTRY_UNREACHABLE, detail) from exc
        if len(body) > MAX_RESPONSE_BYTES:
            raise KnownError(DataIoCode.REGISTRY_BAD_RESPONSE, detail)
        return body


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError("not text")
    text = str(value).strip()
    return text or None


def _postal_code(psc: Any) -> str | None:
    text = _text(psc)
    if text is None:
        return None
    digits = text.replace(" ", "").zfill(5)
    if len(digits) != 5 or not digits.isdigit():
        raise ValueError("bad postal code")
    return f"{digits[:3]} {digits[3:]}"


def _building_number(address: Mapping[str, Any]) -> str | None:
    # Czech addresses carry a house number (číslo popisné) and often a street number
    # (číslo orientační, maybe with a letter), written "1234/5a".
    house = _text(address.get("cisloDomovni"))
    street_no = _text(address.get("cisloOrientacni"))
    letter = _text(address.get("cisloOrientacniPismeno"))
    if street_no and letter:
        street_no += letter
    if house and street_no:
        return f"{house}/{street_no}"
    return house or street_no


def parse_company(data: Any, ico: str) -> AresCompany:
    """Map an ARES ``ekonomicke-subjekty`` JSON object to ``AresCompany``.

    Raises ``KnownError(REGISTRY_BAD_RESPONSE)`` when it is not in that shape or is about
    another IČO than asked for.
    """
    detail = {"ico": ico}
    try:
        if not isinstance(data, dict):
            raise TypeError("not an object")
        if _text(data.get("ico")) != ico:
            raise ValueError("another company")
        name = _text(data.get("obchodniJmeno"))
        if name is None:
            raise ValueError("no name")
        address = data.get("sidlo") or {}
        if not isinstance(address, dict):
            raise TypeError("bad address")
        dissolved = _text(data.get("datumZaniku"))
        return AresCompany(
            ico=ico,
            name=name,
            # Villages without streets are addressed by the part of the municipality.
            street=_text(address.get("nazevUlice")) or _text(address.get("nazevCastiObce")),
            building_number=_building_number(address),
            postal_code=_postal_code(address.get("psc")),
            city=_text(address.get("nazevObce")),
            region=_text(address.get("nazevKraje")),
            legal_form=_text(data.get("pravniForma")),
            dic=_text(data.get("dic")),
            dissolved_on=date.fromisoformat(dissolved[:10]) if dissolved else None,
        )
    except (TypeError, ValueError) as exc:
        raise KnownError(DataIoCode.REGISTRY_BAD_RESPONSE, detail) from exc
