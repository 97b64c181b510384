"""Writes the whole portal (database and media) to one .tar.gz archive with a manifest.
Run it from cron (see README, "Sao lưu và khôi phục")."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _

from backup.archive import ArchiveError, describe, write_archive
from backup.database import DatabaseToolError


class Command(BaseCommand):
    help = "Backs up the database and the media folder into one .tar.gz archive with a manifest."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="The archive to write (default: cong-thong-tin-YYYYMMDD-HHMMSS.tar.gz in the current folder).",
        )

    def handle(self, *args, output=None, **options):
        output = output or f"cong-thong-tin-{timezone.localtime():%Y%m%d-%H%M%S}.tar.gz"
        try:
            manifest = write_archive(output)
        except (ArchiveError, DatabaseToolError, OSError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(_("Backup written to %(path)s.") % {"path": output}))
        for line in describe(manifest):
            self.stdout.write(line)
