"""System checks of the portal's configuration that need the database."""

from django.core.checks import Tags, Warning, register
from django.db import DatabaseError
from django.utils.translation import gettext as _
from wagtail.models import Site

from .client import check_trusted_proxies
from .site_address import AddressError, base_address

register(check_trusted_proxies)


@register(Tags.database)
def default_site_follows_base_url(app_configs=None, databases=None, **kwargs):
    """core.W001: the default site's address is not BASE_URL, so canonical URLs, the
    sitemap and feeds point somewhere else than where the portal is served. Only the
    default site is compared: the other sites (communes of a province) have addresses
    of their own. Runs with `migrate` and `check --database default`."""
    if not databases:
        return []
    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:  # Before the first migrate.
        return []
    if site is None:
        return []
    hint = _("Run: manage.py set_site_address (it gives the default site the address of BASE_URL).")
    try:
        address = base_address()
    except AddressError as error:
        return [Warning(str(error), hint=_("Correct BASE_URL."), id="core.W001")]
    if (site.hostname, site.port) == address:
        return []
    return [
        Warning(
            _(
                "The default site's address is %(site)s but BASE_URL is %(base)s: canonical URLs, "
                "the sitemap, feeds and print views name %(site)s."
            )
            % {"site": site.root_url, "base": Site(hostname=address[0], port=address[1]).root_url},
            hint=hint,
            id="core.W001",
        )
    ]
