"""Keyboard-only scenarios on the real AT-SPI bus (ACCESSIBILITY.md R12, R15, R19).

Controls are found by their accessible names with dogtail (as a screen reader user knows them
by what is spoken) and driven with real key presses only (xdotool); no mouse, no calls into
the app's Python objects.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pyatspi
import pytest
from dogtail.config import config

from tests.a11y import atspi
from tests.a11y.conftest import Client
from tests.a11y.test_audit import sign_in

config.checkForA11y = False  # dogtail only checks GSettings; the bus is on already
config.searchBackoffDuration = 0.2
config.searchCutoffCount = 50
config.defaultDelay = 0.1
config.logDebugToFile = False
config.logDebugToStdOut = False

from dogtail import tree  # noqa: E402 - after the configuration above

INVALID_NIP = "1234567890"
VALID_NIP = "5260250274"
CUSTOMER = "Masarnia Testowa Sp. z o.o."
MAX_TABS = 40
POLITE, ASSERTIVE = 1, 2  # object:announcement detail1


def tab_to(app: Any, name: str) -> Any:
    """Press Tab until the field whose name starts with ``name`` has focus (R12: reachable)."""
    visited = []
    for _ in range(MAX_TABS):
        acc = atspi.focused(app)
        if acc is not None and acc.name.startswith(name):
            return acc
        visited.append(atspi.describe(acc))
        atspi.key("Tab")
    raise AssertionError(f"Tab never reached {name!r}; visited {visited}")


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


@pytest.mark.parametrize("login", ["operator"])
def test_operator_enters_a_customer_with_the_keyboard_only(
    login: str, start_client: Callable[[str], Client]
) -> None:
    client = start_client(login)
    main = sign_in(client)
    app = tree.root.application(atspi.APP_NAME)

    # My work: the current assignment is spoken; Alt+N starts a new customer in it.
    assert app.child(roleName="push button", name="New customer").showing
    atspi.key("ctrl+1")
    atspi.key("alt+n")
    atspi.wait_for("the customer form", lambda: main.name.startswith("Customers"))
    assert app.child(roleName="text", name="Name (required)").showing
    atspi.wait_focus(client.app, pyatspi.ROLE_TEXT, "Name (required)")
    atspi.type_text(CUSTOMER)
    name = atspi.need(main, pyatspi.ROLE_TEXT, "Name (required)")
    assert atspi.text_of(name) == CUSTOMER

    nip = tab_to(client.app, "NIP")
    atspi.type_text(INVALID_NIP)
    assert atspi.text_of(nip) == INVALID_NIP
    # Tab on: focus moves away, so the failed save has to bring it back (R15).
    atspi.key("Tab")
    assert not atspi.focused(client.app).name.startswith("NIP")

    heard = atspi.Announcements()
    atspi.key("ctrl+s")
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
    assert atspi.text_of(nip) == VALID_NIP
    name = atspi.need(main, pyatspi.ROLE_TEXT, "Name (required)")
    assert atspi.text_of(name) == CUSTOMER

    # Next record: the form shows another customer.
    atspi.key("alt+Next")
    atspi.wait_for(
        "the next record",
        lambda: (
            atspi.text_of(atspi.need(main, pyatspi.ROLE_TEXT, "Name (required)", timeout=2))
            not in ("", CUSTOMER)
        ),
    )
