"""The operator's new-customer form as the keyboard scenarios fill it: every field, in Tab order.

Shared by the AT-SPI scenario (``test_scenarios``) and the Orca speech run (``test_orca``), so
both walk the same fields with the same values. The values pass the form's checks (checksums
included); the NIP is typed wrong first by both tests to provoke the validation error.
Typed values are ASCII: xdotool types other characters by remapping a spare key code for a
moment, and under load the app sometimes read the key before the new mapping ("ul. Duga").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyatspi

from tests.a11y import atspi

CUSTOMER = "Masarnia Testowa Sp. z o.o."
INVALID_NIP = "1234567890"
VALID_NIP = "5260250274"
MAX_TABS = 40
MAX_CHOICES = 12


@dataclass(frozen=True)
class FormInput:
    """One input: its label as spoken, the value entered, and where the server keeps it."""

    label: str
    value: str
    combo: bool = False
    key: str | None = None  # the standard field's name (None: a custom field)
    stored: str | None = None  # the value on the server when it differs from ``value``


def _input(label: str, value: str, key: str | None, *, combo: bool = False) -> FormInput:
    return FormInput(label, value, combo, key, value)


# Tab order of the operator's form for the demo's Polish assignment (two custom fields).
OPERATOR_FIELDS: tuple[FormInput, ...] = (
    _input("Name", CUSTOMER, "name"),
    _input("NIP", VALID_NIP, "nip"),
    _input("REGON", "012345675", "regon"),
    _input("PKD", "10.11.Z", "pkd"),
    _input("IČO", "25596641", "ico"),
    _input("DIČ", "CZ25596641", "dic"),
    _input("Street", "ul. Dluga", "street"),
    _input("Number", "12A", "building_number"),
    _input("Postal code", "00-950", "postal_code"),
    _input("City", "Warszawa", "city"),
    _input("Region", "mazowieckie", "region"),
    _input("Country", "PL", "country", combo=True),
    _input("Website", "https://masarnia.example.pl", "website"),
    _input("E-mail", "biuro@masarnia.example.pl", "email"),
    _input("Landline", "+48221234567", "landline"),
    _input("Mobile", "601234567", "mobile"),
    _input("Fax", "221234568", "fax"),
    _input("Business activity", "Uboj i przetworstwo miesa", "business_activity"),
    _input("Employees", "10-49", "employment_level", combo=True),
    _input("Wielkość stada", "1200", None),
    _input("Data source 1", "Targi 2024", "data_source_1"),
    _input("Data source 2", "Polecenie", "data_source_2"),
    _input("Data source 3", "Strona WWW", "data_source_3"),
    _input("Data source 4", "Katalog firm", "data_source_4"),
    _input("Remarks", "Dzwonic przed poludniem", "remarks"),
    _input("Własna ubojnia", "Yes", None, combo=True),
)


def tab_to(app: Any, label: str, *, backwards: bool = False, max_tabs: int = MAX_TABS) -> Any:
    """Press Tab (or Shift+Tab) until the control announced as ``label`` has focus (R12).

    ``max_tabs`` bounds the presses: a small number checks the Tab order, not only reach.
    """
    visited = []
    for _ in range(max_tabs + 1):
        acc = atspi.focused(app)
        if acc is not None and atspi.label_of(acc) == label:
            return acc
        visited.append(atspi.describe(acc))
        atspi.key("shift+Tab" if backwards else "Tab")
    raise AssertionError(f"Tab never reached {label!r}; visited {visited}")


def choose(combo: Any, value: str) -> None:
    """Press Down on a closed combo box until it shows ``value`` (its name, R5)."""
    passed = []
    for _ in range(MAX_CHOICES):
        if combo.name == value:
            return
        passed.append(combo.name)
        atspi.key("Down")
    raise AssertionError(f"{atspi.label_of(combo)!r} never showed {value!r}; passed {passed}")


def fill_field(app: Any, field: FormInput, value: str) -> Any:
    """Tab to ``field`` and enter ``value`` with keys; check the bus reports it.

    At most two presses of Tab: the fields come in this order, with at most one other
    control (the ARES lookup button next to IČO) between two of them (R12).
    """
    acc = tab_to(app, field.label, max_tabs=2)
    if field.combo:
        assert acc.getRole() == pyatspi.ROLE_COMBO_BOX, atspi.describe(acc)
        choose(acc, value)
        return acc
    assert acc.getRole() == pyatspi.ROLE_TEXT, atspi.describe(acc)
    atspi.type_text(value)
    atspi.wait_for(f"{field.label} = {value!r}", lambda: atspi.text_of(acc) == value, 5)
    return acc
