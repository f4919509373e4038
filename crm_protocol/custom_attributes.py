"""Custom attributes: typed fields a privileged user defines and binds to assignments (DOMAIN.md).

A custom attribute lives in a field group like a standard field, so the same policy decides who
sees and edits it. Its values travel under the key ``custom.<key>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from crm_protocol.errors import ErrorCode, FieldError
from crm_protocol.fields import FIELDS_BY_NAME, FieldDef, FieldGroup, FieldType

CUSTOM_PREFIX = "custom."
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
LABEL_MAX_LENGTH = 100
TEXT_MAX_LENGTH = 1000  # custom text values; longer prose belongs in notes


@dataclass(frozen=True, slots=True)
class CustomAttributeDef:
    """One custom attribute.

    ``assignment_ids`` binds it to assignments; the field exists only on their records, so an
    empty set means it applies to no record yet.
    """

    id: str
    key: str
    label: str
    type: FieldType
    group: FieldGroup = FieldGroup.CUSTOM
    choices: tuple[str, ...] = ()
    required: bool = False
    assignment_ids: frozenset[str] = frozenset()

    @property
    def field_name(self) -> str:
        """The name its values travel under: ``custom.<key>``."""
        return CUSTOM_PREFIX + self.key

    def applies_to(self, assignment_id: str | None) -> bool:
        """True when a record of ``assignment_id`` (``None``: no assignment) has this field.

        A field exists only on the records of the assignments it is bound to (DOMAIN.md); an
        attribute bound to none applies to no record, so it never turns up org-wide by accident.
        """
        return assignment_id is not None and assignment_id in self.assignment_ids

    def as_field_def(self) -> FieldDef:
        """This attribute as a ``FieldDef``, so validation treats it like a standard field."""
        return FieldDef(
            name=self.field_name,
            group=self.group,
            type=self.type,
            max_length=TEXT_MAX_LENGTH if self.type is FieldType.TEXT else None,
            required=self.required,
            choices=self.choices,
        )


def is_custom_field_name(name: str) -> bool:
    """True for a ``custom.<key>`` name."""
    return name.startswith(CUSTOM_PREFIX)


def validate_key(key: str) -> ErrorCode | None:
    """``None`` when ``key`` may name a new attribute, else ``INVALID_KEY`` / ``KEY_RESERVED``."""
    if not KEY_PATTERN.fullmatch(key):
        return ErrorCode.INVALID_KEY
    if key in FIELDS_BY_NAME:
        return ErrorCode.KEY_RESERVED
    return None


def validate_definition(
    defn: CustomAttributeDef, existing: Iterable[CustomAttributeDef] = ()
) -> tuple[FieldError, ...]:
    """Every problem with a definition; ``existing`` are the other definitions (keys unique)."""
    errors: list[FieldError] = []
    key_error = validate_key(defn.key)
    if key_error is None and any(o.key == defn.key and o.id != defn.id for o in existing):
        key_error = ErrorCode.KEY_TAKEN
    if key_error is not None:
        errors.append(FieldError("key", key_error))
    label = defn.label.strip()
    if not label:
        errors.append(FieldError("label", ErrorCode.REQUIRED))
    elif len(label) > LABEL_MAX_LENGTH:
        errors.append(FieldError("label", ErrorCode.TOO_LONG))
    if defn.type is FieldType.CHOICE:
        cleaned = [c.strip() for c in defn.choices]
        if not cleaned or not all(cleaned) or len(set(cleaned)) != len(cleaned):
            errors.append(FieldError("choices", ErrorCode.INVALID_CHOICES))
    elif defn.choices:
        errors.append(FieldError("choices", ErrorCode.INVALID_CHOICES))
    return tuple(errors)


def definitions_for(
    assignment_id: str | None, defs: Iterable[CustomAttributeDef]
) -> tuple[CustomAttributeDef, ...]:
    """The definitions that apply to a record of ``assignment_id``, in the given order."""
    return tuple(d for d in defs if d.applies_to(assignment_id))


def by_field_name(defs: Sequence[CustomAttributeDef]) -> dict[str, CustomAttributeDef]:
    """Index definitions by ``custom.<key>``."""
    return {d.field_name: d for d in defs}
