"""Gives a Wagtail Site its public address, once, when the portal is installed or moves.

manage.py set_site_address                       # the default site takes BASE_URL
manage.py set_site_address https://xa-a.tinh.gov.vn --site 3
manage.py set_site_address https://xa-b.tinh.gov.vn --site xa-b.local
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from wagtail.models import Site

from core.site_address import AddressError, parse_address, set_site_address


class Command(BaseCommand):
    help = "Sets a site's hostname and port from its public address (default: BASE_URL, default site)."

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", help="The public address, e.g. https://congthongtin.xa.gov.vn")
        parser.add_argument(
            "--site", help="The site to change: its id or its current hostname (default: the default site)."
        )

    def handle(self, *args, url=None, site=None, **options):
        url = url or settings.WAGTAILADMIN_BASE_URL
        target = self.target(site)
        before = target.root_url
        try:
            set_site_address(target, *parse_address(url))
        except AddressError as error:
            raise CommandError(str(error)) from error
        name = target.site_name or target.hostname
        if target.root_url == before:
            message = _("The site “%(site)s” (id %(id)s) already has the address %(url)s.")
        else:
            message = _("The site “%(site)s” (id %(id)s) now has the address %(url)s (it was %(before)s).")
        self.stdout.write(
            self.style.SUCCESS(
                message % {"site": name, "id": target.pk, "url": target.root_url, "before": before}
            )
        )

    def target(self, site):
        if site is None:
            found = Site.objects.filter(is_default_site=True).first()
            if found is None:
                raise CommandError(_("There is no default site: name one with --site."))
            return found
        sites = (
            Site.objects.filter(pk=int(site))
            if site.isdigit()
            else Site.objects.filter(hostname=site.lower())
        )
        found = list(sites[:2])
        if len(found) != 1:
            message = (
                _("Several sites have the hostname “%(site)s”: name the site by its id.")
                if found
                else _("No site has the id or hostname “%(site)s”.")
            )
            raise CommandError(message % {"site": site})
        return found[0]
