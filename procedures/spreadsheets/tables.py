"""Finding an uploaded spreadsheet's columns by heading (its rows are read by
core.spreadsheets). Headings are matched without diacritics or case ("Ma thu tuc" is
"Mã thủ tục"), and the heading row may sit below a title, as in the national database's
export."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from openpyxl.utils import get_column_letter

from core import spreadsheets
from core.text import fold

MAX_FILE_BYTES = 10 * 1024 * 1024
# Far more than any catalogue or statistics file: a 10 MB workbook may unpack into millions.
MAX_ROWS = 100_000
HEADER_SEARCH_ROWS = 10
# A spreadsheet's own running number, which carries nothing to import.
ROW_NUMBER_HEADINGS = {"stt", "so thu tu"}


class ImportFileError(Exception):
    """The file as a whole cannot be imported; nothing has been written."""


@dataclass(frozen=True)
class Column:
    heading: str
    key: str
    parse: object
    required: bool = False
    aliases: tuple = ()

    def matches(self, heading_key):
        return heading_key in {heading_text_key(name) for name in (self.heading, *self.aliases)}


def heading_text_key(value):
    return " ".join(fold(str(value or "")).replace("*", " ").split())


@dataclass
class Table:
    """Data rows as (row number as a spreadsheet shows it, {column key: cell})."""

    rows: list
    unknown_headings: list = field(default_factory=list)
    present: set = field(default_factory=set)


def read_rows(data):
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(_("The file is larger than 10 MB."))
    try:
        return spreadsheets.read_rows(data, MAX_ROWS)
    except spreadsheets.SpreadsheetFileError as error:
        raise ImportFileError(str(error)) from error


def read_table(data, columns):
    """The rows of the file under its heading row; ImportFileError if the headings are wrong."""
    rows = read_rows(data)
    if not rows:
        raise ImportFileError(_("The file is empty."))
    required = [column for column in columns if column.required]
    for position, (row_number, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = [heading_text_key(cell) for cell in cells]
        if any(column.matches(key) for column in required for key in keys):
            return _table_under(cells, rows[position + 1 :], columns, row_number)
    raise ImportFileError(
        _("No heading row was found in the first %(rows)s rows. The file needs the columns: %(columns)s.")
        % {"rows": HEADER_SEARCH_ROWS, "columns": _names(required)}
    )


def _names(columns):
    return ", ".join(f"“{column.heading}”" for column in columns)


def _table_under(headings, data_rows, columns, header_row):
    positions, unknown = {}, []
    for index, heading in enumerate(headings):
        key = heading_text_key(heading)
        if not key or key in ROW_NUMBER_HEADINGS:
            continue
        column = next((column for column in columns if column.matches(key)), None)
        if column is None:
            unknown.append(str(heading).strip())
        elif column.key in positions:
            raise ImportFileError(
                _("The column “%(heading)s” appears twice in row %(row)s (columns %(first)s and %(second)s).")
                % {
                    "heading": column.heading,
                    "row": header_row,
                    "first": get_column_letter(positions[column.key] + 1),
                    "second": get_column_letter(index + 1),
                }
            )
        else:
            positions[column.key] = index
    missing = [column for column in columns if column.required and column.key not in positions]
    if missing:
        raise ImportFileError(
            _("Required columns are missing from the heading row (row %(row)s): %(columns)s.")
            % {"row": header_row, "columns": _names(missing)}
        )
    if not data_rows:
        raise ImportFileError(_("The file has a heading row but no rows of data under it."))
    rows = [
        (number, {key: cells[index] if index < len(cells) else None for key, index in positions.items()})
        for number, cells in data_rows
    ]
    return Table(rows=rows, unknown_headings=unknown, present=set(positions))
