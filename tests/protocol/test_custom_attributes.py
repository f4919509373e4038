"""Custom attribute definitions: keys, binding to assignments, definition checks."""

from __future__ import annotations

import pytest

from crm_protocol.custom_attributes import (
    CustomAttributeDef,
    definitions_for,
    validate_definition,
    validate_key,
)
from crm_protocol.errors import ErrorCode, FieldError
from crm_protocol.fields import FieldGroup, FieldType

GLOBAL = CustomAttributeDef("g", "segment", "Segment", FieldType.TEXT)  # bound to nothing
OTHER = CustomAttributeDef("o", "herd", "Herd", FieldType.NUMBER, assignment_ids=frozenset({"a2"}))
BOUND = CustomAttributeDef(
    "b", "meat_kind", "Meat", FieldType.TEXT, assignment_ids=frozenset({"a1", "a2"})
)


@pytest.mark.parametrize("key", ["x", "budget", "meat_kind_2", "a" * 40])
def test_valid_keys(key: str) -> None:
    assert validate_key(key) is None


@pytest.mark.parametrize("key", ["", "Budget", "2nd", "_x", "with-dash", "custom.x", "a" * 41])
def test_invalid_keys(key: str) -> None:
    assert validate_key(key) is ErrorCode.INVALID_KEY


@pytest.mark.parametrize("key", ["name", "nip", "postal_code", "margin"])
def test_standard_field_names_are_reserved(key: str) -> None:
    assert validate_key(key) is ErrorCode.KEY_RESERVED


def test_field_name_and_field_def() -> None:
    defn = CustomAttributeDef("1", "vip", "VIP", FieldType.BOOLEAN, FieldGroup.COMMERCIAL)
    assert defn.field_name == "custom.vip"
    as_field = defn.as_field_def()
    assert as_field.name == "custom.vip"
    assert as_field.group is FieldGroup.COMMERCIAL
    assert as_field.type is FieldType.BOOLEAN


def test_unbound_attribute_applies_to_no_record() -> None:
    assert not GLOBAL.applies_to("a1")
    assert not GLOBAL.applies_to(None)


def test_bound_attribute_applies_only_to_its_assignments() -> None:
    assert BOUND.applies_to("a1")
    assert not BOUND.applies_to("a3")
    assert not BOUND.applies_to(None)


def test_definitions_for_keeps_order() -> None:
    assert definitions_for("a2", [OTHER, BOUND, GLOBAL]) == (OTHER, BOUND)
    assert definitions_for("a1", [OTHER, BOUND, GLOBAL]) == (BOUND,)
    assert definitions_for("zz", [OTHER, BOUND, GLOBAL]) == ()


def test_valid_definition() -> None:
    choice = CustomAttributeDef("c", "size", "Size", FieldType.CHOICE, choices=("S", "M"))
    assert validate_definition(choice, [GLOBAL, choice]) == ()


def test_definition_problems_are_all_reported() -> None:
    bad = CustomAttributeDef("x", "segment", " ", FieldType.CHOICE, choices=("S", "S"))
    assert validate_definition(bad, [GLOBAL]) == (
        FieldError("key", ErrorCode.KEY_TAKEN),
        FieldError("label", ErrorCode.REQUIRED),
        FieldError("choices", ErrorCode.INVALID_CHOICES),
    )


def test_choices_only_on_choice_type_and_label_length() -> None:
    bad = CustomAttributeDef("x", "ok", "L" * 101, FieldType.TEXT, choices=("a",))
    assert validate_definition(bad) == (
        FieldError("label", ErrorCode.TOO_LONG),
        FieldError("choices", ErrorCode.INVALID_CHOICES),
    )
    empty = CustomAttributeDef("y", "ok2", "Size", FieldType.CHOICE)
    assert validate_definition(empty) == (FieldError("choices", ErrorCode.INVALID_CHOICES),)
