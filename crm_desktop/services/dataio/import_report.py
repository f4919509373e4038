"""The import report: an xlsx listing every rejected row, one line per problem.

The core writes codes; the UI passes ``describe`` (code -> translated reason) and the column
titles in the user's language. Values copied from the import file are defused like an export,
since an import file is exactly where a planted formula would come from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook

from crm_desktop.services.dataio.codes import IssueCode
from crm_desktop.services.dataio.files import atomic_output
from crm_desktop.services.dataio.importer import BadRow
from crm_desktop.services.dataio.xlsx_cells import discard_spool, text_cell

REPORT_SHEET_TITLE = "Report"
# Row, column (the file's header), field, value, code, reason, detail.
DEFAULT_TITLES = ("row", "column", "field", "value", "code", "reason", "detail")


def _code_itself(code: IssueCode) -> str:
    return code.value


def write_import_report(
    path: Path,
    bad_rows: Iterable[BadRow],
    *,
    describe: Callable[[IssueCode], str] = _code_itself,
    titles: Sequence[str] = DEFAULT_TITLES,
) -> int:
    """Write ``bad_rows`` to a new xlsx at ``path`` (atomically); returns the lines written.

    ``describe`` turns a code into the reason shown (default: the code itself); ``titles``
    are the seven column titles, in ``DEFAULT_TITLES`` order.
    """
    if len(titles) != len(DEFAULT_TITLES):
        raise ValueError(f"expected {len(DEFAULT_TITLES)} titles")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(REPORT_SHEET_TITLE)
    lines = 0

    def text(value: str | None) -> object:
        return None if not value else text_cell(ws, value)

    try:
        with atomic_output(Path(path)) as tmp:
            ws.append([text_cell(ws, t) for t in titles])
            for bad in bad_rows:
                for issue in bad.issues:
                    ws.append(
                        [
                            bad.source_row,
                            text(issue.column),
                            text(issue.field),
                            text(issue.value),
                            issue.code.value,
                            text(describe(issue.code)),
                            text(issue.detail),
                        ]
                    )
                    lines += 1
            wb.save(tmp)
    finally:
        discard_spool(ws)
    return lines
