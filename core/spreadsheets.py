"""The rows of an uploaded .xlsx workbook, read as a stream. A workbook is a zip: a file
of a few megabytes may unpack into millions of rows, or rows as wide as Excel allows
(16,384 columns). Reading stops at a row limit, and cells beyond a column limit are not
kept, so that such a file is refused instead of filling the server's memory."""

import io

from openpyxl import load_workbook

MAX_COLUMNS = 100
# Rows read, empty ones included, for each row allowed: a sheet may have a few blank
# lines, not a million.
ROWS_READ_PER_ROW_ALLOWED = 4


class UnreadableWorkbook(ValueError):
    """The bytes are not an .xlsx workbook openpyxl can read."""


class TooManyRows(ValueError):
    """The first sheet has more rows than allowed."""


def xlsx_rows(data, max_rows, max_columns=MAX_COLUMNS):
    """[(row number as Excel shows it, [cells])] of the first sheet's non-empty rows."""
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            return _filled_rows(workbook.worksheets[0], max_rows, max_columns)
        finally:
            workbook.close()
    except TooManyRows:
        raise
    # openpyxl raises whatever its zip and XML readers raise on a damaged or foreign file.
    except Exception as error:
        raise UnreadableWorkbook from error


def _filled_rows(sheet, max_rows, max_columns):
    # Excel's own record of the sheet's size may be wrong: read what is there.
    sheet.reset_dimensions()
    rows = []
    read_limit = max_rows * ROWS_READ_PER_ROW_ALLOWED
    for number, cells in enumerate(sheet.iter_rows(max_col=max_columns, values_only=True), 1):
        if number > read_limit:
            raise TooManyRows
        if any(cell not in (None, "") for cell in cells):
            rows.append((number, list(cells)))
            if len(rows) > max_rows:
                raise TooManyRows
    return rows
