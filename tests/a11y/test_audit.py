"""R1, R2, R4, R7, R8, R13 on the real AT-SPI bus: every screen and dialog each role reaches.

The client runs in its own process against the embedded demo server; the audit sees it only
the way a screen reader does (pyatspi), and moves through it with real key presses (xdotool).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyatspi
import pytest

from tests.a11y import atspi
from tests.a11y.audit_rules import audit_window
from tests.a11y.conftest import Client

# Page shortcuts (accessibility/keyboard-map.md) and the page each one shows.
PAGES = {
    "My work": "ctrl+1",
    "Customers": "ctrl+2",
    "Verification": "ctrl+3",
    "Assignments": "ctrl+4",
    "Users": "ctrl+5",
    "Conflicts": "ctrl+6",
    "Sync status": "ctrl+7",
}


class Auditor:
    """Collects findings per screen, named so a failure says where."""

    def __init__(self, client: Client) -> None:
        self.app = client.app
        self.findings: dict[str, list[str]] = {}
        self.screens: list[str] = []

    def audit(self, screen: str, win: Any) -> None:
        """Audit one top-level window."""
        self.screens.append(screen)
        found = audit_window(win)
        if found:
            self.findings[screen] = found

    def dialog(self, screen: str, open_keys: tuple[str, ...], title: str) -> None:
        """Open a dialog with keys, audit it, close it with Esc and wait until it is gone."""
        if open_keys:
            atspi.key(*open_keys)
        win = atspi.window(self.app, title)
        atspi.wait_for(f"{title!r} active", lambda: win.getState().contains(pyatspi.STATE_ACTIVE))
        self.audit(screen, win)
        atspi.key("Escape")
        atspi.wait_for(
            f"{title!r} closed",
            lambda: not any(w.name.startswith(title) for w in atspi.windows(self.app)),
        )

    def report(self) -> str:
        """Every finding, by screen."""
        lines = []
        for screen, found in self.findings.items():
            lines.append(f"{screen}:")
            lines.extend(f"  {f}" for f in found)
        return "\n".join(lines)


def sign_in(client: Client, auditor: Auditor | None = None) -> Any:
    """Audit the sign-in dialog, sign in with the keyboard; the main window."""
    app = client.app
    login = atspi.window(app, "Sign in")
    if auditor is not None:
        auditor.audit("sign-in dialog", login)
    atspi.wait_focus(app, pyatspi.ROLE_PASSWORD_TEXT, "Password (required)")
    atspi.type_text("demo")
    atspi.key("Return")
    main = atspi.wait_for(
        "the main window",
        lambda: next((w for w in atspi.windows(app) if w.getRole() == pyatspi.ROLE_FRAME), None),
        60,
    )
    atspi.wait_for("main window active", lambda: main.getState().contains(pyatspi.STATE_ACTIVE))
    return main


def visit_pages(auditor: Auditor, main: Any) -> list[str]:
    """Show every page the role has (found in the navigation list) and audit each one."""
    pages = atspi.need(main, pyatspi.ROLE_LIST, "Pages")
    titles = [item.name for item in pages]
    for title in titles:
        atspi.key(PAGES[title])
        atspi.wait_for(f"page {title!r}", lambda t=title: main.name.startswith(t))
        auditor.audit(f"page {title}", main)
    return titles


def open_new_customer(auditor: Auditor, main: Any) -> None:
    """My work → New customer: the customer form."""
    atspi.key(PAGES["My work"])
    atspi.wait_for("My work", lambda: main.name.startswith("My work"))
    atspi.key("alt+n")
    atspi.wait_for("the customer form", lambda: main.name.startswith("Customers"))
    atspi.need(main, pyatspi.ROLE_TEXT, "Name (required)", contains=True)
    auditor.audit("customer form (new)", main)


def common_dialogs(auditor: Auditor) -> None:
    """Dialogs every role reaches from the menus."""
    auditor.dialog("settings dialog", ("ctrl+comma",), "Settings")
    auditor.dialog("keyboard shortcuts", ("F1",), "Keyboard shortcuts")


ROLE_TOURS: dict[str, Callable[[Auditor, Any], None]] = {}


def tour(login: str) -> Callable[[Callable[[Auditor, Any], None]], Callable[[Auditor, Any], None]]:
    """Register the extra screens one role reaches."""

    def register(fn: Callable[[Auditor, Any], None]) -> Callable[[Auditor, Any], None]:
        ROLE_TOURS[login] = fn
        return fn

    return register


@tour("operator")
def _operator(auditor: Auditor, main: Any) -> None:
    open_new_customer(auditor, main)


@tour("verifier")
def _verifier(auditor: Auditor, main: Any) -> None:
    atspi.key(PAGES["Verification"])
    atspi.wait_for("Verification", lambda: main.name.startswith("Verification"))
    atspi.key("alt+j")  # reject the selected field: asks for reason and comment
    atspi.window(auditor.app, "Reject field")
    auditor.dialog("reject-field dialog", (), "Reject field")


@tour("coordinator")
def _coordinator(auditor: Auditor, main: Any) -> None:
    atspi.key(PAGES["Assignments"])
    atspi.wait_for("Assignments", lambda: main.name.startswith("Assignments"))
    atspi.need(main, pyatspi.ROLE_TABLE, "Assignments")
    auditor.dialog("assignment editor (new)", ("alt+n",), "New assignment")
    atspi.key("alt+a", "ctrl+Home")  # the assignments table, first row
    auditor.dialog("confirm: close definitively", ("alt+d",), "Close assignment definitively")


@tour("admin")
def _admin(auditor: Auditor, main: Any) -> None:
    atspi.key(PAGES["Users"])
    atspi.wait_for("Users", lambda: main.name.startswith("Users"))
    atspi.need(main, pyatspi.ROLE_TABLE, "Users")
    auditor.dialog("user dialog (new)", ("alt+n",), "New user")
    atspi.key("alt+u", "ctrl+End")  # the users table, last row (not the administrator)
    auditor.dialog("handover wizard", ("alt+d",), "Deactivate a user")
    open_new_customer(auditor, main)


@pytest.mark.parametrize("login", ["operator", "verifier", "coordinator", "admin"])
def test_every_screen_of_the_role_passes_the_audit(
    login: str, start_client: Callable[[str], Client]
) -> None:
    client = start_client(login)
    auditor = Auditor(client)
    main = sign_in(client, auditor)
    visited = visit_pages(auditor, main)
    assert "My work" in visited
    ROLE_TOURS[login](auditor, main)
    common_dialogs(auditor)
    assert not auditor.findings, (
        f"{login}: findings on {len(auditor.findings)} of {len(auditor.screens)} screens\n"
        + auditor.report()
    )


class _FakeState:
    def __init__(self, states: set[Any]) -> None:
        self.states = states

    def contains(self, state: Any) -> bool:
        return state in self.states


class _FakeAccessible:
    """Just enough of an AT-SPI object for the per-control rules."""

    def __init__(self, role: Any, name: str, states: set[Any], parent: Any = None) -> None:
        self.role, self.name, self.states, self.parent = role, name, states, parent

    def getRole(self) -> Any:
        return self.role

    def getRoleName(self) -> str:
        return str(self.role)

    def getState(self) -> _FakeState:
        return _FakeState(self.states)

    def getRelationSet(self) -> list[Any]:
        return []

    def __iter__(self) -> Any:
        return iter(())


def test_the_r6_rule_flags_a_plain_line_edit_and_passes_a_line_field() -> None:
    from tests.a11y.audit_rules import _check_control

    live = {pyatspi.STATE_EDITABLE, pyatspi.STATE_FOCUSABLE, pyatspi.STATE_SENSITIVE}
    window = _FakeAccessible(pyatspi.ROLE_DIALOG, "Dialog", set())
    line_edit = _FakeAccessible(pyatspi.ROLE_TEXT, "Phone", live, window)  # QLineEdit
    multi_line = live | {pyatspi.STATE_MULTI_LINE}
    line_field = _FakeAccessible(pyatspi.ROLE_TEXT, "Phone", multi_line, window)
    spin = _FakeAccessible(pyatspi.ROLE_SPIN_BUTTON, "Target", live, window)
    findings: list[str] = []
    _check_control(line_edit, findings)
    assert [f for f in findings if f.startswith("R6")] != []
    for passing in (line_field, spin):
        findings = []
        _check_control(passing, findings)
        assert [f for f in findings if f.startswith("R6")] == []
