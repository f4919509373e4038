"""The initial sync's progress, with Cancel (the data that arrived so far is kept)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from crm_desktop.ui.a11y import Heading


class InitialSyncDialog(QDialog):
    """Shows "Downloading your customers: N" and a Cancel button."""

    sig_cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("initial_sync_dialog")
        self.setWindowTitle(self.tr("First sync"))
        layout = QVBoxLayout(self)
        layout.addWidget(Heading(self.tr("Downloading your data")))
        self.text = QLabel(self.tr("Connecting…"))
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Sync progress"))
        layout.addWidget(self.bar)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        layout.addWidget(self.cancel_button)
        self.resize(440, self.sizeHint().height())

    def show_progress(self, phase: str, done: int, total: int) -> None:
        """Progress from the sync engine (already on the GUI thread)."""
        phases = {
            "push": self.tr("Sending your changes"),
            "pull": self.tr("Downloading customers"),
            "reconcile": self.tr("Downloading customers"),
        }
        label = phases.get(phase, self.tr("Syncing"))
        if total > 0 and total >= done:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.text.setText(
                self.tr("{phase}: {done} of {total}").format(
                    phase=label, done=QLocale().toString(done), total=QLocale().toString(total)
                )
            )
        else:
            self.bar.setRange(0, 0)
            self.text.setText(
                self.tr("{phase}: {done}").format(phase=label, done=QLocale().toString(done))
            )

    def _on_cancel_button_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.text.setText(self.tr("Stopping after the current step…"))
        self.sig_cancel_requested.emit()

    def reject(self) -> None:
        """Esc cancels too."""
        if self.cancel_button.isEnabled():
            self._on_cancel_button_clicked()
