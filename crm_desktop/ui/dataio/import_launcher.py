"""Opens the import wizard from the main window's "Import customers…" command (Ctrl+Shift+I).

One wizard at a time; when it closes, keyboard focus returns to where it was (R15).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.services.imports import ImportService
from crm_desktop.ui.a11y import Announcer
from crm_desktop.ui.dataio.import_wizard import ImportWizard
from crm_protocol.changes import Changes


class ImportLauncher(QObject):
    """Builds and shows the import wizard for one signed-in user."""

    def __init__(
        self,
        window: QWidget,
        service: ImportService,
        user_id: str,
        announcer: Announcer,
        publish: Callable[[Changes], None],
        default_assignment: Callable[[], str | None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._service = service
        self._user_id = user_id
        self._announcer = announcer
        self._publish = publish
        self._default_assignment = default_assignment
        self.wizard: ImportWizard | None = None

    def open(self) -> ImportWizard:
        """Show the wizard (the one already open, if any)."""
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        invoker = QApplication.focusWidget()
        wizard = ImportWizard(
            self._service,
            self._user_id,
            self._announcer,
            self._publish,
            default_assignment=self._default_assignment(),
            parent=self._window,
        )
        self.wizard = wizard

        def closed(_result: int) -> None:
            self.wizard = None
            wizard.runner.wait()
            wizard.deleteLater()
            try:
                if invoker is not None and invoker.isVisible():
                    invoker.setFocus(Qt.FocusReason.OtherFocusReason)
            except RuntimeError:  # the invoker was rebuilt meanwhile (e.g. the form)
                return

        wizard.finished.connect(closed)
        wizard.open()
        return wizard
