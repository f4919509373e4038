"""Translated texts of the import and registry screens that several widgets share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.dataio.header_mapping import MappingProblem
from crm_desktop.ui.field_labels import field_label
from crm_desktop.ui.i18n import QT_TRANSLATE_NOOP
from crm_desktop.ui.messages import message

_CONTEXT = "DataIo"

LANGUAGE_NAMES: dict[str, str] = {
    "en": QT_TRANSLATE_NOOP("DataIo", "English"),
    "pl": QT_TRANSLATE_NOOP("DataIo", "Polish"),
    "cs": QT_TRANSLATE_NOOP("DataIo", "Czech"),
    "ru": QT_TRANSLATE_NOOP("DataIo", "Russian"),
}

# The import report's column titles, in ``import_report.DEFAULT_TITLES`` order.
REPORT_TITLES = (
    QT_TRANSLATE_NOOP("DataIo", "Row"),
    QT_TRANSLATE_NOOP("DataIo", "Column"),
    QT_TRANSLATE_NOOP("DataIo", "Field"),
    QT_TRANSLATE_NOOP("DataIo", "Value"),
    QT_TRANSLATE_NOOP("DataIo", "Code"),
    QT_TRANSLATE_NOOP("DataIo", "Reason"),
    QT_TRANSLATE_NOOP("DataIo", "Detail"),
)


def tr(text: str) -> str:
    """``text`` in the UI language (context ``DataIo``)."""
    return QCoreApplication.translate(_CONTEXT, text)


def language_name(code: str | None) -> str:
    """A header language in words."""
    source = LANGUAGE_NAMES.get(code or "")
    return tr(source) if source else ""


def report_titles() -> list[str]:
    """The report's column titles in the UI language."""
    return [tr(t) for t in REPORT_TITLES]


def issue_reason(code: str) -> str:
    """Why a row was not imported, in words (the report's "reason" column)."""
    return message(code)


def mapping_problem_text(
    problem: MappingProblem, headers: tuple[str, ...], labels: dict[str, str]
) -> str:
    """One reason the mapping cannot be used yet, saying what to do."""
    name = labels.get(problem.field) or field_label(problem.field)
    header = ""
    if problem.column is not None and 0 <= problem.column < len(headers):
        header = headers[problem.column]
    code = str(problem.code)
    if code == "required":
        return QCoreApplication.translate(
            "DataIo", "{field} is required: import a column of the file into it."
        ).format(field=name)
    if code == "field_mapped_twice":
        return QCoreApplication.translate(
            "DataIo", "{field} is chosen for more than one column (also “{column}”). Keep one."
        ).format(field=name, column=header)
    return f"{name}: {message(code)}"
