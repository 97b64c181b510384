"""Reading an uploaded CSV or XLSX file into rows, and finding its columns by heading.

What the file is comes from its bytes, not its name: an .xlsx renamed .csv still
reads, a picture renamed .xlsx is refused with a reason. Headings are matched without
diacritics or case ("Ma thu tuc" is "Mã thủ tục"), and the heading row may sit below
a title, as in the national database's export."""

import codecs
import csv
import io
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from openpyxl.utils import get_column_letter

from core.spreadsheets import TooManyRows, UnreadableWorkbook, xlsx_rows
from core.text import fold

MAX_FILE_BYTES = 10 * 1024 * 1024
# About what a 10 MB CSV file holds: a workbook of the same size may unpack into far more.
MAX_ROWS = 100_000
HEADER_SEARCH_ROWS = 10
# A spreadsheet's own running number, which carries nothing to import.
ROW_NUMBER_HEADINGS = {"stt", "so thu tu"}
_NOT_SPREADSHEETS = {
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
    b"%PDF": "PDF",
}


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
    if not data:
        raise ImportFileError(_("The file is empty."))
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(_("The file is larger than 10 MB."))
    if data.startswith(b"PK\x03\x04"):
        return _xlsx_rows(data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            _("This is an old Excel file (.xls): save it as .xlsx or .csv and upload it again.")
        )
    for magic, kind in _NOT_SPREADSHEETS.items():
        if data.startswith(magic):
            raise ImportFileError(
                _("This is a %(kind)s file, not a spreadsheet: upload a .csv or .xlsx file.") % {"kind": kind}
            )
    return _csv_rows(data)


def _xlsx_rows(data):
    try:
        return xlsx_rows(data, MAX_ROWS)
    except TooManyRows as error:
        raise ImportFileError(_("The file has more than %(max)s rows.") % {"max": MAX_ROWS}) from error
    except UnreadableWorkbook as error:
        raise ImportFileError(_("This file is not an Excel workbook (.xlsx) that can be read.")) from error


def _decode(data):
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ImportFileError(_("This file is neither a CSV text file nor an Excel workbook (.xlsx)."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Vietnamese Windows' own code page, which older Excel versions write CSV in.
        return data.decode("cp1258")
    except UnicodeDecodeError as error:
        raise ImportFileError(_("The CSV file is not written in UTF-8: save it as “CSV UTF-8”.")) from error


def _csv_rows(data):
    text = _decode(data)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as error:
        raise ImportFileError(_("The CSV file is damaged: %(reason)s.") % {"reason": error}) from error
    return [(number, cells) for number, cells in enumerate(records, 1) if any(cell.strip() for cell in cells)]


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
