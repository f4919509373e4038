"""The Qt user interface: the only layer that imports PySide6."""

from crm_desktop.ui.none_guard import protect_none

protect_none()  # before any Qt call: PySide6 6.12 drops references to None (ADR 0006)
