"""An uploaded spreadsheet, CSV or XLSX, read into rows. What the file is comes from its
bytes, not its name: an .xlsx renamed .csv still reads, a picture renamed .xlsx is
refused with a reason in Vietnamese.

A workbook is a zip: a file of a few megabytes may unpack into millions of rows, or rows
as wide as Excel allows (16,384 columns). It is read as a stream that stops at a row
limit, and cells beyond a column limit are not kept, so that such a file is refused
instead of filling the server's memory. A CSV file, whose size the caller limits, is
held to the same number of rows."""

import codecs
import csv
import io

from django.utils.translation import gettext as _
from openpyxl import load_workbook

MAX_COLUMNS = 100
# Rows read, empty ones included, for each row allowed: a sheet may have a few blank
# lines, not a million.
ROWS_READ_PER_ROW_ALLOWED = 4
NOT_SPREADSHEETS = {
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
    b"%PDF": "PDF",
}


class SpreadsheetFileError(ValueError):
    """The file cannot be read as a spreadsheet; the message says why, in Vietnamese."""


def read_rows(data, max_rows):
    """[(row number as the spreadsheet shows it, [cells])] of the file's non-empty rows."""
    if not data:
        raise SpreadsheetFileError(_("The file is empty."))
    if data.startswith(b"PK\x03\x04"):
        return xlsx_rows(data, max_rows)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise SpreadsheetFileError(
            _("This is an old Excel file (.xls): save it as .xlsx or .csv and upload it again.")
        )
    for magic, kind in NOT_SPREADSHEETS.items():
        if data.startswith(magic):
            raise SpreadsheetFileError(
                _("This is a %(kind)s file, not a spreadsheet: upload a .csv or .xlsx file.") % {"kind": kind}
            )
    return csv_rows(data, max_rows)


def too_many_rows(max_rows):
    return SpreadsheetFileError(_("The file has more than %(max)s rows.") % {"max": max_rows})


def xlsx_rows(data, max_rows, max_columns=MAX_COLUMNS):
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            return _filled_rows(workbook.worksheets[0], max_rows, max_columns)
        finally:
            workbook.close()
    except SpreadsheetFileError:
        raise
    # openpyxl raises whatever its zip and XML readers raise on a damaged or foreign file.
    except Exception as error:
        raise SpreadsheetFileError(
            _("This file is not an Excel workbook (.xlsx) that can be read.")
        ) from error


def _filled_rows(sheet, max_rows, max_columns):
    # Excel's own record of the sheet's size may be wrong: read what is there.
    sheet.reset_dimensions()
    rows = []
    read_limit = max_rows * ROWS_READ_PER_ROW_ALLOWED
    for number, cells in enumerate(sheet.iter_rows(max_col=max_columns, values_only=True), 1):
        if number > read_limit or (len(rows) == max_rows and _filled(cells)):
            raise too_many_rows(max_rows)
        if _filled(cells):
            rows.append((number, list(cells)))
    return rows


def _filled(cells):
    return any(cell not in (None, "") for cell in cells)


def _decode(data):
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise SpreadsheetFileError(_("This file is neither a CSV text file nor an Excel workbook (.xlsx)."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Vietnamese Windows' own code page, which older Excel versions write CSV in.
        return data.decode("cp1258")
    except UnicodeDecodeError as error:
        raise SpreadsheetFileError(
            _("The CSV file is not written in UTF-8: save it as “CSV UTF-8”.")
        ) from error


def csv_rows(data, max_rows):
    text = _decode(data)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), dialect))
    # The reader's own reasons (a cell over its size limit, a NUL, a stray quote) are English.
    except csv.Error as error:
        raise SpreadsheetFileError(
            _("The CSV file is damaged, or one of its cells is too long to read.")
        ) from error
    rows = [(number, cells) for number, cells in enumerate(records, 1) if any(cell.strip() for cell in cells)]
    if len(rows) > max_rows:
        raise too_many_rows(max_rows)
    return rows
