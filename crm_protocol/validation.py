"""Normalise and validate customer field values. Pure; the client and the server run the same code.

Identifier checksums come from python-stdnum (STYLE.md rule 20); only formats that have no
checksum (PKD, postal codes, e-mail, URL, phone) are matched here. Values are ``str | None``
everywhere: numbers as decimal strings, dates ISO ``yyyy-mm-dd``, booleans ``"true"``/``"false"``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

from stdnum.cz import dic as cz_dic
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.pl import nip as pl_nip
from stdnum.pl import regon as pl_regon

from crm_protocol.custom_attributes import CustomAttributeDef, by_field_name
from crm_protocol.errors import ErrorCode, FieldError
from crm_protocol.fields import COUNTRIES, FIELDS_BY_NAME, STANDARD_FIELDS, Check, FieldDef
from crm_protocol.fields import FieldType as T

DEFAULT_COUNTRY = "PL"
COUNTRY_FIELD = "country"

_PKD = re.compile(r"^(\d{2})\.?(\d{2})\.?([A-Z])?$")
_PKD_CANONICAL = re.compile(r"^\d{2}\.\d{2}(\.[A-Z])?$")
_POSTAL_FORMAT = {"PL": re.compile(r"^\d{2}-\d{3}$"), "CZ": re.compile(r"^\d{3} \d{2}$")}
# Deliberately loose: one @, no whitespace, a dotted domain. The only real test of an address
# is sending mail to it; this catches typos without rejecting valid international addresses.
_EMAIL = re.compile(r"^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$")
_PHONE = re.compile(r"^\+?[0-9 ()\-]+$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_IS_DIGITS = re.compile(r"^\d+$")
_WHITESPACE = re.compile(r"\s+")
_PHONE_MIN_DIGITS, _PHONE_MAX_DIGITS = 9, 15

_CHECK_ERRORS = {
    Check.NIP: ErrorCode.INVALID_NIP,
    Check.REGON: ErrorCode.INVALID_REGON,
    Check.PKD: ErrorCode.INVALID_PKD,
    Check.ICO: ErrorCode.INVALID_ICO,
    Check.DIC: ErrorCode.INVALID_DIC,
    Check.POSTAL_CODE: ErrorCode.INVALID_POSTAL_CODE,
    Check.EMAIL: ErrorCode.INVALID_EMAIL,
    Check.URL: ErrorCode.INVALID_URL,
    Check.PHONE: ErrorCode.INVALID_PHONE,
    Check.COUNTRY: ErrorCode.INVALID_COUNTRY,
}


# --- normalisation ---------------------------------------------------------------------------


def _norm_nip(v: str) -> str:
    return pl_nip.compact(v)


def _norm_regon(v: str) -> str:
    return pl_regon.compact(v)


def _norm_pkd(v: str) -> str:
    compact = v.replace(" ", "").upper()
    m = _PKD.fullmatch(compact)
    if m is None:
        return compact
    return f"{m[1]}.{m[2]}" + (f".{m[3]}" if m[3] else "")


def _norm_ico(v: str) -> str:
    compact = re.sub(r"[\s/]", "", v)
    # Spreadsheets drop the leading zeros of old six- and seven-digit IČO numbers.
    if _IS_DIGITS.fullmatch(compact) and 6 <= len(compact) < 8:
        compact = compact.zfill(8)
    return compact


def _norm_dic(v: str) -> str:
    compact = cz_dic.compact(v)
    return "CZ" + compact if _IS_DIGITS.fullmatch(compact) else v.replace(" ", "").upper()


def _norm_postal(v: str, country: str | None) -> str:
    # Only five bare digits are reformatted: a code written in another country's format stays
    # as typed, so validation flags the mismatch instead of hiding a wrong country.
    if not (_IS_DIGITS.fullmatch(v) and len(v) == 5):
        return v
    if _country(country) == "CZ":
        return f"{v[:3]} {v[3:]}"
    return f"{v[:2]}-{v[2:]}"


def _norm_email(v: str) -> str:
    local, at, domain = v.rpartition("@")
    # The domain is case-insensitive; the local part formally is not, so leave it alone.
    return f"{local}@{domain.lower()}" if at else v


def _norm_url(v: str) -> str:
    if "://" not in v and " " not in v and "." in v:
        return "https://" + v  # people type "www.firma.pl"
    return v


def _norm_phone(v: str) -> str:
    return _WHITESPACE.sub(" ", v)


def _norm_number(v: str) -> str:
    compact = v.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    # Polish and Czech write a decimal comma.
    if "," in compact and "." not in compact and compact.count(",") == 1:
        compact = compact.replace(",", ".")
    return compact


_NORMALISERS: dict[Check, Callable[[str], str]] = {
    Check.NIP: _norm_nip,
    Check.REGON: _norm_regon,
    Check.PKD: _norm_pkd,
    Check.ICO: _norm_ico,
    Check.DIC: _norm_dic,
    Check.EMAIL: _norm_email,
    Check.URL: _norm_url,
    Check.PHONE: _norm_phone,
    Check.COUNTRY: str.upper,
}


def _country(country: str | None) -> str:
    return (country or DEFAULT_COUNTRY).strip().upper() or DEFAULT_COUNTRY


def normalise(defn: FieldDef, value: str | None, *, country: str | None = None) -> str | None:
    """The canonical form of ``value``: stripped, ``None`` when empty, identifiers compacted.

    NIP and REGON become digits only, IČO eight digits, DIČ ``CZ`` + digits, PKD ``62.01.Z``,
    postal codes the national format of ``country`` (the record's; PL when unknown). A value
    that cannot be normalised is returned stripped, for ``validate_field`` to reject.
    """
    if value is None:
        return None
    v = value.strip()
    if not v:
        return None
    if defn.check is Check.POSTAL_CODE:
        return _norm_postal(v, country)
    if defn.check is not None and defn.check in _NORMALISERS:
        # junk such as a bare "PL" compacts to nothing; keep it visible for validation
        return _NORMALISERS[defn.check](v) or v
    if defn.type is T.NUMBER:
        return _norm_number(v)
    if defn.type is T.BOOLEAN:
        return v.lower()
    return v


# --- validation -------------------------------------------------------------------------------


def _stdnum_ok(validate: Callable[[str], str], v: str) -> bool:
    try:
        validate(v)
    except StdnumError:
        return False
    return True


def _valid_regon(v: str) -> bool:
    return _IS_DIGITS.fullmatch(v) is not None and _stdnum_ok(pl_regon.validate, v)


def _valid_nip(v: str) -> bool:
    return _IS_DIGITS.fullmatch(v) is not None and _stdnum_ok(pl_nip.validate, v)


def _valid_ico(v: str) -> bool:
    # stdnum has no cz.ico; IČO is the eight-digit legal-entity form of DIČ, same checksum.
    return (
        len(v) == 8
        and _IS_DIGITS.fullmatch(v) is not None
        and cz_dic.calc_check_digit_legal(v[:-1]) == v[-1]
    )


def _valid_dic(v: str) -> bool:
    return (
        v.startswith("CZ")
        and _IS_DIGITS.fullmatch(v[2:]) is not None
        and _stdnum_ok(cz_dic.validate, v[2:])
    )


def _valid_url(v: str) -> bool:
    if any(c.isspace() for c in v):
        return False
    try:
        parts = urlsplit(v)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    labels = host.split(".")
    return len(labels) >= 2 and all(labels)


def _valid_phone(v: str) -> bool:
    if not _PHONE.fullmatch(v):
        return False
    digits = sum(c.isdigit() for c in v)
    return _PHONE_MIN_DIGITS <= digits <= _PHONE_MAX_DIGITS


def _valid_postal(v: str, country: str | None) -> bool:
    pattern = _POSTAL_FORMAT.get(_country(country))
    # A country without a known format: accept anything short (max_length still applies).
    return pattern is None or pattern.fullmatch(v) is not None


_VALIDATORS: dict[Check, Callable[[str], bool]] = {
    Check.NIP: _valid_nip,
    Check.REGON: _valid_regon,
    Check.PKD: lambda v: _PKD_CANONICAL.fullmatch(v) is not None,
    Check.ICO: _valid_ico,
    Check.DIC: _valid_dic,
    Check.EMAIL: lambda v: _EMAIL.fullmatch(v) is not None,
    Check.URL: _valid_url,
    Check.PHONE: _valid_phone,
    Check.COUNTRY: lambda v: v in COUNTRIES,
}


def _type_error(defn: FieldDef, v: str) -> ErrorCode | None:
    if defn.type is T.NUMBER:
        try:
            ok = Decimal(v).is_finite()
        except InvalidOperation:
            ok = False
        return None if ok else ErrorCode.INVALID_NUMBER
    if defn.type is T.DATE:
        try:
            ok = _ISO_DATE.fullmatch(v) is not None and bool(date.fromisoformat(v))
        except ValueError:
            ok = False
        return None if ok else ErrorCode.INVALID_DATE
    if defn.type is T.BOOLEAN:
        return None if v in ("true", "false") else ErrorCode.INVALID_BOOLEAN
    if defn.type is T.CHOICE and v not in defn.choices:
        # the country field has its own, more telling code
        is_country = defn.check is Check.COUNTRY
        return ErrorCode.INVALID_COUNTRY if is_country else ErrorCode.INVALID_CHOICE
    return None


def validate_field(
    defn: FieldDef, value: str | None, *, country: str | None = None
) -> ErrorCode | None:
    """The first problem with an already-normalised ``value``, or ``None`` when it is valid.

    ``country`` is the record's country, for the postal code (PL when empty).
    """
    if value is None or value == "":
        return ErrorCode.REQUIRED if defn.required else None
    if defn.max_length is not None and len(value) > defn.max_length:
        return ErrorCode.TOO_LONG
    type_error = _type_error(defn, value)
    if type_error is not None:
        return type_error
    if defn.check is None:
        return None
    if defn.check is Check.POSTAL_CODE:
        ok = _valid_postal(value, country)
    else:
        ok = _VALIDATORS[defn.check](value)
    return None if ok else _CHECK_ERRORS[defn.check]


def validate_customer(
    values: Mapping[str, str | None],
    custom_defs: Sequence[CustomAttributeDef] = (),
    *,
    partial: bool = False,
    country: str | None = None,
) -> tuple[dict[str, str | None], tuple[FieldError, ...]]:
    """Normalise and check a customer's values; returns the normalised values of the known keys
    given (absent fields are not filled in) and every error.

    Keys are standard field names or ``custom.<key>`` of ``custom_defs`` (the definitions that
    apply to this record); anything else is ``UNKNOWN_FIELD`` and left out of the result.
    ``partial=True`` (an update) checks only the keys present: a missing required field is fine,
    but clearing one is still ``REQUIRED``. ``country`` is the stored country, used for the postal
    code when ``values`` does not carry one.
    """
    custom = by_field_name(custom_defs)
    errors: list[FieldError] = []
    defs: dict[str, FieldDef] = {}
    for name in values:
        defn = FIELDS_BY_NAME.get(name)
        if defn is None and name in custom:
            defn = custom[name].as_field_def()
        if defn is None:
            errors.append(FieldError(name, ErrorCode.UNKNOWN_FIELD))
        else:
            defs[name] = defn
    if not partial:
        for defn in (*STANDARD_FIELDS, *(d.as_field_def() for d in custom_defs)):
            defs.setdefault(defn.name, defn)

    record_country = country
    if COUNTRY_FIELD in values:
        record_country = normalise(FIELDS_BY_NAME[COUNTRY_FIELD], values[COUNTRY_FIELD])

    result: dict[str, str | None] = {}
    for name, defn in defs.items():
        if name not in values:
            # full mode: an absent field is only checked for being required
            if defn.required:
                errors.append(FieldError(name, ErrorCode.REQUIRED))
            continue
        value = normalise(defn, values[name], country=record_country)
        result[name] = value
        code = validate_field(defn, value, country=record_country)
        if code is not None:
            errors.append(FieldError(name, code))
    return result, tuple(errors)
