"""Header matching in cs, pl, ru and en, and mapping checks."""

from __future__ import annotations

import pytest

from crm_desktop.services.dataio import (
    DataIoCode,
    check_mapping,
    match_header,
    normalise_header,
    suggest_mapping,
)
from crm_protocol.custom_attributes import CustomAttributeDef
from crm_protocol.errors import ErrorCode
from crm_protocol.fields import FieldType

from .conftest import HEADERS


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nazwa", "name"),
        ("Název", "name"),
        ("Название", "name"),
        ("Name", "name"),
        ("Miejscowość", "city"),
        ("MIEJSCOWOSC", "city"),
        ("Obec", "city"),
        ("Город", "city"),
        ("City", "city"),
        ("Kod pocztowy", "postal_code"),
        ("kod_pocztowy", "postal_code"),
        ("PSČ", "postal_code"),
        ("PSC", "postal_code"),
        ("Почтовый индекс", "postal_code"),
        ("Postal code", "postal_code"),
        ("NIP", "nip"),
        ("REGON", "regon"),
        ("PKD", "pkd"),
        ("IČO", "ico"),
        ("ICO", "ico"),
        ("I.Č.O.", "ico"),
        ("DIČ", "dic"),
        ("DIC", "dic"),
        ("Telefon", "landline"),
        ("Телефон", "landline"),
        ("Phone", "landline"),
        ("Komórka", "mobile"),
        ("Mobil", "mobile"),
        ("Мобильный", "mobile"),
        ("E-mail", "email"),
        ("Email", "email"),
        ("e - mail", "email"),
        ("Электронная почта", "email"),
        ("Ulica", "street"),
        ("Ulice", "street"),
        ("Улица", "street"),
        ("Województwo", "region"),
        ("Область", "region"),
        ("postal_code", "postal_code"),
        ("  Uwagi: ", "remarks"),
    ],
)
def test_known_headers(header: str, field: str) -> None:
    assert match_header(header) == field


def test_normalisation_ignores_case_diacritics_and_punctuation() -> None:
    assert normalise_header("Miejscowość") == normalise_header("miejscowosc") == "miejscowosc"
    assert normalise_header("Ł-ó-dź!") == "lodz"
    assert normalise_header("Населённый пункт") == normalise_header("населенный пункт")


def test_unknown_header_does_not_match() -> None:
    assert match_header("Ulubiony kolor") is None
    assert match_header("") is None


@pytest.mark.parametrize("lang", ["pl", "cs", "ru"])
def test_suggestion_maps_every_header_of_a_real_file(lang: str) -> None:
    headers = [h for _, h in HEADERS[lang]]
    suggestion = suggest_mapping([*headers, "Ulubiony kolor"])
    assert suggestion.mapping == {i: f for i, (f, _) in enumerate(HEADERS[lang])}
    assert suggestion.unmatched == (len(headers),)
    assert suggestion.language == lang


def test_kraj_is_the_country_in_polish_and_the_region_in_czech() -> None:
    polish = suggest_mapping(["Nazwa", "Miejscowość", "Kraj"])
    czech = suggest_mapping(["Název", "Obec", "Kraj"])
    assert polish.mapping[2] == "country"
    assert czech.mapping[2] == "region"
    # a Polish file with a region column already: "Kraj" cannot be the region either way
    assert suggest_mapping(["Kraj", "Województwo"]).mapping == {0: "country", 1: "region"}


def test_a_second_phone_column_becomes_the_mobile() -> None:
    assert suggest_mapping(["Telefon", "Telefon", "Telefon"]).mapping == {
        0: "landline",
        1: "mobile",
    }
    assert suggest_mapping(["Telefon", "Telefon", "Telefon"]).unmatched == (2,)


def test_custom_attributes_match_by_label_or_key() -> None:
    defs = [CustomAttributeDef("a1", "fleet_size", "Liczba pojazdów", FieldType.NUMBER)]
    suggestion = suggest_mapping(["Nazwa", "Liczba pojazdów"], defs)
    assert suggestion.mapping == {0: "name", 1: "custom.fleet_size"}
    assert match_header("fleet_size", custom_defs=defs) == "custom.fleet_size"


def test_check_mapping_reports_every_problem() -> None:
    headers = ["Nazwa", "NIP", "Kolor"]
    assert check_mapping({0: "name", 1: "nip"}, headers) == ()
    problems = check_mapping({1: "nip", 2: "favourite_colour", 5: "city", 0: "nip"}, headers)
    got = {(p.field, p.column, p.code) for p in problems}
    assert got == {
        ("nip", 1, DataIoCode.FIELD_MAPPED_TWICE),  # column 0 claimed it first
        ("favourite_colour", 2, ErrorCode.UNKNOWN_FIELD),
        ("city", 5, DataIoCode.NO_SUCH_COLUMN),
        ("name", None, ErrorCode.REQUIRED),
    }
