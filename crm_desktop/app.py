"""The composition root (STYLE.md rule 5): the one place that builds and wires the app.

Start: server address (first run) → sign in / unlock → initial sync with progress (first
login) → the workspace. A workspace is one signed-in user's world: the store, the services,
the sync engine and its runner, the change bus, and the main window with its pages. Nothing
is global: everything is built here and passed down. Lock and log out close the workspace
and return to the sign-in dialog.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from crm_desktop.security.keyring_access import KeyringAccess
from crm_desktop.services.customer_queries import CustomerQueries
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.exports import ExportService, vault_step_up
from crm_desktop.services.history import HistoryService
from crm_desktop.services.imports import ImportService
from crm_desktop.services.registry import RegistryService, RegistrySettings
from crm_desktop.services.server_api import ServerApi, transport_requester
from crm_desktop.services.signin import Session, SignIn, StartSettings
from crm_desktop.sync.engine import SyncEngine, SyncReport
from crm_desktop.sync.errors import SyncErrorCode
from crm_desktop.sync.runner import SyncRunner
from crm_desktop.sync.runner import SyncStatus as RunnerState
from crm_desktop.sync.wipe import profile_wiper
from crm_desktop.ui.actions import ActionId
from crm_desktop.ui.admin_pages import build_supervisory_pages
from crm_desktop.ui.change_bus import ChangeBus, SessionEvents
from crm_desktop.ui.customers.page import CustomersPage
from crm_desktop.ui.dataio.ares_queue_runner import AresQueueRunner
from crm_desktop.ui.dataio.import_launcher import ImportLauncher
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.my_work import MyWorkPage
from crm_desktop.ui.pages import PageId
from crm_desktop.ui.settings_dialog import UiPreferences
from crm_desktop.ui.start.background import BackgroundCall, ProgressRelay
from crm_desktop.ui.start.login_dialog import LoginDialog
from crm_desktop.ui.start.server_dialog import ServerAddressDialog
from crm_desktop.ui.start.sync_progress import InitialSyncDialog
from crm_desktop.ui.sync_status import ConnectionState, SyncStatus
from crm_protocol.changes import Changes
from crm_protocol.errors import KnownError

log = logging.getLogger(__name__)


class RunnerStatus:
    """The sync runner's observer and the main window's status source, in one.

    Runner callbacks arrive on the sync worker; subscribers (the window's queued bridge, the
    change bus, the session events) are all safe to call from there.
    """

    def __init__(
        self,
        engine: SyncEngine,
        bus: ChangeBus,
        events: SessionEvents,
        *,
        after_sync: Callable[[], object] | None = None,
    ) -> None:
        self._engine = engine
        self._bus = bus
        self._events = events
        self._after_sync = after_sync  # e.g. deliver pending export reports
        self._lock = threading.Lock()
        self._status = SyncStatus(ConnectionState.OFFLINE, engine.pending_count())
        self._callbacks: list[Callable[[SyncStatus], None]] = []

    # -- SyncStatusSource -------------------------------------------------------------------

    def current(self) -> SyncStatus:
        """The state now."""
        return self._status

    def subscribe(self, callback: Callable[[SyncStatus], None]) -> Callable[[], None]:
        """Call ``callback`` on every change; returns the unsubscribe function."""
        with self._lock:
            self._callbacks.append(callback)

        def unsubscribe() -> None:
            with self._lock, contextlib.suppress(ValueError):
                self._callbacks.remove(callback)

        return unsubscribe

    def _set(self, status: SyncStatus) -> None:
        with self._lock:
            self._status = status
            callbacks = tuple(self._callbacks)
        for callback in callbacks:
            callback(status)

    def refresh_pending(self) -> None:
        """Re-count the outbox after a local edit."""
        s = self._status
        self._set(SyncStatus(s.state, self._engine.pending_count(), s.last_sync, s.conflicts))

    # -- SyncObserver -----------------------------------------------------------------------

    def on_status(self, status: RunnerState, code: str | None) -> None:
        """The runner's state, in the status bar's words."""
        s = self._status
        state = {
            RunnerState.ONLINE: ConnectionState.ONLINE,
            RunnerState.SYNCING: ConnectionState.SYNCING,
        }.get(status, ConnectionState.OFFLINE)
        self._set(SyncStatus(state, s.pending_changes, s.last_sync, s.conflicts))
        if status is RunnerState.LOCKED:
            self._events.locked(code or SyncErrorCode.SESSION_ENDED.value)
        elif status is RunnerState.WIPED:
            self._events.wiped()

    def on_progress(self, phase: str, done: int, total: int) -> None:
        """Progress of a background sync (the status bar shows "Syncing…")."""

    def on_synced(self, report: SyncReport, pending: int, conflicts: int) -> None:
        """One sync finished: views refresh from its changes (assignments come with it)."""
        if self._after_sync is not None:
            try:
                self._after_sync()
            except Exception:  # never stops the sync worker
                log.exception("after-sync step failed")
        self._set(SyncStatus(self._status.state, pending, datetime.now(UTC), conflicts))
        self._bus.publish(report.changes)


@dataclass
class Workspace:
    """One signed-in user's running app."""

    session: Session
    window: MainWindow
    bus: ChangeBus
    engine: SyncEngine
    runner: SyncRunner
    status: RunnerStatus
    events: SessionEvents
    customers: CustomerService
    queries: CustomerQueries
    history: HistoryService
    pages: dict[PageId, object] = field(default_factory=dict)
    imports: ImportService | None = None  # set when the role may import
    import_launcher: ImportLauncher | None = None
    registry: RegistryService | None = None  # ARES; None when its address is refused
    ares_queue: AresQueueRunner | None = None
    exports: ExportService | None = None

    def publish(self, changes: Changes) -> None:
        """After a service call: refresh views, count the outbox, sync soon."""
        self.bus.publish(changes)
        if changes.outbox:
            self.status.refresh_pending()
            self.runner.request_sync()

    def close(self) -> None:
        """Stop syncing, close the window and the store."""
        self.runner.stop(timeout=5)
        export = getattr(self.pages.get(PageId.CUSTOMERS), "export_dialog", None)
        if export is not None:  # an export under way stops (its partial file is removed)
            export.cancel_export()
            export.runner.wait()
        if self.ares_queue is not None:
            self.ares_queue.stop()
        if self.import_launcher is not None and self.import_launcher.wizard is not None:
            self.import_launcher.wizard.reject()  # stops a running import after its batch
            self.import_launcher.wizard.runner.wait()
        if self.registry is not None:
            self.registry.close()
        # Changes still queued for delivery (e.g. from the last sync) must not reach views
        # whose store is about to close.
        self.bus.blockSignals(True)
        self.window.close()
        self.window.deleteLater()
        self.session.close()
        # build_workspace froze everything alive then; hand it back to the collector, or the
        # workspace's reference cycles would outlive it after every log out.
        gc.unfreeze()


def _registry(
    session: Session, customers: CustomerService, queries: CustomerQueries, ares_url: str | None
) -> RegistryService | None:
    """ARES lookups over the encrypted store; ``None`` when the configured address is refused."""
    url = ares_url or RegistrySettings.load().ares_url
    try:
        return RegistryService.on_store(
            session.store, customers, queries, session.context.policy, base_url=url
        )
    except KnownError:
        log.warning("ARES lookups are off: the configured address is not https")
        return None


def build_workspace(
    session: Session,
    preferences: UiPreferences,
    *,
    live: bool = True,
    ares_url: str | None = None,
) -> Workspace:
    """Build everything one signed-in user works with, and wire it together.

    ``ares_url`` overrides the ARES address of the settings (the demo's stand-in registry).
    """
    store, ctx = session.store, session.context
    customers = CustomerService(store, ctx)
    queries = CustomerQueries(store, ctx)
    history = HistoryService(store)
    registry = _registry(session, customers, queries, ares_url)
    engine = SyncEngine(
        store,
        session.transport,
        on_wipe=profile_wiper(store, session.profile, session.keyring),
    )
    bus = ChangeBus()
    events = SessionEvents()
    exports = ExportService(
        store,
        ctx,
        queries,
        transport_requester(session.transport),
        offline_step_up=vault_step_up(session.profile, session.keyring),
    )
    # Export reports that could not reach the server go after every successful sync.
    status = RunnerStatus(engine, bus, events, after_sync=exports.deliver_pending)
    runner = SyncRunner(engine, status, live=live)
    window = MainWindow(ctx.policy, status, preferences)
    bus.setParent(window)
    events.setParent(window)
    ws = Workspace(
        session, window, bus, engine, runner, status, events, customers, queries, history
    )
    ws.registry = registry
    ws.exports = exports

    my_work = MyWorkPage(queries, ctx.policy, window.announcer, window.commands)
    window.install_page(my_work)
    ws.pages[PageId.MY_WORK] = my_work
    bus.sig_changes_published.connect(my_work.refresh)
    api = ServerApi.over(session.transport)
    if window.page(PageId.CUSTOMERS) is not None:
        page = CustomersPage(
            customers,
            queries,
            history,
            ctx.policy,
            window.announcer,
            window.commands,
            ws.publish,
            registry=registry,
            exports=exports,
            post_comment=api.add_comment,  # the reply to the verifier (online)
            request_sync=runner.request_sync,  # brings the reply back into the store
        )
        window.install_page(page)
        ws.pages[PageId.CUSTOMERS] = page
        bus.sig_changes_published.connect(page.refresh)
        assignment = my_work.work.assignment
        page.set_default_assignment(None if assignment is None else assignment.id)

        def open_customer(customer_id: str) -> None:
            window.show_page(PageId.CUSTOMERS)
            page.open_customer(customer_id)

        def new_customer(assignment_id: object) -> None:
            window.show_page(PageId.CUSTOMERS)
            page.new_customer(assignment_id if isinstance(assignment_id, str) else None)

        my_work.sig_customer_open_requested.connect(open_customer)
        my_work.sig_new_customer_requested.connect(new_customer)
    if registry is not None:
        # Offline lookups run once a sync has succeeded (the device is back online).
        ws.ares_queue = AresQueueRunner(registry, window.announcer, ws.publish, status, window)
    imports = ImportService(store, customers, ctx.policy)
    action = window.commands.get(ActionId.IMPORT_CUSTOMERS)
    if imports.allowed and action is not None:
        ws.imports = imports
        default = my_work.work.assignment
        ws.import_launcher = ImportLauncher(
            window,
            imports,
            ctx.user_id,
            window.announcer,
            ws.publish,
            lambda: None if default is None else default.id,
        )
        action.triggered.connect(ws.import_launcher.open)
        action.setEnabled(True)
    for supervisory in build_supervisory_pages(api, engine, ctx.policy, window.announcer):
        window.install_page(supervisory)
        ws.pages[supervisory.page_id] = supervisory
    window.sig_sync_requested.connect(runner.request_sync)
    window.setWindowTitle(window.windowTitle())
    # Everything built so far lives as long as the session: move it out of the collector's
    # reach. A full collection otherwise walks all of it, holding the GIL, whenever a sync
    # allocates enough: 150-270 ms stalls of the UI during a 30k-row sync, none over 100 ms
    # with the freeze (bench/bench_ui_sync_stall.py).
    gc.freeze()
    return ws


class Application:
    """The start flow and the workspace of the running client.

    ``keyring`` builds the OS key store access (the demo may pass its in-memory fallback);
    ``on_quit`` is called when the user quits from a start dialog.
    """

    def __init__(
        self,
        signin: SignIn,
        preferences: UiPreferences,
        *,
        on_quit: Callable[[], None],
        server_url: str | None = None,
        demo_logins: list[tuple[str, str]] | None = None,
        demo_password: str = "",
        notice: str = "",
        preset_login: str = "",
        live_sync: bool = True,
        ares_url: str | None = None,
    ) -> None:
        self.signin = signin
        self.preferences = preferences
        self._on_quit = on_quit
        settings = StartSettings.load()
        self.server_url = server_url or settings.server_url
        self._login = preset_login or settings.last_login or ""
        self._demo_logins = demo_logins or []
        self._demo_password = demo_password
        self._notice = notice
        self._live = live_sync
        self._ares_url = ares_url
        self._online_required = False
        self.login_dialog: LoginDialog | None = None
        self.sync_dialog: InitialSyncDialog | None = None
        self.workspace: Workspace | None = None
        self._call: BackgroundCall | None = None
        self._cancel = threading.Event()
        self.on_preferences: Callable[[UiPreferences], None] | None = None

    # -- start ------------------------------------------------------------------------------

    def start(self) -> None:
        """Ask for the server address on first run, then show the sign-in dialog."""
        if not self.server_url:
            dialog = ServerAddressDialog()
            if dialog.exec() != ServerAddressDialog.DialogCode.Accepted:
                dialog.deleteLater()
                self._on_quit()
                return
            self.server_url = dialog.url
            StartSettings(self.server_url, self._login or None).save()
            dialog.deleteLater()
        self.show_login()

    def show_login(self, error_code: str | None = None) -> LoginDialog:
        """The sign-in dialog (again after lock or log out)."""
        assert self.server_url is not None
        dialog = LoginDialog(
            self.server_url,
            self._login,
            demo_logins=self._demo_logins,
            demo_password=self._demo_password,
            notice=self._notice,
        )
        dialog.sig_sign_in_requested.connect(self._on_login_dialog_sign_in_requested)
        dialog.sig_change_server_requested.connect(self._on_login_dialog_change_server_requested)
        dialog.rejected.connect(self._on_login_dialog_rejected)
        self.login_dialog = dialog
        dialog.show()
        if error_code:
            dialog.show_error(error_code)
        return dialog

    def _on_login_dialog_change_server_requested(self) -> None:
        dialog = ServerAddressDialog(self.server_url or "", self.login_dialog)
        if dialog.exec() == ServerAddressDialog.DialogCode.Accepted and self.login_dialog:
            self.server_url = dialog.url
            self.login_dialog.set_server(dialog.url)
        dialog.deleteLater()

    def _on_login_dialog_rejected(self) -> None:
        if self._call is not None and self._call.running:
            return
        self.login_dialog = None
        if self.workspace is None:
            self._on_quit()

    def _on_login_dialog_sign_in_requested(self, login: str, password: str) -> None:
        assert self.server_url is not None
        server = self.server_url
        online = self._online_required
        call = BackgroundCall()
        call.sig_finished.connect(self._on_signed_in)
        call.sig_failed.connect(self._on_sign_in_failed)
        self._call = call
        self._login = login
        call.start(lambda: self.signin.sign_in(server, login, password, online_required=online))

    def _on_sign_in_failed(self, error: BaseException) -> None:
        dialog = self.login_dialog
        if dialog is None:
            return
        if isinstance(error, KnownError):
            retry = float(getattr(error, "retry_after", 0.0) or 0.0)
            dialog.show_error(error.code, retry)
        else:
            log.exception("sign-in failed", exc_info=error)
            dialog.show_error("unknown")

    def _on_signed_in(self, session: Session) -> None:
        self._online_required = False
        if session.first_login:
            self._initial_sync(session)
        else:
            self._open_workspace(session)

    # -- the first sync ---------------------------------------------------------------------

    def _initial_sync(self, session: Session) -> None:
        dialog = InitialSyncDialog(self.login_dialog)
        self.sync_dialog = dialog
        relay = ProgressRelay(dialog)
        relay.sig_progressed.connect(dialog.show_progress)
        self._cancel = threading.Event()
        dialog.sig_cancel_requested.connect(self._cancel.set)
        engine = SyncEngine(
            session.store,
            session.transport,
            on_wipe=profile_wiper(session.store, session.profile, session.keyring),
        )
        cancel = self._cancel

        def work() -> None:
            with contextlib.suppress(KnownError):  # offline or cancelled: open what we have
                engine.sync(relay.report, cancel)

        def done(_result: object = None) -> None:
            dialog.accept()
            dialog.deleteLater()
            self.sync_dialog = None
            self._open_workspace(session)

        call = BackgroundCall(dialog)
        call.sig_finished.connect(done)
        call.sig_failed.connect(done)  # Cancelled and the like: the data so far is kept
        self._call = call
        dialog.show()
        call.start(work)

    # -- the workspace ----------------------------------------------------------------------

    def _open_workspace(self, session: Session) -> None:
        ws = build_workspace(session, self.preferences, live=self._live, ares_url=self._ares_url)
        ws.window.sig_lock_requested.connect(self.lock)
        ws.window.sig_logout_requested.connect(self.log_out)
        ws.window.sig_preferences_changed.connect(self._on_window_preferences_changed)
        ws.events.sig_session_locked.connect(self._on_session_locked)
        ws.events.sig_profile_wiped.connect(self._on_profile_wiped)
        self.workspace = ws
        if self.login_dialog is not None:
            dialog = self.login_dialog
            self.login_dialog = None
            dialog.hide()
            dialog.deleteLater()
        ws.window.show()
        ws.window.show_page(PageId.MY_WORK, focus=True)
        ws.runner.start()

    def _on_window_preferences_changed(self, chosen: UiPreferences) -> None:
        self.preferences = chosen
        if self.on_preferences is not None:
            self.on_preferences(chosen)

    def _close_workspace(self) -> None:
        ws = self.workspace
        self.workspace = None
        if ws is not None:
            # The login dialog shows first: closing the last window must not quit the app.
            ws.close()

    def lock(self) -> None:
        """Close the data and ask for the password again."""
        self.show_login()
        self._close_workspace()

    def log_out(self) -> None:
        """Close the data and return to the sign-in dialog (the profile stays)."""
        self.show_login()
        self._close_workspace()

    def _on_session_locked(self, code: str) -> None:
        self._online_required = True
        self.show_login(code)
        self._close_workspace()

    def _on_profile_wiped(self) -> None:
        self.show_login(SyncErrorCode.WIPED.value)
        self._close_workspace()

    def shutdown(self) -> None:
        """Stop background work before the process ends."""
        self._cancel.set()
        if self.workspace is not None:
            self.workspace.runner.stop(timeout=5)
            # Changes of the last sync still queued must not reach views of a closed store.
            self.workspace.bus.blockSignals(True)
            self.workspace.session.close()
            self.workspace = None


def default_keyring() -> KeyringAccess:
    """The OS key store (refuses insecure or missing backends with a code)."""
    return KeyringAccess()
