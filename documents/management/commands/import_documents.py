import functools

from django.core.management.base import CommandError

from documents.importing import DocumentImporter
from documents.models import LegalDocumentIndexPage
from procedures.management.commands._import_command import ImportCommand


class Command(ImportCommand):
    help = (
        "Imports legal documents into a register from a CSV or XLSX file (Số, ký hiệu; Loại văn bản; "
        "Trích yếu; Cơ quan ban hành; Ngày ban hành; ...), updating by number and issuer."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--register",
            type=int,
            help="The id of the register page to import into; needed when there are several.",
        )

    def handle(self, *args, **options):
        registers = LegalDocumentIndexPage.objects.all()
        if options["register"]:
            registers = registers.filter(pk=options["register"])
        registers = list(registers[:2])
        if not registers:
            raise CommandError("No register of legal documents was found: add a “Văn bản” page first.")
        if len(registers) > 1:
            raise CommandError("There are several registers: choose one with --register <page id>.")
        self.importer_class = functools.partial(DocumentImporter, registers[0])
        return super().handle(*args, **options)
