from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import ngettext
from tqdm import tqdm

from procedures.spreadsheets.tables import ImportFileError


def progress_bar(iterable, total=None, desc=None):
    return tqdm(iterable, total=total, desc=desc, unit="", leave=False)


class ImportCommand(BaseCommand):
    """Reads a CSV or XLSX file, prints the report; exit status 1 when the file is
    refused or some rows are rejected, so that a script can tell."""

    importer_class = None

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv or .xlsx file")
        parser.add_argument("--dry-run", action="store_true", help="Check the file and report; save nothing.")
        parser.add_argument("--no-progress", action="store_true", help="Do not draw the progress bar.")

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"{path}: {error.strerror}") from error
        progress = (lambda iterable, **kwargs: iterable) if options["no_progress"] else progress_bar
        try:
            report = self.importer_class().run(data, dry_run=options["dry_run"], progress=progress)
        except ImportFileError as error:
            raise CommandError(f"{path}: {error}") from error
        for warning in report.warnings:
            self.stdout.write(self.style.WARNING(warning))
        for rejected in report.rejected:
            self.stdout.write(
                self.style.ERROR(f"{rejected.row}: {rejected.key}: {'; '.join(rejected.reasons)}")
            )
        style = self.style.WARNING if report.rejected else self.style.SUCCESS
        self.stdout.write(style(report.summary()))
        if report.rejected:
            count = len(report.rejected)
            raise CommandError(
                ngettext("%(count)s row was rejected.", "%(count)s rows were rejected.", count)
                % {"count": count},
                returncode=1,
            )
