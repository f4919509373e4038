"""Customer identity for imports: identifier keys, the stable row key, and duplicate lookup.

Two records are the same customer when they share a NIP, REGON, IČO or phone number. A row
without any of these is identified by its name, postal code and city. The row key (a hash of
that identity) is what makes an import idempotent: the store keeps it with the customer, and
importing the same file again finds every row through the ``DuplicateIndex``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Iterable, Mapping
from enum import StrEnum
from typing import NamedTuple, Protocol

_NON_DIGITS = re.compile(r"\D")
_SPACES = re.compile(r"\s+")
# National numbers in Poland and Czechia have nine digits; a longer number starting with the
# country code is the same line written internationally.
_COUNTRY_CODES = ("48", "420")
_NATIONAL_DIGITS = 9
ROW_KEY_BYTES = 16


class IdentityKind(StrEnum):
    """What an identity key is made of."""

    NIP = "nip"
    REGON = "regon"
    ICO = "ico"
    PHONE = "phone"
    ROW_KEY = "row_key"


class IdentityKey(NamedTuple):
    """One way to recognise a customer: a kind and a normalised value."""

    kind: IdentityKind
    value: str


IDENTIFIER_FIELDS: dict[str, IdentityKind] = {
    "nip": IdentityKind.NIP,
    "regon": IdentityKind.REGON,
    "ico": IdentityKind.ICO,
}
PHONE_FIELDS = ("landline", "mobile")


def phone_key(value: str) -> str | None:
    """A phone number's digits in national form ("+48 601 222 333" -> "601222333")."""
    digits = _NON_DIGITS.sub("", value)
    if digits.startswith("00"):
        digits = digits[2:]
    if len(digits) > _NATIONAL_DIGITS:
        for code in _COUNTRY_CODES:
            if digits.startswith(code) and len(digits) - len(code) == _NATIONAL_DIGITS:
                digits = digits[len(code) :]
                break
    return digits or None


def _text_key(value: str | None) -> str:
    return _SPACES.sub(" ", (value or "").strip()).casefold()


def row_key(values: Mapping[str, str | None]) -> str:
    """A stable key for a normalised customer row: the same customer gives the same key.

    Built from NIP, REGON and IČO when the row has any, else from name, postal code and city.
    """
    identifiers = [(f, values.get(f)) for f in IDENTIFIER_FIELDS if values.get(f)]
    if identifiers:
        text = "|".join(f"{f}={v}" for f, v in identifiers)
    else:
        text = "|".join(f"{f}={_text_key(values.get(f))}" for f in ("name", "postal_code", "city"))
    return hashlib.sha256(text.encode()).hexdigest()[: ROW_KEY_BYTES * 2]


def identity_keys(values: Mapping[str, str | None], key: str | None = None) -> list[IdentityKey]:
    """Every identity key of a normalised row: identifiers, phones, and the row key when the
    row has no identifier (``key``: the precomputed ``row_key``)."""
    keys = [
        IdentityKey(kind, value)
        for field, kind in IDENTIFIER_FIELDS.items()
        if (value := values.get(field))
    ]
    for field in PHONE_FIELDS:
        raw = values.get(field)
        digits = phone_key(raw) if raw else None
        if digits and (phone := IdentityKey(IdentityKind.PHONE, digits)) not in keys:
            keys.append(phone)
    if not any(values.get(field) for field in IDENTIFIER_FIELDS):
        # With a NIP, REGON or IČO the row key is derived from them and adds nothing.
        keys.append(IdentityKey(IdentityKind.ROW_KEY, key if key is not None else row_key(values)))
    return keys


class DuplicateIndex(Protocol):
    """Looks up existing customers by identity (the store implements it with its indexes)."""

    def lookup(self, keys: Collection[IdentityKey]) -> Mapping[IdentityKey, str]:
        """The existing customer id for each of ``keys`` that is already taken."""
        ...


class InMemoryDuplicateIndex:
    """A ``DuplicateIndex`` over a dict, for tests and for small callers."""

    def __init__(self) -> None:
        self._ids: dict[IdentityKey, str] = {}

    def add(
        self, customer_id: str, values: Mapping[str, str | None], key: str | None = None
    ) -> None:
        """Register a customer under every identity key of its (normalised) values."""
        for identity in identity_keys(values, key):
            self._ids.setdefault(identity, customer_id)

    def lookup(self, keys: Collection[IdentityKey]) -> dict[IdentityKey, str]:
        """The known customer id for each key that is taken."""
        return {k: self._ids[k] for k in keys if k in self._ids}

    def __len__(self) -> int:
        return len(self._ids)


def first_match(
    keys: Iterable[IdentityKey], found: Mapping[IdentityKey, str]
) -> tuple[IdentityKey, str] | None:
    """The first of ``keys`` present in ``found``, with its customer id."""
    for key in keys:
        if key in found:
            return key, found[key]
    return None
