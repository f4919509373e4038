"""The screen reader's view of the client: pyatspi look-ups, bounded waits, real key presses.

Everything here goes through the AT-SPI bus (what Orca, dogtail and voice control see) or the
X server (xdotool sends real key events), never through the app's Python objects.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Iterator
from typing import Any

import pyatspi

APP_NAME = "crm-desktop"
FIELD_ROLES = frozenset({pyatspi.ROLE_TEXT, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON})
NAMED_ROLES = FIELD_ROLES | {
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_PAGE_TAB,
}
TOP_LEVEL_ROLES = frozenset({pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG, pyatspi.ROLE_ALERT})
DEFAULT_TIMEOUT = 20.0
_ITEM_ROLES = frozenset({pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_PAGE_TAB})


def wait_for(what: str, probe: Callable[[], Any], timeout: float = DEFAULT_TIMEOUT) -> Any:
    """Poll ``probe`` until it returns something truthy; fail with ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while True:
        try:
            result = probe()
        except Exception as exc:  # objects vanish while windows change
            last_error, result = exc, None
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what} (last error: {last_error})")
        time.sleep(0.1)


def application(name: str = APP_NAME) -> Any:
    """The application on the bus, or ``None``."""
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == name:
            return app
    return None


def states(acc: Any) -> set[Any]:
    """The object's states as a set."""
    return set(acc.getState().getStates())


def state_names(acc: Any) -> list[str]:
    """The state names, for messages."""
    return sorted(pyatspi.stateToString(s) for s in acc.getState().getStates())


def showing(acc: Any) -> bool:
    """Shown on screen (SHOWING and VISIBLE)."""
    st = acc.getState()
    return bool(st.contains(pyatspi.STATE_SHOWING) and st.contains(pyatspi.STATE_VISIBLE))


def descendants(acc: Any, *, only_showing: bool = True) -> Iterator[Any]:
    """Depth-first walk; tables are yielded but not entered (cells are checked separately)."""
    for child in list(acc):
        if child is None or (only_showing and not showing(child)):
            continue
        yield child
        if child.getRole() != pyatspi.ROLE_TABLE:
            yield from descendants(child, only_showing=only_showing)


def windows(app: Any) -> list[Any]:
    """The application's showing top-level windows."""
    return [w for w in list(app) if w is not None and showing(w)]


def window(app: Any, name: str, timeout: float = DEFAULT_TIMEOUT) -> Any:
    """The showing top-level window whose name starts with ``name``."""
    return wait_for(
        f"window {name!r}",
        lambda: next((w for w in windows(app) if w.name.startswith(name)), None),
        timeout,
    )


def find(root: Any, role: Any, name: str | None = None, *, contains: bool = False) -> Any | None:
    """The first showing descendant with ``role`` and ``name`` (exact, or a substring)."""
    for acc in descendants(root):
        if acc.getRole() != role:
            continue
        if name is None or acc.name == name or (contains and name in acc.name):
            return acc
    return None


def need(
    root: Any,
    role: Any,
    name: str | None = None,
    *,
    contains: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
) -> Any:
    """Like :func:`find`, waiting until it shows."""
    return wait_for(
        f"{name!r}",
        lambda: find(root, role, name, contains=contains),
        timeout,
    )


def focused(app: Any) -> Any | None:
    """The object that has keyboard focus (searched in the active window).

    Qt reports more than one object FOCUSED: a view's current item (also while the view
    itself is not focused), a tab bar's current tab, and a widget whose focus proxy has the
    focus (a tab widget, role filler). Those are skipped in favour of the real one.
    """
    for win in windows(app):
        if not win.getState().contains(pyatspi.STATE_ACTIVE):
            continue
        candidates = []
        for acc in descendants(win):
            if not acc.getState().contains(pyatspi.STATE_FOCUSED):
                continue
            if acc.getRole() in _ITEM_ROLES and not acc.parent.getState().contains(
                pyatspi.STATE_FOCUSED
            ):
                continue
            candidates.append(acc)
        real = [c for c in candidates if c.getRole() != pyatspi.ROLE_FILLER]
        if real or candidates:
            return (real or candidates)[0]
    return None


def describe(acc: Any | None) -> str:
    """``[role] 'name'`` for messages."""
    if acc is None:
        return "nothing"
    return f"[{acc.getRoleName()}] {acc.name!r}"


def wait_focus(
    app: Any, role: Any, name: str, *, contains: bool = False, timeout: float = DEFAULT_TIMEOUT
) -> Any:
    """Wait until keyboard focus is on the object with ``role`` and ``name``."""
    seen: list[str] = []

    def probe() -> Any:
        acc = focused(app)
        seen[:] = [describe(acc)]
        if (
            acc is not None
            and acc.getRole() == role
            and (acc.name == name or (contains and name in acc.name))
        ):
            return acc
        return None

    try:
        return wait_for(f"focus on {name!r}", probe, timeout)
    except AssertionError as exc:
        active = [(w.name, state_names(w)) for w in windows(app)]
        raise AssertionError(f"{exc}; focus is on {seen}; windows {active}") from None


def text_of(acc: Any) -> str:
    """The Text interface's whole text."""
    text = acc.queryText()
    return str(text.getText(0, -1))


def labelled_by(acc: Any) -> list[Any]:
    """Targets of the object's labelled-by relations."""
    return [
        rel.getTarget(i)
        for rel in acc.getRelationSet()
        if rel.getRelationType() == pyatspi.RELATION_LABELLED_BY
        for i in range(rel.getNTargets())
    ]


def label_of(acc: Any) -> str:
    """What a reader announces a field by: its label (labelled-by), else its name.

    A combo box is named by its value on Linux, so its label comes from the relation;
    the colon and the "(required)" marker are dropped.
    """
    for label in labelled_by(acc):
        if label.getRole() == pyatspi.ROLE_LABEL and label.name.strip():
            return str(label.name).strip().rstrip(":").replace(" (required)", "").strip()
    return str(acc.name).replace(" (required)", "").strip()


def selected_rows(table: Any) -> list[int]:
    """The rows a table reports selected (row selection follows the current row)."""
    return list(table.queryTable().getSelectedRows())


def cell(table: Any, row: int, column: int) -> str:
    """The name of one cell (what a reader speaks for it)."""
    found = table.queryTable().getAccessibleAt(row, column)
    return "" if found is None else str(found.name)


def column_of(table: Any, header: str) -> int:
    """The index of the column titled ``header``."""
    t = table.queryTable()
    for column in range(t.nColumns):
        found = t.getColumnHeader(column)
        if found is not None and found.name == header:
            return column
    raise AssertionError(f"no column {header!r} in table {table.name!r}")


def key_bindings(acc: Any) -> list[str]:
    """The Action interface's key bindings (mnemonics appear as ``<Alt>x``)."""
    try:
        action = acc.queryAction()
    except NotImplementedError:
        return []
    return [str(action.getKeyBinding(i)) for i in range(action.nActions)]


# -- real key presses (X server) --------------------------------------------------------------


def key(*keys: str) -> None:
    """Press keys (xdotool names: ``Tab``, ``ctrl+s``, ``alt+n``, ``Return``)."""
    subprocess.run(["xdotool", "key", "--delay", "60", *keys], check=True, timeout=30)
    time.sleep(0.15)


def type_text(text: str) -> None:
    """Type ``text`` key by key."""
    subprocess.run(["xdotool", "type", "--delay", "25", text], check=True, timeout=60)
    time.sleep(0.15)


class Announcements:
    """Records ``object:announcement`` events (text, politeness) as a screen reader gets them.

    Events arrive through the GLib main loop; :meth:`wait` turns it while polling.
    """

    EVENT = "object:announcement"

    def __init__(self) -> None:
        self.heard: list[tuple[str, int]] = []
        pyatspi.Registry.registerEventListener(self._on_event, self.EVENT)

    def _on_event(self, event: Any) -> None:
        self.heard.append((str(event.any_data), int(event.detail1)))

    def pump(self) -> None:
        """Deliver the events queued so far."""
        from gi.repository import GLib

        context = GLib.MainContext.default()
        while context.iteration(False):
            pass

    def wait(self, text: str, timeout: float = DEFAULT_TIMEOUT) -> tuple[str, int]:
        """The first announcement containing ``text`` (waiting for it)."""

        def probe() -> tuple[str, int] | None:
            self.pump()
            return next((h for h in self.heard if text in h[0]), None)

        try:
            return wait_for(f"announcement {text!r}", probe, timeout)  # type: ignore[no-any-return]
        except AssertionError as exc:
            raise AssertionError(f"{exc}; heard {self.heard}") from None

    def close(self) -> None:
        """Stop listening."""
        pyatspi.Registry.deregisterEventListener(self._on_event, self.EVENT)
