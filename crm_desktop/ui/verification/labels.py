"""Translated names of verification states, reject reasons and value types; field and group
names come from ``crm_desktop.ui.field_labels``.

The protocol carries names and codes only (``nip``, ``wrong_value``); these are what a person
reads and hears. Custom attributes bring their own label from the server.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.ui.field_labels import FIELD_LABELS, group_label
from crm_desktop.ui.field_labels import field_label as shared_field_label
from crm_desktop.ui.i18n import QT_TRANSLATE_NOOP
from crm_protocol.fields import FieldType
from crm_protocol.schemas import RejectReason, VerificationState

_CONTEXT = "FieldLabels"

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
    if name in FIELD_LABELS:
        return shared_field_label(name)
    return name.removeprefix("custom.").replace("_", " ").capitalize()


def reason_label(reason: RejectReason) -> str:
    """The translated name of a reject reason."""
    return QCoreApplication.translate(_CONTEXT, REASON_LABELS[reason])


def state_label(state: VerificationState | None) -> str:
    """The translated verification state ("—" when the role cannot see it)."""
    if state is None:
        return "—"
    return QCoreApplication.translate(_CONTEXT, STATE_LABELS[state])


TYPE_LABELS: dict[FieldType, str] = {
    FieldType.TEXT: QT_TRANSLATE_NOOP("FieldLabels", "Text"),
    FieldType.NUMBER: QT_TRANSLATE_NOOP("FieldLabels", "Number"),
    FieldType.DATE: QT_TRANSLATE_NOOP("FieldLabels", "Date"),
    FieldType.CHOICE: QT_TRANSLATE_NOOP("FieldLabels", "Choice from a list"),
    FieldType.BOOLEAN: QT_TRANSLATE_NOOP("FieldLabels", "Yes or no"),
}


def type_label(kind: FieldType) -> str:
    """The translated name of a value type."""
    return QCoreApplication.translate(_CONTEXT, TYPE_LABELS[kind])


__all__ = ["field_label", "group_label", "reason_label", "state_label", "type_label"]
