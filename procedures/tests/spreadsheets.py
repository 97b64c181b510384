"""Files to upload in the stories: CSV and XLSX written from rows, and the sample file."""

import csv
import io

from openpyxl import Workbook

from demo.procedures.loader import PROCEDURES_FILE

HEADINGS = [
    "Mã thủ tục",
    "Tên thủ tục",
    "Cấp thực hiện",
    "Lĩnh vực",
    "Cách thức thực hiện",
    "Cơ quan thực hiện",
]


def csv_bytes(rows, headings=HEADINGS, delimiter=","):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(headings)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(rows, headings=HEADINGS, title_rows=()):
    workbook = Workbook()
    sheet = workbook.active
    for title in title_rows:
        sheet.append([title])
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def sample_file():
    return PROCEDURES_FILE.read_bytes()


def row(
    code="1.001193",
    name="Đăng ký khai sinh",
    level="Cấp Xã",
    field="Hộ tịch",
    channels="",
    agency="UBND cấp xã",
):
    return [code, name, level, field, channels, agency]


PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
)
