"""Erases the Internet addresses stored with comments once they are older than the
retention period the privacy notice promises (COMMENTS_IP_RETENTION_DAYS). Run it daily."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from comments.models import ArticleComment


class Command(BaseCommand):
    help = "Erases the IP addresses of comments older than the retention period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Keep addresses this many days (default: COMMENTS_IP_RETENTION_DAYS).",
        )

    def handle(self, *args, **options):
        days = settings.COMMENTS_IP_RETENTION_DAYS if options["days"] is None else options["days"]
        if days < 0:
            raise CommandError("--days cannot be negative.")
        cutoff = timezone.now() - datetime.timedelta(days=days)
        erased = ArticleComment.objects.filter(submit_date__lt=cutoff, ip_address__isnull=False).update(
            ip_address=None
        )
        self.stdout.write(
            f"Erased the IP address of {erased} comment(s) sent before {cutoff:%d/%m/%Y %H:%M}."
        )
