"""Restores an archive of backup_portal into an empty database and media folder (or, with
--force, over what is there). Stop the portal's processes first (see README)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from backup.archive import ArchiveError, describe, read_archive, restore_archive
from backup.database import DatabaseToolError


class Command(BaseCommand):
    help = "Restores a backup_portal archive, after checking its manifest and checksums."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A .tar.gz archive written by backup_portal")
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only check the archive (checksums, manifest); change nothing.",
        )
        parser.add_argument(
            "--force", action="store_true", help="Replace a database and media folder that are not empty."
        )

    def handle(self, *args, archive, check=False, force=False, **options):
        try:
            if check:
                manifest = read_archive(archive)
                pending = None
            else:
                manifest, pending = restore_archive(archive, force=force)
        except (ArchiveError, DatabaseToolError, OSError) as error:
            raise CommandError(str(error)) from error
        if check:
            self.stdout.write(self.style.SUCCESS(_("The archive %(path)s is intact.") % {"path": archive}))
        else:
            self.stdout.write(self.style.SUCCESS(_("Restored from %(path)s.") % {"path": archive}))
        for line in describe(manifest):
            self.stdout.write(line)
        if pending:
            self.stdout.write(
                self.style.WARNING(
                    _("This version of the portal has %(count)s newer migrations: run manage.py migrate.")
                    % {"count": len(pending)}
                )
            )
