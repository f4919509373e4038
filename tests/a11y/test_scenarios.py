"""Keyboard-only scenarios on the real AT-SPI bus (ACCESSIBILITY.md R5, R12, R15, R16, R19-R21).

One task per role, end to end: the operator enters a customer filling every field, the
verifier rejects a field with a reason and approves a record, the coordinator closes an
assignment for operators and then definitively, the administrator deactivates a user through
the handover wizard. Controls are found by their accessible names (as a screen reader user
knows them by what is spoken) and driven with real key presses only (xdotool); no mouse, no
calls into the app's Python objects. What each task did is then checked on the server, over
HTTP as another user.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pyatspi
import pytest
from dogtail.config import config

from crm_protocol.fields import STANDARD_FIELDS
from tests.a11y import atspi
from tests.a11y.conftest import Client
from tests.a11y.operator_form import (
    CUSTOMER,
    INVALID_NIP,
    OPERATOR_FIELDS,
    VALID_NIP,
    choose,
    fill_field,
    tab_to,
)
from tests.a11y.server import ServerUser
from tests.a11y.test_audit import PAGES, sign_in

config.checkForA11y = False  # dogtail only checks GSettings; the bus is on already
config.searchBackoffDuration = 0.2
config.searchCutoffCount = 50
config.defaultDelay = 0.1
config.logDebugToFile = False
config.logDebugToStdOut = False

from dogtail import tree  # noqa: E402 - after the configuration above

POLITE, ASSERTIVE = 1, 2  # object:announcement detail1
MAX_ROWS = 60


def notification(app: Any, text: str) -> Any:
    """Wait for the notification object (what Orca 43 speaks) to show ``text``."""
    seen: set[str] = set()

    def probe() -> Any:
        for w in atspi.windows(app):
            for n in atspi.descendants(w):
                if n.getRole() == pyatspi.ROLE_NOTIFICATION:
                    seen.add(n.name)
                    if text in n.name:
                        return n
        return None

    try:
        return atspi.wait_for(f"notification {text!r}", probe)
    except AssertionError as exc:
        raise AssertionError(f"{exc}; notifications seen: {sorted(seen)}") from None


def row_field(record: dict[str, Any], row: int) -> str:
    """The field shown in ``row`` of the verifier's field table (catalogue order, then custom)."""
    values = record["values"]
    names = [f.name for f in STANDARD_FIELDS if f.name in values]
    names += sorted(n for n in values if n not in names)
    return names[row]


def wait_gone(app: Any, title: str, timeout: float = 10) -> None:
    """Wait until no showing window of the app has a title starting with ``title``."""
    try:
        atspi.wait_for(
            f"{title!r} closed",
            lambda: not any(w.name.startswith(title) for w in atspi.windows(app)),
            timeout,
        )
    except AssertionError as exc:
        shown = [(w.name, atspi.state_names(w)) for w in atspi.windows(app)]
        raise AssertionError(
            f"{exc}; windows {shown}; focus {atspi.describe(atspi.focused(app))}"
        ) from None


def arrow_to_row(table: Any, column: int, wanted: str) -> int:
    """Move the table's current row with Ctrl+Home / Down until ``column`` reads ``wanted``."""
    atspi.key("ctrl+Home")
    seen = []
    for _ in range(MAX_ROWS):
        rows = atspi.wait_for("a selected row", lambda: atspi.selected_rows(table), 5)
        text = atspi.cell(table, rows[0], column)
        if text == wanted:
            return int(rows[0])
        seen.append(text)
        atspi.key("Down")
    raise AssertionError(f"no row {wanted!r} in {table.name!r}; passed {seen}")


@pytest.mark.parametrize("login", ["operator"])
def test_operator_fills_every_field_of_a_new_customer_with_the_keyboard_only(
    login: str, start_client: Callable[[str], Client]
) -> None:
    client = start_client(login)
    main = sign_in(client)
    app = tree.root.application(atspi.APP_NAME)

    # My work: Alt+N starts a new customer in the current assignment.
    assert app.child(roleName="push button", name="New customer").showing
    atspi.key(PAGES["My work"])
    atspi.key("alt+n")
    atspi.wait_for("the customer form", lambda: main.name.startswith("Customers"))
    atspi.wait_focus(client.app, pyatspi.ROLE_TEXT, "Name (required)")

    # Every field the operator may write, in Tab order, the NIP wrong on purpose (R12: each
    # is reached with Tab alone; R5: the bus reports what was typed).
    for field in OPERATOR_FIELDS:
        value = INVALID_NIP if field.label == "NIP" else field.value
        fill_field(client.app, field, value)
    atspi.key("Tab")  # R12: Save comes right after the last field, as on screen
    atspi.wait_focus(client.app, pyatspi.ROLE_PUSH_BUTTON, "Save")

    heard = atspi.Announcements()
    atspi.key("ctrl+s")
    # R19: focus on the invalid field, the error first in its description, said assertively.
    nip = atspi.wait_focus(client.app, pyatspi.ROLE_TEXT, "NIP", contains=True)
    atspi.wait_for("the error in NIP's description", lambda: "Error" in nip.description)
    assert heard.wait("NIP")[1] == ASSERTIVE, heard.heard

    # Fix it: keyboard focus selected the whole value, so typing replaces it.
    atspi.key("ctrl+a")
    atspi.type_text(VALID_NIP)
    assert atspi.text_of(nip) == VALID_NIP
    atspi.key("ctrl+s")
    assert heard.wait("Saved")[1] == POLITE, heard.heard
    heard.close()
    # R15: after a successful save the focus stays where it was.
    nip = atspi.wait_focus(client.app, pyatspi.ROLE_TEXT, "NIP", contains=True)
    assert "Error" not in nip.description

    # The form was rebuilt from the local store: every value came back (R5, nothing lost).
    form = {
        atspi.label_of(acc): acc
        for acc in atspi.descendants(main)
        if acc.getRole() in atspi.FIELD_ROLES
    }
    for field in OPERATOR_FIELDS:
        acc = form.get(field.label)
        assert acc is not None, f"{field.label!r} not on the saved form: {sorted(form)}"
        shown = acc.name if acc.getRole() == pyatspi.ROLE_COMBO_BOX else atspi.text_of(acc)
        assert shown == field.value, (field.label, shown)

    # ...and the server has them after a sync (Ctrl+R).
    atspi.key("ctrl+r")
    server = ServerUser(client.server_url, login)
    try:
        found = atspi.wait_for(
            "the customer on the server",
            lambda: server.get("/customers", q="Masarnia Testowa")["items"],
            40,
        )
    finally:
        server.close()
    values = found[0]["values"]
    for field in OPERATOR_FIELDS:
        if field.key is not None:
            assert values.get(field.key) == field.stored, (field.key, values.get(field.key))

    # Next record: the form shows another customer.
    atspi.key("alt+Next")
    atspi.wait_for(
        "the next record",
        lambda: (
            atspi.text_of(atspi.need(main, pyatspi.ROLE_TEXT, "Name (required)", timeout=2))
            not in ("", CUSTOMER)
        ),
    )


@pytest.mark.parametrize("login", ["verifier"])
def test_verifier_rejects_a_field_with_a_reason_then_approves_with_the_keyboard_only(
    login: str, start_client: Callable[[str], Client]
) -> None:
    client = start_client(login)
    server = ServerUser(client.server_url, login)
    queue = server.get("/verification/queue", page=1, page_size=50)["items"]
    assert len(queue) >= 3
    main = sign_in(client)
    heard = atspi.Announcements()

    atspi.key(PAGES["Verification"])
    fields = atspi.wait_focus(client.app, pyatspi.ROLE_TABLE, "Fields of the record")
    atspi.wait_for("the record's fields", lambda: fields.queryTable().nRows > 0)
    title = atspi.need(main, pyatspi.ROLE_LABEL, " — ", contains=True)
    assert title.name.startswith(queue[0]["values"]["name"])

    # Reject the second field: R opens the dialog on the selected row.
    atspi.key("ctrl+Home", "Down")
    row = atspi.selected_rows(fields)[0]
    field_name = atspi.cell(fields, row, 0)
    atspi.key("r")
    atspi.window(client.app, f"Reject field: {field_name}")
    # R21: a titled dialog; focus starts on the reason, the comment is optional.
    reason = atspi.wait_focus(client.app, pyatspi.ROLE_COMBO_BOX, "Wrong value")
    assert [label.name for label in atspi.labelled_by(reason)] == ["Reason:"]
    atspi.key("Down")  # the next reason; the value is the combo's name (R5)
    atspi.wait_for("the reason changed", lambda: reason.name == "Missing")
    comment = tab_to(client.app, "Comment")
    atspi.type_text("Brak cyfry kontrolnej")
    assert atspi.text_of(comment) == "Brak cyfry kontrolnej"
    atspi.key("Return")  # the default button: Reject field
    wait_gone(client.app, "Reject field")
    # R15: focus back on the field table; the decision is in the row, and said once.
    fields = atspi.wait_focus(client.app, pyatspi.ROLE_TABLE, "Fields of the record")
    decision = atspi.column_of(fields, "Decision")
    atspi.wait_for(
        "the decision in the row", lambda: atspi.cell(fields, row, decision) == "Rejected: Missing"
    )
    assert heard.wait(f"{field_name}: Missing")[1] == POLITE

    atspi.key("s")  # send the rejection: the next record shows
    assert heard.wait("Rejection sent")[1] == POLITE, heard.heard
    atspi.wait_for(
        "the second record",
        lambda: atspi.need(main, pyatspi.ROLE_LABEL, " — ", contains=True).name.startswith(
            queue[1]["values"]["name"]
        ),
    )
    atspi.key("n")  # next record (R12: the decision keys live on the field table)
    assert heard.wait("Record 2 of")[1] == POLITE, heard.heard
    atspi.wait_for(
        "the third record",
        lambda: atspi.need(main, pyatspi.ROLE_LABEL, " — ", contains=True).name.startswith(
            queue[2]["values"]["name"]
        ),
    )
    atspi.key("a")  # approve it
    assert heard.wait("Approved")[1] == POLITE, heard.heard
    heard.close()
    atspi.wait_focus(client.app, pyatspi.ROLE_TABLE, "Fields of the record")

    try:
        rejected = server.get(f"/customers/{queue[0]['id']}")
        skipped = server.get(f"/customers/{queue[1]['id']}")
        approved = server.get(f"/customers/{queue[2]['id']}")
    finally:
        server.close()
    assert rejected["verification_state"] == "rejected"
    assert [(f["field"], f["reason"], f["comment"]) for f in rejected["flags"]] == [
        (row_field(queue[0], row), "missing", "Brak cyfry kontrolnej")
    ]
    assert skipped["verification_state"] == queue[1]["verification_state"]
    assert approved["verification_state"] == "approved"


@pytest.mark.parametrize("login", ["coordinator"])
def test_coordinator_closes_an_assignment_for_operators_then_definitively(
    login: str, start_client: Callable[[str], Client]
) -> None:
    client = start_client(login)
    main = sign_in(client)
    heard = atspi.Announcements()

    atspi.key(PAGES["Assignments"])
    atspi.wait_for("Assignments", lambda: main.name.startswith("Assignments"))
    atspi.key("alt+a")  # the label's mnemonic moves to the table
    table = atspi.wait_focus(client.app, pyatspi.ROLE_TABLE, "Assignments")
    atspi.wait_for("the assignments", lambda: table.queryTable().nRows >= 2)
    name, status = atspi.column_of(table, "Name"), atspi.column_of(table, "Status")
    row = arrow_to_row(table, name, "Zakłady mięsne, Mazowieckie")
    assert atspi.cell(table, row, status) == "Open"

    atspi.key("alt+c")  # Close for operators: no question, it can be reopened
    assert heard.wait("Closed for operators")[1] == POLITE, heard.heard
    atspi.wait_for(
        "the new status", lambda: atspi.cell(table, row, status) == "Closed for operators"
    )
    atspi.wait_focus(client.app, pyatspi.ROLE_TABLE, "Assignments")  # R15

    # R20/R21: closing definitively asks; the safe button has focus; Esc changes nothing.
    atspi.key("alt+d")
    alert = atspi.window(client.app, "Close assignment definitively")
    assert alert.getRole() in (pyatspi.ROLE_ALERT, pyatspi.ROLE_DIALOG)
    assert atspi.find(alert, pyatspi.ROLE_LABEL, "Zakłady mięsne, Mazowieckie", contains=True)
    atspi.wait_focus(client.app, pyatspi.ROLE_PUSH_BUTTON, "Cancel")
    atspi.key("Escape")
    wait_gone(client.app, "Close assignment")
    atspi.wait_focus(client.app, pyatspi.ROLE_TABLE, "Assignments")
    assert atspi.cell(table, row, status) == "Closed for operators"

    atspi.key("alt+d")
    alert = atspi.window(client.app, "Close assignment definitively")
    atspi.wait_focus(client.app, pyatspi.ROLE_PUSH_BUTTON, "Cancel")
    atspi.key("alt+d")  # the question's own "Close definitively"
    assert heard.wait("closed definitively")[1] == POLITE, heard.heard
    heard.close()
    atspi.wait_for(
        "the final status", lambda: atspi.cell(table, row, status) == "Closed definitively"
    )
    atspi.wait_focus(client.app, pyatspi.ROLE_TABLE, "Assignments")  # R15: back to the invoker

    server = ServerUser(client.server_url, login)
    try:
        statuses = {a["name"]: a["status"] for a in server.get("/assignments")}
    finally:
        server.close()
    assert statuses["Zakłady mięsne, Mazowieckie"] == "closed"
    assert statuses["Strojírenské firmy, Jihomoravský kraj"] == "open"


COUNTS = re.compile(r"owns (\d+) records and has (\d+) open tasks")
MOVED = re.compile(r"(\d+) records and (\d+) open tasks moved to (.+?)\.")


@pytest.mark.parametrize("login", ["admin"])
def test_administrator_deactivates_a_user_with_the_handover_wizard(
    login: str, start_client: Callable[[str], Client]
) -> None:
    client = start_client(login)
    main = sign_in(client)
    heard = atspi.Announcements()

    atspi.key(PAGES["Users"])
    atspi.wait_for("Users", lambda: main.name.startswith("Users"))
    atspi.key("alt+u")
    table = atspi.wait_focus(client.app, pyatspi.ROLE_TABLE, "Users")
    atspi.wait_for("the users", lambda: table.queryTable().nRows > 5)
    row = arrow_to_row(table, atspi.column_of(table, "Login"), "service_technician")
    leaver_name = atspi.cell(table, row, atspi.column_of(table, "Name"))

    # 1. Whose records: the selected user is the leaver (the filter is their ownership).
    atspi.key("alt+d")
    atspi.window(client.app, "Deactivate a user")
    atspi.wait_focus(client.app, pyatspi.ROLE_COMBO_BOX, f"{leaver_name} (service_technician)")
    atspi.key("Return")  # Next
    # 2. What moves: the counts take the focus, so they are read (R15).
    counts = atspi.wait_focus(client.app, pyatspi.ROLE_LABEL, "owns", contains=True)
    match = COUNTS.search(counts.name)
    assert match is not None, counts.name
    customers, tasks = int(match.group(1)), int(match.group(2))
    assert customers > 0, counts.name
    assert tasks > 0, counts.name
    atspi.key("Return")  # Next
    # 3. New owner, and whether open tasks move (they stay with the leaver here).
    owner = atspi.wait_focus(client.app, pyatspi.ROLE_COMBO_BOX, "", contains=True)
    assert [label.name for label in atspi.labelled_by(owner)] == ["New owner:"]
    choose(owner, "Operator 2 (operator2)")
    move_tasks = tab_to(client.app, "Move open tasks too")
    assert pyatspi.STATE_CHECKED in atspi.states(move_tasks)
    atspi.key("space")
    atspi.wait_for("unchecked", lambda: pyatspi.STATE_CHECKED not in atspi.states(move_tasks))
    # 4. Run: the commit button has its own Alt key.
    atspi.key("alt+d")
    # 5. Summary: focused, so it is read; one polite announcement.
    summary = atspi.wait_focus(
        client.app, pyatspi.ROLE_LABEL, "deactivated", contains=True, timeout=60
    )
    moved = MOVED.search(summary.name)
    assert moved is not None, summary.name
    assert (int(moved.group(1)), int(moved.group(2)), moved.group(3)) == (
        customers,
        0,
        "Operator 2 (operator2)",
    )
    assert heard.wait("Handover finished")[1] == POLITE, heard.heard
    heard.close()
    atspi.key("Return")  # Finish
    wait_gone(client.app, "Deactivate a user")
    table = atspi.wait_focus(client.app, pyatspi.ROLE_TABLE, "Users")  # R15
    status = atspi.column_of(table, "Status")
    atspi.wait_for(
        "the leaver deactivated in the list",
        lambda: any(
            atspi.cell(table, r, 1) == "service_technician"
            and atspi.cell(table, r, status) == "Deactivated"
            for r in range(table.queryTable().nRows)
        ),
    )

    server = ServerUser(client.server_url, login)
    try:
        users = {u["login"]: u for u in server.get("/users")}
    finally:
        server.close()
    assert users["service_technician"]["active"] is False
    assert users["operator2"]["active"] is True
