"""Changes merge, and the error types carry codes, not sentences."""

from __future__ import annotations

import pickle

import pytest

from crm_protocol.changes import Changes
from crm_protocol.errors import CrmError, ErrorCode, FieldError, KnownError, ValidationFailed


def test_none_is_falsy() -> None:
    assert not Changes.none()
    assert Changes.none() == Changes()


@pytest.mark.parametrize(
    "changes",
    [
        Changes(customers=frozenset({"c1"})),
        Changes(customers_removed=frozenset({"c1"})),
        Changes(assignments=True),
        Changes(users=True),
        Changes(verification=True),
        Changes(outbox=True),
        Changes(policy=True),
        Changes(conflicts=True),
    ],
)
def test_any_single_change_is_truthy(changes: Changes) -> None:
    assert changes
    assert changes.merge(Changes.none()) == changes
    assert Changes.none().merge(changes) == changes


def test_merge_is_the_union() -> None:
    a = Changes(customers=frozenset({"c1"}), outbox=True)
    b = Changes(customers=frozenset({"c2"}), customers_removed=frozenset({"c3"}), policy=True)
    merged = a.merge(b)
    assert merged == Changes(
        customers=frozenset({"c1", "c2"}),
        customers_removed=frozenset({"c3"}),
        outbox=True,
        policy=True,
    )
    assert a | b == merged
    assert b.merge(a) == merged


def test_known_error_carries_code_and_detail() -> None:
    err = KnownError(ErrorCode.SERVER_UNREACHABLE, {"host": "crm.example"})
    assert isinstance(err, CrmError)
    assert err.code == "server_unreachable"
    assert err.detail == {"host": "crm.example"}
    copy = pickle.loads(pickle.dumps(err))  # crosses thread/process boundaries intact
    assert (copy.code, copy.detail) == (err.code, err.detail)
    assert KnownError(ErrorCode.KEYRING_UNAVAILABLE).detail == {}


def test_validation_failed_carries_every_error() -> None:
    errors = [FieldError("nip", ErrorCode.INVALID_NIP), FieldError("name", ErrorCode.REQUIRED)]
    with pytest.raises(ValidationFailed) as info:
        raise ValidationFailed(errors)
    assert info.value.errors == tuple(errors)
    assert str(info.value) == "nip: invalid_nip, name: required"


def test_error_codes_are_unique_wire_values() -> None:
    values = [c.value for c in ErrorCode]
    assert len(values) == len(set(values))
    assert all(v == v.lower() and " " not in v for v in values)
