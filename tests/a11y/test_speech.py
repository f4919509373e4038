"""What Orca says during the operator's data entry, checked and kept as a speech snapshot.

Orca 43 (Debian 12) runs with its speech captured to text (``tests/a11y/orca_speech.py``) while real
key presses walk the operator's path: My work with its flagged rows, a new customer with every
field filled, a save refused for an invalid NIP, the fix, a save, and every field visited again.

Asserted on the raw speech (ACCESSIBILITY.md):

* R14 — every field is spoken with its label when Tab reaches it, empty ones included;
* R6 — every filled field is spoken with its label and its **full** value when focused again;
* R19 — the validation error is spoken, with the field, after the refused save;
* R9 — a flagged row is spoken as flagged exactly once when the cursor reaches it.

The normalised transcript is compared with ``tests/a11y/snapshots/operator_orca.txt``, so any
change in what the operator hears shows up in review like a code change. After an intended
change, rewrite the snapshot with ``CRM_A11Y_UPDATE_SNAPSHOTS=1 scripts/a11y -k orca`` and
review its diff.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pyatspi
import pytest

from tests.a11y import atspi
from tests.a11y.conftest import Client
from tests.a11y.operator_form import CUSTOMER, INVALID_NIP, OPERATOR_FIELDS, VALID_NIP
from tests.a11y.orca_speech import Orca, running_orca
from tests.a11y.test_audit import PAGES, sign_in

SNAPSHOT = Path(__file__).parent / "snapshots" / "operator_orca.txt"
UPDATE_ENV = "CRM_A11Y_UPDATE_SNAPSHOTS"
NIP_ERROR = "Not a valid NIP"
FLAGGED = re.compile(r"\bflagged\b", re.IGNORECASE)

_TIMING_ONLY = frozenset({"Text unselected."})
# Volatile parts of what is said, and what they become in the snapshot.
_VOLATILE = (
    (re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"), "<id>"),
    (re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?", re.IGNORECASE), "<time>"),
    (re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b"), "<date>"),
    (re.compile(r"\b(Entered today|Pending changes|Conflicts): \d+"), r"\1: <n>"),
    (re.compile(r"\b\d+ of \d+\b"), "<n> of <n>"),
)


def normalise(utterance: str) -> str:
    """One utterance as kept in the snapshot: whitespace folded, volatile parts replaced.

    "" for what Orca says or not depending on timing alone: whether the selection made by
    Ctrl+A is still reported when the first typed key replaces it.
    """
    text = " ".join(utterance.replace("\u202f", " ").split())
    if text in _TIMING_ONLY:
        return ""
    for pattern, replacement in _VOLATILE:
        text = pattern.sub(replacement, text)
    return text


class Transcript:
    """Key presses and what Orca said after each, raw and normalised."""

    def __init__(self, orca: Orca) -> None:
        self.orca = orca
        self.steps: list[tuple[str, list[str]]] = []

    def press(
        self, keys: str, *, expect: str | None = None, app: object | None = None
    ) -> list[str]:
        """Press ``keys``; what was said until ``expect`` was heard and speech went quiet.

        With ``app``, ``expect`` is the label of the control that has the focus after the
        keys (what a reader must announce).
        """
        self.orca.said()  # anything late from the previous step stays with it
        atspi.key(*keys.split())
        if app is not None:
            expect = atspi.wait_for("focus", lambda: atspi.focused(app), 5)
            expect = atspi.label_of(expect)
        return self._record(keys, self.orca.settle(expect))

    def type(self, text: str, *, label: str) -> list[str]:
        """Type ``text`` (key echo is off: typing itself is silent)."""
        self.orca.said()
        atspi.type_text(text)
        return self._record(label, self.orca.settle())

    def _record(self, label: str, heard: list[str]) -> list[str]:
        self.steps.append((label, heard))
        run_dir = os.environ.get("CRM_A11Y_RUN_DIR")
        if run_dir:  # the transcript so far, to read when a step fails
            (Path(run_dir) / "operator_orca.partial.txt").write_text(self.text())
        return heard

    def text(self) -> str:
        """The normalised transcript: ``>>> keys`` lines, each followed by what was said."""
        lines = []
        for label, heard in self.steps:
            lines.append(f">>> {label}")
            lines.extend(f"    {normalise(u)}" for u in heard if normalise(u))
        return "\n".join(lines) + "\n"


@pytest.fixture
def orca(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Orca]:
    """Orca with captured speech, started before the client and stopped after it."""
    base = os.environ.get("CRM_A11Y_RUN_DIR")
    name = re.sub(r"\W+", "-", request.node.name).strip("-")
    directory = Path(base) / "orca" / name if base else tmp_path / "orca"
    yield from running_orca(directory)


def said_with(heard: list[str], *parts: str) -> bool:
    """Whether one utterance, or consecutive ones read together, contain every part."""
    joined = " ".join(heard)
    return all(part in joined for part in parts)


@pytest.mark.parametrize("login", ["operator"])
def test_orca_speaks_the_operators_data_entry(
    login: str, orca: Orca, start_client: Callable[[str], Client]
) -> None:
    client = start_client(login)
    main = sign_in(client)
    # Orca has caught up with the sign-in once it has read My work's table (focused first).
    orca.settle(expect="Rows rejected by the verifier", timeout=60)
    speech = Transcript(orca)

    # My work: the rows a verifier rejected; each one is said as flagged, once (R9).
    speech.press(PAGES["My work"])
    table = atspi.need(main, pyatspi.ROLE_TABLE, "Rows rejected by the verifier")
    rows = table.queryTable().nRows
    assert rows >= 2, "the demo data gives the operator two flagged rows"
    speech.press("ctrl+Home")
    for step in ["Down"] * (rows - 1) + ["Up"]:
        heard = speech.press(step, expect="Flagged")
        assert len(FLAGGED.findall(" ".join(heard))) == 1, heard

    # The customer list: F8 jumps to the next flagged row, said as flagged once (R9).
    speech.press(PAGES["Customers"], expect="Search")
    heard = speech.press("F8", expect="lagged")
    assert len(FLAGGED.findall(" ".join(heard))) == 1, heard

    # A new customer: the first field is spoken as the form opens (R14, R15).
    speech.press(PAGES["My work"])
    heard = speech.press("alt+n", expect="Name (required): text")
    assert said_with(heard, "Name (required): text")
    entered: dict[str, list[str]] = {}
    for position, field in enumerate(OPERATOR_FIELDS):
        value = INVALID_NIP if field.label == "NIP" else field.value
        if field.combo:
            combo = atspi.focused(client.app)
            heard = []
            while combo.name != value:
                heard = speech.press("Down")
            # AccessibleCombo makes Orca 43 speak the value chosen with the arrows.
            assert said_with(heard, value), (field.label, heard)
        else:
            speech.type(value, label=f'type "{value}"')
        following = (
            OPERATOR_FIELDS[position + 1].label if position + 1 < len(OPERATOR_FIELDS) else "Save"
        )
        # R14: Tab lands on the next field, which is announced by its label, empty or not
        # (one other control may sit between two fields: the ARES button next to IČO).
        for _ in range(2):
            heard = speech.press("Tab", app=client.app)
            if atspi.label_of(atspi.focused(client.app)) == following:
                break
        entered[following] = heard
        assert said_with(heard, following), (following, heard)
    assert said_with(entered["Save"], "Save push button")

    # The refused save: the error is spoken with the field it belongs to (R19).
    heard = speech.press("ctrl+s", expect=NIP_ERROR)
    assert said_with(heard, "NIP", NIP_ERROR), heard
    assert said_with(heard, INVALID_NIP), heard
    speech.press("ctrl+a", expect=None)
    speech.type(VALID_NIP, label=f'type "{VALID_NIP}"')
    heard = speech.press("ctrl+s", expect="Saved")
    assert said_with(heard, "Saved"), heard

    # Every field again, from the first: label and full value (R6).
    atspi.wait_focus(client.app, pyatspi.ROLE_TEXT, "NIP", contains=True)
    heard = speech.press("shift+Tab", expect=CUSTOMER)
    reread = {"Name": heard}
    for field in OPERATOR_FIELDS[1:]:
        for _ in range(2):
            heard = speech.press("Tab", app=client.app)
            if atspi.label_of(atspi.focused(client.app)) == field.label:
                break
        reread[field.label] = heard
    for field in OPERATOR_FIELDS:
        heard = reread[field.label]
        label = f"{field.label} (required)" if field.label == "Name" else field.label
        assert said_with(heard, f"{label}: "), (field.label, heard)
        assert any(field.value in u for u in heard), (field.label, field.value, heard)

    # The speech server got the same speech (the pipeline to a synthesizer works).
    server_side = " ".join(orca.spoken_by_server())
    assert NIP_ERROR in server_side
    assert "Saved" in server_side

    check_snapshot(speech.text())


@pytest.mark.parametrize("login", ["coordinator"])
def test_orca_speaks_a_spin_box_value_in_full(
    login: str, orca: Orca, start_client: Callable[[str], Client]
) -> None:
    # R6 re-checked on a spin box (the assignment's daily target): Orca 43 reads a spin
    # button's value, not text runs, so unlike a plain QLineEdit it keeps the last digit.
    client = start_client(login)
    main = sign_in(client)
    atspi.key(PAGES["Assignments"])
    atspi.wait_for("Assignments", lambda: main.name.startswith("Assignments"))
    atspi.need(main, pyatspi.ROLE_TABLE, "Assignments")
    orca.settle()  # Orca has caught up: keys reach the app in order
    speech = Transcript(orca)
    speech.press("alt+n", expect="New assignment")
    heard = speech.press("alt+g", expect="Daily target")
    assert said_with(heard, "Daily target"), heard
    speech.type("125", label='type "125"')
    speech.press("shift+Tab", app=client.app)
    heard = speech.press("Tab", expect="spin button")
    assert said_with(heard, "Daily target: 125 spin button"), heard
    speech.press("Escape")


def check_snapshot(transcript: str) -> None:
    """Compare with the snapshot; rewrite it instead when ``CRM_A11Y_UPDATE_SNAPSHOTS`` is set."""
    run_dir = os.environ.get("CRM_A11Y_RUN_DIR")
    if run_dir:
        (Path(run_dir) / SNAPSHOT.name).write_text(transcript)
    if os.environ.get(UPDATE_ENV):
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(transcript)
        return
    assert SNAPSHOT.exists(), f"no snapshot yet: run with {UPDATE_ENV}=1 and review it"
    expected = SNAPSHOT.read_text()
    if transcript != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                transcript.splitlines(keepends=True),
                "snapshot",
                "this run",
            )
        )
        raise AssertionError(
            f"Orca's speech changed. If intended, rerun with {UPDATE_ENV}=1 and review:\n{diff}"
        )
