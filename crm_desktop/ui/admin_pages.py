"""The supervisory pages (verification, assignments, users, conflicts), built in one call.

The composition root installs what this returns with ``MainWindow.install_page``; a page the
policy hides is not built at all (DESIGN.md §5).
"""

from __future__ import annotations

from collections.abc import Callable

from crm_desktop.services.server_api import ServerApi
from crm_desktop.ui.a11y import Announcer
from crm_desktop.ui.assignments.page import AssignmentsPage
from crm_desktop.ui.conflicts.page import ConflictSource, ConflictsPage
from crm_desktop.ui.pages import Page, PageId, visible_pages
from crm_desktop.ui.users.page import UsersPage
from crm_desktop.ui.verification.page import VerificationPage
from crm_protocol.policy import EffectivePolicy


def build_supervisory_pages(
    api: ServerApi,
    engine: ConflictSource,
    policy: EffectivePolicy,
    announcer: Announcer,
    *,
    record_name: Callable[[str], str] | None = None,
) -> list[Page]:
    """The supervisory pages ``policy`` shows, ready for ``MainWindow.install_page``."""
    shown = set(visible_pages(policy))
    pages: list[Page] = []
    if PageId.VERIFICATION in shown:
        pages.append(VerificationPage(api, announcer))
    if PageId.ASSIGNMENTS in shown:
        pages.append(AssignmentsPage(api, policy, announcer))
    if PageId.USERS in shown:
        pages.append(UsersPage(api, policy, announcer))
    if PageId.CONFLICTS in shown:
        pages.append(ConflictsPage(engine, announcer, record_name=record_name))
    return pages
