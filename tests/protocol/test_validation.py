"""Normalisation and validation of customer values, with real identifier numbers."""

from __future__ import annotations

import pytest
from stdnum.cz import dic as cz_dic
from stdnum.pl import nip as pl_nip
from stdnum.pl import regon as pl_regon

from crm_protocol.custom_attributes import CustomAttributeDef
from crm_protocol.errors import ErrorCode, FieldError
from crm_protocol.fields import FieldDef, FieldGroup, FieldType, field_def
from crm_protocol.validation import normalise, validate_customer, validate_field

E = ErrorCode


def check(name: str, raw: str | None, *, country: str | None = None) -> ErrorCode | None:
    """Normalise then validate one standard field, as a form would."""
    defn = field_def(name)
    return validate_field(defn, normalise(defn, raw, country=country), country=country)


# Real numbers: stdnum's documented examples and public registry entries (cross-checked below).
VALID_NIPS = ["8567346215", "5260250274", "7740001454", "526-025-02-74", "PL 526 025 02 74"]
VALID_REGONS_9 = ["192598184", "123456785", "000331501", "610188201"]
VALID_REGONS_14 = ["12345678512347"]
VALID_ICOS = ["25123891", "27082440", "00064581", "45274649", "00006947"]
VALID_DICS = ["CZ25123891", "25123891", "cz 27082440", "CZ7103192745", "CZ640903926"]


def test_the_test_numbers_are_really_valid() -> None:
    assert all(pl_nip.is_valid(n) for n in VALID_NIPS)
    assert all(pl_regon.is_valid(n) for n in VALID_REGONS_9 + VALID_REGONS_14)
    assert all(cz_dic.is_valid(n) for n in VALID_ICOS + VALID_DICS)


@pytest.mark.parametrize("raw", VALID_NIPS)
def test_valid_nip(raw: str) -> None:
    assert check("nip", raw) is None


@pytest.mark.parametrize("raw", ["8567346216", "856734621", "85673462150", "856734621X", "PL"])
def test_invalid_nip(raw: str) -> None:
    assert check("nip", raw) is E.INVALID_NIP


def test_nip_normalises_to_digits() -> None:
    assert normalise(field_def("nip"), " PL 526-025-02-74 ") == "5260250274"


@pytest.mark.parametrize("raw", VALID_REGONS_9 + VALID_REGONS_14 + ["192-598-184"])
def test_valid_regon(raw: str) -> None:
    assert check("regon", raw) is None


@pytest.mark.parametrize("raw", ["192598183", "12345678512348", "1234567", "12345678A"])
def test_invalid_regon(raw: str) -> None:
    assert check("regon", raw) is E.INVALID_REGON


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [("62.01.Z", "62.01.Z"), ("6201Z", "62.01.Z"), ("62.01z", "62.01.Z"), ("4711", "47.11")],
)
def test_valid_pkd_normalises(raw: str, canonical: str) -> None:
    assert normalise(field_def("pkd"), raw) == canonical
    assert check("pkd", raw) is None


@pytest.mark.parametrize("raw", ["62.1.Z", "620.1Z", "62-01-Z", "AB.CD.Z", "62.01.1"])
def test_invalid_pkd(raw: str) -> None:
    assert check("pkd", raw) is E.INVALID_PKD


@pytest.mark.parametrize("raw", VALID_ICOS)
def test_valid_ico(raw: str) -> None:
    assert check("ico", raw) is None


def test_ico_gets_back_the_leading_zeros_a_spreadsheet_dropped() -> None:
    assert normalise(field_def("ico"), "64581") == "64581"  # too short to be a lost-zero IČO
    assert normalise(field_def("ico"), "6947") == "6947"
    assert normalise(field_def("ico"), "064581") == "00064581"
    assert check("ico", "064581") is None


@pytest.mark.parametrize("raw", ["25123890", "2512389", "2512389A", "CZ251238"])
def test_invalid_ico(raw: str) -> None:
    assert check("ico", raw) is E.INVALID_ICO


@pytest.mark.parametrize("raw", VALID_DICS)
def test_valid_dic_normalises_to_cz_and_digits(raw: str) -> None:
    value = normalise(field_def("dic"), raw)
    assert value is not None
    assert value.startswith("CZ")
    assert value[2:].isdigit()
    assert check("dic", raw) is None


@pytest.mark.parametrize("raw", ["CZ25123890", "CZ1234", "SK2020317068", "CZ 2512389X"])
def test_invalid_dic(raw: str) -> None:
    assert check("dic", raw) is E.INVALID_DIC


@pytest.mark.parametrize(
    ("raw", "country", "canonical"),
    [
        ("00-950", None, "00-950"),
        ("00950", "PL", "00-950"),
        ("110 00", "CZ", "110 00"),
        ("11000", "CZ", "110 00"),
        ("11000", "cz", "110 00"),
    ],
)
def test_valid_postal_code(raw: str, country: str | None, canonical: str) -> None:
    assert normalise(field_def("postal_code"), raw, country=country) == canonical
    assert check("postal_code", raw, country=country) is None


@pytest.mark.parametrize(
    ("value", "country"),
    [("110 00", "PL"), ("110 00", None), ("00-950", "CZ"), ("0095", "PL"), ("AB-123", "PL")],
)
def test_postal_code_must_match_the_country_format(value: str, country: str | None) -> None:
    # validate_field sees already-normalised input, so a foreign format stays wrong
    assert validate_field(field_def("postal_code"), value, country=country) is (
        E.INVALID_POSTAL_CODE
    )


@pytest.mark.parametrize("raw", ["jan@firma.pl", "Jana.Nova+crm@Example.CZ", "a@b.co.uk"])
def test_valid_email(raw: str) -> None:
    assert check("email", raw) is None


def test_email_domain_is_lowercased_local_part_kept() -> None:
    assert normalise(field_def("email"), " Jana@Example.CZ ") == "Jana@example.cz"


@pytest.mark.parametrize("raw", ["jan", "jan@", "@firma.pl", "jan@firma", "jan kowal@firma.pl"])
def test_invalid_email(raw: str) -> None:
    assert check("email", raw) is E.INVALID_EMAIL


@pytest.mark.parametrize("raw", ["https://firma.pl", "http://www.firma.cz/kontakt?x=1"])
def test_valid_url(raw: str) -> None:
    assert check("website", raw) is None


def test_url_without_scheme_gets_https() -> None:
    assert normalise(field_def("website"), "www.firma.pl") == "https://www.firma.pl"
    assert check("website", "www.firma.pl") is None


@pytest.mark.parametrize(
    "raw",
    ["ftp://firma.pl", "https://localhost", "http://", "firma", "https://a..pl", "http://x y.pl"],
)
def test_invalid_url(raw: str) -> None:
    assert check("website", raw) is E.INVALID_URL


@pytest.mark.parametrize(
    "raw", ["+48 22 123 45 67", "(22) 123-45-67", "602123456", "+420602123456"]
)
def test_valid_phone(raw: str) -> None:
    assert check("mobile", raw) is None


@pytest.mark.parametrize(
    "raw", ["12345678", "1234567890123456", "602 123 456 ext", "+48/221234567"]
)
def test_invalid_phone(raw: str) -> None:
    assert check("landline", raw) is E.INVALID_PHONE


def test_phone_whitespace_collapses() -> None:
    assert normalise(field_def("mobile"), " 602\t123  456 ") == "602 123 456"


def test_strip_and_empty_become_none() -> None:
    assert normalise(field_def("city"), "  Brno ") == "Brno"
    assert normalise(field_def("city"), "   ") is None
    assert normalise(field_def("city"), None) is None


def test_required_and_too_long() -> None:
    assert check("name", "") is E.REQUIRED
    assert check("name", None) is E.REQUIRED
    assert check("city", None) is None
    assert check("city", "x" * 100) is None
    assert check("city", "x" * 101) is E.TOO_LONG


def test_identifiers_longer_than_their_field_are_too_long() -> None:
    assert check("ico", "CZ25123891") is E.TOO_LONG
    assert check("pkd", "62.01.ZZ") is E.TOO_LONG
    assert check("landline", "+48 (22) 123 45 67 89 0") is E.TOO_LONG


def test_postal_code_in_a_foreign_format_is_not_rewritten() -> None:
    assert normalise(field_def("postal_code"), "170 00", country="PL") == "170 00"
    assert check("postal_code", "170 00", country="PL") is E.INVALID_POSTAL_CODE


def test_country_choice() -> None:
    assert check("country", "cz") is None
    assert check("country", "DE") is E.INVALID_COUNTRY


def test_employment_level_choice() -> None:
    assert check("employment_level", "10-49") is None
    assert check("employment_level", "lots") is E.INVALID_CHOICE


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12.50", None),
        ("12,50", None),
        ("-3", None),
        ("1 000,5", None),
        ("abc", E.INVALID_NUMBER),
        ("NaN", E.INVALID_NUMBER),
        ("Infinity", E.INVALID_NUMBER),
        ("1,000.5", E.INVALID_NUMBER),
    ],
)
def test_number(raw: str, expected: ErrorCode | None) -> None:
    assert check("margin", raw) is expected


def test_number_normalises_decimal_comma_and_spaces() -> None:
    assert normalise(field_def("purchase_price"), "1 234,50") == "1234.50"


# --- whole records ----------------------------------------------------------------------------


def test_validate_customer_normalises_and_reports_every_error() -> None:
    values, errors = validate_customer(
        {"name": " ACME ", "nip": "526-025-02-74", "email": "bad", "postal_code": "123"}
    )
    assert values == {"name": "ACME", "nip": "5260250274", "email": "bad", "postal_code": "123"}
    assert errors == (
        FieldError("email", E.INVALID_EMAIL),
        FieldError("postal_code", E.INVALID_POSTAL_CODE),
    )


def test_validate_customer_requires_name_in_full_mode() -> None:
    _, errors = validate_customer({"city": "Brno"})
    assert errors == (FieldError("name", E.REQUIRED),)


def test_partial_mode_does_not_require_absent_fields() -> None:
    values, errors = validate_customer({"city": " Brno "}, partial=True)
    assert values == {"city": "Brno"}
    assert errors == ()


def test_partial_mode_still_refuses_to_clear_a_required_field() -> None:
    _, errors = validate_customer({"name": "  "}, partial=True)
    assert errors == (FieldError("name", E.REQUIRED),)


def test_partial_mode_checks_only_present_fields() -> None:
    _, errors = validate_customer({"nip": "123"}, partial=True)
    assert errors == (FieldError("nip", E.INVALID_NIP),)


def test_unknown_keys_are_reported_and_dropped() -> None:
    values, errors = validate_customer({"name": "ACME", "shoe_size": "44", "custom.x": "1"})
    assert "shoe_size" not in values
    assert "custom.x" not in values
    assert set(errors) == {
        FieldError("shoe_size", E.UNKNOWN_FIELD),
        FieldError("custom.x", E.UNKNOWN_FIELD),
    }


def test_postal_code_follows_the_record_country() -> None:
    values, errors = validate_customer({"name": "Alza", "country": "cz", "postal_code": "17000"})
    assert values["postal_code"] == "170 00"
    assert values["country"] == "CZ"
    assert errors == ()
    _, errors = validate_customer({"name": "Firma", "postal_code": "170 00"})
    assert errors == (FieldError("postal_code", E.INVALID_POSTAL_CODE),)


def test_partial_update_uses_the_stored_country() -> None:
    values, errors = validate_customer({"postal_code": "17000"}, partial=True, country="CZ")
    assert values == {"postal_code": "170 00"}
    assert errors == ()


# --- custom attributes ------------------------------------------------------------------------

CUSTOM = (
    CustomAttributeDef("1", "note", "Note", FieldType.TEXT),
    CustomAttributeDef("2", "budget", "Budget", FieldType.NUMBER, required=True),
    CustomAttributeDef("3", "visit", "Visit", FieldType.DATE),
    CustomAttributeDef("4", "size", "Size", FieldType.CHOICE, choices=("S", "M", "L")),
    CustomAttributeDef("5", "vip", "VIP", FieldType.BOOLEAN),
)


def test_valid_custom_values() -> None:
    values, errors = validate_customer(
        {
            "name": "ACME",
            "custom.note": " hello ",
            "custom.budget": "1500,75",
            "custom.visit": "2024-02-29",
            "custom.size": "M",
            "custom.vip": "TRUE",
        },
        CUSTOM,
    )
    assert errors == ()
    assert values["custom.note"] == "hello"
    assert values["custom.budget"] == "1500.75"
    assert values["custom.vip"] == "true"


@pytest.mark.parametrize(
    ("key", "raw", "code"),
    [
        ("custom.budget", "lots", E.INVALID_NUMBER),
        ("custom.budget", "", E.REQUIRED),
        ("custom.visit", "2023-02-29", E.INVALID_DATE),
        ("custom.visit", "20240101", E.INVALID_DATE),
        ("custom.visit", "29.02.2024", E.INVALID_DATE),
        ("custom.size", "XL", E.INVALID_CHOICE),
        ("custom.vip", "yes", E.INVALID_BOOLEAN),
        ("custom.note", "x" * 1001, E.TOO_LONG),
    ],
)
def test_invalid_custom_values(key: str, raw: str, code: ErrorCode) -> None:
    values = {"name": "ACME", "custom.budget": "1", key: raw}
    _, errors = validate_customer(values, CUSTOM)
    assert errors == (FieldError(key, code),)


def test_required_custom_attribute_enforced_in_full_mode_only() -> None:
    _, errors = validate_customer({"name": "ACME"}, CUSTOM)
    assert errors == (FieldError("custom.budget", E.REQUIRED),)
    _, errors = validate_customer({"name": "ACME"}, CUSTOM, partial=True)
    assert errors == ()


def test_a_field_def_without_a_check_accepts_any_text() -> None:
    defn = FieldDef("free", FieldGroup.REMARKS, max_length=None)
    assert validate_field(defn, "anything at all " * 1000) is None
