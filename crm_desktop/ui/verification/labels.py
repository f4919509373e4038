"""Translated names of customer fields, verification states and reject reasons.

The protocol carries names and codes only (``nip``, ``wrong_value``); these are what a person
reads and hears. Custom attributes bring their own label from the server.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui.i18n import QT_TRANSLATE_NOOP
from crm_protocol.fields import FieldGroup, FieldType
from crm_protocol.schemas import RejectReason, VerificationState

_CONTEXT = "FieldLabels"

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("FieldLabels", "Name"),
    "nip": QT_TRANSLATE_NOOP("FieldLabels", "NIP"),
    "regon": QT_TRANSLATE_NOOP("FieldLabels", "REGON"),
    "pkd": QT_TRANSLATE_NOOP("FieldLabels", "PKD"),
    "ico": QT_TRANSLATE_NOOP("FieldLabels", "IČO"),
    "dic": QT_TRANSLATE_NOOP("FieldLabels", "DIČ"),
    "street": QT_TRANSLATE_NOOP("FieldLabels", "Street"),
    "building_number": QT_TRANSLATE_NOOP("FieldLabels", "Number"),
    "postal_code": QT_TRANSLATE_NOOP("FieldLabels", "Postal code"),
    "city": QT_TRANSLATE_NOOP("FieldLabels", "City"),
    "region": QT_TRANSLATE_NOOP("FieldLabels", "Region"),
    "country": QT_TRANSLATE_NOOP("FieldLabels", "Country"),
    "business_activity": QT_TRANSLATE_NOOP("FieldLabels", "Business activity"),
    "employment_level": QT_TRANSLATE_NOOP("FieldLabels", "Employment level"),
    "website": QT_TRANSLATE_NOOP("FieldLabels", "Website"),
    "email": QT_TRANSLATE_NOOP("FieldLabels", "E-mail"),
    "landline": QT_TRANSLATE_NOOP("FieldLabels", "Landline"),
    "mobile": QT_TRANSLATE_NOOP("FieldLabels", "Mobile"),
    "fax": QT_TRANSLATE_NOOP("FieldLabels", "Fax"),
    "data_source_1": QT_TRANSLATE_NOOP("FieldLabels", "Data source 1"),
    "data_source_2": QT_TRANSLATE_NOOP("FieldLabels", "Data source 2"),
    "data_source_3": QT_TRANSLATE_NOOP("FieldLabels", "Data source 3"),
    "data_source_4": QT_TRANSLATE_NOOP("FieldLabels", "Data source 4"),
    "remarks": QT_TRANSLATE_NOOP("FieldLabels", "Remarks"),
    "purchase_price": QT_TRANSLATE_NOOP("FieldLabels", "Purchase price"),
    "margin": QT_TRANSLATE_NOOP("FieldLabels", "Margin"),
}

REASON_LABELS: dict[RejectReason, str] = {
    RejectReason.INVALID_FORMAT: QT_TRANSLATE_NOOP("FieldLabels", "Invalid format"),
    RejectReason.WRONG_VALUE: QT_TRANSLATE_NOOP("FieldLabels", "Wrong value"),
    RejectReason.MISSING: QT_TRANSLATE_NOOP("FieldLabels", "Missing"),
    RejectReason.DUPLICATE: QT_TRANSLATE_NOOP("FieldLabels", "Duplicate"),
    RejectReason.UNREACHABLE: QT_TRANSLATE_NOOP("FieldLabels", "Unreachable"),
    RejectReason.OTHER: QT_TRANSLATE_NOOP("FieldLabels", "Other"),
}

STATE_LABELS: dict[VerificationState, str] = {
    VerificationState.UNVERIFIED: QT_TRANSLATE_NOOP("FieldLabels", "Not verified"),
    VerificationState.PENDING: QT_TRANSLATE_NOOP("FieldLabels", "Corrected, waiting"),
    VerificationState.APPROVED: QT_TRANSLATE_NOOP("FieldLabels", "Approved"),
    VerificationState.REJECTED: QT_TRANSLATE_NOOP("FieldLabels", "Rejected"),
}


def field_label(name: str, custom_labels: dict[str, str] | None = None) -> str:
    """The translated label of a standard field, the server's label of a custom one."""
    if custom_labels and name in custom_labels:
        return custom_labels[name]
    source = FIELD_LABELS.get(name)
    if source is None:
        return name.removeprefix("custom.").replace("_", " ").capitalize()
    return QCoreApplication.translate(_CONTEXT, source)


def reason_label(reason: RejectReason) -> str:
    """The translated name of a reject reason."""
    return QCoreApplication.translate(_CONTEXT, REASON_LABELS[reason])


def state_label(state: VerificationState | None) -> str:
    """The translated verification state ("—" when the role cannot see it)."""
    if state is None:
        return "—"
    return QCoreApplication.translate(_CONTEXT, STATE_LABELS[state])


GROUP_LABELS: dict[FieldGroup, str] = {
    FieldGroup.IDENTIFICATION: QT_TRANSLATE_NOOP("FieldLabels", "Identification"),
    FieldGroup.ADDRESS: QT_TRANSLATE_NOOP("FieldLabels", "Address"),
    FieldGroup.CONTACT: QT_TRANSLATE_NOOP("FieldLabels", "Contact"),
    FieldGroup.PHONES: QT_TRANSLATE_NOOP("FieldLabels", "Phones"),
    FieldGroup.BUSINESS: QT_TRANSLATE_NOOP("FieldLabels", "Business"),
    FieldGroup.SOURCES: QT_TRANSLATE_NOOP("FieldLabels", "Sources"),
    FieldGroup.REMARKS: QT_TRANSLATE_NOOP("FieldLabels", "Remarks"),
    FieldGroup.COMMERCIAL: QT_TRANSLATE_NOOP("FieldLabels", "Commercial"),
    FieldGroup.VERIFICATION: QT_TRANSLATE_NOOP("FieldLabels", "Verification"),
    FieldGroup.CUSTOM: QT_TRANSLATE_NOOP("FieldLabels", "Custom"),
}

TYPE_LABELS: dict[FieldType, str] = {
    FieldType.TEXT: QT_TRANSLATE_NOOP("FieldLabels", "Text"),
    FieldType.NUMBER: QT_TRANSLATE_NOOP("FieldLabels", "Number"),
    FieldType.DATE: QT_TRANSLATE_NOOP("FieldLabels", "Date"),
    FieldType.CHOICE: QT_TRANSLATE_NOOP("FieldLabels", "Choice from a list"),
    FieldType.BOOLEAN: QT_TRANSLATE_NOOP("FieldLabels", "Yes or no"),
}


def group_label(group: FieldGroup) -> str:
    """The translated name of a field group."""
    return QCoreApplication.translate(_CONTEXT, GROUP_LABELS[group])


def type_label(kind: FieldType) -> str:
    """The translated name of a value type."""
    return QCoreApplication.translate(_CONTEXT, TYPE_LABELS[kind])
