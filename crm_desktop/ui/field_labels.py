"""Translated labels of customer fields and field groups (the catalogue has codes only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui.i18n import QT_TRANSLATE_NOOP
from crm_protocol.fields import FieldGroup

_CONTEXT = "Fields"

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "nip": QT_TRANSLATE_NOOP("Fields", "NIP"),
    "regon": QT_TRANSLATE_NOOP("Fields", "REGON"),
    "pkd": QT_TRANSLATE_NOOP("Fields", "PKD"),
    "ico": QT_TRANSLATE_NOOP("Fields", "IČO"),
    "dic": QT_TRANSLATE_NOOP("Fields", "DIČ"),
    "street": QT_TRANSLATE_NOOP("Fields", "Street"),
    "building_number": QT_TRANSLATE_NOOP("Fields", "Number"),
    "postal_code": QT_TRANSLATE_NOOP("Fields", "Postal code"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "region": QT_TRANSLATE_NOOP("Fields", "Region"),
    "country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "business_activity": QT_TRANSLATE_NOOP("Fields", "Business activity"),
    "employment_level": QT_TRANSLATE_NOOP("Fields", "Employees"),
    "website": QT_TRANSLATE_NOOP("Fields", "Website"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "landline": QT_TRANSLATE_NOOP("Fields", "Landline"),
    "mobile": QT_TRANSLATE_NOOP("Fields", "Mobile"),
    "fax": QT_TRANSLATE_NOOP("Fields", "Fax"),
    "data_source_1": QT_TRANSLATE_NOOP("Fields", "Data source 1"),
    "data_source_2": QT_TRANSLATE_NOOP("Fields", "Data source 2"),
    "data_source_3": QT_TRANSLATE_NOOP("Fields", "Data source 3"),
    "data_source_4": QT_TRANSLATE_NOOP("Fields", "Data source 4"),
    "remarks": QT_TRANSLATE_NOOP("Fields", "Remarks"),
    "purchase_price": QT_TRANSLATE_NOOP("Fields", "Purchase price"),
    "margin": QT_TRANSLATE_NOOP("Fields", "Margin"),
    "verification_state": QT_TRANSLATE_NOOP("Fields", "Verification"),
    "owner": QT_TRANSLATE_NOOP("Fields", "Owner"),
}

GROUP_LABELS: dict[FieldGroup, str] = {
    FieldGroup.IDENTIFICATION: QT_TRANSLATE_NOOP("Fields", "Identification"),
    FieldGroup.ADDRESS: QT_TRANSLATE_NOOP("Fields", "Address"),
    FieldGroup.CONTACT: QT_TRANSLATE_NOOP("Fields", "Contact"),
    FieldGroup.PHONES: QT_TRANSLATE_NOOP("Fields", "Phones"),
    FieldGroup.BUSINESS: QT_TRANSLATE_NOOP("Fields", "Business"),
    FieldGroup.SOURCES: QT_TRANSLATE_NOOP("Fields", "Sources"),
    FieldGroup.REMARKS: QT_TRANSLATE_NOOP("Fields", "Remarks"),
    FieldGroup.COMMERCIAL: QT_TRANSLATE_NOOP("Fields", "Commercial"),
    FieldGroup.VERIFICATION: QT_TRANSLATE_NOOP("Fields", "Verification"),
    FieldGroup.CUSTOM: QT_TRANSLATE_NOOP("Fields", "Assignment fields"),
}

VERIFICATION_LABELS: dict[str, str] = {
    "unverified": QT_TRANSLATE_NOOP("Fields", "Not verified"),
    "pending": QT_TRANSLATE_NOOP("Fields", "Waiting for verification"),
    "approved": QT_TRANSLATE_NOOP("Fields", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Fields", "Flagged"),
}

REASON_LABELS: dict[str, str] = {
    "invalid_format": QT_TRANSLATE_NOOP("Fields", "invalid format"),
    "wrong_value": QT_TRANSLATE_NOOP("Fields", "wrong value"),
    "unreachable": QT_TRANSLATE_NOOP("Fields", "unreachable"),
    "duplicate": QT_TRANSLATE_NOOP("Fields", "duplicate"),
    "missing": QT_TRANSLATE_NOOP("Fields", "missing"),
    "other": QT_TRANSLATE_NOOP("Fields", "other"),
}


def field_label(name: str, custom_label: str | None = None) -> str:
    """A field's label in the UI language (a custom attribute keeps its own label)."""
    if custom_label is not None:
        return custom_label
    source = FIELD_LABELS.get(name)
    return name if source is None else QCoreApplication.translate(_CONTEXT, source)


def group_label(group: FieldGroup) -> str:
    """A field group's title in the UI language."""
    return QCoreApplication.translate(_CONTEXT, GROUP_LABELS[group])


def verification_label(state: str) -> str:
    """A verification state in words."""
    source = VERIFICATION_LABELS.get(state)
    return state if source is None else QCoreApplication.translate(_CONTEXT, source)


def reason_label(code: str) -> str:
    """A verifier's reason code in words."""
    source = REASON_LABELS.get(code)
    return code if source is None else QCoreApplication.translate(_CONTEXT, source)
