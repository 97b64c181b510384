from procedures.spreadsheets.statistics_import import StatisticsImporter

from ._import_command import ImportCommand


class Command(ImportCommand):
    help = (
        "Imports one-stop results (Đơn vị, Kỳ báo cáo, Lĩnh vực, Tổng số tiếp nhận, Tổng số đã giải quyết, ...) "
        "from a CSV or XLSX file, updating by unit, period and field."
    )
    importer_class = StatisticsImporter
