"""An uploaded spreadsheet is read by its bytes, and every file that cannot be read is
refused with a reason in Vietnamese. A workbook is read as a stream: one that unpacks
into more rows or columns than any real spreadsheet is refused, or cut to the columns
that count, without filling the server's memory."""

import io

import pytest
from openpyxl import Workbook

from core.spreadsheets import SpreadsheetFileError, read_rows, xlsx_rows


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

    with pytest.raises(SpreadsheetFileError, match="Tệp có nhiều hơn 10 dòng"):
        xlsx_rows(data, max_rows=10)


def test_a_sheet_reaching_excel_s_last_row_is_refused_without_reading_a_million_rows():
    data = workbook_bytes({(1, 1): "Tên đơn vị", (1_048_576, 1): "cuối"})

    with pytest.raises(SpreadsheetFileError, match="Tệp có nhiều hơn 10 dòng"):
        xlsx_rows(data, max_rows=10)


def test_cells_beyond_the_column_limit_are_not_kept():
    data = workbook_bytes({(1, 1): "Tên đơn vị", (1, 16_384): "XFD"})

    assert xlsx_rows(data, max_rows=10, max_columns=3) == [(1, ["Tên đơn vị", None, None])]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "Tệp rỗng"),
        (b"PK\x03\x04 not a zip", "không phải là bảng tính Excel"),
        (b"PK\x03\x04" + bytes(100), "không phải là bảng tính Excel"),
        (b"\xd0\xcf\x11\xe0 old", ".xls"),
        (b"%PDF-1.4", "PDF"),
        ('Tên,Cấp\n"{}",xã\n'.format("x" * 200_000).encode(), "quá dài"),
        ("\n".join(f"Xã {number},xã" for number in range(12)).encode(), "nhiều hơn 10 dòng"),
    ],
    ids=["empty", "not a zip", "zeros", "old Excel", "PDF", "a cell over the CSV limit", "too many CSV rows"],
)
def test_a_file_that_cannot_be_read_is_refused_with_its_reason(data, reason):
    with pytest.raises(SpreadsheetFileError, match=reason):
        read_rows(data, max_rows=10)


def test_a_csv_file_reads_like_a_workbook():
    data = "Tên đơn vị;Cấp\n\nXã Tam Hồng;xã\n".encode("utf-8-sig")

    assert read_rows(data, max_rows=10) == [(1, ["Tên đơn vị", "Cấp"]), (3, ["Xã Tam Hồng", "xã"])]
