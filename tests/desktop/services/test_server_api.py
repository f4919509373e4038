"""``ServerApi`` and the admin jobs against a real server over HTTP (demo organisation)."""

from __future__ import annotations

import pytest

from crm_desktop.services.admin_jobs import HandoverPlan, reassign_in_steps, run_handover
from crm_desktop.services.dataio.progress import CancelToken
from crm_protocol.errors import KnownError
from crm_protocol.schemas import BulkFilter
from tests.desktop.ui.supervisory_server import DemoServer, demo_server  # noqa: F401

pytestmark = pytest.mark.timeout(120)


def test_typed_calls_return_protocol_models(demo_server: DemoServer) -> None:  # noqa: F811
    api = demo_server.api_as("verifier")
    assert api.me().user.login == "verifier"
    page = api.verification_queue(1, 5)
    assert page.total > 0
    assert len(page.items) == 5
    assert all(c.verification_state in ("unverified", "pending") for c in page.items)
    names = {a.name for a in api.assignments()}
    assert "Zakłady mięsne, Mazowieckie" in names


def test_a_refused_call_raises_the_servers_code(demo_server: DemoServer) -> None:  # noqa: F811
    api = demo_server.api_as("operator")
    with pytest.raises(KnownError) as caught:
        api.users()
    assert caught.value.code == "forbidden"


def test_reassignment_steps_stop_when_cancelled(demo_server: DemoServer) -> None:  # noqa: F811
    api = demo_server.api_as("admin")
    owner = demo_server.user_id("service_technician")
    heir = demo_server.user_id("supervisor")
    before = api.reassign_preview(BulkFilter(owner_id=owner)).customers
    assert before > 0
    token = CancelToken()
    token.cancel()
    outcome = reassign_in_steps(
        api, BulkFilter(owner_id=owner), heir, include_tasks=True, cancel=token
    )
    assert outcome.cancelled
    assert outcome.customers == 0
    assert api.reassign_preview(BulkFilter(owner_id=owner)).customers == before


def test_handover_moves_everything_and_deactivates(demo_server: DemoServer) -> None:  # noqa: F811
    api = demo_server.api_as("admin")
    leaver = demo_server.user_id("service_technician")
    heir = demo_server.user_id("operator")
    before = api.reassign_preview(BulkFilter(owner_id=leaver))
    steps: list[tuple[int, int]] = []
    outcome = run_handover(
        api,
        HandoverPlan(leaver, heir, include_tasks=True),
        cancel=CancelToken(),
        progress=lambda done, total: steps.append((done, total)),
    )
    assert outcome.deactivated
    assert not outcome.cancelled
    assert outcome.customers == before.customers
    assert outcome.open_tasks == before.open_tasks
    assert steps[-1] == (1, 1)
    assert steps[0][0] == 0
    users = {u.id: u for u in api.users()}
    assert users[leaver].active is False
    assert api.reassign_preview(BulkFilter(owner_id=leaver)).customers == 0
