"""The audit rules of ACCESSIBILITY.md that a walk of the AT-SPI tree decides (R1, R2, R4, R6,
R7, R8, R13), applied to one top-level window as a screen reader sees it."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

import pyatspi

from tests.a11y import atspi

MAX_ROWS_CHECKED = 25
_ALT_BINDING = re.compile(r"^(?:<Alt>|Alt\+)(.)$", re.IGNORECASE)
_COLUMN_HEADER = pyatspi.ROLE_TABLE_COLUMN_HEADER
_GENERIC_ROLES = frozenset({pyatspi.ROLE_FILLER, pyatspi.ROLE_PANEL, pyatspi.ROLE_UNKNOWN})


def plain_label(text: str) -> str:
    """A label as it must appear in the labelled control's name (R2)."""
    return text.replace("&", "").strip().rstrip(":").strip()


def where(acc: Any) -> str:
    """``[role] 'name'`` plus the parent's, to find the object in a report."""
    parent = acc.parent
    return f"{atspi.describe(acc)} in {atspi.describe(parent)}"


def _is_live_focusable(acc: Any) -> bool:
    st = acc.getState()
    return bool(st.contains(pyatspi.STATE_FOCUSABLE) and st.contains(pyatspi.STATE_SENSITIVE))


def _check_control(acc: Any, findings: list[str]) -> None:
    role = acc.getRole()
    if not _is_live_focusable(acc):
        return
    if role in atspi.NAMED_ROLES and not acc.name.strip():
        findings.append(f"R1 unnamed focusable control: {where(acc)}")
    # A focusable generic object is a focus stop a reader cannot name; one that holds
    # focusable children (a tab widget passing focus to its tab list) is not a stop itself.
    if role in _GENERIC_ROLES and not any(
        child is not None and _is_live_focusable(child) for child in atspi.descendants(acc)
    ):
        findings.append(f"R4 focusable object with a generic role: {where(acc)}")
    # R6: Orca 43 reads a plain QLineEdit without its last character; editable text must be
    # a LineField (a QPlainTextEdit, "multi line" on the bus; Qt marks a QLineEdit neither
    # single nor multi line). Spin boxes are read in full (test_speech checks one).
    states = acc.getState()
    if (
        role == pyatspi.ROLE_TEXT
        and states.contains(pyatspi.STATE_EDITABLE)
        and not states.contains(pyatspi.STATE_MULTI_LINE)
    ):
        findings.append(f"R6 value read without its last character on Orca 43: {where(acc)}")
    labels = atspi.labelled_by(acc)
    if role in atspi.FIELD_ROLES and not labels:
        findings.append(f"R1 field without a labelled-by relation: {where(acc)}")
    for label in labels:
        if label.getRole() != pyatspi.ROLE_LABEL:
            continue  # a group box titling its members: context, not the control's label
        text = plain_label(label.name)
        # On Linux Qt names a combo box by its value (R5) and links the label by relation only.
        if role == pyatspi.ROLE_COMBO_BOX or role not in atspi.NAMED_ROLES:
            continue
        if text and text not in acc.name:
            findings.append(f"R2 label {label.name!r} not in the name of {where(acc)}")


def _check_table(acc: Any, findings: list[str]) -> None:
    if not acc.name.strip():
        findings.append(f"R7 table without a name: {where(acc)}")
    table = acc.queryTable()
    if table.nRows == 0:
        # Qt answers GetColumnHeader through the first row's cells; an empty table still
        # exposes its header cells as children.
        headers = [c for c in acc if c is not None and c.getRole() == _COLUMN_HEADER]
        names = [h.name for h in headers]
        if len(headers) != table.nColumns or not all(n.strip() for n in names):
            findings.append(f"R7 empty column headers {names} in empty table {acc.name!r}")
    for column in range(table.nColumns if table.nRows else 0):
        header = table.getColumnHeader(column)
        if header is None or not header.name.strip():
            findings.append(f"R7 empty column header {column} in table {acc.name!r}")
    for row in range(min(table.nRows, MAX_ROWS_CHECKED)):
        header = table.getRowHeader(row)
        if header is not None and header.name.strip().isdigit() and atspi.showing(header):
            findings.append(f"R7 row header {header.name!r} is a bare number in {acc.name!r}")
        for column in range(table.nColumns):
            cell = table.getAccessibleAt(row, column)
            if cell is None or not cell.name.strip():
                findings.append(f"R8 blank cell ({row}, {column}) in table {acc.name!r}")


def _check_mnemonics(bindings: dict[str, list[str]], findings: list[str], title: str) -> None:
    for letter, users in sorted(bindings.items()):
        if len(users) > 1:
            findings.append(f"R13 Alt+{letter} used {len(users)} times in {title!r}: {users}")


def audit_window(win: Any) -> list[str]:
    """Every R1, R2, R4, R6, R7, R8 and R13 finding in one showing top-level window."""
    findings: list[str] = []
    title = win.name
    if win.getRole() not in atspi.TOP_LEVEL_ROLES:
        findings.append(f"R4 top-level window {title!r} has role {win.getRoleName()!r}")
    if not title.strip():
        findings.append(f"R4 top-level window without a title: {atspi.describe(win)}")
    bindings: defaultdict[str, list[str]] = defaultdict(list)
    for acc in atspi.descendants(win):
        _check_control(acc, findings)
        if acc.getRole() == pyatspi.ROLE_TABLE:
            _check_table(acc, findings)
        letters = set()
        for binding in atspi.key_bindings(acc):
            for part in binding.split(";"):
                match = _ALT_BINDING.match(part.strip())
                if match:
                    letters.add(match.group(1).casefold())
        for letter in letters:
            bindings[letter].append(atspi.describe(acc))
    _check_mnemonics(bindings, findings, title)
    return findings
