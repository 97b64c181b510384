"""An uploaded workbook is read as a stream: one that unpacks into more rows or columns
than any real spreadsheet is refused, or cut to the columns that count, without filling
the server's memory."""

import io

import pytest
from openpyxl import Workbook

from core.spreadsheets import TooManyRows, UnreadableWorkbook, xlsx_rows


def workbook_bytes(cells):
    """An .xlsx file holding {(row, column): value}."""
    workbook = Workbook(write_only=False)
    sheet = workbook.active
    for (row, column), value in cells.items():
        sheet.cell(row=row, column=column, value=value)
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def test_the_filled_rows_are_read_with_their_numbers():
    data = workbook_bytes({(1, 1): "Tên đơn vị", (3, 1): "Xã Tam Hồng", (3, 2): "xã"})

    assert xlsx_rows(data, max_rows=10, max_columns=2) == [
        (1, ["Tên đơn vị", None]),
        (3, ["Xã Tam Hồng", "xã"]),
    ]


def test_more_filled_rows_than_allowed_are_refused():
    data = workbook_bytes({(row, 1): f"Xã {row}" for row in range(1, 12)})

    with pytest.raises(TooManyRows):
        xlsx_rows(data, max_rows=10)


def test_a_sheet_reaching_excel_s_last_row_is_refused_without_reading_a_million_rows():
    data = workbook_bytes({(1, 1): "Tên đơn vị", (1_048_576, 1): "cuối"})

    with pytest.raises(TooManyRows):
        xlsx_rows(data, max_rows=10)


def test_cells_beyond_the_column_limit_are_not_kept():
    data = workbook_bytes({(1, 1): "Tên đơn vị", (1, 16_384): "XFD"})

    assert xlsx_rows(data, max_rows=10, max_columns=3) == [(1, ["Tên đơn vị", None, None])]


@pytest.mark.parametrize("data", [b"PK\x03\x04 not a zip", b"PK\x03\x04" + bytes(100)])
def test_a_damaged_workbook_is_unreadable(data):
    with pytest.raises(UnreadableWorkbook):
        xlsx_rows(data, max_rows=10)
