from procedures.spreadsheets.procedure_import import ProcedureImporter

from ._import_command import ImportCommand


class Command(ImportCommand):
    help = (
        "Imports administrative procedures from a CSV or XLSX file with the national database's "
        "column headings (Mã thủ tục, Tên thủ tục, Cấp thực hiện, Lĩnh vực, ...), updating by code."
    )
    importer_class = ProcedureImporter
