"""The customer field catalogue: every standard attribute, its type, validation and field group.

The field group is the unit of access control (DOMAIN.md: "a group of details is the smallest
unit access can be given to"), so every field belongs to exactly one group.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class FieldGroup(StrEnum):
    """Groups of customer fields; a role gets hidden / read / write access per group."""

    IDENTIFICATION = "identification"  # name and registry identifiers
    ADDRESS = "address"
    CONTACT = "contact"  # e-mail and website
    PHONES = "phones"  # landline, mobile, fax
    BUSINESS = "business"  # activity, employment level
    SOURCES = "sources"  # data source 1-4
    REMARKS = "remarks"
    COMMERCIAL = "commercial"  # purchase price, margin
    VERIFICATION = "verification"  # verification state and per-field flags
    CUSTOM = "custom"  # default group for custom attributes


class FieldType(StrEnum):
    """Value types shared by standard and custom attributes."""

    TEXT = "text"
    NUMBER = "number"  # decimal, carried as a string on the wire to keep precision
    DATE = "date"  # ISO 8601 yyyy-mm-dd
    CHOICE = "choice"
    BOOLEAN = "boolean"


class Check(StrEnum):
    """Named validators beyond the type; implemented in ``crm_protocol.validation``."""

    NIP = "nip"
    REGON = "regon"
    PKD = "pkd"
    ICO = "ico"
    DIC = "dic"
    POSTAL_CODE = "postal_code"  # depends on the record's country
    EMAIL = "email"
    URL = "url"
    PHONE = "phone"
    COUNTRY = "country"


@dataclass(frozen=True, slots=True)
class FieldDef:
    """One customer attribute."""

    name: str
    group: FieldGroup
    type: FieldType = FieldType.TEXT
    max_length: int | None = 255
    check: Check | None = None
    required: bool = False
    choices: tuple[str, ...] = field(default=())
    searchable: bool = False  # part of the full-text index


EMPLOYMENT_LEVELS = ("0-9", "10-49", "50-249", "250-999", "1000+")
COUNTRIES = ("PL", "CZ")

STANDARD_FIELDS: tuple[FieldDef, ...] = (
    FieldDef("name", FieldGroup.IDENTIFICATION, required=True, searchable=True),
    FieldDef("nip", FieldGroup.IDENTIFICATION, max_length=13, check=Check.NIP, searchable=True),
    FieldDef("regon", FieldGroup.IDENTIFICATION, max_length=14, check=Check.REGON, searchable=True),
    FieldDef("pkd", FieldGroup.IDENTIFICATION, max_length=7, check=Check.PKD),
    FieldDef("ico", FieldGroup.IDENTIFICATION, max_length=8, check=Check.ICO, searchable=True),
    FieldDef("dic", FieldGroup.IDENTIFICATION, max_length=12, check=Check.DIC, searchable=True),
    FieldDef("street", FieldGroup.ADDRESS),
    FieldDef("building_number", FieldGroup.ADDRESS, max_length=20),
    FieldDef("postal_code", FieldGroup.ADDRESS, max_length=6, check=Check.POSTAL_CODE),
    FieldDef("city", FieldGroup.ADDRESS, max_length=100, searchable=True),
    FieldDef("region", FieldGroup.ADDRESS, max_length=100),
    FieldDef(
        "country",
        FieldGroup.ADDRESS,
        type=FieldType.CHOICE,
        max_length=2,
        check=Check.COUNTRY,
        choices=COUNTRIES,
    ),
    FieldDef("business_activity", FieldGroup.BUSINESS, max_length=500),
    FieldDef(
        "employment_level",
        FieldGroup.BUSINESS,
        type=FieldType.CHOICE,
        max_length=10,
        choices=EMPLOYMENT_LEVELS,
    ),
    FieldDef("website", FieldGroup.CONTACT, check=Check.URL),
    FieldDef("email", FieldGroup.CONTACT, max_length=254, check=Check.EMAIL, searchable=True),
    FieldDef("landline", FieldGroup.PHONES, max_length=20, check=Check.PHONE, searchable=True),
    FieldDef("mobile", FieldGroup.PHONES, max_length=20, check=Check.PHONE, searchable=True),
    FieldDef("fax", FieldGroup.PHONES, max_length=20, check=Check.PHONE),
    FieldDef("data_source_1", FieldGroup.SOURCES),
    FieldDef("data_source_2", FieldGroup.SOURCES),
    FieldDef("data_source_3", FieldGroup.SOURCES),
    FieldDef("data_source_4", FieldGroup.SOURCES),
    FieldDef("remarks", FieldGroup.REMARKS, max_length=4000),
    FieldDef("purchase_price", FieldGroup.COMMERCIAL, type=FieldType.NUMBER, max_length=None),
    FieldDef("margin", FieldGroup.COMMERCIAL, type=FieldType.NUMBER, max_length=None),
)

FIELDS_BY_NAME: dict[str, FieldDef] = {f.name: f for f in STANDARD_FIELDS}
SEARCHABLE_FIELDS: tuple[str, ...] = tuple(f.name for f in STANDARD_FIELDS if f.searchable)


def field_def(name: str) -> FieldDef:
    """The standard field called ``name``; ``KeyError`` for an unknown name."""
    return FIELDS_BY_NAME[name]


def fields_in_group(group: FieldGroup) -> tuple[FieldDef, ...]:
    """Standard fields of one group, in catalogue order."""
    return tuple(f for f in STANDARD_FIELDS if f.group is group)
