"""Creates a unit's site in one step, or every unit of a spreadsheet (--tep)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from units.builder import UnitError, build_unit_site
from units.spreadsheet import SpreadsheetError, import_units


class Command(BaseCommand):
    help = (
        "Tạo trang của một đơn vị (tên, cấp, địa chỉ), hoặc của mọi đơn vị trong một bảng tính "
        "CSV/XLSX (cột Tên đơn vị, Cấp, Địa chỉ). Chạy lại không tạo trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", nargs="?", help="Tên đơn vị, ví dụ “Xã Tam Hồng”.")
        parser.add_argument("level", nargs="?", help="Cấp: tỉnh, thành phố, xã, phường, đặc khu.")
        parser.add_argument("address", nargs="?", help="Tên miền[:cổng], ví dụ xatamhong.vinhphuc.gov.vn.")
        parser.add_argument("--tep", dest="file", help="Bảng tính CSV hoặc XLSX có nhiều đơn vị.")

    def handle(self, *args, name=None, level=None, address=None, file=None, **options):
        if file:
            self.from_file(Path(file))
            return
        if not (name and level and address):
            raise CommandError("Cần tên, cấp và địa chỉ của đơn vị (hoặc --tep <bảng tính>).")
        try:
            built = build_unit_site(name, level, address)
        except UnitError as error:
            raise CommandError(str(error)) from error
        state = "Đã tạo" if built.created else "Đã có, đã bổ sung phần còn thiếu"
        self.stdout.write(self.style.SUCCESS(f"{state}: {built.site.site_name} – {built.site.root_url}/"))
        self.stdout.write(f"Nhóm: {built.unit.editors.name}; {built.unit.approvers.name}")

    def from_file(self, path):
        try:
            report = import_units(path.read_bytes())
        except OSError as error:
            raise CommandError(f"Không đọc được tệp {path}: {error.strerror}") from error
        except SpreadsheetError as error:
            raise CommandError(str(error)) from error
        for row in report.rows:
            line = f"Dòng {row.number}: {row.name or '(không tên)'} – {row.message}"
            self.stdout.write(self.style.SUCCESS(line) if row.ok else self.style.ERROR(line))
        self.stdout.write(report.summary())
