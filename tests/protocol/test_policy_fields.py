"""Field-level policy helpers: what a user sees and may write, hidden fields never revealed."""

from __future__ import annotations

from crm_protocol.custom_attributes import CustomAttributeDef
from crm_protocol.errors import ErrorCode, FieldError
from crm_protocol.fields import STANDARD_FIELDS, FieldGroup, FieldType
from crm_protocol.policy import (
    check_writes,
    evaluate,
    filter_values,
    visible_fields,
    writable_fields,
)
from crm_protocol.roles import preset

SECRET = CustomAttributeDef("a1", "discount", "Discount", FieldType.NUMBER, FieldGroup.COMMERCIAL)
NOTE = CustomAttributeDef("a2", "call_note", "Call note", FieldType.TEXT)
OPERATOR = evaluate([preset("operator")])
VERIFIER = evaluate([preset("verifier")])


def test_operator_does_not_see_commercial_fields() -> None:
    names = visible_fields(OPERATOR, (SECRET, NOTE))
    assert "purchase_price" not in names
    assert "margin" not in names
    assert "custom.discount" not in names
    assert "name" in names
    assert names[-1] == "custom.call_note"


def test_administrator_sees_every_field_in_catalogue_order() -> None:
    admin = evaluate([preset("administrator")])
    expected = (*(f.name for f in STANDARD_FIELDS), "custom.discount", "custom.call_note")
    assert visible_fields(admin, (SECRET, NOTE)) == expected
    assert writable_fields(admin, (SECRET, NOTE)) == expected


def test_verifier_writes_nothing_but_verification() -> None:
    assert writable_fields(VERIFIER, (SECRET, NOTE)) == ()
    assert "margin" in visible_fields(VERIFIER)


def test_filter_values_drops_hidden_and_unknown_fields() -> None:
    values = {"name": "ACME", "margin": "12.5", "custom.discount": "3", "custom.call_note": "hi"}
    values["bogus"] = "x"
    assert filter_values(OPERATOR, values, (SECRET, NOTE)) == {
        "name": "ACME",
        "custom.call_note": "hi",
    }


def test_writing_a_hidden_field_looks_exactly_like_an_unknown_one() -> None:
    errors = check_writes(OPERATOR, ["margin", "no_such_field", "custom.discount"], (SECRET,))
    assert errors == (
        FieldError("margin", ErrorCode.UNKNOWN_FIELD),
        FieldError("no_such_field", ErrorCode.UNKNOWN_FIELD),
        FieldError("custom.discount", ErrorCode.UNKNOWN_FIELD),
    )


def test_writing_a_read_only_field_is_field_read_only() -> None:
    assert check_writes(VERIFIER, ["name"]) == (FieldError("name", ErrorCode.FIELD_READ_ONLY),)


def test_allowed_writes_yield_no_errors() -> None:
    assert check_writes(OPERATOR, ["name", "mobile", "custom.call_note"], (NOTE,)) == ()


def test_custom_field_without_its_definition_is_unknown() -> None:
    assert check_writes(OPERATOR, ["custom.call_note"]) == (
        FieldError("custom.call_note", ErrorCode.UNKNOWN_FIELD),
    )
