"""The main window: navigation list, pages, menus, status bar (DESIGN.md §7).

What later screens plug into: ``install_page()`` replaces a placeholder page, ``commands``
(the :class:`ActionRegistry`) gives the shared commands, ``announcer`` speaks results, and the
``sig_*_requested`` signals are wired by the application to the services.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import metadata

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.a11y.announcer import Announcer, Politeness
from crm_desktop.ui.actions import PAGE_SHORTCUT_PREFIX, SPECS, ActionId, ActionRegistry
from crm_desktop.ui.pages import (
    Page,
    PageId,
    PlaceholderPage,
    SyncStatusPage,
    page_number,
    page_title,
    visible_pages,
)
from crm_desktop.ui.settings_dialog import SettingsDialog, UiPreferences
from crm_desktop.ui.sync_status import (
    ConnectionState,
    SyncStatus,
    SyncStatusSource,
    conflicts_text,
    connection_text,
    last_sync_text,
    pending_text,
    summary_text,
)
from crm_protocol.policy import EffectivePolicy

PAGE_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class _SyncStatusBridge(QObject):
    """Carries status callbacks (from any thread) into the GUI thread as a queued signal."""

    sig_status_changed = Signal(object)


class MainWindow(QMainWindow):
    """The application shell for one signed-in user."""

    sig_sync_requested = Signal()
    sig_lock_requested = Signal()
    sig_logout_requested = Signal()
    sig_preferences_changed = Signal(object)  # UiPreferences

    def __init__(
        self,
        policy: EffectivePolicy,
        sync_status: SyncStatusSource,
        preferences: UiPreferences | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.policy = policy
        self.preferences = preferences or UiPreferences()
        self.announcer = Announcer(self)
        self.commands = ActionRegistry(self, policy)
        self._pages: dict[PageId, Page] = {}
        self._page_actions: dict[PageId, QAction] = {}

        self._build_central()
        self._build_pages()
        self._sync_asked = False  # "Sync finished." is said only for a sync the user asked for
        self._build_menus()
        self._build_status_bar()
        self._connect_actions()

        self._bridge = _SyncStatusBridge(self)
        self._bridge.sig_status_changed.connect(self._on_sync_status_changed)
        self._status = sync_status.current()
        self._unsubscribe: Callable[[], None] = sync_status.subscribe(
            self._bridge.sig_status_changed.emit
        )
        self.announcer.sig_background_count_changed.connect(self._show_background_count)
        self.retranslate()
        self._show_status(self._status)
        self.navigation.setCurrentRow(0)
        self.resize(960, 640)

    # -- what later screens use ---------------------------------------------------------------

    def page(self, page_id: PageId) -> Page | None:
        """The page shown for ``page_id``; ``None`` when the policy hides it."""
        return self._pages.get(page_id)

    def page_ids(self) -> list[PageId]:
        """The pages this user sees, in navigation order."""
        return list(self._pages)

    def install_page(self, page: Page) -> None:
        """Replace the page of ``page.page_id`` (only if the policy shows that page)."""
        old = self._pages.get(page.page_id)
        if old is None:
            raise ValueError(f"page {page.page_id} is hidden by the policy")
        index = self.stack.indexOf(old)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self._pages[page.page_id] = page
        if self.navigation.currentRow() == index:
            self.stack.setCurrentWidget(page)

    def current_page_id(self) -> PageId | None:
        """The page on screen."""
        item = self.navigation.currentItem()
        return None if item is None else PageId(item.data(PAGE_ROLE))

    def show_page(self, page_id: PageId, *, focus: bool = False) -> bool:
        """Switch to ``page_id``; with ``focus``, move keyboard focus into it."""
        page = self._pages.get(page_id)
        if page is None:
            return False
        self.navigation.setCurrentRow(list(self._pages).index(page_id))
        if focus and not page.focus_first():
            self.navigation.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def where_am_i(self) -> str:
        """Speak (and return) where the user is: page, then the sync state."""
        page_id = self.current_page_id()
        page = self.page(page_id) if page_id is not None else None
        where = page.where_am_i_text() if page is not None else ""
        text = self.tr("{page}. {status}").format(page=where, status=summary_text(self._status))
        self.announcer.announce(text, Politeness.POLITE)
        return text

    # -- construction -------------------------------------------------------------------------

    def _build_central(self) -> None:
        central = QWidget()
        self.navigation_label = QLabel()
        self.navigation = QListWidget()
        self.navigation.setObjectName("crm_navigation")
        self.navigation_label.setBuddy(self.navigation)
        self.navigation.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self.navigation.itemActivated.connect(self._on_navigation_item_activated)
        nav_box = QVBoxLayout()
        nav_box.addWidget(self.navigation_label)
        nav_box.addWidget(self.navigation, 1)
        self.stack = QStackedWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(nav_box)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_pages(self) -> None:
        for page_id in visible_pages(self.policy):
            page: Page = (
                SyncStatusPage() if page_id is PageId.SYNC_STATUS else PlaceholderPage(page_id)
            )
            self._pages[page_id] = page
            self.stack.addWidget(page)
            item = QListWidgetItem()
            item.setData(PAGE_ROLE, page_id.value)
            self.navigation.addItem(item)
            action = QAction(self)
            action.setShortcut(QKeySequence(f"{PAGE_SHORTCUT_PREFIX}{page_number(page_id)}"))
            action.triggered.connect(lambda _=False, p=page_id: self.show_page(p, focus=True))
            self.addAction(action)
            self._page_actions[page_id] = action
        sync_page = self._pages.get(PageId.SYNC_STATUS)
        if isinstance(sync_page, SyncStatusPage):
            sync_page.sync_button.clicked.connect(self.commands[ActionId.SYNC_NOW].trigger)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        a = self.commands
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([a[ActionId.SYNC_NOW], a[ActionId.LOCK], a[ActionId.LOG_OUT]])
        self.file_menu.addSeparator()
        # Absent for roles that may not import; the application enables it once wired.
        import_action = a.get(ActionId.IMPORT_CUSTOMERS)
        if import_action is not None:
            self.file_menu.addAction(import_action)
            self.file_menu.addSeparator()
        self.file_menu.addAction(a[ActionId.QUIT])
        self.record_menu = bar.addMenu("")
        self.record_menu.addActions(
            [
                a[ActionId.SAVE],
                a[ActionId.SEARCH],
                a[ActionId.NEXT_RECORD],
                a[ActionId.PREVIOUS_RECORD],
                a[ActionId.NEXT_FLAGGED],
                a[ActionId.PREVIOUS_FLAGGED],
                a[ActionId.ARES_LOOKUP],
            ]
        )
        export = a.get(ActionId.EXPORT_CUSTOMERS)  # absent for roles without export
        if export is not None:
            self.record_menu.addSeparator()
            self.record_menu.addAction(export)
        self.go_menu = bar.addMenu("")
        self.go_menu.addActions(list(self._page_actions.values()))
        self.go_menu.addSeparator()
        self.go_menu.addActions([a[ActionId.SWITCH_PANE], a[ActionId.WHERE_AM_I]])
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addAction(a[ActionId.SETTINGS])
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([a[ActionId.KEYBOARD_HELP], a[ActionId.ABOUT]])

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.status_connection = QLabel()
        self.status_connection.setObjectName("crm_status_connection")
        self.status_pending = QLabel()
        self.status_conflicts = QLabel()
        self.status_last_sync = QLabel()
        self.status_events = QLabel()
        for label in (
            self.status_connection,
            self.status_pending,
            self.status_conflicts,
            self.status_last_sync,
            self.status_events,
        ):
            # Spacing as margins, not style-sheet padding: QLabel's size hint ignores padding
            # and the text would be cut off.
            label.setContentsMargins(8, 2, 8, 2)
            bar.addPermanentWidget(label)

    def _connect_actions(self) -> None:
        a = self.commands
        a[ActionId.SYNC_NOW].triggered.connect(self._on_sync_now_triggered)
        a[ActionId.SYNC_NOW].triggered.connect(self.sig_sync_requested)
        a[ActionId.LOCK].triggered.connect(self.sig_lock_requested)
        a[ActionId.LOG_OUT].triggered.connect(self.sig_logout_requested)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.WHERE_AM_I].triggered.connect(self.where_am_i)
        a[ActionId.SWITCH_PANE].triggered.connect(self._switch_pane)
        a[ActionId.SETTINGS].triggered.connect(self.open_settings)
        a[ActionId.KEYBOARD_HELP].triggered.connect(self.show_keyboard_help)
        a[ActionId.ABOUT].triggered.connect(self.show_about)

    # -- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Re-label everything this window owns (pages re-label themselves)."""
        self.commands.retranslate()
        self.navigation_label.setText(self.tr("&Pages"))
        self.navigation.setAccessibleName(self.tr("Pages"))
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            page_id = PageId(item.data(PAGE_ROLE))
            item.setText(page_title(page_id))
            shortcut = self._page_actions[page_id].shortcut()
            native = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(native)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, native)
            self._page_actions[page_id].setText(
                self.tr("&{number} {page}").format(
                    number=page_number(page_id), page=page_title(page_id)
                )
            )
        self.file_menu.setTitle(self.tr("&File"))
        self.record_menu.setTitle(self.tr("&Record"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        self._update_title()
        self._show_status(self._status)
        self._show_background_count(self.announcer.background_count)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language change."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- dialogs ------------------------------------------------------------------------------

    def open_settings(self) -> None:
        """Show the Settings dialog; on OK emit ``sig_preferences_changed``."""
        dialog = SettingsDialog(self.preferences, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            chosen = dialog.preferences()
            if chosen != self.preferences:
                self.preferences = chosen
                self.sig_preferences_changed.emit(chosen)
        dialog.deleteLater()

    def show_keyboard_help(self) -> None:
        """List every shortcut in a message box (the full map: accessibility/keyboard-map.md)."""
        lines = []
        for action_id, action in self.commands.all().items():
            if SPECS[action_id].shortcut and action.isVisible():
                label = action.text().replace("&", "").rstrip("…")
                shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                lines.append(f"{label}: {shortcut}")
        lines.append(self.tr("Pages: Ctrl+1 to Ctrl+7"))
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setText(self.tr("Keyboard shortcuts"))
        box.setInformativeText("\n".join(lines))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        box.deleteLater()

    def show_about(self) -> None:
        """Name and version of the application."""
        try:
            version = metadata.version("crm-desktop")
        except metadata.PackageNotFoundError:
            version = "?"
        QMessageBox.about(
            self,
            self.tr("About CRM"),
            self.tr("CRM desktop client, version {version}.").format(version=version),
        )

    # -- slots --------------------------------------------------------------------------------

    def _on_navigation_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page_id = PageId(self.navigation.item(row).data(PAGE_ROLE))
        self.stack.setCurrentWidget(self._pages[page_id])
        self._update_title()

    def _on_navigation_item_activated(self, item: QListWidgetItem) -> None:
        # Enter on a navigation entry moves into the page.
        self.show_page(PageId(item.data(PAGE_ROLE)), focus=True)

    def _switch_pane(self) -> None:
        page = self.stack.currentWidget()
        if self.navigation.hasFocus() and isinstance(page, Page) and page.focus_first():
            return
        self.navigation.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_sync_now_triggered(self) -> None:
        self._sync_asked = True

    def _on_sync_status_changed(self, status: SyncStatus) -> None:
        previous = self._status
        self._show_status(status)
        if previous.state is ConnectionState.SYNCING and status.state is not previous.state:
            asked, self._sync_asked = self._sync_asked, False
            if status.state is ConnectionState.ONLINE:
                # A background sync (after every save) ends silently, in the status bar: its
                # "Sync finished." took the place of "Saved." in Orca 43's notification.
                if asked:
                    self.announcer.announce(self.tr("Sync finished."), Politeness.POLITE)
            else:
                self.announcer.announce(self.tr("Sync failed: offline."), Politeness.ASSERTIVE)

    def _show_status(self, status: SyncStatus) -> None:
        self._status = status
        self.status_connection.setText(connection_text(status.state))
        self.status_pending.setText(pending_text(status.pending_changes))
        self.status_conflicts.setText(conflicts_text(status.conflicts))
        self.status_last_sync.setText(last_sync_text(status.last_sync))
        self.commands[ActionId.SYNC_NOW].setEnabled(status.state is not ConnectionState.SYNCING)
        page = self._pages.get(PageId.SYNC_STATUS)
        if isinstance(page, SyncStatusPage):
            page.show_status(status)

    def _show_background_count(self, count: int) -> None:
        self.status_events.setText(self.tr("New events: {count}").format(count=count))
        # Shown only when there is something new: the status bar must fit 200 % text.
        self.status_events.setVisible(count > 0)

    def _update_title(self) -> None:
        page_id = self.current_page_id()
        app_name = self.tr("CRM")
        self.setWindowTitle(app_name if page_id is None else f"{page_title(page_id)} — {app_name}")

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop listening to the sync state."""
        self._unsubscribe()
        super().closeEvent(event)
