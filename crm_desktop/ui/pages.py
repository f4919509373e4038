"""The pages of the main window, which ones a user sees, and the base every page builds on.

Pages a role may not use are not created at all (DESIGN.md §5: hidden, not disabled). Later
screens subclass :class:`Page` and replace the placeholders through
``MainWindow.install_page``.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop.ui.a11y.heading import Heading
from crm_desktop.ui.i18n import QT_TRANSLATE_NOOP
from crm_desktop.ui.sync_status import (
    ConnectionState,
    SyncStatus,
    conflicts_text,
    connection_text,
    last_sync_text,
    pending_text,
)
from crm_protocol.permissions import Permission
from crm_protocol.policy import EffectivePolicy

_CONTEXT = "Pages"


class PageId(StrEnum):
    """The pages, in navigation order (Ctrl+1 … Ctrl+7 follow this order)."""

    MY_WORK = "my_work"
    CUSTOMERS = "customers"
    VERIFICATION = "verification"
    ASSIGNMENTS = "assignments"
    USERS = "users"
    CONFLICTS = "conflicts"
    SYNC_STATUS = "sync_status"


PAGE_ORDER: tuple[PageId, ...] = tuple(PageId)

_TITLES: dict[PageId, str] = {
    PageId.MY_WORK: QT_TRANSLATE_NOOP("Pages", "My work"),
    PageId.CUSTOMERS: QT_TRANSLATE_NOOP("Pages", "Customers"),
    PageId.VERIFICATION: QT_TRANSLATE_NOOP("Pages", "Verification"),
    PageId.ASSIGNMENTS: QT_TRANSLATE_NOOP("Pages", "Assignments"),
    PageId.USERS: QT_TRANSLATE_NOOP("Pages", "Users"),
    PageId.CONFLICTS: QT_TRANSLATE_NOOP("Pages", "Conflicts"),
    PageId.SYNC_STATUS: QT_TRANSLATE_NOOP("Pages", "Sync status"),
}

# What a page needs: any one of the permissions listed (empty = every signed-in user).
PAGE_PERMISSIONS: dict[PageId, frozenset[Permission]] = {
    PageId.MY_WORK: frozenset(),
    PageId.CUSTOMERS: frozenset({Permission.CUSTOMER_READ}),
    PageId.VERIFICATION: frozenset({Permission.VERIFY}),
    PageId.ASSIGNMENTS: frozenset(
        {Permission.MANAGE_ASSIGNMENTS, Permission.CLOSE_ASSIGNMENT_FOR_OPERATORS}
    ),
    PageId.USERS: frozenset({Permission.MANAGE_USERS}),
    PageId.CONFLICTS: frozenset({Permission.CUSTOMER_EDIT, Permission.CUSTOMER_CREATE}),
    PageId.SYNC_STATUS: frozenset(),
}


def page_title(page_id: PageId) -> str:
    """The page's title in the UI language."""
    return QCoreApplication.translate(_CONTEXT, _TITLES[page_id])


def page_number(page_id: PageId) -> int:
    """1-based position in :data:`PAGE_ORDER`: the digit of its Ctrl+N shortcut."""
    return PAGE_ORDER.index(page_id) + 1


def visible_pages(policy: EffectivePolicy) -> list[PageId]:
    """The pages ``policy`` lets the user see, in navigation order."""
    return [
        p
        for p in PAGE_ORDER
        if not PAGE_PERMISSIONS[p] or any(policy.allows(perm) for perm in PAGE_PERMISSIONS[p])
    ]


class Page(QWidget):
    """Base of every page: a heading with the page title, then the page's content.

    Subclasses add widgets to ``self.content`` (a ``QVBoxLayout``) and override
    :meth:`retranslate` for their own strings.
    """

    def __init__(self, page_id: PageId, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_id = page_id
        self.setObjectName(f"page_{page_id.value}")
        self.heading = Heading()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        self.content = QVBoxLayout()
        self.content.setSpacing(8)
        layout.addLayout(self.content)
        layout.addStretch(1)
        self._retranslate_heading()

    def title(self) -> str:
        """The page title in the UI language."""
        return page_title(self.page_id)

    def where_am_i_text(self) -> str:
        """What the where-am-I key says about this page (override; default: its title)."""
        return self.title()

    def focus_first(self) -> bool:
        """Focus the page's first focusable control; False when it has none."""
        for widget in self.findChildren(QWidget):
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisibleTo(self)
                and widget.isEnabled()
            ):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return False

    def retranslate(self) -> None:
        """Re-label the page's own strings (override; call super)."""
        self._retranslate_heading()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _retranslate_heading(self) -> None:
        self.heading.setText(self.title())
        self.setAccessibleName(self.title())


class PlaceholderPage(Page):
    """A page whose screen is not built yet."""

    def __init__(self, page_id: PageId, parent: QWidget | None = None) -> None:
        super().__init__(page_id, parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.content.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        """Re-label after a language change."""
        super().retranslate()
        self.note.setText(self.tr("This page is not available yet."))


class SyncStatusPage(Page):
    """The sync state in words, and a button to sync now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(PageId.SYNC_STATUS, parent)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.connection = QLabel()
        self.pending = QLabel()
        self.conflicts = QLabel()
        self.last_sync = QLabel()
        for label in (self.connection, self.pending, self.conflicts, self.last_sync):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            form.addRow(label)
        self.content.addLayout(form)
        self.sync_button = QPushButton()
        self.content.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._status = SyncStatus()
        self.retranslate()

    def show_status(self, status: SyncStatus) -> None:
        """Show ``status`` in words."""
        self._status = status
        self.connection.setText(connection_text(status.state))
        self.pending.setText(pending_text(status.pending_changes))
        self.conflicts.setText(conflicts_text(status.conflicts))
        self.last_sync.setText(last_sync_text(status.last_sync))
        self.sync_button.setEnabled(status.state is not ConnectionState.SYNCING)

    def retranslate(self) -> None:
        """Re-label after a language change."""
        super().retranslate()
        self.sync_button.setText(self.tr("Sync &now"))
        self.show_status(self._status)
