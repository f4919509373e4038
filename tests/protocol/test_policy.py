"""The policy evaluator against an explicit access table derived from DOMAIN.md."""

from __future__ import annotations

import json
import random
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_protocol.fields import FieldGroup as G
from crm_protocol.permissions import RECORD_PERMISSIONS, Access, Permission, Scope
from crm_protocol.policy import EffectivePolicy, evaluate
from crm_protocol.roles import PRESETS, Limits, RoleDef, preset, presets

P = Permission
H, R, W = Access.HIDDEN, Access.READ, Access.WRITE

# fmt: off
GROUPS = (G.IDENTIFICATION, G.ADDRESS, G.CONTACT, G.PHONES, G.BUSINESS, G.SOURCES, G.REMARKS,
          G.COMMERCIAL, G.VERIFICATION, G.CUSTOM)
EXPECTED_FIELD_ACCESS: dict[str, tuple[Access, ...]] = {
    #                     ident addr cont phon busi src  rem  comm veri cust
    "operator":             (W,   W,   W,   W,   W,   W,   W,   H,   R,   W),
    "verifier":             (R,   R,   R,   R,   R,   R,   R,   R,   W,   R),
    "supervisor":           (W,   W,   W,   W,   W,   W,   W,   R,   R,   W),
    "coordinator":          (W,   W,   W,   W,   W,   W,   W,   W,   R,   W),
    "principal":            (W,   W,   W,   W,   W,   W,   W,   W,   W,   W),
    "administrator":        (W,   W,   W,   W,   W,   W,   W,   W,   W,   W),
    "director":             (W,   W,   W,   W,   W,   W,   W,   W,   W,   W),
    "external_operator":    (R,   R,   R,   W,   R,   H,   W,   H,   H,   W),
    "sales_representative": (W,   W,   W,   W,   W,   R,   W,   W,   H,   W),
    "service_technician":   (R,   R,   H,   R,   H,   H,   W,   H,   H,   H),
}
# fmt: on

OWN, ASSIGNMENT, TEAM, ALL = Scope.OWN, Scope.ASSIGNMENT, Scope.TEAM, Scope.ALL
FUNCTIONS = tuple(p for p in Permission if p not in RECORD_PERMISSIONS)

EXPECTED_GRANTS: dict[str, dict[Permission, set[Scope]]] = {
    "operator": {
        P.CUSTOMER_READ: {OWN, ASSIGNMENT},
        P.CUSTOMER_CREATE: {ASSIGNMENT},
        P.CUSTOMER_EDIT: {OWN, ASSIGNMENT},
    },
    "verifier": {P.CUSTOMER_READ: {ASSIGNMENT}, P.VERIFY: {ASSIGNMENT}},
    "supervisor": {
        P.CUSTOMER_READ: {OWN, ASSIGNMENT, TEAM},
        P.CUSTOMER_CREATE: {OWN, ASSIGNMENT, TEAM},
        P.CUSTOMER_EDIT: {OWN, ASSIGNMENT, TEAM},
        P.CHANGE_OWNER: {OWN, ASSIGNMENT, TEAM},
        P.BULK_OPERATIONS: {OWN, ASSIGNMENT, TEAM},
        P.PLAN_TASKS_FOR_OTHERS: {ALL},
        P.CLOSE_ASSIGNMENT_FOR_OPERATORS: {ALL},
    },
    "coordinator": {
        P.CUSTOMER_READ: {ALL},
        P.CUSTOMER_CREATE: {ALL},
        P.CUSTOMER_EDIT: {ALL},
        P.CHANGE_OWNER: {ALL},
        P.BULK_OPERATIONS: {ALL},
        P.EXPORT: {ALL},
        P.PLAN_TASKS_FOR_OTHERS: {ALL},
        P.MANAGE_ASSIGNMENTS: {ALL},
        P.CLOSE_ASSIGNMENT_FOR_OPERATORS: {ALL},
        P.CLOSE_ASSIGNMENT: {ALL},
        P.DEFINE_CUSTOM_ATTRIBUTES: {ALL},
    },
    "principal": {
        P.CUSTOMER_READ: {ASSIGNMENT},
        P.CUSTOMER_CREATE: {ASSIGNMENT},
        P.CUSTOMER_EDIT: {ASSIGNMENT},
        P.CUSTOMER_DELETE: {ASSIGNMENT},
        P.CHANGE_OWNER: {ASSIGNMENT},
        P.BULK_OPERATIONS: {ASSIGNMENT},
        P.EXPORT: {ASSIGNMENT},
        P.VERIFY: {ASSIGNMENT},
        P.MANAGE_ASSIGNMENTS: {ALL},
        P.DEFINE_CUSTOM_ATTRIBUTES: {ALL},
    },
    # DOMAIN.md: the administrator does everything ...
    "administrator": {p: {ALL} for p in Permission},
    # ... the director too, except deleting the organisation's data as a whole.
    "director": {p: {ALL} for p in Permission if p is not P.DELETE_ALL_DATA},
    "external_operator": {P.CUSTOMER_READ: {OWN}, P.CUSTOMER_EDIT: {OWN}},
    "sales_representative": {
        P.CUSTOMER_READ: {OWN, TEAM},
        P.CUSTOMER_CREATE: {OWN},
        P.CUSTOMER_EDIT: {OWN},
        P.EDIT_DEAL_DATES: {OWN},
    },
    "service_technician": {P.CUSTOMER_READ: {OWN, TEAM}, P.CUSTOMER_EDIT: {OWN}},
}


def test_tables_cover_every_preset_and_group() -> None:
    assert set(EXPECTED_FIELD_ACCESS) == set(PRESETS) == set(EXPECTED_GRANTS)
    assert set(GROUPS) == set(G)


@pytest.mark.parametrize("group_index", range(len(GROUPS)), ids=[g.value for g in GROUPS])
@pytest.mark.parametrize("name", sorted(PRESETS))
def test_preset_field_access(name: str, group_index: int) -> None:
    policy = evaluate([preset(name)])
    expected = EXPECTED_FIELD_ACCESS[name][group_index]
    group = GROUPS[group_index]
    assert policy.access(group) is expected
    assert policy.can_see(group) is (expected >= R)
    assert policy.can_write(group) is (expected is W)


@pytest.mark.parametrize("permission", list(Permission), ids=[p.value for p in Permission])
@pytest.mark.parametrize("name", sorted(PRESETS))
def test_preset_permission(name: str, permission: Permission) -> None:
    policy = evaluate([preset(name)])
    expected = frozenset(EXPECTED_GRANTS[name].get(permission, set()))
    assert policy.scopes(permission) == expected
    assert policy.allows(permission) is bool(expected)


def test_operator_cannot_export_delete_change_owner_or_bulk() -> None:
    policy = evaluate([preset("operator")])
    for perm in (P.EXPORT, P.CUSTOMER_DELETE, P.CHANGE_OWNER, P.BULK_OPERATIONS):
        assert not policy.allows(perm)
    assert not policy.can_see(G.COMMERCIAL)


def test_operator_plus_verifier_is_the_union() -> None:
    policy = evaluate(presets(["operator", "verifier"]))
    assert policy.roles == ("operator", "verifier")
    assert policy.scopes(P.CUSTOMER_READ) == {OWN, ASSIGNMENT}
    assert policy.scopes(P.VERIFY) == {ASSIGNMENT}
    assert policy.access(G.VERIFICATION) is W  # verifier's write beats operator's read
    assert policy.access(G.COMMERCIAL) is R  # verifier's read beats operator's hidden
    assert policy.access(G.IDENTIFICATION) is W  # operator's write beats verifier's read
    assert not policy.allows(P.EXPORT)


def test_operator_plus_coordinator_gets_the_coordinator_export_cap() -> None:
    policy = evaluate(presets(["operator", "coordinator"]))
    assert policy.allows(P.EXPORT)
    assert policy.limits.export_row_cap == 10_000
    assert policy.limits.export_daily_rows == 50_000


def test_empty_roles_give_nothing() -> None:
    policy = evaluate([])
    assert policy.roles == ()
    assert not any(policy.allows(p) for p in Permission)
    assert all(policy.access(g) is H for g in G)
    assert policy.visible_groups() == frozenset()
    assert policy.limits.export_row_cap == 0
    assert policy.limits.export_daily_rows == 0
    assert not policy.limits.offline_export


def test_limits_union_none_wins() -> None:
    policy = evaluate(presets(["coordinator", "administrator", "principal"]))
    assert policy.limits.export_row_cap is None
    assert policy.limits.export_daily_rows is None
    assert policy.limits.offline_export


def test_limits_union_takes_the_largest_cap() -> None:
    policy = evaluate(presets(["principal", "coordinator"]))
    assert policy.limits.export_row_cap == 10_000
    assert policy.limits.export_daily_rows == 50_000


def test_export_caps_of_a_role_without_export_do_not_count() -> None:
    no_export = RoleDef(
        "reader",
        MappingProxyType({P.CUSTOMER_READ: frozenset({ALL})}),
        MappingProxyType({}),
        limits=Limits(export_row_cap=None, export_daily_rows=None, offline_export=True),
    )
    policy = evaluate([no_export, preset("coordinator")])
    assert policy.limits.export_row_cap == 10_000
    assert not policy.limits.offline_export


def test_lease_times_take_the_longest() -> None:
    policy = evaluate(presets(["external_operator", "operator"]))
    assert policy.limits.offline_lock_after_hours == 24
    assert policy.limits.offline_wipe_after_hours == 7 * 24


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_document_round_trip_for_every_preset(name: str) -> None:
    policy = evaluate([preset(name)])
    doc = json.loads(json.dumps(policy.to_document()))
    assert EffectivePolicy.from_document(doc) == policy


def test_document_round_trip_for_combined_roles() -> None:
    policy = evaluate(presets(["operator", "verifier", "coordinator"]))
    doc = json.loads(json.dumps(policy.to_document()))
    assert EffectivePolicy.from_document(doc) == policy


def test_document_names_every_group_and_only_granted_permissions() -> None:
    doc = evaluate([preset("verifier")]).to_document()
    assert doc["field_access"]["commercial"] == "read"
    assert set(doc["field_access"]) == {g.value for g in G}
    assert doc["grants"] == {"customer.read": ["assignment"], "customer.verify": ["assignment"]}


def test_malformed_document_is_rejected() -> None:
    doc = evaluate([preset("operator")]).to_document()
    doc["field_access"]["commercial"] = "peek"
    with pytest.raises(ValueError, match="peek"):
        EffectivePolicy.from_document(doc)


# --- properties -------------------------------------------------------------------------------

_scopes = st.frozensets(st.sampled_from(list(Scope)), min_size=1)
_caps = st.one_of(st.none(), st.integers(min_value=0, max_value=1_000_000))
_random_roles = st.builds(
    RoleDef,
    name=st.text(alphabet="abcdefghij", min_size=1, max_size=6),
    grants=st.dictionaries(st.sampled_from(list(Permission)), _scopes).map(MappingProxyType),
    field_access=st.dictionaries(st.sampled_from(list(G)), st.sampled_from(list(Access))).map(
        MappingProxyType
    ),
    default_access=st.sampled_from(list(Access)),
    limits=st.builds(
        Limits,
        export_row_cap=_caps,
        export_daily_rows=_caps,
        offline_lock_after_hours=st.integers(min_value=0, max_value=1000),
        offline_wipe_after_hours=st.integers(min_value=0, max_value=1000),
        offline_export=st.booleans(),
    ),
)
_roles = st.one_of(st.sampled_from(list(PRESETS.values())), _random_roles)


def _cap_at_least(bigger: int | None, smaller: int | None) -> bool:
    if bigger is None:
        return True
    return smaller is not None and bigger >= smaller


@given(st.lists(_roles, max_size=4), _roles)
def test_adding_a_role_never_removes_access(roles: list[RoleDef], extra: RoleDef) -> None:
    before = evaluate(roles)
    after = evaluate([*roles, extra])
    for perm in Permission:
        assert before.scopes(perm) <= after.scopes(perm)
    for group in G:
        assert after.access(group) >= before.access(group)
    assert _cap_at_least(after.limits.export_row_cap, before.limits.export_row_cap)
    assert _cap_at_least(after.limits.export_daily_rows, before.limits.export_daily_rows)
    assert after.limits.offline_lock_after_hours >= before.limits.offline_lock_after_hours
    assert after.limits.offline_wipe_after_hours >= before.limits.offline_wipe_after_hours
    assert after.limits.offline_export or not before.limits.offline_export


@given(st.lists(_roles, max_size=5), st.randoms(use_true_random=False))
def test_evaluate_does_not_depend_on_role_order(roles: list[RoleDef], rnd: random.Random) -> None:
    shuffled = list(roles)
    rnd.shuffle(shuffled)
    assert evaluate(shuffled) == evaluate(roles)
    assert evaluate(shuffled).to_document() == evaluate(roles).to_document()
