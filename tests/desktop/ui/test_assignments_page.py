"""Assignments against a real server: the coordinator closes for operators, then definitively
(with the confirmation), and reopens; the editor and the custom field dialog; absent commands."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow
from pytestqt.qtbot import QtBot

from crm_desktop.ui.a11y import (
    Announcer,
    blank_cells,
    duplicate_mnemonics,
    empty_column_headers,
    undersized_targets,
    unnamed_focusables,
)
from crm_desktop.ui.assignments.page import AssignmentsPage
from crm_desktop.ui.demo import demo_policy
from crm_desktop.ui.theme import ThemeChoice, ThemeManager
from crm_protocol.schemas import MemberRole
from tests.desktop.ui.supervisory_server import (  # noqa: F401
    DEMO_PASSWORD,
    HEADERS,
    DemoServer,
    demo_server,
)

pytestmark = pytest.mark.timeout(120)
MEAT = "Zakłady mięsne, Mazowieckie"
PageFactory = Callable[[str], AssignmentsPage]


@pytest.fixture
def open_page(qtbot: QtBot, demo_server: DemoServer) -> Iterator[PageFactory]:  # noqa: F811
    pages: list[AssignmentsPage] = []

    def make(login: str) -> AssignmentsPage:
        role = "administrator" if login == "admin" else login
        host = QMainWindow()
        page = AssignmentsPage(demo_server.api_as(login), demo_policy(role), Announcer(host))
        host.setCentralWidget(page)
        host.resize(1000, 760)
        qtbot.addWidget(host)
        host.show()
        host.activateWindow()
        qtbot.waitExposed(host)
        qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.runner.busy, timeout=20_000)
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.runner.wait()


def _idle(qtbot: QtBot, page: AssignmentsPage) -> None:
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20_000)


def _shown_status(page: AssignmentsPage) -> str | None:
    selected = page.selected()
    return None if selected is None else selected.status.value


def _status(server: DemoServer, assignment_id: str) -> str:
    status: str = server.get(f"/assignments/{assignment_id}")["status"]
    return status


def _operator_edit(server: DemoServer, customer_id: str) -> httpx.Response:
    with httpx.Client(
        base_url=server.base + "/api/v1", headers=HEADERS, timeout=20, trust_env=False
    ) as http:
        r = http.post(
            "/auth/login",
            json={"login": "operator", "password": DEMO_PASSWORD, "device_id": "op-test-dev"},
        )
        token = r.json()["access_token"]
        return http.patch(
            f"/customers/{customer_id}",
            json={"values": {"remarks": "after closing"}},
            headers={"Authorization": f"Bearer {token}"},
        )


def test_coordinator_closes_for_operators_then_definitively_with_confirmation(
    qtbot: QtBot,
    open_page: PageFactory,
    demo_server: DemoServer,  # noqa: F811
) -> None:
    page = open_page("coordinator")
    assert set(page.buttons) == {"new", "edit", "attribute", "close_ops", "close", "reopen"}
    meat = next(a for a in page._assignments if a.name == MEAT)
    page.select(meat.id)
    _idle(qtbot, page)
    assert page.counts_model.rowCount() > 0  # records per person

    page.buttons["close_ops"].click()
    qtbot.waitUntil(
        lambda: page.selected() is not None and page.selected().status == "closed_for_operators"
    )
    assert _status(demo_server, meat.id) == "closed_for_operators"

    # The confirmation's default button is the safe one; Escape cancels.
    page.buttons["close"].click()
    box = page.confirm_box
    assert box is not None
    assert box.defaultButton().text() == "Cancel"
    assert unnamed_focusables(box) == []
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.confirm_box is None)
    _idle(qtbot, page)
    assert _status(demo_server, meat.id) == "closed_for_operators"

    page.buttons["close"].click()
    box = page.confirm_box
    assert box is not None
    close = next(b for b in box.buttons() if b.text() == "Close &definitively")
    close.click()
    qtbot.waitUntil(lambda: _shown_status(page) == "closed")
    assert _status(demo_server, meat.id) == "closed"
    assert page.model.index(page.view.currentIndex().row(), 1).data() == "Closed definitively"

    # Closing definitively makes the assignment's records read-only for its operators.
    owned = demo_server.get("/customers", page_size=200)["items"]
    record = next(c for c in owned if c["assignment_id"] == meat.id)
    refused = _operator_edit(demo_server, record["id"])
    assert refused.status_code >= 400
    assert refused.json()["error"]["code"] in ("assignment_closed", "not_found", "forbidden")

    page.buttons["reopen"].click()
    qtbot.waitUntil(lambda: _shown_status(page) == "open")
    assert _status(demo_server, meat.id) == "open"


def test_supervisor_has_only_close_for_operators(open_page: PageFactory) -> None:
    page = open_page("supervisor")
    assert set(page.buttons) == {"close_ops"}
    assert page.findChildren(type(page.reload_button), "assignments_close") == []


def test_administrator_creates_an_assignment_with_members(
    qtbot: QtBot,
    open_page: PageFactory,
    demo_server: DemoServer,  # noqa: F811
) -> None:
    page = open_page("admin")
    page.buttons["new"].click()
    dialog = page.editor
    assert dialog is not None
    assert unnamed_focusables(dialog) == []
    assert duplicate_mnemonics(dialog) == {}
    # An empty name is refused in the form, with focus on the field and the error described.
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert page.editor is dialog
    assert dialog.isVisible()
    assert dialog.name_field.error
    assert dialog.name.accessibleDescription().startswith("Error:")
    dialog.name.setText("Piekarnie, Łódzkie")
    dialog.territory.setText("łódzkie")
    operator = demo_server.user_id("operator")
    verifier = demo_server.user_id("verifier")
    dialog.set_checked(MemberRole.OPERATOR, operator)
    dialog.set_checked(MemberRole.VERIFIER, verifier)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(
        lambda: any(a.name == "Piekarnie, Łódzkie" for a in page._assignments), timeout=20_000
    )
    made = next(a for a in demo_server.get("/assignments") if a["name"] == "Piekarnie, Łódzkie")
    assert made["territory"] == "łódzkie"
    assert {(m["user_id"], m["role"]) for m in made["members"]} == {
        (operator, "operator"),
        (verifier, "verifier"),
    }


def test_coordinator_edits_the_daily_target_and_the_people_in_charge(
    qtbot: QtBot,
    open_page: PageFactory,
    demo_server: DemoServer,  # noqa: F811
) -> None:
    page = open_page("coordinator")
    made = demo_server.admin.post("/assignments", json={"name": "Cukiernie, Śląskie"})
    assert made.status_code == 201, made.text
    aid = made.json()["id"]
    page.refresh()
    _idle(qtbot, page)
    page.select(aid)
    page.buttons["edit"].click()
    dialog = page.editor
    assert dialog is not None
    assert dialog.principal is not None  # sees every assignment: may name the principal
    assert dialog.coordinator is not None
    assert unnamed_focusables(dialog) == []
    assert duplicate_mnemonics(dialog) == {}
    assert dialog.target.value() == 0  # "No target"
    dialog.target.setValue(40)
    principal = demo_server.user_id("principal")
    supervisor = demo_server.user_id("supervisor")
    dialog.principal.setCurrentIndex(dialog.principal.findData(principal))
    dialog.coordinator.setCurrentIndex(dialog.coordinator.findData(supervisor))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy, timeout=20_000)
    saved = demo_server.get(f"/assignments/{aid}")
    assert (saved["target_per_day"], saved["principal_id"], saved["coordinator_id"]) == (
        40,
        principal,
        supervisor,
    )
    page.select(aid)
    assert "40" in page.detail.text()
    # clearing the target sends null: the server forgets it
    page.buttons["edit"].click()
    dialog = page.editor
    assert dialog is not None
    assert dialog.target.value() == 40
    dialog.target.setValue(0)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.editor is None and not page.runner.busy, timeout=20_000)
    assert demo_server.get(f"/assignments/{aid}")["target_per_day"] is None
    assert demo_server.get(f"/assignments/{aid}")["coordinator_id"] == supervisor
    # the module's server is shared: leave the supervisor's list as the other tests know it
    r = demo_server.admin.patch(f"/assignments/{aid}", json={"coordinator_id": None})
    assert r.status_code == 200, r.text


def test_a_principal_edits_without_a_principal_picker(open_page: PageFactory) -> None:
    page = open_page("principal")
    page.buttons["edit"].click()
    dialog = page.editor
    assert dialog is not None
    assert dialog.principal is None  # a principal cannot give the assignment away
    assert dialog.coordinator is not None
    dialog.reject()


def test_custom_field_is_validated_then_defined(
    qtbot: QtBot,
    open_page: PageFactory,
    demo_server: DemoServer,  # noqa: F811
) -> None:
    page = open_page("coordinator")
    meat = next(a for a in page._assignments if a.name == MEAT)
    page.select(meat.id)
    _idle(qtbot, page)
    page.buttons["attribute"].click()
    qtbot.waitUntil(lambda: page.attribute_dialog is not None, timeout=20_000)
    dialog = page.attribute_dialog
    assert dialog is not None
    assert unnamed_focusables(dialog) == []
    assert duplicate_mnemonics(dialog) == {}
    dialog.key.setText("herd_size")  # taken by the demo data
    dialog.label.setText("Stado")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.key_field.error.startswith("Another custom field")
    assert QApplication.focusWidget() is dialog.key or not dialog.isActiveWindow()
    dialog.key.setText("delivery_day")
    dialog.label.setText("Dzień dostawy")
    dialog.type.setCurrentIndex(dialog.type.findData("choice"))
    dialog.choices.setPlainText("poniedziałek\nśroda\npiątek")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.attribute_dialog is None)
    _idle(qtbot, page)
    defined = demo_server.get(f"/assignments/{meat.id}/attributes")
    made = next(a for a in defined if a["key"] == "delivery_day")
    assert made["type"] == "choice"
    assert made["choices"] == ["poniedziałek", "środa", "piątek"]


def test_page_passes_the_kit_audits_and_models_are_sound(
    qapp: QApplication, open_page: PageFactory, qtmodeltester: object
) -> None:
    page = open_page("coordinator")
    assert unnamed_focusables(page) == []
    assert duplicate_mnemonics(page.window()) == {}
    themes = ThemeManager(qapp)
    for choice in (ThemeChoice.STANDARD, ThemeChoice.HIGH_CONTRAST):
        themes.apply(choice, 100)
        QApplication.processEvents()
        assert undersized_targets(page) == [], choice
    for model in (page.model, page.counts_model):
        assert empty_column_headers(model) == []
        assert blank_cells(model) == []
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_supervisor_sees_people_by_name_not_by_id(open_page: PageFactory) -> None:
    """Staffing needs names: the directory reaches roles that manage assignments."""
    page = open_page("supervisor")
    assignment = page.selected()
    assert assignment is not None
    assert assignment.members
    names = {page.person(m.user_id) for m in assignment.members}
    assert not any(n.startswith("user ") for n in names)
