"""The accessibility widget kit every screen uses (DESIGN.md §7, ACCESSIBILITY.md).

Screens never use a raw widget where the kit has one: ``LineField`` instead of ``QLineEdit``,
``AccessibleCombo`` instead of ``QComboBox``, ``DataTableView`` for tables, ``FormField`` for
every labelled input, and the window's ``Announcer`` for spoken status.
"""

from crm_desktop.ui.a11y.announcer import Announcer, Politeness, install_accessible_factory
from crm_desktop.ui.a11y.audit import (
    duplicate_mnemonics,
    mnemonic_of,
    undersized_targets,
    unnamed_focusables,
)
from crm_desktop.ui.a11y.combo import AccessibleCombo
from crm_desktop.ui.a11y.focus_fix import FocusOrderFix, apply_focus_order_fix
from crm_desktop.ui.a11y.form_field import FormField, plain_label_text
from crm_desktop.ui.a11y.heading import Heading, refresh_headings
from crm_desktop.ui.a11y.line_field import LineField, removed_span, single_line
from crm_desktop.ui.a11y.table import (
    EMPTY_DISPLAY,
    ROW_KEY_ROLE,
    DataTableView,
    NamedEditorDelegate,
    NonBlankProxyModel,
    blank_cell_text,
    blank_cells,
    editor_name,
    empty_column_headers,
)

__all__ = [
    "EMPTY_DISPLAY",
    "ROW_KEY_ROLE",
    "AccessibleCombo",
    "Announcer",
    "DataTableView",
    "FocusOrderFix",
    "FormField",
    "Heading",
    "LineField",
    "NamedEditorDelegate",
    "NonBlankProxyModel",
    "Politeness",
    "apply_focus_order_fix",
    "blank_cell_text",
    "blank_cells",
    "duplicate_mnemonics",
    "editor_name",
    "empty_column_headers",
    "install_accessible_factory",
    "mnemonic_of",
    "plain_label_text",
    "refresh_headings",
    "removed_span",
    "single_line",
    "undersized_targets",
    "unnamed_focusables",
]
